// What the rules language matches: every construct, typed values, scopes, defined terms,
// unless/requires, negation, absence rules, and the findings it produces.
#include <algorithm>
#include <gtest/gtest.h>

#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_or_fail;
using testing::fires;
using testing::rule_text;
using testing::scan_text;

TEST(RulesPhrase, PhraseMatchesAcrossCaseAndTypography) {
  EXPECT_TRUE(fires("\"shall not exceed\"", "The liability SHALL NOT EXCEED the fees."));
  EXPECT_TRUE(fires("\"sub-contractor's\"", "The Sub-Contractor\u2019s staff."));
  EXPECT_FALSE(fires("\"shall not exceed\"", "The liability shall exceed the fees."));
}

TEST(RulesPhrase, PrefixWildcardMatchesWordBeginnings) {
  EXPECT_TRUE(fires("\"indemnif*\"", "The Supplier shall indemnify the Prime."));
  EXPECT_TRUE(fires("\"indemnif*\"", "Indemnification is given."));
  EXPECT_FALSE(fires("\"indemnif*\"", "An indemnity is given."));
  EXPECT_FALSE(fires("\"indemnif*\"", "The Supplier shall hold harmless the Prime."));
}

TEST(RulesPhrase, StarNotGluedToAWordIsTheCharacter) {
  // Redactions in filed contracts: "retain *** of the revenues", "[***] days".
  EXPECT_TRUE(fires("\"retain\" \"***\" \"of\"", "The Distributor shall retain *** of the revenues."));
  EXPECT_TRUE(fires("\"[***]\" \"days\"", "Payment is due within [***] days of invoice."));
  EXPECT_FALSE(fires("\"retain\" \"***\" \"of\"", "The Distributor shall retain half of the revenues."));
  EXPECT_FALSE(fires("\"[***]\" \"days\"", "Payment is due within [30] days of invoice."));
}

TEST(RulesPattern, AlternativesOptionalAndRepetition) {
  EXPECT_TRUE(fires("(\"pay\" | \"payment\") \"within\"", "Payment within 30 days."));
  EXPECT_TRUE(fires("\"sole\"? \"discretion\"", "at its discretion"));
  EXPECT_TRUE(fires("\"very\"{2..3} \"late\"", "very very late"));
  EXPECT_FALSE(fires("\"very\"{2..3} \"late\"", "it is very late"));
}

TEST(RulesPattern, GapIsBoundedInTokens) {
  EXPECT_TRUE(fires("\"liability\" gap(0..3) \"exceed\"", "liability will not exceed"));
  EXPECT_FALSE(fires("\"liability\" gap(0..1) \"exceed\"", "liability will not ever exceed"));
  EXPECT_FALSE(fires("\"liability\" gap(2..3) \"exceed\"", "liability exceed"));
}

TEST(RulesPattern, AnyMatchesExactlyOneToken) {
  EXPECT_TRUE(fires("\"the\" any \"party\"", "the other party"));
  EXPECT_FALSE(fires("\"the\" any \"party\"", "the party"));
}

TEST(RulesPattern, NamedSubPatternsAreReusable) {
  std::string text = "pattern cap = \"shall not exceed\" | \"limited to\"\n" +
                     rule_text("\"liability\" gap(0..5) cap");
  auto pack = compile_or_fail(text);
  ASSERT_TRUE(pack);
  EXPECT_EQ(scan_text(*pack, "Its liability is limited to the fees.").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, "Its liability is unlimited.").empty());
}

TEST(RulesPattern, NegationMatchesOneTokenThatIsNotTheWord) {
  EXPECT_TRUE(fires("\"at\" \"its\" not \"reasonable\" \"discretion\"", "at its absolute discretion"));
  EXPECT_FALSE(fires("\"at\" \"its\" not (\"reasonable\" | \"sole\") \"discretion\"", "at its sole discretion"));
}

TEST(RulesTypedValues, PaymentTerms_SixtyDaysAfterInvoice_IsFlagged) {
  std::string match = "\"pay\" gap(0..10) days:DURATION gap(0..6) (\"receipt\" | \"invoice\")";
  std::string where = "  where days > 30 days";
  EXPECT_TRUE(fires(match, "The Prime shall pay each invoice within sixty (60) days of receipt.", where));
  EXPECT_TRUE(fires(match, "The Prime shall pay within two months of invoice.", where));
  EXPECT_FALSE(fires(match, "The Prime shall pay within 30 days of receipt.", where));
  EXPECT_FALSE(fires(match, "The Prime shall pay within 10 Working Days of receipt.", where));
}

