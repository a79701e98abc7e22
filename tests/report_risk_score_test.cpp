// The 0-100 risk score: weighted by severity, diminishing for a repeated rule, bounded.
// The numbers asserted here are the worked examples in docs/report-format.md.
#include <gtest/gtest.h>

#include <algorithm>

#include "clausecheck/reports.h"
#include "risk_score.h"

namespace clausecheck {
namespace {

Finding finding(std::string rule, Severity severity, std::string category = "payment") {
  Finding f;
  f.rule_id = std::move(rule);
  f.severity = severity;
  f.category = std::move(category);
  return f;
}

TEST(RiskScore, NoFindings_ScoresZero) { EXPECT_EQ(risk_score({}), 0); }

TEST(RiskScore, InfoFindingsOnly_ScoreZero) {
  EXPECT_EQ(risk_score({finding("a", Severity::info), finding("b", Severity::info)}), 0);
}

TEST(RiskScore, OneFindingOfEachSeverity_MatchesTheDocumentedTable) {
  EXPECT_EQ(risk_score({finding("a", Severity::low)}), 6);
  EXPECT_EQ(risk_score({finding("a", Severity::medium)}), 15);
  EXPECT_EQ(risk_score({finding("a", Severity::high)}), 33);
  EXPECT_EQ(risk_score({finding("a", Severity::critical)}), 55);
}

TEST(RiskScore, OneCritical_OutweighsSeveralLowFindings) {
  const std::vector<Finding> lows = {finding("a", Severity::low), finding("b", Severity::low),
                                     finding("c", Severity::low), finding("d", Severity::low)};
  EXPECT_GT(risk_score({finding("x", Severity::critical)}), risk_score(lows));
}

TEST(RiskScore, SameRuleRepeated_AddsLessEachTime) {
  // Three highs of one rule: 20 + 10 + 5 = 35; of three rules: 60.
  const std::vector<Finding> repeated = {finding("a", Severity::high), finding("a", Severity::high),
                                         finding("a", Severity::high)};
  const std::vector<Finding> distinct = {finding("a", Severity::high), finding("b", Severity::high),
                                         finding("c", Severity::high)};
  EXPECT_DOUBLE_EQ(weighted_risk(repeated), 35);
  EXPECT_DOUBLE_EQ(weighted_risk(distinct), 60);
  EXPECT_EQ(risk_score(repeated), 50);
  EXPECT_EQ(risk_score(distinct), 70);
}

TEST(RiskScore, ManySevereFindings_AreCappedAtOneHundred) {
  std::vector<Finding> many;
  for (int i = 0; i < 200; ++i) many.push_back(finding("rule-" + std::to_string(i), Severity::critical));
  EXPECT_EQ(risk_score(many), 100);
}

TEST(RiskScore, AbsenceFindings_CountLikeAnyOther) {
  Finding absent = finding("no-cap", Severity::high);
  absent.absence = true;
  EXPECT_EQ(risk_score({absent}), 33);
}

TEST(RiskScore, OrderOfFindings_DoesNotChangeTheScore) {
  std::vector<Finding> findings = {finding("a", Severity::low), finding("a", Severity::critical),
                                   finding("b", Severity::medium), finding("a", Severity::high)};
  const double sum = weighted_risk(findings);
  EXPECT_DOUBLE_EQ(sum, 40 + 10 + 0.75 + 8);
  std::reverse(findings.begin(), findings.end());
  EXPECT_DOUBLE_EQ(weighted_risk(findings), sum);
}

TEST(RiskBand, Boundaries_MatchTheDocumentation) {
  EXPECT_EQ(risk_band(0), "none");
  EXPECT_EQ(risk_band(1), "low");
  EXPECT_EQ(risk_band(24), "low");
  EXPECT_EQ(risk_band(25), "medium");
  EXPECT_EQ(risk_band(50), "high");
  EXPECT_EQ(risk_band(75), "critical");
  EXPECT_EQ(risk_band(100), "critical");
}

TEST(Summarise, CountsPerSeverityAndCategory) {
  const ReportSummary s = summarise({finding("a", Severity::high, "payment"), finding("b", Severity::high, "liability"),
                                     finding("c", Severity::low, "payment")});
  EXPECT_EQ(s.total, 3);
  EXPECT_EQ(s.by_severity[static_cast<std::size_t>(Severity::high)], 2);
  EXPECT_EQ(s.by_severity[static_cast<std::size_t>(Severity::low)], 1);
  EXPECT_EQ(s.by_category.at("payment"), 2);
  EXPECT_EQ(s.by_category.at("liability"), 1);
  EXPECT_EQ(s.risk_score, risk_score({finding("a", Severity::high), finding("b", Severity::high),
                                      finding("c", Severity::low)}));
}

}  // namespace
}  // namespace clausecheck
