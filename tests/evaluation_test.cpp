// Clause-level scoring of findings against gold labels (engine/src/evaluation.cpp).
#include <gtest/gtest.h>

#include "clausecheck/evaluation.h"

namespace clausecheck {
namespace {

// A document with clauses 1, 1.1, 1.2, 1.2(a) and Schedule 2 > Schedule 2, 1.1.
AnalysedDocument contract() {
  return analyse(document_from_text(
      "1. PAYMENT\n"
      "1.1 The Prime shall pay within 60 days.\n"
      "1.2 The Prime may set off any sums:\n"
      "(a) owed under any other contract.\n"
      "SCHEDULE 2 – CHARGES\n"
      "1.1 The Charges are fixed for the Term.\n"));
}

Finding finding(const AnalysedDocument& doc, const std::string& type, const std::string& citation) {
  Finding f;
  f.taxonomy = type;
  f.rule_id = type + ".rule";
  f.clause = doc.structure.find_citation(citation);
  EXPECT_GE(f.clause, 0) << "test document has no clause " << citation;
  f.clause_citation = citation;
  f.text = "words";
  return f;
}

// Gold labels from (type, citation) pairs and absent types.
GoldLabels gold(const std::vector<std::pair<std::string, std::string>>& clauses,
                const std::vector<std::string>& absent = {}) {
  GoldLabels labels;
  for (const auto& [type, clause] : clauses) {
    GoldLabel label;
    label.type = type;
    label.clause = clause;
    labels.labels.push_back(label);
  }
  labels.absent = absent;
  return labels;
}

// One label with the labeller's quote of the risky words.
GoldLabels quoted(const std::string& type, const std::string& clause, const std::string& quote) {
  GoldLabels labels = gold({{type, clause}});
  labels.labels[0].quote = quote;
  return labels;
}

Finding absence(const std::string& type) {
  Finding f;
  f.taxonomy = type;
  f.absence = true;
  f.message = "missing";
  return f;
}

// The name eval --labelled-provider gives --provider, from the labeller's description.
TEST(Evaluation, LabelledPartyName_IsTheQuotedShortNameOrTheNameBeforeTheParenthesis) {
  EXPECT_EQ(labelled_party_name("Networks Associates, Inc. (\"NAI\"), paid the Co-Hosting Fee"), "NAI");
  EXPECT_EQ(labelled_party_name("Harbour Trust (the \"Subcontractor\")"), "Subcontractor");
  EXPECT_EQ(labelled_party_name("Schoolpop, Inc. (the reseller; \"LoyaltyPoint\" in 14(f))"), "Schoolpop, Inc.");
  EXPECT_EQ(labelled_party_name("the Supplier"), "the Supplier");
  EXPECT_EQ(labelled_party_name("Acme Ltd; the distributor"), "Acme Ltd");
  EXPECT_EQ(labelled_party_name(""), "");
}

TEST(Evaluation, FindingInTheLabelledClause_IsATruePositive) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-01", "1.1"}}), doc, {finding(doc, "PAY-01", "1.1")});
  EXPECT_EQ(e.by_type["PAY-01"].true_positives, 1);
  EXPECT_EQ(e.by_type["PAY-01"].false_positives, 0);
  EXPECT_EQ(e.by_type["PAY-01"].false_negatives, 0);
}

TEST(Evaluation, FindingInsideASubClauseOfTheLabel_Counts) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-05", "1.2"}}), doc, {finding(doc, "PAY-05", "1.2(a)")});
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
}

TEST(Evaluation, FindingInTheParentOfTheLabel_IsAFalseAlarmAndAMiss) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-01", "1.1"}}), doc, {finding(doc, "PAY-01", "1")});
  EXPECT_EQ(e.by_type["PAY-01"].true_positives, 0);
  EXPECT_EQ(e.by_type["PAY-01"].false_positives, 1);
  EXPECT_EQ(e.by_type["PAY-01"].false_negatives, 1);
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_EQ(e.misses[0].clause, "1.1");
  EXPECT_NE(e.misses[0].text.find("pay within 60 days"), std::string::npos);
}

