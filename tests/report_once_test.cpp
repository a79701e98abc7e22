// `report once`: a rule whose risk is the document's, not each clause's (a guarantee deed
// where every clause says "the Guarantor shall"), gives one finding per document and names
// the other clauses that match in its why.
#include <gtest/gtest.h>

#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_errors;
using testing::compile_or_fail;
using testing::rule_text;
using testing::scan_text;

const std::string deed =
    "1. Guarantee\n1.1 The Guarantor guarantees the Supplier's obligations.\n1.2 The Guarantor shall pay on demand.\n"
    "2. Waiver\n2.1 The Guarantor waives any defence.\n3. Notices\n3.1 Notices go to the Buyer.\n";

TEST(ReportOnce, GivesOneFindingAtTheFirstMatchAndNamesTheOthersInWhy) {
  auto pack = compile_or_fail(rule_text("\"guarantor\"", "  report once"));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, deed);
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.clause_citation, "1.1");
  EXPECT_EQ(f.also_citations, (std::vector<std::string>{"1.2", "2.1"}));
  EXPECT_EQ(f.text, "Guarantor");
  const std::vector<std::string> tail(f.why.end() - 3, f.why.end());
  EXPECT_EQ(tail, (std::vector<std::string>{
                      "report once: the first of 3 clauses of the document that match; the others follow",
                      "also in clause 1.2: \"Guarantor\"", "also in clause 2.1: \"Guarantor\""}));
}

TEST(ReportOnce, PerClauseIsTheDefaultAndCanBeWritten) {
  auto by_default = compile_or_fail(rule_text("\"guarantor\""));
  auto written = compile_or_fail(rule_text("\"guarantor\"", "  report per-clause"));
  ASSERT_TRUE(by_default && written);
  EXPECT_EQ(scan_text(*by_default, deed).size(), 3u);
  EXPECT_EQ(scan_text(*written, deed).size(), 3u);
}

TEST(ReportOnce, ConditionsStillDecideWhichClausesCount) {
  // 1.1 is dropped by its unless, so the finding is 1.2 and 2.1 is the only other clause.
  auto pack = compile_or_fail(rule_text("\"guarantor\"", "  report once\n  unless \"obligations\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, deed);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].clause_citation, "1.2");
  EXPECT_EQ(findings[0].why.back(), "also in clause 2.1: \"Guarantor\"");
  // A single matching clause says so.
  auto single = scan_text(*pack, "1. Guarantee\n1.1 The Guarantor shall pay on demand.\n");
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].why.back(), "report once: the only clause of the document that matches");
  EXPECT_TRUE(scan_text(*pack, "1. Notices\n1.1 Notices go to the Buyer.\n").empty());
}

TEST(ReportOnce, EveryMatchStillReportsEveryClause) {
  auto pack = compile_or_fail(rule_text("\"guarantor\"", "  report once"));
  ASSERT_TRUE(pack);
  AnalysedDocument document = analyse(document_from_text(deed, "deed.txt"));
  RuleScanOptions every_match;
  every_match.every_match = true;
  EXPECT_EQ(scan(*pack, document, every_match).size(), 3u);
}

TEST(ReportOnce, LongListsAreCut) {
  auto pack = compile_or_fail(rule_text("\"guarantor\"", "  report once"));
  ASSERT_TRUE(pack);
  std::string many;
  for (int clause = 1; clause <= 20; ++clause) {
    many += std::to_string(clause) + ". Clause\n" + std::to_string(clause) + ".1 The Guarantor shall pay.\n";
  }
  auto findings = scan_text(*pack, many);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].why.back(), "and 7 more");  // 19 others: 12 listed, 7 counted
}

TEST(ReportOnce, MistakesAreLocatedErrors) {
  auto errors = compile_errors(rule_text("\"x\"", "  report twice"));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].line, 6);
  EXPECT_EQ(errors[0].column, 10);
  EXPECT_NE(errors[0].expected.find("once (one finding per document) or per-clause"), std::string::npos)
      << errors[0].format();
  errors = compile_errors(rule_text("\"x\"", "  report once\n  report per-clause"));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("'report' is given twice"), std::string::npos) << errors[0].format();
  errors = compile_errors(
      "absent rule X-1 {\n title \"t\"\n category \"c\"\n severity low\n require \"x\"\n report once\n "
      "message \"m\"\n}\n");
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].line, 6);
  EXPECT_NE(errors[0].message.find("absence rule already reports at most once"), std::string::npos)
      << errors[0].format();
}

}  // namespace
}  // namespace clausecheck
