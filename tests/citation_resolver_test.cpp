// Resolving citations written the way people write them to nodes of the clause tree, and
// the uniqueness of the citations the tree gives.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

// Each line of the fixtures is its own paragraph (plain text joins lines not separated by
// a blank line).
DocumentStructure structure_of(std::string_view lines) {
  std::string text;
  for (char c : lines) text += c == '\n' ? std::string("\n\n") : std::string(1, c);
  const Document document = document_from_text(text);
  return recover_structure(document, normalise(document));
}

// The citation of the node `written` resolves to, or "ambiguous" / "not found".
std::string resolved(const DocumentStructure& s, std::string_view written) {
  const CitationMatch m = resolve_citation(s, written);
  switch (m.status) {
    case CitationMatch::Status::found: return s.clauses[static_cast<std::size_t>(m.clause)].citation;
    case CitationMatch::Status::ambiguous: return "ambiguous";
    case CitationMatch::Status::not_found: return "not found";
  }
  return "";
}

// A CCS-style schedule in parts and annexes, after a body with its own numbering.
constexpr std::string_view kSchedule =
    "6. Definitions\n"
    "6.1 Words have meanings.\n"
    "7. Payment\n"
    "7.1 The Supplier shall invoice.\n"
    "7.2 The Buyer shall check.\n"
    "7.3 The Buyer shall pay:\n"
    "(a) on time;\n"
    "(b) in full.\n"
    "CALL-OFF SCHEDULE 2\n"
    "Services\n"
    "PART D\n"
    "Delivery\n"
    "1. Scope\n"
    "1.1 The Supplier shall deliver.\n"
    "2. Standards\n"
    "2.1 The standards are these.\n"
    "2.2 More standards.\n"
    "2.3 Even more.\n"
    "2.3.1 first;\n"
    "2.3.2 second.\n"
    "ANNEX D1\n"
    "Service levels\n"
    "1. Levels\n"
    "1.1 The levels are set.\n"
    "ANNEX D2\n"
    "Credits\n"
    "5. Caps\n"
    "5.1 Credits are capped.\n"
    "5.2 No more.\n"
    "5.3 Not at all.\n"
    "PART E\n"
    "Exit\n"
    "1. Exit plan\n"
    "1.1 The Supplier shall plan its exit.\n";

TEST(ResolveCitation, ExactCitation_IsFound) {
  const DocumentStructure s = structure_of(kSchedule);
  EXPECT_EQ(resolved(s, "Call-Off Schedule 2, Part D, Annex D2, 5.3"), "Call-Off Schedule 2, Part D, Annex D2, 5.3");
  EXPECT_EQ(resolved(s, "7.3(b)"), "7.3(b)");
}

TEST(ResolveCitation, PartsWrittenLoosely_NameTheNodeInsideThem) {
  const DocumentStructure s = structure_of(kSchedule);
  EXPECT_EQ(resolved(s, "Part D 2.3.2"), "Call-Off Schedule 2, Part D, 2.3.2");
  EXPECT_EQ(resolved(s, "Annex D2, para 5.3"), "Call-Off Schedule 2, Part D, Annex D2, 5.3");
  EXPECT_EQ(resolved(s, "paragraph 5.3 of Annex D2"), "Call-Off Schedule 2, Part D, Annex D2, 5.3");
  EXPECT_EQ(resolved(s, "Schedule 2 Part D paragraph 2.1"), "Call-Off Schedule 2, Part D, 2.1");
  EXPECT_EQ(resolved(s, "Annex D1"), "Call-Off Schedule 2, Part D, Annex D1");
  EXPECT_EQ(resolved(s, "Schedule 2"), "Call-Off Schedule 2");
}

TEST(ResolveCitation, ClauseKeywordsAndSpacing_AreIgnored) {
  const DocumentStructure s = structure_of(kSchedule);
  for (std::string_view written : {"cl. 7.3(a)", "clause 7.3 (a)", "Clause 7.3(a)", "Section 7.3(a)", "7.3 (a)",
                                   "sub-clause 7.3(a)", "\xC2\xA7" "7.3(a)"}) {
    EXPECT_EQ(resolved(s, written), "7.3(a)") << written;
  }
}