TEST(RulesTypedValues, DurationDaysFieldComparesCalendarDays) {
  EXPECT_TRUE(fires("\"within\" d:DURATION", "within 5 weeks", "  where d.days >= 35"));
  EXPECT_FALSE(fires("\"within\" d:DURATION", "within 4 weeks", "  where d.days >= 35"));
}

TEST(RulesTypedValues, MoneyComparesAmountAndCurrency) {
  std::string match = "\"exceed\" cap:MONEY";
  EXPECT_TRUE(fires(match, "shall not exceed £1.5 million", "  where cap >= £1,000,000"));
  EXPECT_FALSE(fires(match, "shall not exceed £500,000", "  where cap >= £1,000,000"));
  EXPECT_TRUE(fires(match, "shall not exceed £2,000,000", "  where cap >= 1 million"));
}

TEST(RulesTypedValues, PercentAndNumberComparisons) {
  EXPECT_TRUE(fires("rate:PERCENT \"retention\"", "ten per cent retention", "  where rate > 5%"));
  EXPECT_FALSE(fires("rate:PERCENT \"retention\"", "3% retention", "  where rate > 5%"));
  EXPECT_TRUE(fires("\"within\" n:NUMBER \"visits\"", "within 12 visits", "  where n >= 10"));
}

TEST(RulesTypedValues, DateComparison) {
  EXPECT_TRUE(fires("\"on\" d:DATE", "ends on 1 April 2020", "  where d < 2025-01-01"));
  EXPECT_FALSE(fires("\"on\" d:DATE", "ends on 1 April 2030", "  where d < 2025-01-01"));
}

// Two captures of one match compared with each other: the prime's notice against the
// subcontractor's, whatever band each falls in and whatever unit each is written in.
TEST(RulesTypedValues, CaptureComparedWithCapture_InCalendarDaysAcrossUnits) {
  const std::string match =
      "\"buyer may terminate on\" short:DURATION gap(0..12) \"supplier may terminate on\" long:DURATION";
  const std::string where = "  where short < long";
  EXPECT_TRUE(fires(match, "The Buyer may terminate on 30 days' notice and the Supplier may terminate on 60 days' notice.", where));
  EXPECT_TRUE(fires(match, "The Buyer may terminate on one month's notice; the Supplier may terminate on 45 days' notice.", where));
  EXPECT_FALSE(fires(match, "The Buyer may terminate on 60 days' notice and the Supplier may terminate on 60 days' notice.", where));
  EXPECT_FALSE(fires(match, "The Buyer may terminate on three months' notice; the Supplier may terminate on 30 days' notice.", where));
  // With a literal condition as well: both must hold.
  EXPECT_FALSE(fires(match, "The Buyer may terminate on 6 months' notice and the Supplier may terminate on 12 months' notice.",
                     where + "\n  where short < 90 days"));
  EXPECT_TRUE(fires(match, "The Buyer may terminate on 1 month's notice and the Supplier may terminate on 12 months' notice.",
                    where + "\n  where short < 90 days"));
}

TEST(RulesTypedValues, CaptureComparison_MoneyInTwoCurrenciesNeverHolds) {
  const std::string match = "\"prime up to\" a:MONEY gap(0..8) \"subcontractor up to\" b:MONEY";
  EXPECT_TRUE(fires(match, "The prime up to £1,000,000 and the subcontractor up to £5,000,000.", "  where a < b"));
  EXPECT_FALSE(fires(match, "The prime up to £5,000,000 and the subcontractor up to £1,000,000.", "  where a < b"));
  EXPECT_FALSE(fires(match, "The prime up to £1,000,000 and the subcontractor up to $5,000,000.", "  where a < b"));
  EXPECT_FALSE(fires(match, "The prime up to £1,000,000 and the subcontractor up to $5,000,000.", "  where a != b"));
}