TEST(Evaluation, WrongTypeInTheRightClause_IsAFalseAlarm) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-01", "1.1"}}), doc, {finding(doc, "PAY-03", "1.1")});
  EXPECT_EQ(e.by_type["PAY-03"].false_positives, 1);
  EXPECT_EQ(e.by_type["PAY-01"].false_negatives, 1);
}

TEST(Evaluation, TwoFindingsOfOneTypeInOneLabelledClause_CountOnce) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-05", "1.2"}}), doc,
                 {finding(doc, "PAY-05", "1.2"), finding(doc, "PAY-05", "1.2(a)")});
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
  EXPECT_EQ(e.by_type["PAY-05"].false_positives, 0);
}

TEST(Evaluation, TwoFindingsOfOneTypeInOneUnlabelledClause_AreOneFalseAlarm) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {}, doc, {finding(doc, "PAY-05", "1.2"), finding(doc, "PAY-05", "1.2")});
  EXPECT_EQ(e.by_type["PAY-05"].false_positives, 1);
  EXPECT_EQ(e.false_alarms.size(), 1u);
}

TEST(Evaluation, TwoLabelsOfOneType_NeedTwoFindings) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-05", "1.2"}, {"PAY-05", "Schedule 2, 1.1"}}), doc,
                 {finding(doc, "PAY-05", "Schedule 2, 1.1")});
  EXPECT_EQ(e.by_type["PAY-05"].labels, 2);
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
  EXPECT_EQ(e.by_type["PAY-05"].false_negatives, 1);
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_EQ(e.misses[0].clause, "1.2");
}

// A `report once` finding stands for every clause it names as the same risk: each can
// match a label, and an unlabelled one among them is not a false alarm of its own.
TEST(Evaluation, ReportOnceFinding_MatchesTheLabelsOfTheClausesItNames) {
  AnalysedDocument doc = contract();
  Finding once = finding(doc, "GRT-01", "1.1");
  once.also_clauses = {doc.structure.find_citation("1.2"), doc.structure.find_citation("Schedule 2, 1.1")};
  Evaluation e;
  score_document(e, "c", gold({{"GRT-01", "1.1"}, {"GRT-01", "1.2"}}), doc, {once});
  EXPECT_EQ(e.by_type["GRT-01"].true_positives, 2);
  EXPECT_EQ(e.by_type["GRT-01"].false_negatives, 0);
  EXPECT_EQ(e.by_type["GRT-01"].false_positives, 0);

  // Naming a clause is not finding a risk in a clause it does not name.
  Finding alone = finding(doc, "GRT-01", "1.1");
  Evaluation f;
  score_document(f, "c", gold({{"GRT-01", "1.1"}, {"GRT-01", "1.2"}}), doc, {alone});
  EXPECT_EQ(f.by_type["GRT-01"].true_positives, 1);
  EXPECT_EQ(f.by_type["GRT-01"].false_negatives, 1);
}

TEST(Evaluation, ScheduleCitations_ResolveThroughTheClauseTree) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-11", "Schedule 2, 1.1"}}), doc, {finding(doc, "PAY-11", "Schedule 2, 1.1")});
  EXPECT_EQ(e.by_type["PAY-11"].true_positives, 1);
}

TEST(Evaluation, AbsenceFindings_ScoreAgainstTheAbsentList) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({}, {"RTL-02", "DSP-01"}), doc, {absence("RTL-02"), absence("TRM-06")});
  EXPECT_EQ(e.by_type["RTL-02"].true_positives, 1);
  EXPECT_EQ(e.by_type["DSP-01"].false_negatives, 1);
  EXPECT_EQ(e.by_type["TRM-06"].false_positives, 1);
  ASSERT_EQ(e.false_alarms.size(), 1u);
  EXPECT_TRUE(e.false_alarms[0].absence);
}

