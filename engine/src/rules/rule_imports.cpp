// rule_file_imports and ParsedRuleFile: the library names a rule file imports, read with the
// rules grammar.
#include "clausecheck/rules.h"
#include "rules/rule_parser.h"

namespace clausecheck {

namespace {

std::vector<RuleImport> imports_of(const rules::RuleFileSyntax& file) {
  std::vector<RuleImport> imports;
  imports.reserve(file.imports.size());
  for (const auto& import : file.imports) imports.push_back({import.name, import.position.line, import.position.column});
  return imports;
}

}  // namespace

std::vector<RuleImport> rule_file_imports(const RuleSource& source) {
  std::vector<Diagnostic> ignored;  // compile_rule_pack reports them
  std::size_t rule_budget = rules::max_rules_per_pack;
  return imports_of(rules::parse_rule_file(source, ignored, rule_budget));
}

ParsedRuleFile::ParsedRuleFile(RuleSource source) : source_(std::move(source)) {
  auto parsed = std::make_shared<rules::ParsedFileData>();
  parsed->syntax = rules::parse_rule_file(source_, parsed->diagnostics, parsed->budget_left);
  parsed_ = std::move(parsed);
}

std::vector<RuleImport> ParsedRuleFile::imports() const { return imports_of(parsed_->syntax); }

}  // namespace clausecheck