// The condition holds on the words of the finding, and `why` shows both values compared.
TEST(RulesTypedValues, CaptureComparison_WhyShowsBothValues) {
  auto pack = compile_or_fail(rule_text(
      "\"buyer may terminate on\" short:DURATION gap(0..12) \"supplier may terminate on\" long:DURATION",
      "  where short < long"));
  ASSERT_NE(pack, nullptr);
  auto findings = scan_text(*pack, "The Buyer may terminate on 30 days' notice and the Supplier may terminate on 3 months' notice.");
  ASSERT_EQ(findings.size(), 1u);
  const auto& why = findings[0].why;
  EXPECT_NE(std::find(why.begin(), why.end(), "where short < long: held (short = 30 days, long = 90 days)"), why.end())
      << ::testing::PrintToString(why);
}

// A where literal is read by the same reader as the contract, so every unit a contract
// may use can be compared with: hours, fortnights, "pounds" after the amount, "per centum".
TEST(RulesTypedValues, WhereLiteral_TakesEveryUnitTheDocumentReaderReads) {
  EXPECT_TRUE(fires("\"within\" d:DURATION", "within 3 days", "  where d > 48 hours"));
  EXPECT_FALSE(fires("\"within\" d:DURATION", "within 1 day", "  where d > 48 hours"));
  EXPECT_TRUE(fires("\"within\" d:DURATION", "within 15 days", "  where d > 1 fortnight"));
  EXPECT_FALSE(fires("\"within\" d:DURATION", "within 14 days", "  where d > 1 fortnight"));
  EXPECT_TRUE(fires("\"exceed\" cap:MONEY", "shall not exceed £3,000,000", "  where cap > 2 million pounds"));
  EXPECT_FALSE(fires("\"exceed\" cap:MONEY", "shall not exceed $3,000,000", "  where cap > 2 million pounds"));
  EXPECT_TRUE(fires("rate:PERCENT \"retention\"", "six per cent retention", "  where rate > 5 per centum"));
}

TEST(RulesTypedValues, ConditionsCanBeCombinedWithAnd) {
  std::string where = "  where days > 30 days and days <= 90 days";
  EXPECT_TRUE(fires("\"within\" days:DURATION", "within 60 days", where));
  EXPECT_FALSE(fires("\"within\" days:DURATION", "within 120 days", where));
}

TEST(RulesTypedValues, ConditionOnAnOptionalCaptureNeedsTheCapture) {
  std::string where = "  where days > 30 days";
  EXPECT_FALSE(fires("\"pay\" days:DURATION? \"promptly\"", "we pay promptly", where));
  EXPECT_TRUE(fires("\"pay\" days:DURATION? \"promptly\"", "we pay 60 days promptly", where));
}

TEST(RulesDefinedTerms, DurationIsReadThroughADefinedTerm) {
  std::string document =
      "1. Definitions\n"
      "\"Payment Period\" means 60 days from the date of a valid invoice.\n"
      "2. Payment\n"
      "2.1 The Prime shall pay the Subcontractor within the Payment Period.\n";
  auto pack = compile_or_fail(rule_text("\"pay\" gap(0..6) days:DURATION", "  where days > 30 days"));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, document);
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_EQ(findings[0].captures.size(), 1u);
  EXPECT_EQ(findings[0].captures[0].text, "Payment Period");
  EXPECT_DOUBLE_EQ(findings[0].captures[0].value, 60);
  EXPECT_EQ(findings[0].captures[0].unit, "day");
  bool explained = false;
  for (const auto& why : findings[0].why) explained |= why.find("defined term") != std::string::npos;
  EXPECT_TRUE(explained);
}

TEST(RulesConditions, UnlessSuppressesWithinTheSameSentence) {
  std::string extra = "  unless \"undisputed\"";
  EXPECT_FALSE(fires("\"pay\" \"within\"", "We pay within 60 days any undisputed invoice.", extra));
  EXPECT_TRUE(fires("\"pay\" \"within\"", "We pay within 60 days. Undisputed sums only.", extra));
}

TEST(RulesConditions, CapturesInsideUnlessAndRequiresAreMatched) {
  // A typed value named inside an unless or a requires ("runoff:DURATION") is matched like any
  // other; the name only documents it. Scanning a document where both the match and the
  // condition hold once crashed the scan.
  const std::string document = "The Supplier shall hold professional indemnity insurance for 6 years after expiry.";
  EXPECT_FALSE(fires("\"professional indemnity\"", document, "  unless \"insurance\" gap(0..3) runoff:DURATION"));
  EXPECT_TRUE(fires("\"professional indemnity\"", document, "  requires \"insurance\" gap(0..3) runoff:DURATION"));
  EXPECT_FALSE(fires("\"professional indemnity\"", document, "  requires \"insurance\" gap(0..3) cover:MONEY"));
}