TEST(Evaluation, LabelledClauseMissingFromTheDocument_IsAMissWithANote) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", gold({{"PAY-01", "9.9"}}), doc, {});
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_NE(e.misses[0].note.find("not found"), std::string::npos);
}

TEST(Evaluation, LabelCitingAClauseTheTreeLacks_IsPlacedByItsQuote) {
  AnalysedDocument doc = contract();
  Evaluation e;
  GoldLabels label = quoted("PAY-05", "Annex Z, 4.4", "may set off any sums: (a) owed under any other contract");
  score_document(e, "c", label, doc, {finding(doc, "PAY-05", "1.2(a)")});
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
  EXPECT_EQ(e.labels_placed_by_quote, 1);
}

TEST(Evaluation, QuotePlacedLabelThatIsMissed_SaysWhereItWasPlaced) {
  AnalysedDocument doc = contract();
  Evaluation e;
  GoldLabels label = quoted("PAY-01", "Annex Z, 4.4", "The Prime shall pay within 60 days");
  score_document(e, "c", label, doc, {});
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_NE(e.misses[0].note.find("placed by its quote at 1.1"), std::string::npos) << e.misses[0].note;
}

TEST(Evaluation, QuoteTooShortToBeSpecific_PlacesNothing) {
  AnalysedDocument doc = contract();
  Evaluation e;
  GoldLabels label = quoted("PAY-01", "Annex Z, 4.4", "60 days");
  score_document(e, "c", label, doc, {finding(doc, "PAY-01", "1.1")});
  EXPECT_EQ(e.by_type["PAY-01"].true_positives, 0);
  EXPECT_EQ(e.labels_placed_by_quote, 0);
}

TEST(Evaluation, QuoteIsNotUsedWhenTheCitationResolves) {
  AnalysedDocument doc = contract();
  Evaluation e;
  // The citation wins: a quote from another clause does not move the label.
  GoldLabels label = quoted("PAY-01", "1.1", "The Charges are fixed for the Term");
  score_document(e, "c", label, doc, {finding(doc, "PAY-01", "1.1")});
  EXPECT_EQ(e.by_type["PAY-01"].true_positives, 1);
  EXPECT_EQ(e.labels_placed_by_quote, 0);
}

// A number used twice: the tree cites the second "2" as "2 [2]", and the labeller's "2" (or "Exhibit A, 2") with a
// quote from it means that one, not the exhibit item the citation finds first.
TEST(Evaluation, LabelOnANumberUsedTwice_FollowsItsQuoteToTheRepeatedClause) {
  AnalysedDocument doc = analyse(document_from_text(
      "SPONSORSHIP AGREEMENT\nBenefits to Sponsor:\n1. Three logo exposures per game.\n"
      "2. One live announcement per telecast.\n3. One advertorial in the program.\nTerms and Conditions\n"
      "1. Term. The term runs for the 1999 season.\n2. Trademarks. Each party keeps its own marks.\n"
      "3. Indemnification. The Club agrees to defend, indemnify and hold Sponsor harmless from all claims.\n"));
  ASSERT_GE(doc.structure.find_citation("2 [2]"), 0);
  Evaluation e;
  GoldLabels label = quoted("IPD-01", "2", "Trademarks. Each party keeps its own marks");
  score_document(e, "c", label, doc, {finding(doc, "IPD-01", "2 [2]")});
  EXPECT_EQ(e.by_type["IPD-01"].true_positives, 1);
  EXPECT_EQ(e.by_type["IPD-01"].false_positives, 0);
  // A label that names a part the tree did not carry ("Exhibit A, 2" for the terms' second
  // "2"): the citation finds the first "2", and the quote, from the clause met again with the
  // label's last part, says which one the labeller meant.
  Evaluation part;
  GoldLabels with_part = quoted("IPD-01", "Exhibit A, 2", "Trademarks. Each party keeps its own marks");
  score_document(part, "c", with_part, doc, {finding(doc, "IPD-01", "2 [2]")});
  EXPECT_EQ(part.by_type["IPD-01"].true_positives, 1);
  EXPECT_EQ(part.by_type["IPD-01"].false_positives, 0);
  // A quote from another number leaves the citation as it resolved.
  Evaluation other;
  GoldLabels elsewhere = quoted("IPD-01", "2", "Three logo exposures per game");
  score_document(other, "c", elsewhere, doc, {finding(doc, "IPD-01", "2 [2]")});
  EXPECT_EQ(other.by_type["IPD-01"].true_positives, 0);
}

