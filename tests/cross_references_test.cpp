// Cross-references: every form, resolved to the clause they name or kept unresolved.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

DocumentStructure structure_of(std::string_view text) {
  Document d = document_from_text(text);
  return recover_structure(d, normalise(d));
}

// "text -> target (resolved citation or -)" for each reference, in order.
std::vector<std::string> describe(const DocumentStructure& s) {
  std::vector<std::string> out;
  for (const CrossReference& r : s.references) {
    std::string resolved = r.target_clause >= 0 ? s.clauses[static_cast<std::size_t>(r.target_clause)].citation : "-";
    out.push_back(r.text + " -> " + resolved);
  }
  return out;
}

using Strings = std::vector<std::string>;

constexpr std::string_view contract =
    "1. DEFINITIONS\n"
    "1.1 Words.\n"
    "2. PAYMENT\n"
    "2.1 Subject to clause 12.3 and Clause 1.1, the Buyer pays.\n"
    "2.2 Money.\n"
    "(a) cash;\n"
    "(b) cheque, as provided in sub-clause (a).\n"
    "3. TERMINATION\n"
    "3.1 Either Party may terminate under this clause 3 in accordance with Schedule 1.\n"
    "SCHEDULE 1\n"
    "1. EXIT\n"
    "1.1 The Supplier complies with paragraph 1.2 and Clause 2.2(b) and paragraph 1.1 of Schedule 2.\n"
    "1.2 The exit plan.\n";

TEST(CrossReferences, SingleReferences_ResolveToTheClauseTheyName) {
  auto s = structure_of(contract);
  EXPECT_EQ(describe(s), (Strings{
                             "clause 12.3 -> -",
                             "Clause 1.1 -> 1.1",
                             "sub-clause (a) -> 2.2(a)",
                             "clause 3 -> 3",
                             "Schedule 1 -> Schedule 1",
                             "paragraph 1.2 -> Schedule 1, 1.2",
                             "Clause 2.2(b) -> 2.2(b)",
                             "paragraph 1.1 of Schedule 2 -> -",
                         }));
  const CrossReference& first = s.references.front();
  EXPECT_EQ(first.target, "12.3");
  EXPECT_EQ(first.from_clause, s.find_citation("2.1"));
  EXPECT_EQ(s.references.back().target, "Schedule 2, 1.1");
}

TEST(CrossReferences, LetteredClauseNumbers_Resolve) {
  auto s = structure_of("A1 Definitions\nA1.1 Words.\nB1 Payment\nB1.1 Subject to clause C1.1, the Council pays.\n"
                        "C1 Set-off\nC1.1 The Council may set off sums due under clause B1.1 and Clause A1.\n");
  EXPECT_EQ(describe(s), (Strings{"clause C1.1 -> C1.1", "clause B1.1 -> B1.1", "Clause A1 -> A1"}));
}

TEST(CrossReferences, ConditionsOfContract_AreCitedAsConditions) {
  auto s = structure_of("Condition 1 Definitions\n1.1 Words.\nCondition 2 Payment\n2.1 The Buyer pays subject to Condition 1.1.\n");
  EXPECT_EQ(describe(s), (Strings{"Condition 1.1 -> 1.1"}));
}

TEST(CrossReferences, ReferenceSpan_IsTheWordsAsWritten) {
  Document d = document_from_text(contract);
  auto s = recover_structure(d, normalise(d));
  for (const CrossReference& r : s.references) {
    EXPECT_EQ(std::string_view(d.text).substr(r.begin, r.end - r.begin), r.text);
    EXPECT_EQ(r.page, 1);
  }
}

TEST(CrossReferences, ListsAndRanges_GiveOneReferencePerClause) {
  auto s = structure_of("1. A\n2. B\n3. C\n4. D\n5. E\n6. F\n7. G referring to clauses 4 and 5, clauses 1 to 3 and "
                        "Clauses 2, 4 or 6.\n");
  EXPECT_EQ(describe(s), (Strings{"clauses 4 and 5 -> 4", "clauses 4 and 5 -> 5", "clauses 1 to 3 -> 1",
                                  "clauses 1 to 3 -> 2", "clauses 1 to 3 -> 3", "Clauses 2, 4 or 6 -> 2",
                                  "Clauses 2, 4 or 6 -> 4", "Clauses 2, 4 or 6 -> 6"}));
}

TEST(CrossReferences, ListsWithBracketedTitles_GiveEveryItem) {
  auto s = structure_of("1. A\n2. B\n3. C\n4. D terms no more onerous than Clause 2 (When the Buyer can end this "
                        "contract) and 3 (What happens if the contract ends) of this Contract.\n");
  EXPECT_EQ(describe(s), (Strings{"Clause 2 (When the Buyer can end this contract) and 3 -> 2",
                                  "Clause 2 (When the Buyer can end this contract) and 3 -> 3"}));
}

