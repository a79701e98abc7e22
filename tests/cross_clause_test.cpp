// Conditions on other clauses: `within referenced`, evidence found elsewhere in the
// document, and `unless reciprocal` (a right for one party with none for the other).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_or_fail;
using testing::rule_text;
using testing::scan_text;

bool why_has(const Finding& f, const std::string& part) {
  for (const auto& line : f.why) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(CrossClause, WithinReferencedSearchesTheClausesTheMatchRefersTo) {
  auto pack = compile_or_fail(rule_text("\"indemnify\"", "  scope clause\n  unless within referenced \"shall not exceed\""));
  ASSERT_TRUE(pack);
  const std::string uncapped =
      "1. Indemnity\n1.1 Subject to clause 2, the Supplier shall indemnify the Buyer.\n2. Insurance\n2.1 The Supplier "
      "shall insure.\n3. Liability\n3.1 Liability shall not exceed £1m.\n";
  auto findings = scan_text(*pack, uncapped);
  ASSERT_EQ(findings.size(), 1u);  // clause 3 caps, but 1.1 does not refer to it
  EXPECT_TRUE(why_has(findings[0], "not found in the clauses it refers to (2)"));
  EXPECT_TRUE(scan_text(*pack, "1. Indemnity\n1.1 Subject to clause 2, the Supplier shall indemnify the Buyer.\n2. "
                               "Liability\n2.1 Liability shall not exceed £1m.\n")
                  .empty());
}

TEST(CrossClause, RequiresWithinReferencedNamesTheEvidenceClause) {
  auto pack = compile_or_fail(rule_text("\"indemnify\"", "  scope clause\n  requires within referenced \"unlimited\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, "1. Indemnity\n1.1 Subject to clause 2, the Supplier shall indemnify the Buyer.\n"
                                   "2. Liability\n2.1 The Supplier's liability is unlimited.\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(why_has(findings[0], "found in clause 2.1: \"unlimited\" (referred to as \"clause 2\")"));
}

TEST(CrossClause, DocumentScopeEvidenceIsCitedInWhy) {
  auto pack = compile_or_fail(
      rule_text("\"indemnify\"", "  requires within document \"shall not apply\" gap(0..4) \"indemnit*\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, "1. The Supplier shall indemnify the Buyer.\n2. The cap shall not apply to any "
                                   "indemnity.\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(why_has(findings[0], "in clause 2: \"shall not apply to any indemnity\""));
}

TEST(CrossClause, ReciprocalFiresOnlyWhenTheOtherPartyLacksTheRight) {
  auto pack = compile_or_fail(rule_text("@counterparty gap(0..4) \"may terminate\" gap(0..12) \"convenience\"",
                                        "  unless reciprocal"));
  ASSERT_TRUE(pack);
  const std::string parties =
      "This Agreement is made between Big Buyer Ltd (the \"Buyer\") and Hope Trust (the \"Supplier\").\n";
  EXPECT_EQ(scan_text(*pack, parties + "1. The Buyer may terminate this Agreement for convenience.\n").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, parties + "1. The Buyer may terminate this Agreement for convenience.\n2. The "
                                         "Supplier may terminate this Agreement for convenience.\n")
                  .empty());
  // The provider's own right is not the counterparty's.
  EXPECT_TRUE(scan_text(*pack, parties + "1. The Supplier may terminate this Agreement for convenience.\n").empty());
}

TEST(CrossClause, ReciprocalOfAMatchWithACaptureIsMatched) {
  // The mirrored match keeps the rule's typed capture; the mirror is matched with room for it.
  auto pack = compile_or_fail(rule_text("@counterparty gap(0..4) \"may terminate\" gap(0..6) \"on\" notice:DURATION",
                                        "  unless reciprocal"));
  ASSERT_TRUE(pack);
  const std::string parties =
      "This Agreement is made between Big Buyer Ltd (the \"Buyer\") and Hope Trust (the \"Supplier\").\n";
  EXPECT_EQ(scan_text(*pack, parties + "1. The Buyer may terminate this Agreement on 30 days' notice.\n").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, parties + "1. The Buyer may terminate this Agreement on 30 days' notice.\n2. The "
                                         "Supplier may terminate this Agreement on 60 days' notice.\n")
                  .empty());
}

TEST(CrossClause, MisusesAreLocatedErrors) {
  auto errors = testing::compile_errors(
      "absent rule X-1 {\n title \"t\"\n category \"c\"\n severity low\n require \"x\"\n unless reciprocal\n "
      "message \"m\"\n}\n");
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].line, 6);
  EXPECT_EQ(errors[0].column, 9);
  errors = testing::compile_errors(rule_text("\"x\"", "  unless reciprocal"));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("names @provider or @counterparty"), std::string::npos);
  errors = testing::compile_errors(rule_text("\"x\"", "  unless within referencd \"y\""));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].column, 17);
  EXPECT_NE(errors[0].expected.find("referenced"), std::string::npos);
}

TEST(CrossClause, LanguageExampleRulesPassTheirOwnExamples) {
  testing::expect_language_examples_pass("tests/fixtures/rules/language/cross-clause.rules", 6);
}

}  // namespace
}  // namespace clausecheck