TEST(Evaluation, WilsonInterval_MatchesTheTextbookValues) {
  // 8 of 10: Wilson 95 % is 0.490-0.943 (Newcombe 1998, table I method 3 style).
  Interval i = wilson_interval(8, 10);
  EXPECT_NEAR(i.low, 0.490, 0.001);
  EXPECT_NEAR(i.high, 0.943, 0.001);
  // All successes still leave room below 1; none leave room above 0.
  Interval all = wilson_interval(10, 10);
  EXPECT_NEAR(all.low, 0.722, 0.001);
  EXPECT_DOUBLE_EQ(all.high, 1.0);
  Interval none = wilson_interval(0, 10);
  EXPECT_DOUBLE_EQ(none.low, 0.0);
  EXPECT_NEAR(none.high, 0.278, 0.001);
  // Nothing observed: nothing known.
  Interval empty = wilson_interval(0, 0);
  EXPECT_DOUBLE_EQ(empty.low, 0.0);
  EXPECT_DOUBLE_EQ(empty.high, 1.0);
}

TEST(Evaluation, ScoreIntervals_NarrowAsCountsGrow) {
  TypeScore small{10, 8, 2, 2};
  TypeScore large{1000, 800, 200, 200};
  EXPECT_LT(large.recall_interval().high - large.recall_interval().low,
            small.recall_interval().high - small.recall_interval().low);
  EXPECT_LE(large.precision_interval().low, large.precision());
  EXPECT_GE(large.precision_interval().high, large.precision());
}

TEST(Evaluation, FindingsWithoutATaxonomyType_AreNotScored) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {}, doc, {finding(doc, "", "1.1")});
  EXPECT_TRUE(e.by_type.empty());
  EXPECT_TRUE(e.false_alarms.empty());
}

TEST(Evaluation, UnreadableDocument_TurnsEveryLabelIntoAMiss) {
  Evaluation e;
  score_unreadable_document(e, "broken.pdf", gold({{"PAY-01", "1.1"}}, {"DSP-01"}), "broken.pdf: PDF is damaged");
  EXPECT_EQ(e.documents, 1);
  EXPECT_EQ(e.overall().false_negatives, 2);
  ASSERT_EQ(e.document_errors.size(), 1u);
  EXPECT_EQ(e.misses.size(), 2u);
}

TEST(Evaluation, PrecisionRecallAndF1_FollowTheirDefinitions) {
  TypeScore s;
  s.true_positives = 8;
  s.false_positives = 2;
  s.false_negatives = 8;
  EXPECT_DOUBLE_EQ(s.precision(), 0.8);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_NEAR(s.f1(), 2 * 0.8 * 0.5 / 1.3, 1e-12);
  TypeScore empty;
  EXPECT_DOUBLE_EQ(empty.precision(), 1.0);
  EXPECT_DOUBLE_EQ(empty.recall(), 1.0);
  TypeScore wrong;
  wrong.false_positives = 1;
  wrong.false_negatives = 1;
  EXPECT_DOUBLE_EQ(wrong.f1(), 0.0);
}

TEST(Evaluation, TypesBelowRecall_IgnoreTypesWithFewLabels) {
  Evaluation e;
  e.by_type["PAY-01"] = {3, 1, 0, 2};
  e.by_type["PAY-02"] = {2, 0, 0, 2};
  e.by_type["PAY-03"] = {4, 4, 0, 0};
  EXPECT_EQ(e.types_below_recall(0.8, 3), std::vector<std::string>{"PAY-01"});
}

}  // namespace
}  // namespace clausecheck
