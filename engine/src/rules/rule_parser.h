// Rule file text -> syntax tree, with every syntax error as a located Diagnostic.
#pragma once

#include <vector>

#include "clausecheck/rules.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

// Limits against hostile rule files; docs/rules-language.md lists them.
inline constexpr int max_group_depth = 16;
inline constexpr std::size_t max_source_bytes = 8u << 20;  // per file
inline constexpr std::size_t max_rules_per_pack = 10000;
// The value parse_rule_file leaves in `rule_budget` when the pack went over the limit.
inline constexpr std::size_t pack_too_large = static_cast<std::size_t>(-1);

// Parses one rule file. Syntax errors are appended to `diagnostics`; after an error the
// parser resumes at the next line that starts with `rule`, `absent`, `pattern` or `import`, so
// every broken definition is reported. `rule_budget` is how many more rules may be read;
// parsing stops with an error, and `rule_budget` becomes pack_too_large, when a file exceeds it.
RuleFileSyntax parse_rule_file(const RuleSource& source, std::vector<Diagnostic>& diagnostics,
                               std::size_t& rule_budget);

// A file parsed on its own (ParsedRuleFile, rules.h), with the whole budget of a pack: what
// parse_rule_file gave, and how many rules it left of max_rules_per_pack (pack_too_large
// when the file alone is over the limit). compile_rule_pack takes the parse as it is when
// the file's rules fit in what the files before it left, which gives what parsing it then
// would give (the budget is only ever compared with the rules read so far); else it parses
// the file again with the budget left.
struct ParsedFileData {
  RuleFileSyntax syntax;
  std::vector<Diagnostic> diagnostics;
  std::size_t budget_left = max_rules_per_pack;
};

// "\"a \\\"b\\\"\"" -> "a \"b\"": the text between the quotes of a quoted literal.
std::string unquote(std::string_view quoted);

}  // namespace clausecheck::rules