TEST(RulesConditions, RequiresNeedsThePatternInItsScope) {
  std::string document =
      "1. Payment\n1.1 We pay within 60 days:\n(a) of a valid claim; and\n(b) of a valid receipt.\n"
      "1.2 Each invoice must be valid.\n";
  EXPECT_TRUE(fires("\"pay\" \"within\"", document, "  requires within clause \"receipt\""));
  EXPECT_FALSE(fires("\"pay\" \"within\"", document, "  requires within clause \"invoice\""));
  EXPECT_FALSE(fires("\"pay\" \"within\"", document, "  requires \"invoice\""));
  EXPECT_TRUE(fires("\"pay\" \"within\"", document, "  requires within section \"invoice\""));
}

TEST(RulesScopes, SentenceScopeDoesNotCrossSentences) {
  EXPECT_FALSE(fires("\"liability\" gap(0..10) \"unlimited\"", "Liability is set out. It is unlimited."));
  EXPECT_TRUE(fires("\"liability\" gap(0..10) \"unlimited\"", "Liability is set out. It is unlimited.",
                    "  scope section"));
}

TEST(RulesScopes, SentenceContinuesAcrossAWrappedLine) {
  DocumentBuilder builder("wrapped.txt", DocumentFormat::pdf);
  Block first;
  first.page = 1;
  builder.add_block("1.1 The Subcontractor's total liability shall", first);
  Block second;
  second.page = 2;
  second.continues_paragraph = true;
  builder.add_block("not exceed the Charges.", second);
  builder.set_page_count(2);
  AnalysedDocument document = analyse(std::move(builder).finish());
  auto pack = compile_or_fail(rule_text("\"liability\" \"shall\" \"not\" \"exceed\""));
  ASSERT_TRUE(pack);
  auto findings = scan(*pack, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].page, 1);
  EXPECT_EQ(findings[0].text, "liability shall\nnot exceed");
}

TEST(RulesScopes, DocumentScopeSpansClauses) {
  std::string document = "1. Liability\nThe liability of the Subcontractor\n2. Caps\nis unlimited.\n";
  EXPECT_TRUE(fires("\"liability\" gap(0..20) \"unlimited\"", document, "  scope document"));
  EXPECT_FALSE(fires("\"liability\" gap(0..20) \"unlimited\"", document, "  scope section"));
}

TEST(RulesScopes, ClauseScopeSpansSubClausesButNotTheNextClause) {
  std::string document =
      "1. Limits\n"
      "1.1 The Subcontractor's liability:\n"
      "(a) is set out below; and\n"
      "(b) is unlimited.\n"
      "1.2 Nothing else is unlimited.\n"
      "2. Other\n"
      "2.1 Other terms.\n";
  std::string match = "\"liability\" gap(0..20) \"unlimited\"";
  auto pack = compile_or_fail(rule_text(match, "  scope clause"));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].clause_citation, "1.1");
  EXPECT_EQ(findings[0].heading, "Limits");
  EXPECT_EQ(findings[0].text, "liability:\n(a) is set out below; and\n(b) is unlimited");
  // From (a) into (b) crosses sibling clauses: not in clause scope, but in section scope.
  EXPECT_FALSE(fires("\"below\" gap(0..10) \"unlimited\"", document, "  scope clause"));
  EXPECT_TRUE(fires("\"below\" gap(0..10) \"unlimited\"", document, "  scope section"));
  // Section scope stops at the next top-level clause.
  EXPECT_FALSE(fires("\"unlimited\" gap(0..10) \"other\" \"terms\"", document, "  scope section"));
}

