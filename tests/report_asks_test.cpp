// The list of asks (write_asks_text): what a provider sends to the prime after a pre-check.
#include <gtest/gtest.h>

#include "report_test_support.h"

namespace clausecheck {
namespace {

using report_test::sample_analysed_document;
using report_test::sample_report;

TEST(ReportAsks, OneNumberedRequestPerAsk_HighestRiskFirst_WithClauseAndWhy) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string asks = write_asks_text(sample_report(doc));
  const std::size_t critical = asks.find("1. Clause 2.1 \u201CLIABILITY\u201D, page 1: Title of liability.uncapped\n");
  const std::size_t high = asks.find("2. Clause 1.2 \u201CPAYMENT\u201D, page 1: Title of payment.pay-when-paid\n"
                                     "   Why: Message of payment.pay-when-paid.\n"
                                     "   We ask for: Ask of payment.pay-when-paid.\n");
  const std::size_t absent = asks.find(". New clause: No dispute resolution procedure\n");
  ASSERT_NE(critical, std::string::npos) << asks;
  ASSERT_NE(high, std::string::npos) << asks;
  ASSERT_NE(absent, std::string::npos) << asks;
  EXPECT_LT(critical, high);
  // One request per finding with an ask (all six here), and no more.
  EXPECT_NE(asks.find("\n6. "), std::string::npos) << asks;
  EXPECT_EQ(asks.find("\n7. "), std::string::npos) << asks;
  // For the other side: no severities or rule ids as labels.
  EXPECT_EQ(asks.find("CRITICAL"), std::string::npos);
  EXPECT_EQ(asks.find("critical"), std::string::npos);
  EXPECT_EQ(write_asks_text(sample_report(doc)), asks) << "deterministic";
}

TEST(ReportAsks, FindingsWithoutAnAsk_AreLeftOut_AndNoneSaysSo) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  for (Finding& f : report.findings) f.ask.clear();
  const std::string asks = write_asks_text(report);
  EXPECT_EQ(asks.find("1. "), std::string::npos) << asks;
  EXPECT_NE(asks.find("No changes to request"), std::string::npos) << asks;
}

}  // namespace
}  // namespace clausecheck
