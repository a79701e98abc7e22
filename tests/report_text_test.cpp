// The terminal pre-check: highest risks first, each with clause, page, risk and ask;
// colour only when asked; document text never reaches the terminal as control codes.
#include <gtest/gtest.h>

#include "report_test_support.h"

namespace clausecheck {
namespace {

using report_test::sample_analysed_document;
using report_test::sample_report;

TEST(ReportText, Findings_AreListedHighestRiskFirst_WithClausePageAndAsk) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string text = write_report_text(sample_report(doc), false);
  const std::size_t critical = text.find("1. CRITICAL Title of liability.uncapped");
  const std::size_t high = text.find("2. HIGH Title of payment.pay-when-paid");
  const std::size_t low = text.find("6. LOW Title of payment.invoice-validity");
  ASSERT_NE(critical, std::string::npos) << text;
  ASSERT_NE(high, std::string::npos) << text;
  ASSERT_NE(low, std::string::npos) << text;
  EXPECT_LT(critical, high);
  EXPECT_LT(high, low);
  EXPECT_NE(text.find("   clause 1.2 \u201CPAYMENT\u201D, page 1\n   Message of payment.pay-when-paid.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("   Ask for: Ask of payment.pay-when-paid.\n"), std::string::npos);
  EXPECT_NE(text.find("   missing from the document\n"), std::string::npos);
}

TEST(ReportText, AFindingThatStandsForSeveralClauses_NamesThemAfterItsOwn) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  for (Finding& f : report.findings) {
    if (f.rule_id == "payment.pay-when-paid") f.also_citations = {"2.1", "2.1(a)"};
  }
  const std::string text = write_report_text(report, false);
  EXPECT_NE(text.find("   clause 1.2 \u201CPAYMENT\u201D (also 2.1, 2.1(a)), page 1\n"), std::string::npos) << text;
}

TEST(ReportText, Summary_ShowsScoreAndCounts) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string text = write_report_text(sample_report(doc), false);
  EXPECT_NE(text.find("Risk score: " + std::to_string(summarise(sample_report(doc).findings).risk_score) + "/100 (critical)"),
            std::string::npos) << text;
  EXPECT_NE(text.find("6 findings: 1 critical, 2 high, 2 medium, 1 low\n"), std::string::npos) << text;
}

TEST(ReportText, WithoutColour_HasNoEscapeCodes_WithColour_HasThem) {
  const AnalysedDocument doc = sample_analysed_document();
  EXPECT_EQ(write_report_text(sample_report(doc), false).find('\x1b'), std::string::npos);
  const std::string coloured = write_report_text(sample_report(doc), true);
  EXPECT_NE(coloured.find("\x1b[1;97;41mCRITICAL\x1b[0m"), std::string::npos);
}

TEST(ReportText, EscapeSequencesInTheDocument_NeverReachTheTerminal) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  report.findings[0].message = "Pays late \x1b]0;pwned\x07 and \x1b[2J clears.";
  report.findings[0].text = "\x1b[31mred";
  EXPECT_EQ(write_report_text(report, false).find('\x1b'), std::string::npos);
}

TEST(ReportText, LongMessages_AreWrappedAt80Columns) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  report.findings[0].message.clear();
  for (int i = 0; i < 60; ++i) report.findings[0].message += "word" + std::to_string(i) + " ";
  const std::string text = write_report_text(report, false);
  std::size_t start = 0;
  const std::size_t message = text.find("word0");
  ASSERT_NE(message, std::string::npos);
  start = text.rfind('\n', message) + 1;
  for (int line = 0; line < 3; ++line) {
    const std::size_t end = text.find('\n', start);
    EXPECT_LE(end - start, 80u) << text.substr(start, end - start);
    start = end + 1;
  }
}

TEST(ReportText, NoFindings_SaysSoWithoutClaimingTheContractIsSafe) {
  AnalysedDocument doc;
  doc.document = document_from_text("Nothing.", "clean.txt");
  Report report;
  report.document = &doc;
  const std::string text = write_report_text(report, false);
  EXPECT_NE(text.find("Risk score: 0/100 (none)"), std::string::npos);
  EXPECT_NE(text.find("No rule in the pack fired"), std::string::npos);
  EXPECT_EQ(text.find("rule pack"), std::string::npos) << "no pack named, none shown";
}

TEST(ReportText, Header_NamesDocumentFormatPagesPackAndTool) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string text = write_report_text(sample_report(doc), false);
  EXPECT_EQ(text.rfind("contracts/sample subcontract.txt\ntext, 1 page \u00B7 rule pack uk-public-subcontracts 1.0.0 "
                       "\u00B7 clausecheck 0.1.0\nProvider: ", 0), 0u) << text;
}

}  // namespace
}  // namespace clausecheck