TEST(ResolveCitation, NumberedItemsInsideALetter_AreCitedThroughIt) {
  const DocumentStructure s = structure_of(
      "4. Warranties\n(a) The Client warrants its title.\n(b) The Client represents as follows:\n"
      "1. it is a company;\n2. it has authority.\n(c) The Supplier warrants its work.\n");
  ASSERT_GE(s.find_citation("4(b)(2)"), 0);
  EXPECT_EQ(resolved(s, "Section 4(b)(2)"), "4(b)(2)");
  EXPECT_EQ(resolved(s, "clause 4 (b) (1)"), "4(b)(1)");
  EXPECT_EQ(resolved(s, "Section 4(b)"), "4(b)");
  // An item the outline does not have is found in the clause that holds it.
  EXPECT_EQ(resolved(s, "Section 4(c)(1)"), "4(c)");
  const DocumentStructure schedule = structure_of(kSchedule);
  EXPECT_EQ(resolved(schedule, "7.3(a)(1)"), "7.3(a)");
  EXPECT_EQ(resolved(schedule, "7.3(c)(1)"), "not found");
  EXPECT_EQ(resolved(schedule, "(1)"), "not found");
}

// UK public-sector terms cite lettered sections ("clause F1.1.2"); the letter is part of the
// number, so "F1.1" is not "E1.1" nor "1.1".
TEST(ResolveCitation, LetteredSectionNumbers_AreFound) {
  const DocumentStructure s = structure_of("E1 Set-off\nE1.1 The Council may set off.\nF1 Intellectual Property\n"
                                          "F1.1 All material:\nF1.1.1 provided by the Council; and\nF1.1.2 prepared by the Contractor.\n");
  EXPECT_EQ(resolved(s, "F1.1.2"), "F1.1.2");
  EXPECT_EQ(resolved(s, "clause F1.1"), "F1.1");
  EXPECT_EQ(resolved(s, "E1.1"), "E1.1");
  EXPECT_EQ(resolved(s, "1.1"), "not found");
  const DocumentStructure bracketed = structure_of("1. Payment\n(1) The Principal must pay.\n(2) The Contractor invoices.\n");
  EXPECT_EQ(resolved(bracketed, "clause 1(2)"), "1(2)");
}

// Schedules numbered in words are cited either way: "Schedule One, 1" or "Schedule 1, 1".
TEST(ResolveCitation, SchedulesNumberedInWords) {
  const DocumentStructure s = structure_of("1. Terms\n1.1 Words.\nSCHEDULE ONE\nSERVICES\n1. The services.\n"
                                          "THE SECOND SCHEDULE\nPRICES\n1. The prices.\n");
  EXPECT_EQ(resolved(s, "Schedule One, 1"), "Schedule One, 1");
  EXPECT_EQ(resolved(s, "paragraph 1 of Schedule 1"), "Schedule One, 1");
  EXPECT_EQ(resolved(s, "Second Schedule, 1"), "Second Schedule, 1");
  EXPECT_EQ(resolved(s, "Schedule 2, 1"), "Second Schedule, 1");
}

TEST(ResolveCitation, BareNumberRepeatedInParts_PrefersTheMainBody) {
  const DocumentStructure s = structure_of(kSchedule);
  // "1.1" exists in Part D and both annexes, "6.1" in the body only.
  EXPECT_EQ(resolved(s, "clause 6.1"), "6.1");
  EXPECT_EQ(resolved(s, "Annex D1 1.1"), "Call-Off Schedule 2, Part D, Annex D1, 1.1");
  // Inside Part D it is Part D's own 1.1, not an annex's.
  EXPECT_EQ(resolved(s, "Part D, 1.1"), "Call-Off Schedule 2, Part D, 1.1");
}

TEST(ResolveCitation, AmbiguousAndMissing_AreSaidSo) {
  const DocumentStructure s = structure_of(kSchedule);
  // Part D and Part E both hold a 1.1 directly ("Annex D1, 1.1" is deeper, so it loses).
  const CitationMatch m = resolve_citation(s, "Schedule 2 1.1");
  EXPECT_EQ(m.status, CitationMatch::Status::ambiguous);
  EXPECT_EQ(m.candidates.size(), 3U);
  EXPECT_EQ(m.clause, -1);
  EXPECT_EQ(resolved(s, "clause 9.9"), "not found");
  EXPECT_EQ(resolved(s, "Annex D3, 1.1"), "not found");
  EXPECT_EQ(resolved(s, "Part D 2.3.3"), "not found");
  EXPECT_EQ(resolved(s, "the Supplier's obligations"), "not found");
  EXPECT_EQ(resolved(s, ""), "not found");
}

