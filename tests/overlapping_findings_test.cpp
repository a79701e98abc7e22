// Two rules of one risk type reading the same words of a clause give one finding, the more
// severe, whose why names the other rule (rules/overlapping_findings.h).
#include <gtest/gtest.h>

#include <string>

#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_or_fail;
using testing::scan_text;

// A rule of taxonomy `type` and `severity` matching `match`.
std::string typed_rule(const std::string& id, const std::string& type, const std::string& severity,
                       const std::string& match, const std::string& extra = "") {
  return "rule " + id + " {\n  title \"" + id + " title\"\n  category \"test\"\n  taxonomy \"" + type +
         "\"\n  severity " + severity + "\n  match " + match + "\n" + extra + "\n  message \"Found it\"\n}\n";
}

const std::string contract =
    "1. Prices\n1.1 The Supplier shall have the right to revise the Price List at any time.\n"
    "1.2 The Distributor shall pay within 30 days.\n2. Term\n2.1 The Supplier may revise the Price List.\n";

TEST(OverlappingFindings, SameTypeOnOverlappingWords_IsOneFindingOfTheMoreSevereRule) {
  auto pack = compile_or_fail(typed_rule("PBR-07.first", "PBR-07", "medium", "\"right to revise\"") +
                              typed_rule("PBR-07.second", "PBR-07", "high", "\"revise the price list\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, contract);
  ASSERT_EQ(findings.size(), 2u);  // 1.1 (both rules, folded) and 2.1 (the second alone)
  EXPECT_EQ(findings[0].rule_id, "PBR-07.second");
  EXPECT_EQ(findings[0].clause_citation, "1.1");
  EXPECT_EQ(findings[0].severity, Severity::high);
  EXPECT_EQ(findings[0].why.back(),
            "also read by PBR-07.first (\"PBR-07.first title\") in \"right to revise\"; one finding stands for both");
  EXPECT_EQ(findings[1].rule_id, "PBR-07.second");
  EXPECT_EQ(findings[1].clause_citation, "2.1");
}

TEST(OverlappingFindings, OnATie_TheRuleFirstInThePackStands) {
  auto pack = compile_or_fail(typed_rule("PBR-07.first", "PBR-07", "high", "\"right to revise\"") +
                              typed_rule("PBR-07.second", "PBR-07", "high", "\"revise the price list\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, "1. Prices\n1.1 The Supplier shall have the right to revise the Price List.\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "PBR-07.first");
}

TEST(OverlappingFindings, OtherTypesOtherWordsAndEveryMatch_KeepEachFinding) {
  const std::string text = "1. Prices\n1.1 The Supplier may revise the Price List. The Distributor shall pay within 30 days.\n";
  // Another risk type on the same words is another risk.
  auto types = compile_or_fail(typed_rule("PBR-07.one", "PBR-07", "high", "\"revise\"") +
                               typed_rule("TRM-03.two", "TRM-03", "high", "\"revise the price\""));
  ASSERT_TRUE(types);
  EXPECT_EQ(scan_text(*types, text).size(), 2u);
  // The same type on other words of the clause is another point made by the clause.
  auto words = compile_or_fail(typed_rule("PAY-01.one", "PAY-01", "high", "\"revise\"") +
                               typed_rule("PAY-01.two", "PAY-01", "high", "\"within 30 days\""));
  ASSERT_TRUE(words);
  EXPECT_EQ(scan_text(*words, text).size(), 2u);
  // Measuring clause detection counts every rule's match.
  auto same = compile_or_fail(typed_rule("PBR-07.one", "PBR-07", "high", "\"revise\"") +
                              typed_rule("PBR-07.two", "PBR-07", "high", "\"revise the price\""));
  ASSERT_TRUE(same);
  AnalysedDocument document = analyse(document_from_text(text, "contract.txt"));
  RuleScanOptions every;
  every.every_match = true;
  EXPECT_EQ(scan(*same, document, every).size(), 2u);
  EXPECT_EQ(scan(*same, document).size(), 1u);
}

TEST(OverlappingFindings, AReportOnceFindingStandsForTheDocumentAndIsNotFolded) {
  auto pack = compile_or_fail(typed_rule("IPD-04.once", "IPD-04", "medium", "\"press release\"", "  report once") +
                              typed_rule("IPD-04.clause", "IPD-04", "high", "\"issue any press release\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, "1. Publicity\n1.1 The Supplier shall not issue any press release.\n"
                                   "2. More\n2.1 Nor any press release later.\n");
  EXPECT_EQ(findings.size(), 2u);
}

}  // namespace
}  // namespace clausecheck
