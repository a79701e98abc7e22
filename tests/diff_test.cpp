// `clausecheck diff OLD NEW`: risks matched by rule and clause text, not by position.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

#include "clausecheck/draft_diff.h"
#include "cli_run_support.h"

using namespace clausecheck;
using namespace clausecheck::cli_test;

namespace {

const std::string pack = "tests/fixtures/rules/pack";

// The fixture contract (tests/fixtures/rules/contract.txt) as a first draft.
const std::string first_draft =
    "SUBCONTRACT FOR CARE SERVICES\n\n"
    "1. Definitions\n1.1 \"Payment Period\" means sixty (60) days from receipt of a valid invoice.\n\n"
    "2. Payment\n2.1 The Prime shall pay each valid invoice within 60 days of receipt.\n"
    "2.2 The Prime shall pay undisputed sums within the Payment Period after invoice.\n\n"
    "3. Indemnity\n3.1 The Subcontractor shall indemnify the Prime against all losses arising from the Services.\n";

nlohmann::json diff_json(const TempDir& tmp, const std::string& old_text, const std::string& new_text, int* status = nullptr) {
  std::ofstream(tmp.path() / "old.txt") << old_text;
  std::ofstream(tmp.path() / "new.txt") << new_text;
  CommandRun r = run_clausecheck("diff '" + tmp.str() + "/old.txt' '" + tmp.str() + "/new.txt' --json --rules " + pack);
  if (status != nullptr) *status = r.status;
  return nlohmann::json::parse(r.out);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

}  // namespace

TEST(DraftDiff, SameDraft_HasNoChanges) {
  TempDir tmp("diff-same");
  auto d = diff_json(tmp, first_draft, first_draft);
  EXPECT_EQ(d["summary"]["added"], 0);
  EXPECT_EQ(d["summary"]["removed"], 0);
  EXPECT_EQ(d["summary"]["changed"], 0);
  EXPECT_GT(d["summary"]["unchanged"].get<int>(), 0);
}

TEST(DraftDiff, InsertedClauseRenumbersTheRest_IsNotReportedAsRemovedAndAdded) {
  TempDir tmp("diff-renumber");
  std::string second = replaced(first_draft, "2. Payment\n2.1", "2. Cooperation\n2.1 The parties shall work together.\n\n3. Payment\n3.1");
  second = replaced(second, "2.2 The Prime", "3.2 The Prime");
  second = replaced(second, "3. Indemnity\n3.1", "4. Indemnity\n4.1");
  auto d = diff_json(tmp, first_draft, second);
  EXPECT_EQ(d["summary"]["added"], 0) << d.dump(2);
  EXPECT_EQ(d["summary"]["removed"], 0) << d.dump(2);
  EXPECT_EQ(d["summary"]["changed"], 0) << d.dump(2);
}

TEST(DraftDiff, LongerPaymentPeriod_IsAChangedRiskWithBothMessages) {
  TempDir tmp("diff-changed");
  auto d = diff_json(tmp, first_draft, replaced(first_draft, "sixty (60) days", "ninety (90) days"));
  ASSERT_EQ(d["changed"].size(), 1u) << d.dump(2);
  EXPECT_EQ(d["changed"][0]["before"]["rule_id"], "PAY-03.long-payment-terms");
  EXPECT_NE(d["changed"][0]["before"]["message"].get<std::string>().find("sixty"), std::string::npos);
  EXPECT_NE(d["changed"][0]["after"]["message"].get<std::string>().find("ninety"), std::string::npos);
  EXPECT_EQ(d["summary"]["added"], 0);
  EXPECT_EQ(d["summary"]["removed"], 0);
}

TEST(DraftDiff, CapAdded_RemovesTheAbsenceRisk_AndNewIndemnityIsAdded) {
  TempDir tmp("diff-added-removed");
  const std::string second =
      first_draft +
      "\n4. Liability\n4.1 The Subcontractor's total liability shall not exceed the annual charges.\n"
      "4.2 The Subcontractor shall indemnify the Authority against all claims arising from the data.\n";
  int status = -1;
  auto d = diff_json(tmp, first_draft, second, &status);
  bool cap_removed = false;
  for (const auto& f : d["removed"]) cap_removed = cap_removed || f["rule_id"] == "RTL-02.no-liability-cap";
  EXPECT_TRUE(cap_removed) << d.dump(2);
  bool indemnity_added = false;
  for (const auto& f : d["added"]) indemnity_added = indemnity_added || f["rule_id"] == "IND-01.uncapped-indemnity";
  EXPECT_TRUE(indemnity_added) << d.dump(2);
  EXPECT_EQ(status, 0);
}

TEST(DraftDiff, TextOutputAndFailOn) {
  TempDir tmp("diff-text");
  std::ofstream(tmp.path() / "old.txt") << first_draft;
  std::ofstream(tmp.path() / "new.txt") << replaced(first_draft, "sixty (60) days", "ninety (90) days");
  const std::string base = "diff '" + tmp.str() + "/old.txt' '" + tmp.str() + "/new.txt' --rules " + pack;
  CommandRun text = run_clausecheck(base);
  EXPECT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("0 added, 1 changed, 0 removed"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("now: Payment is due ninety (90) days"), std::string::npos) << text.out;
  EXPECT_EQ(run_clausecheck(base + " --fail-on high").status, 1) << "a worsened high risk";
  EXPECT_EQ(run_clausecheck(base + " --fail-on critical").status, 0);
  EXPECT_EQ(run_clausecheck("diff '" + tmp.str() + "/old.txt' tests/fixtures/bad/corrupt.pdf").status, 2);
}

TEST(DraftDiff, ClauseWordsForMatching_DropTheClauseNumber) {
  EXPECT_EQ(clause_words_for_matching("7.2 The Prime shall pay"), clause_words_for_matching("8.2 The prime shall  pay."));
  EXPECT_EQ(clause_words_for_matching("(b) within 60 days"), (std::vector<std::string>{"within", "60", "days"}));
  EXPECT_EQ(clause_words_for_matching("12. (iv) Pay"), (std::vector<std::string>{"pay"}));
  EXPECT_EQ(clause_words_for_matching(""), std::vector<std::string>{});
}