// A pattern whose alternatives do not all hold the capture: "{share|a share}" gives the
// captured words when the match has them and the fallback words when it does not, never the
// braces themselves.
TEST(RulesFindings, CaptureFallbackWhenTheMatchingAlternativeHasNoCapture) {
  auto pack = compile_or_fail(
      "rule PBR-01.x {\n  title \"t\"\n  category \"c\"\n  severity high\n"
      "  match \"paid\" (share:PERCENT | \"the rate\") \"of\" \"sales\"\n"
      "  message \"Paid {share|a share} ({share.value|no figure}) of sales.\"\n}\n");
  ASSERT_TRUE(pack);
  auto with_figure = scan_text(*pack, "1. The Agent is paid 12% of sales.\n");
  ASSERT_EQ(with_figure.size(), 1u);
  EXPECT_EQ(with_figure[0].message, "Paid 12% (12%) of sales.");
  auto without = scan_text(*pack, "1. The Agent is paid the rate of sales set out in Appendix A.\n");
  ASSERT_EQ(without.size(), 1u);
  EXPECT_EQ(without[0].message, "Paid a share (no figure) of sales.");
}

TEST(RulesFindings, OneFindingPerClauseWithCapturesAndMessage) {
  std::string text =
      "rule PAY-03.late {\n"
      "  title \"Late payment\"\n  category \"payment\"\n  taxonomy \"PAY-03\"\n  severity high\n"
      "  match \"within\" days:DURATION\n  where days > 30 days\n"
      "  message \"Payment is due {days} ({days.value}).\"\n  ask \"30 days\"\n  reference \"PCR 2015 reg. 113\"\n"
      "  tags [\"cash-flow\", \"payment\"]\n}\n";
  auto pack = compile_or_fail(text);
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack,
                            "1. Payment\n1.1 Pay within 60 days. Or within 90 days.\n1.2 Refunds within 45 days.\n");
  ASSERT_EQ(findings.size(), 2u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.rule_id, "PAY-03.late");
  EXPECT_EQ(f.severity, Severity::high);
  EXPECT_EQ(f.taxonomy, "PAY-03");
  EXPECT_EQ(f.clause_citation, "1.1");
  EXPECT_EQ(f.text, "within 60 days");
  EXPECT_EQ(f.message, "Payment is due 60 days (60 days).");
  EXPECT_EQ(f.reference, "PCR 2015 reg. 113");
  EXPECT_EQ(f.tags, (std::vector<std::string>{"cash-flow", "payment"}));
  EXPECT_EQ(f.page, 1);
  ASSERT_EQ(f.captures.size(), 1u);
  EXPECT_EQ(f.captures[0].type, "DURATION");
  EXPECT_EQ(f.why, (std::vector<std::string>{"match \"within\" days:DURATION: \"within 60 days\" (sentence scope)",
                                             "days = 60 days (from \"60 days\")",
                                             "where days > 30 days: held (days = 60 days)"}));
  EXPECT_EQ(findings[1].clause_citation, "1.2");
}

TEST(RulesFindings, OrderIsDeterministic) {
  std::string text = rule_text("\"pay\"", "", "A-1") + rule_text("\"within\"", "", "B-1");
  auto pack = compile_or_fail(text);
  ASSERT_TRUE(pack);
  std::string document = "1. A\n1.1 within and pay.\n2. B\n2.1 pay within.\n";
  auto first = scan_text(*pack, document);
  auto second = scan_text(*pack, document);
  ASSERT_EQ(first.size(), 4u);
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].rule_id, second[i].rule_id);
    EXPECT_EQ(first[i].begin, second[i].begin);
  }
  EXPECT_EQ(first[0].rule_id, "A-1");
  EXPECT_LT(first[0].begin, first[1].begin);
}

TEST(RulesAbsence, FiresOnceWhenTheProtectionIsMissing) {
  std::string text =
      "absent rule RTL-02.no-cap {\n  title \"No liability cap\"\n  category \"liability\"\n  severity critical\n"
      "  require \"liability\" gap(0..20) (\"shall not exceed\" | \"limited to\")\n"
      "  message \"The subcontract does not cap liability.\"\n}\n";
  auto pack = compile_or_fail(text);
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, "SUBCONTRACT\n1. Scope\nThe Subcontractor shall provide the Services.\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(findings[0].absence);
  EXPECT_EQ(findings[0].page, 0);
  EXPECT_EQ(findings[0].clause, -1);
  EXPECT_TRUE(scan_text(*pack, "SUBCONTRACT\n1. Liability\nTotal liability shall not exceed £1m.\n").empty());
}

