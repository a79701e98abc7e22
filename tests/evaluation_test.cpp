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

Finding absence(const std::string& type) {
  Finding f;
  f.taxonomy = type;
  f.absence = true;
  f.message = "missing";
  return f;
}

TEST(Evaluation, FindingInTheLabelledClause_IsATruePositive) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-01", "1.1"}}, {}}, doc, {finding(doc, "PAY-01", "1.1")});
  EXPECT_EQ(e.by_type["PAY-01"].true_positives, 1);
  EXPECT_EQ(e.by_type["PAY-01"].false_positives, 0);
  EXPECT_EQ(e.by_type["PAY-01"].false_negatives, 0);
}

TEST(Evaluation, FindingInsideASubClauseOfTheLabel_Counts) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-05", "1.2"}}, {}}, doc, {finding(doc, "PAY-05", "1.2(a)")});
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
}

TEST(Evaluation, FindingInTheParentOfTheLabel_IsAFalseAlarmAndAMiss) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-01", "1.1"}}, {}}, doc, {finding(doc, "PAY-01", "1")});
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
  score_document(e, "c", {{{"PAY-01", "1.1"}}, {}}, doc, {finding(doc, "PAY-03", "1.1")});
  EXPECT_EQ(e.by_type["PAY-03"].false_positives, 1);
  EXPECT_EQ(e.by_type["PAY-01"].false_negatives, 1);
}

TEST(Evaluation, TwoFindingsOfOneTypeInOneLabelledClause_CountOnce) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-05", "1.2"}}, {}}, doc,
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
  score_document(e, "c", {{{"PAY-05", "1.2"}, {"PAY-05", "Schedule 2, 1.1"}}, {}}, doc,
                 {finding(doc, "PAY-05", "Schedule 2, 1.1")});
  EXPECT_EQ(e.by_type["PAY-05"].labels, 2);
  EXPECT_EQ(e.by_type["PAY-05"].true_positives, 1);
  EXPECT_EQ(e.by_type["PAY-05"].false_negatives, 1);
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_EQ(e.misses[0].clause, "1.2");
}

TEST(Evaluation, ScheduleCitations_ResolveThroughTheClauseTree) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-11", "Schedule 2, 1.1"}}, {}}, doc, {finding(doc, "PAY-11", "Schedule 2, 1.1")});
  EXPECT_EQ(e.by_type["PAY-11"].true_positives, 1);
}

TEST(Evaluation, AbsenceFindings_ScoreAgainstTheAbsentList) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{}, {"RTL-02", "DSP-01"}}, doc, {absence("RTL-02"), absence("TRM-06")});
  EXPECT_EQ(e.by_type["RTL-02"].true_positives, 1);
  EXPECT_EQ(e.by_type["DSP-01"].false_negatives, 1);
  EXPECT_EQ(e.by_type["TRM-06"].false_positives, 1);
  ASSERT_EQ(e.false_alarms.size(), 1u);
  EXPECT_TRUE(e.false_alarms[0].absence);
}

TEST(Evaluation, LabelledClauseMissingFromTheDocument_IsAMissWithANote) {
  AnalysedDocument doc = contract();
  Evaluation e;
  score_document(e, "c", {{{"PAY-01", "9.9"}}, {}}, doc, {});
  ASSERT_EQ(e.misses.size(), 1u);
  EXPECT_NE(e.misses[0].note.find("not found"), std::string::npos);
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
  score_unreadable_document(e, "broken.pdf", {{{"PAY-01", "1.1"}}, {"DSP-01"}}, "broken.pdf: PDF is damaged");
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
