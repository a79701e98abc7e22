// `rules test`: every example of a rule must fire and every counter example must not,
// each scanned as a small plain-text document with that rule alone. An example is a few
// sentences, which the engine would read as a fragment (document_kind.cpp); it stands for
// the contract whose terms it quotes, so it is read as main terms unless its title says
// otherwise ("Schedule 2 - Services" stays a schedule), or the rule is written for clauses
// on their own (`applies-to fragment` without main-terms), when it stays a fragment.
#include "clausecheck/rules.h"
#include "rules/compiled_pack.h"
#include "rules/document_index.h"
#include "rules/rule_scanner.h"

namespace clausecheck {

RuleTestSummary run_rule_tests(const RulePack& pack) {
  RuleTestSummary summary;
  for (const auto& rule : pack.compiled().rules) {
    for (const auto& example : rule.info.examples) {
      ++summary.examples_run;
      AnalysedDocument document = analyse(document_from_text(example.text, "<example>"));
      const auto applies = [&](DocumentKind kind) { return (rule.applies_to & (1u << static_cast<unsigned>(kind))) != 0; };
      const bool for_fragments_only = applies(DocumentKind::fragment) && !applies(DocumentKind::main_terms);
      if (document.kind.kind == DocumentKind::fragment && !for_fragments_only) {
        document.kind = {DocumentKind::main_terms, "a rule example stands for the contract whose terms it quotes"};
      }
      rules::DocumentIndex index(document);
      std::vector<Finding> findings;
      rules::scan_rule(rule, index, findings);
      bool fired = !findings.empty();
      if (fired == example.must_fire) continue;
      RuleTestFailure failure;
      failure.rule_id = rule.info.id;
      failure.path = rule.info.path;
      failure.line = example.line;
      failure.must_fire = example.must_fire;
      failure.example = example.text;
      failure.problem = fired ? (rule.info.absence ? "fired: the required words were not found"
                                                   : "fired on \"" + findings.front().text + "\"")
                              : "did not fire";
      summary.failures.push_back(std::move(failure));
    }
  }
  return summary;
}

}  // namespace clausecheck
