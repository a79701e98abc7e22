// Reads a text contract, compiles one rule, scans, and prints the findings as JSON: the
// whole library pipeline through the installed headers and targets.
#include <clausecheck/engine.h>
#include <clausecheck/parsers.h>
#include <clausecheck/reports.h>
#include <clausecheck/rules.h>

#include <iostream>
#include <variant>

int main() {
  const std::string contract =
      "1. Payment\n1.1 The Contractor shall pay the Subcontractor only when and if it is paid by the Authority.\n";
  auto parsed = clausecheck::parse_document("contract.txt", contract);
  if (auto* error = std::get_if<clausecheck::InputError>(&parsed)) {
    std::cerr << error->describe() << "\n";
    return 1;
  }
  const std::vector<clausecheck::RuleSource> sources = {{"embedded.rules", R"(
rule EMB-01.pay-when-paid {
  title    "Paid only when the prime is paid"
  category "payment"
  severity high
  scope    sentence
  match    "only when and if it is paid"
  message  "Payment waits for the prime's own payment."
  ask      "Pay within 30 days of a valid invoice, whether or not the prime has been paid."
  example  "The Contractor shall pay the Subcontractor only when and if it is paid by the Authority."
  counter  "The Contractor shall pay within 30 days."
}
)"}};
  auto compiled = clausecheck::compile_rule_pack(sources);
  if (!compiled.ok()) {
    for (const auto& diagnostic : compiled.diagnostics) std::cerr << diagnostic.message << "\n";
    return 1;
  }
  auto document = clausecheck::analyse(std::get<clausecheck::Document>(std::move(parsed)));
  std::cout << clausecheck::write_findings_json("contract.txt", clausecheck::scan(*compiled.pack, document)) << "\n";
  return 0;
}