// An absence rule's requires is its evidence: why says where it was found, so a reader can
// check the words that made the rule fire ("volumes are not guaranteed" in clause 4.2).
TEST(RulesAbsence, WhyQuotesWhereARequiresWasFound) {
  auto pack = compile_or_fail(
      "absent rule PBR-03.x {\n  title \"t\"\n  category \"c\"\n  severity high\n"
      "  require \"minimum\" \"volume\"\n  requires \"not\" \"guaranteed\"\n  unless \"framework\"\n"
      "  message \"m\"\n}\n");
  ASSERT_TRUE(pack);
  auto findings =
      scan_text(*pack, "SUBCONTRACT\n4. Volumes\n4.1 Referrals are made by the Prime.\n4.2 Volumes are not guaranteed.\n");
  ASSERT_EQ(findings.size(), 1u);
  const std::vector<std::string>& why = findings[0].why;
  EXPECT_NE(std::find(why.begin(), why.end(),
                      "requires \"not\" \"guaranteed\": found in the document, in clause 4.2: \"not guaranteed\""),
            why.end())
      << ::testing::PrintToString(why);
  EXPECT_NE(std::find(why.begin(), why.end(), "unless \"framework\": not found in the document"), why.end());
}

TEST(RulesExamples, RunRuleTestsReportsEachFailingExample) {
  std::string text = rule_text("\"pay\" \"within\" days:DURATION",
                               "  where days > 30 days\n"
                               "  example \"We pay within 60 days.\"\n"
                               "  example \"We pay within 10 days.\"\n"
                               "  counter \"We pay within 20 days.\"\n"
                               "  counter \"We pay within 45 days.\"");
  auto pack = compile_or_fail(text);
  ASSERT_TRUE(pack);
  RuleTestSummary summary = run_rule_tests(*pack);
  EXPECT_EQ(summary.examples_run, 4);
  ASSERT_EQ(summary.failures.size(), 2u);
  EXPECT_EQ(summary.failures[0].example, "We pay within 10 days.");
  EXPECT_EQ(summary.failures[0].problem, "did not fire");
  EXPECT_EQ(summary.failures[0].line, 8);
  EXPECT_FALSE(summary.failures[1].must_fire);
  EXPECT_EQ(summary.failures[1].rule_id, "T-01.test");
}

// A contents page lists clause titles; the words that name a risk there are not the clause.
TEST(RulesContents, TableOfContentsEntriesAreNotMatched) {
  const std::string listed_only =
      "TABLE OF CONTENTS\n"
      "1. Definitions ........ 1\n"
      "14.1 Press Announcements ........ 42\n"
      "14.2 Change of Control ........ 43\n"
      "\n"
      "1. Definitions\n"
      "In this Agreement words have the meanings given.\n";
  EXPECT_FALSE(fires("\"press\" \"announcements\"", listed_only));
  EXPECT_FALSE(fires("\"change\" \"of\" \"control\"", listed_only));
  // Page numbers after a wide gap, in a run of numbered lines, are contents lines too.
  EXPECT_FALSE(fires("\"press\" \"announcements\"",
                     "1 Definitions      1\n14.1 Press Announcements      42\n14.2 Notices      43\n\n1 Definitions\n"
                     "Words have their meanings.\n"));
  // The clause itself, after the contents, still matches.
  EXPECT_TRUE(fires("\"press\" \"announcements\"", listed_only + "14.1 Press Announcements. No press announcements.\n"));
}

// Contents pages print the page number on the line under the title, or none at all.
TEST(RulesContents, EntriesWithPageNumberBelowOrNoneAreNotMatched) {
  const std::string body =
      "\n14.1 Publicity\nNo party shall issue any press release.\n14.2 Termination\n"
      "Either party may end this agreement on notice.\n14.3 Notices\nNotices are in writing.\n";
  EXPECT_FALSE(fires("\"press\" \"announcements\"",
                     "TABLE OF CONTENTS\n14.1 Press Announcements\n 36\n14.2 Termination\n 37\n14.3 Notices\n 38\n" + body));
  EXPECT_FALSE(fires("\"press\" \"announcements\"",
                     "INDEX\n14.1 Press Announcements\n14.2 Termination\n14.3 Notices\n" + body));
  EXPECT_FALSE(fires("\"press\" \"announcements\"",
                     "14.1 Press Announcements\n 36\n14.2 Termination\n 37\n14.3 Notices\n 38\n" + body));
}

}  // namespace
}  // namespace clausecheck