TEST(ResolveCitation, NumbersCompareByValue_ButTheLabelStaysAsPrinted) {
  const DocumentStructure s = structure_of(
      "ARTICLE VIII\nMISCELLANEOUS\n"
      "Section 8.01 Notices. All notices shall be in writing.\n"
      "Section 8.02 Assignment. No assignment.\n"
      "Section 8.03 Amendment. In writing only.\n"
      "Section 8.04 Waiver. No waiver.\n"
      "Section 8.05 Governing Law. This Agreement is governed by the laws of New York.\n"
      "(a) New York courts;\n"
      "(b) no jury.\n");
  const int law = s.find_citation("8.05");
  ASSERT_GE(law, 0);
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(law)].label, "Section 8.05");
  EXPECT_EQ(resolved(s, "Section 8.05(b)"), "8.05(b)");
  EXPECT_EQ(resolved(s, "Section 8.5(b)"), "8.05(b)");
  EXPECT_EQ(resolved(s, "section 8.05"), "8.05");
  EXPECT_EQ(resolved(s, "Article VIII"), "VIII");
}

TEST(ResolveCitation, AttachmentsWithAppendices) {
  const DocumentStructure s = structure_of(
      "1. Services\n"
      "1.1 The Supplier provides the services.\n"
      "ATTACHMENT 1\n"
      "Specification\n"
      "7. Quality\n"
      "7.1 The quality is good.\n"
      "7.2 It is checked.\n"
      "7.3 It is reported:\n"
      "(a) always.\n"
      "ATTACHMENT 6\n"
      "Pricing\n"
      "1. Prices\n"
      "APPENDIX A\n"
      "Rates\n"
      "1. Day rates\n"
      "2. Expenses\n"
      "(a) hotels;\n"
      "(b) meals;\n"
      "(c) travel.\n");
  EXPECT_EQ(resolved(s, "Attachment 1 7.3(a)"), "Attachment 1, 7.3(a)");
  EXPECT_EQ(resolved(s, "Attachment 6 Appendix A 2(c)"), "Attachment 6, Appendix A, 2(c)");
  EXPECT_EQ(resolved(s, "Appendix A, paragraph 2(c)"), "Attachment 6, Appendix A, 2(c)");
  EXPECT_EQ(resolved(s, "Attachment 6, 1"), "Attachment 6, 1");
}

// --- citations are unique -------------------------------------------------------------------

std::vector<std::string> citations(const DocumentStructure& s) {
  std::vector<std::string> out;
  for (const Clause& c : s.clauses) out.push_back(c.citation);
  return out;
}

TEST(UniqueCitations, ARestartedList_IsNumbered) {
  const DocumentStructure s = structure_of(
      "1. Term\n"
      "(a) one year;\n"
      "(b) renewable.\n"
      "The following also apply.\n"
      "(a) notice;\n"
      "(b) consent.\n"
      "(i) in writing.\n"
      "2. Fees\n");
  const std::vector<std::string> all = citations(s);
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), all.size());
  EXPECT_EQ(all, (std::vector<std::string>{"1", "1(a)", "1(b)", "1(a) [2]", "1(b) [2]", "1(b) [2](i)", "2"}));
  // The first keeps the plain citation; people's words name both, the marked citation one.
  EXPECT_EQ(resolved(s, "1(b)"), "1(b)");
  EXPECT_EQ(resolved(s, "clause 1(b)"), "ambiguous");
  EXPECT_EQ(resolved(s, "1(b) [2]"), "1(b) [2]");
  EXPECT_EQ(resolved(s, "clause 1(b)(i)"), "1(b) [2](i)");
}

TEST(UniqueCitations, ARepeatedPart_RenamesItsContents) {
  const DocumentStructure s = structure_of(
      "1. Term\n"
      "EXHIBIT A\n"
      "Form of Order\n"
      "1. Order\n"
      "EXHIBIT B\n"
      "Prices\n"
      "1. Prices\n"
      "EXHIBIT A\n"
      "Form of Amended Order\n"
      "1. Amended order\n"
      "1.1 The amendment.\n");
  const std::vector<std::string> all = citations(s);
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), all.size()) << ::testing::PrintToString(all);
}

}  // namespace
}  // namespace clausecheck