TEST(CrossReferences, PartsAndSections_Resolve) {
  auto s = structure_of("1. SCOPE\n1.1 See Part A, Annex 1, section 2 and Appendix B.\n2. MORE\nPART A\n1. Thing\n"
                        "ANNEX 1\n1. Table\n");
  EXPECT_EQ(describe(s), (Strings{"Part A -> Part A", "Annex 1 -> Part A, Annex 1", "section 2 -> 2",
                                  "Appendix B -> -"}));
}

TEST(CrossReferences, OtherDocuments_AreKeptUnresolved) {
  auto s = structure_of("1. SCOPE\n1.1 Under Core Terms Clause 1 and clause 1 of the Framework Agreement and "
                        "clause 1 of this Agreement.\n");
  EXPECT_EQ(describe(s), (Strings{"Clause 1 -> -", "clause 1 -> -", "clause 1 -> 1"}));
}

TEST(CrossReferences, AClausesOwnLabel_IsNotAReferenceToItself) {
  auto s = structure_of("Clause 1 Definitions\nWords.\nClause 2 Payment\nAs set out in Clause 1.\nSCHEDULE 1\nText.\n");
  EXPECT_EQ(describe(s), (Strings{"Clause 1 -> 1"}));
}

TEST(CrossReferences, QualifiedSchedules_AreCitedInTitleCaseAndThisScheduleIsTheOneItIsIn) {
  auto s = structure_of("CALL-OFF SCHEDULE 6\nTUPE SURCHARGE\n1. PREMIUM\n1.1 Except under paragraph 1.2 of this "
                        "Schedule 6 and JOINT SCHEDULE 1 (Definitions).\n1.2 Next.\n");
  EXPECT_EQ(describe(s), (Strings{"paragraph 1.2 -> Call-Off Schedule 6, 1.2", "Schedule 6 -> Call-Off Schedule 6",
                                  "JOINT SCHEDULE 1 -> -"}));
  EXPECT_EQ(s.references.back().target, "Joint Schedule 1");
}

TEST(CrossReferences, WordsThatOnlyLookLikeKeywords_AreNotReferences) {
  auto s = structure_of("1. GENERAL\n1.1 Part of the Services, a clause in general, the schedule of rates, "
                        "section 2019 of the Act.\n");
  EXPECT_TRUE(s.references.empty());
}

// No-break, narrow and thin spaces sit between the words of a reference as often as plain
// ones ("Clause\u00A07", "clauses 4 and\u00A05", "Call-Off\u00A0Schedule 2").
TEST(CrossReferences, NoBreakAndThinSpaces_SeparateTheWordsOfAReference) {
  auto s = structure_of("CALL-OFF SCHEDULE 2\n1. A\n2. B\n3. C referring to clauses 1 and\xC2\xA0" "2, clauses 1\xE2\x80\x89to "
                        "2 and Call-Off\xC2\xA0Schedule\xE2\x80\xAF" "2.\n");
  EXPECT_EQ(describe(s), (Strings{"clauses 1 and\xC2\xA0" "2 -> Call-Off Schedule 2, 1",
                                  "clauses 1 and\xC2\xA0" "2 -> Call-Off Schedule 2, 2",
                                  "clauses 1\xE2\x80\x89to 2 -> Call-Off Schedule 2, 1",
                                  "clauses 1\xE2\x80\x89to 2 -> Call-Off Schedule 2, 2",
                                  "Call-Off\xC2\xA0Schedule\xE2\x80\xAF" "2 -> Call-Off Schedule 2"}));
}

// The keyword is read in the normalised text, where every dash is a hyphen: a word
// processor's non-breaking hyphen (U+2011) in "Sub‑clause" or "Call‑Off" is the same word.
TEST(CrossReferences, KeywordsWithANonBreakingHyphen_AreReadWhole) {
  auto s = structure_of("CALL-OFF SCHEDULE 2\n1. A\n(a) one;\n(b) two, under Sub\xE2\x80\x91" "clause (a) and "
                        "Call\xE2\x80\x91Off Schedule 2.\n");
  EXPECT_EQ(describe(s), (Strings{"Sub\xE2\x80\x91" "clause (a) -> Call-Off Schedule 2, 1(a)",
                                  "Call\xE2\x80\x91Off Schedule 2 -> Call-Off Schedule 2"}));
}

TEST(CrossReferences, DocumentWithoutClauses_KeepsReferencesUnresolved) {
  auto s = structure_of("Please see clause 4.2 and Schedule 3.\n");
  EXPECT_EQ(describe(s), (Strings{"clause 4.2 -> -", "Schedule 3 -> -"}));
  EXPECT_EQ(s.references[0].from_clause, -1);
}

}  // namespace
}  // namespace clausecheck
