// rule_file_imports: the library names a rule file imports, read with the rules grammar.
#include "clausecheck/rules.h"
#include "rules/rule_parser.h"

namespace clausecheck {

std::vector<RuleImport> rule_file_imports(const RuleSource& source) {
  std::vector<Diagnostic> ignored;  // compile_rule_pack reports them
  std::size_t rule_budget = rules::max_rules_per_pack;
  rules::RuleFileSyntax file = rules::parse_rule_file(source, ignored, rule_budget);
  std::vector<RuleImport> imports;
  imports.reserve(file.imports.size());
  for (auto& import : file.imports) imports.push_back({std::move(import.name), import.position.line, import.position.column});
  return imports;
}

}  // namespace clausecheck
