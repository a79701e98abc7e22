// Clause labels and the clause tree: every numbering style, nesting, the i/v/x ambiguity,
// schedules and parts, tables of contents, false positives, headings, spans and pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clause_label.h"
#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

DocumentStructure structure_of(const Document& document) {
  return recover_structure(document, normalise(document));
}

DocumentStructure structure_of(std::string_view text) { return structure_of(document_from_text(text)); }

std::vector<std::string> citations(const DocumentStructure& s) {
  std::vector<std::string> out;
  for (const Clause& c : s.clauses) out.push_back(c.citation);
  return out;
}

std::vector<std::string> root_labels(const DocumentStructure& s) {
  std::vector<std::string> out;
  for (int r : s.roots) out.push_back(s.clauses[static_cast<std::size_t>(r)].label);
  return out;
}

const Clause& clause(const DocumentStructure& s, std::string_view citation) {
  const int index = s.find_citation(citation);
  EXPECT_GE(index, 0) << "no clause cited " << citation;
  static const Clause missing;
  return index >= 0 ? s.clauses[static_cast<std::size_t>(index)] : missing;
}

using Strings = std::vector<std::string>;

// --- labels -------------------------------------------------------------------------------

TEST(ClauseLabel, EveryStyle_IsRecognisedWithItsCitation) {
  struct Case {
    std::string line;
    std::string shown;
    std::string cited;
  };
  const std::vector<Case> cases = {
      {"1 Definitions", "1", "1"},          {"1. DEFINITIONS", "1", "1"},
      {"1.1 The Supplier shall", "1.1", "1.1"}, {"1.1.1 the appointment", "1.1.1", "1.1.1"},
      {"2.3. The Buyer", "2.3", "2.3"},     {"10.Dividing the bills", "10", "10"},     {"(a) the Supplier", "(a)", "(a)"},
      {"(iv) any loss", "(iv)", "(iv)"},    {"(A) The Authority", "(A)", "(A)"},
      {"a) the Supplier", "a)", "(a)"},     {"i. the Supplier", "i.", "(i)"},
      {"Clause 5 Payment", "Clause 5", "5"}, {"Article 3 – Term", "Article 3", "3"},
      {"Section 4. Fees", "Section 4", "4"}, {"Paragraph 2: Scope", "Paragraph 2", "2"},
      {"SCHEDULE 2", "Schedule 2", "Schedule 2"},
      {"Schedule 2 – Staff Transfer", "Schedule 2", "Schedule 2"},
      {"Part A: Services", "Part A", "Part A"}, {"ANNEX 1", "Annex 1", "Annex 1"},
      {"Appendix B", "Appendix B", "Appendix B"}, {"JOINT SCHEDULE 6", "Joint Schedule 6", "Joint Schedule 6"},
      {"ANNEX: REQUIRED INSURANCES", "Annex", "Annex"},
      // As printed: a lawyer cites 8.05, never 8.5.
      {"8.05 GOVERNING LAW", "8.05", "8.05"}, {"1.0 DEFINITIONS", "1.0", "1.0"},
      {"Section 4.02 Fees", "Section 4.02", "4.02"}, {"Section 1.1.License Grant", "Section 1.1", "1.1"},
      {"ARTICLE IV [TERM]", "Article IV", "IV"}, {"\xC2\xA7 4.2 Fees", "\xC2\xA7" "4.2", "4.2"},
      {"Annex D2", "Annex D2", "Annex D2"}, {"Attachment 6", "Attachment 6", "Attachment 6"},
      // A schedule named after the section that calls for it (US agreements).
      {"Schedule 6.1 \xE2\x80\x93 Presentation of Licensed Trademarks", "Schedule 6.1", "Schedule 6.1"},
      {"SCHEDULE 1.1(u)", "Schedule 1.1(u)", "Schedule 1.1(u)"}, {"Schedule 10.2.6 Exceptions", "Schedule 10.2.6", "Schedule 10.2.6"},
      // UK public-sector terms number each lettered section: "A1", "E2.3", "F1.1.2".
      {"F1.1.2 prepared by or for the Contractor", "F1.1.2", "F1.1.2"}, {"H1 Termination", "H1", "H1"},
      {"E2.3. The Council may", "E2.3", "E2.3"},
      // Sub-clauses numbered in brackets (statutory and Australian drafting): "clause 4(1)".
      {"(1) The Principal must pay", "(1)", "(1)"}, {"(12) the Contractor", "(12)", "(12)"},
      {"Condition 7 Payment", "Condition 7", "7"},
      // Schedules numbered in words, after or before the keyword.
      {"SCHEDULE ONE", "Schedule One", "Schedule One"}, {"Schedule Twelve – Prices", "Schedule Twelve", "Schedule Twelve"},
      {"THE FIRST SCHEDULE", "First Schedule", "First Schedule"}, {"Second Schedule (Prices)", "Second Schedule", "Second Schedule"},
      // PDFs that lost the gap after the label.
      {"4.1Formation of the Channel", "4.1", "4.1"}, {"(a)During the term", "(a)", "(a)"},
      {"2.1 PC Financial hereby engages", "2.1", "2.1"}, {"a.Of BII", "a.", "(a)"}, {"b.XENCOR shall", "b.", "(b)"},
      // Spaces and zero-width characters a PDF put inside the number are not printed.
      {"4.\xE2\x80\x8B" "6.3 Nothing in this Agreement", "4.6.3", "4.6.3"}, {"2. 1 Lot 1 - IaaS", "2.1", "2.1"},
      {"2. 12", "2.12", "2.12"}, {"2. 30 days after", "2", "2"}, {"1. 12 March is the date", "1", "1"},
      {"3. 2 Business Days", "3", "3"}, {"1. 1.      SAP AFRICA wishes", "1.1", "1.1"},
      {"2. 3. 8. 2. 1.        is, or becomes, publicly available", "2.3.8.2.1", "2.3.8.2.1"},
      {"4. 2. 2      TELKOM shall test", "4.2.2", "4.2.2"}, {"2. 3.5 million shares", "2", "2"}, {"1.3. 2. Term", "1.3", "1.3"}, {"6.03 BUSINESS RESPONSIBILITY. You shall", "6.03", "6.03"},
      {"3.2 PER COPY FEES. Detto shall pay", "3.2", "3.2"},
  };
  for (const Case& c : cases) {
    auto label = parse_leading_label(c.line);
    ASSERT_TRUE(label.has_value()) << c.line;
    EXPECT_EQ(label->shown, c.shown) << c.line;
    EXPECT_EQ(label->cited, c.cited) << c.line;
  }
}

TEST(ClauseLabel, QuantitiesDatesAndProse_AreNotLabels) {
  for (std::string_view line : {"1.5MW of capacity", "(a)(i) and", "2019 was a difficult year", "1.5 million pounds",
                                "3 months after the Start Date",
                                "1 January 2020", "10 Working Days", "2.1 Business Days after", "2.5 Per Cent of the Price", "1.5 M Euros", "12/03/2020 is the date", "1,000 units",
                                "1.5m is the cap", "Schedule 4 sets out the prices", "Part of the Services",
                                "Clause 5 shall survive termination", "e.g. the Supplier", "i.e. the Buyer", "U.S. law applies",
                                "5 the Supplier shall", "A4 paper is used", "Q1 2020 results", "B2B sales", "G7 countries",
                                "(2) years after", "(1,000) units", "(2020) was", "(1)(a) the",
                                "Condition 5 shall survive termination", "The first schedule of payments is due", "Schedule Oneness"}) {
    EXPECT_FALSE(parse_leading_label(line).has_value()) << line;
  }
}

TEST(ClauseLabel, RomanLetters_HaveTwoReadings) {
  auto i = parse_leading_label("(i) text");
  ASSERT_TRUE(i.has_value());
  ASSERT_EQ(i->readings.size(), 2u);
  EXPECT_EQ(roman_value("iv"), 4);
  EXPECT_EQ(roman_value("xix"), 19);
  EXPECT_FALSE(roman_value("iiii").has_value());
  EXPECT_FALSE(roman_value("vx").has_value());
  EXPECT_EQ(alpha_value("aa"), 27);
}

TEST(ClauseLabel, StandaloneWordLabels_AreParsedWhole) {
  EXPECT_EQ(parse_standalone_label("7.2")->cited, "7.2");
  EXPECT_EQ(parse_standalone_label("1.")->cited, "1");
  EXPECT_EQ(parse_standalone_label("(b)")->cited, "(b)");
  EXPECT_FALSE(parse_standalone_label("\xE2\x80\xA2").has_value());  // a bullet
  EXPECT_FALSE(parse_standalone_label("").has_value());
}

// --- nesting ------------------------------------------------------------------------------

TEST(ClauseTree, DecimalLettersAndRomans_NestAtAnyDepth) {
  auto s = structure_of(
      "1. DEFINITIONS\n"
      "1.1 In this Agreement:\n"
      "1.1.1 the first thing;\n"
      "(a) a lettered item;\n"
      "(i) a roman item;\n"
      "(ii) another roman item;\n"
      "(b) the second letter;\n"
      "1.1.2 the second thing.\n"
      "1.2 The second sub-clause.\n"
      "2. PAYMENT\n"
      "2.1 The Buyer shall pay.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.1.1", "1.1.1(a)", "1.1.1(a)(i)", "1.1.1(a)(ii)", "1.1.1(b)",
                                   "1.1.2", "1.2", "2", "2.1"}));
  EXPECT_EQ(root_labels(s), (Strings{"1", "2"}));
  const Clause& roman = clause(s, "1.1.1(a)(ii)");
  EXPECT_EQ(roman.depth, 4);
  EXPECT_EQ(roman.kind, ClauseKind::roman);
  EXPECT_EQ(clause(s, "1.1.1(b)").kind, ClauseKind::lettered);
  // parent/children agree
  for (std::size_t k = 0; k < s.clauses.size(); ++k) {
    const Clause& c = s.clauses[k];
    if (c.parent >= 0) {
      const auto& siblings = s.clauses[static_cast<std::size_t>(c.parent)].children;
      EXPECT_NE(std::find(siblings.begin(), siblings.end(), static_cast<int>(k)), siblings.end());
      EXPECT_EQ(c.depth, s.clauses[static_cast<std::size_t>(c.parent)].depth + 1);
      EXPECT_LT(c.parent, static_cast<int>(k)) << "pre-order";
    }
  }
}

TEST(ClauseTree, RomanI_AfterH_IsTheNinthLetter) {
  auto s = structure_of(
      "1. Obligations\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n(e) five;\n(f) six;\n(g) seven;\n(h) eight;\n"
      "(i) nine;\n(j) ten.\n");
  const Clause& nine = clause(s, "1(i)");
  EXPECT_EQ(nine.kind, ClauseKind::lettered);
  EXPECT_EQ(nine.depth, 1);
  EXPECT_EQ(clause(s, "1").children.size(), 10u);
}

TEST(ClauseTree, RomanI_AfterA_StartsRomanNumeralsAndVAndXContinueThem) {
  auto s = structure_of(
      "1. Obligations\n(a) the Supplier shall:\n(i) one;\n(ii) two;\n(iii) three;\n(iv) four;\n(v) five;\n"
      "(vi) six;\n(vii) seven;\n(viii) eight;\n(ix) nine;\n(x) ten;\n(b) the Buyer shall pay.\n");
  const Clause& a = clause(s, "1(a)");
  EXPECT_EQ(a.children.size(), 10u);
  EXPECT_EQ(clause(s, "1(a)(v)").kind, ClauseKind::roman);
  EXPECT_EQ(clause(s, "1(a)(x)").kind, ClauseKind::roman);
  EXPECT_EQ(clause(s, "1(b)").depth, 1);
}

TEST(ClauseTree, DifferentDecorations_NestInsteadOfContinuing) {
  auto s = structure_of("1. Scope\n(a) first;\na) inner first;\nb) inner second;\n(b) second.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(a)(a)", "1(a)(b)", "1(b)"}));
  EXPECT_EQ(clause(s, "1(a)(a)").label, "a)");
}

TEST(ClauseTree, ParagraphsNumberedFromOneInEachArticle_NestInTheirArticle) {
  auto s = structure_of(
      "ARTICLE I. PURCHASE ORDERS\n"
      "1. Issuance. Orders are placed in writing.\n"
      "2. Allocation. Products are allocated.\n"
      "ARTICLE II. DELIVERY OF PRODUCTS\n"
      "1. Shipping Terms. Delivery is DDP.\n"
      "2. Proof of Delivery. Xplore provides it.\n");
  EXPECT_EQ(root_labels(s), (Strings{"Article I", "Article II"}));
  const Clause& second = s.clauses[static_cast<std::size_t>(s.roots[1])];
  ASSERT_EQ(second.children.size(), 2u);
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(second.children[0])].label, "1");
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(second.children[1])].label, "2");
}

TEST(ClauseTree, LetterPrintedInTheOtherCase_ContinuesItsList) {
  auto s = structure_of(
      "1.01 RETENTION OF CONTRACTORS. In the event that the contract ends:\n"
      "(A) RIGHT OF FIRST REFUSAL. Network 1 may match any offer.\n"
      "(b) CLIENT shall have the right to withdraw Merchants.\n"
      "(c) The Exit Fee shall be paid before the Transfer.\n");
  EXPECT_EQ(citations(s), (Strings{"1.01", "1.01(A)", "1.01(b)", "1.01(c)"}));
  // "(i)" after "(H)" still starts roman numerals under it.
  auto h = structure_of("1. Terms.\n(A) One.\n(B) Two.\n(C) Three.\n(D) Four.\n(E) Five.\n(F) Six.\n(G) Seven.\n"
                        "(H) Eight, as follows:\n(i) first;\n(ii) second.\n");
  EXPECT_EQ(clause(h, "1(H)(ii)").label, "(ii)");
}

TEST(ClauseTree, UpperCaseLetters_AtTheTop_AreRecitals) {
  auto s = structure_of("BACKGROUND\n(A) The Authority runs a service.\n(B) The Supplier wants to help.\n"
                        "1. DEFINITIONS\n1.1 Words.\n");
  EXPECT_EQ(root_labels(s), (Strings{"(A)", "(B)", "1"}));
}

TEST(ClauseTree, KeywordLabels_CiteTheirNumber) {
  auto s = structure_of("Clause 1 Definitions\n1.1 Words.\nClause 2 Payment\n2.1 The Buyer pays.\n"
                        "Article 3 – Term\nThe term is one year.\n");
  EXPECT_EQ(root_labels(s), (Strings{"Clause 1", "Clause 2", "Article 3"}));
  EXPECT_EQ(clause(s, "2").heading, "Payment");
  EXPECT_EQ(clause(s, "1.1").parent, s.find_citation("1"));
  EXPECT_EQ(clause(s, "3").heading, "Term");
}

TEST(ClauseTree, PrintedNumbers_CompareByValue) {
  auto s = structure_of(
      "ARTICLE VIII MISCELLANEOUS\n"
      "8.01 NOTICES. In writing.\n"
      "8.02 ASSIGNMENT. None.\n"
      "8.03 AMENDMENT. In writing.\n"
      "8.04 WAIVER. None.\n"
      "8.05 GOVERNING LAW. New York.\n"
      "8.10 ARBITRATION. In New York.\n");
  // 8.01 is the first child of Article VIII (8), 8.05 follows 8.04; 8.10 jumps and is text.
  EXPECT_EQ(citations(s), (Strings{"VIII", "8.01", "8.02", "8.03", "8.04", "8.05"}));
  EXPECT_EQ(clause(s, "8.05").label, "8.05");
}

TEST(ClauseTree, NumberedWithZero_IsTheParentOfItsSubClauses) {
  auto s = structure_of(
      "1.0 DEFINITIONS\n"
      "1.1 Words have meanings.\n"
      "1.2 Headings do not.\n"
      "2.0 TERM\n"
      "2.1 One year.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1.0", "2.0"}));
  EXPECT_EQ(clause(s, "1.1").parent, s.find_citation("1.0"));
  EXPECT_EQ(clause(s, "1.0").heading, "DEFINITIONS");
  EXPECT_EQ(clause(s, "1.1").heading, "");
}

TEST(ClauseTree, SubClauseWhoseParentNumberIsNotPrinted_NestsUnderTheClause) {
  auto s = structure_of(
      "3. Relevant Convictions\n"
      "3.1.1 The Supplier must ensure that no person is employed.\n"
      "3.1.2 The Supplier must check the records.\n"
      "4. Annex\n"
      "4.1 The Supplier shall deliver evidence of:\n"
      "4.1.1a valid and current certificate; and\n"
      "4.1.2 renewal of the certificate.\n");
  EXPECT_EQ(citations(s), (Strings{"3", "3.1.1", "3.1.2", "4", "4.1", "4.1.1", "4.1.2"}));
  EXPECT_EQ(clause(s, "3.1.1").parent, s.find_citation("3"));
}

TEST(ClauseTree, NumberPrintedWithASpace_KeepsItsSubClauses) {
  auto s = structure_of(
      "Section 2 - Services offered\n"
      "2. The Supplier must provide the Services.\n"
      "2. 1 Lot 1 - Infrastructure\n"
      "Suppliers will provide processing.\n"
      "2.2 Lot 2 - Platform\n"
      "Suppliers will provide deployment.\n");
  EXPECT_EQ(citations(s), (Strings{"2", "2 [2]", "2.1", "2.2"}));
  EXPECT_EQ(clause(s, "2.1").label, "2.1");
}

TEST(ClauseTree, ReplacementTextInAnAmendment_IsOutlinedByItsOwnNumbers) {
  auto s = structure_of(
      "1. The Term is extended to January 20, 2012.\n"
      "2. Section 6.0 of the Agreement is modified by adding the following new Section 6.7:\n"
      "6.7 Payment is due in thirty days.\n"
      "3. Section 12 is deleted in its entirety and hereby replaced with the following:\n"
      "12.0 INVENTORY BALANCE\n"
      "12.1 Distributor may return Products.\n"
      "12.2 For all returns:\n"
      "12.2.1 Distributor shall bear shipping.\n"
      "4.0 All other terms remain in force.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2", "6.7", "3", "12.0", "12.1", "12.2", "12.2.1", "4.0"}));
  EXPECT_EQ(clause(s, "12.0").parent, s.find_citation("3"));
  EXPECT_EQ(clause(s, "4.0").parent, -1);
  // Without an instruction that introduces replacement text, a jump is still text.
  EXPECT_EQ(citations(structure_of("1. Term. One year.\n2. Fees are as follows:\n12.5 The Buyer pays monthly.\n")),
            (Strings{"1", "2"}));
}

TEST(ClauseTree, NumberAfterADottedAbbreviationRunInText_IsACodeSectionNotAClause) {
  // A text rendering that ran a paragraph onto one line: "12.212." after "C.F.R." and before
  // a capital is the regulation's section, not a clause after a sentence end.
  EXPECT_EQ(citations(structure_of(
                "Government Users. The Software is a commercial item as that term is used in 48 C.F.R. 12.212. "
                "Consistent with 48 C.F.R. 227.7202-1, the Government acquires only the rights set forth herein.\n")),
            Strings{});
  // After an ordinary word's full stop the number still starts a clause.
  EXPECT_EQ(citations(structure_of("1. Definitions. Words have meanings. 2. Fees. The Buyer pays.\n")),
            (Strings{"1", "2"}));
}

TEST(ClauseTree, QuotationSetOutAfterAColon_KeepsItsNumbersOutOfTheOutline) {
  // An amendment quotes the paragraphs it adds to another document's exhibit: their numbers
  // are that exhibit's, and the amendment's own "2." still follows its "1.".
  auto s = structure_of(
      "1. Amendment to Exhibit B. Exhibit B to the Agreement is supplemented with the following:\n"
      "\u201C7. Data Hosting. The hosting team keeps the records of each account.\n"
      "8. Data Review. The review team checks the records every month.\n"
      "9. Data Export. The export team sends the records to the Client.\n"
      "Categories 7, 8 and 9 above are services for purposes of Section 4 of the Agreement.\u201D\n"
      "2. Governing Law. This Amendment is governed by the laws of Ohio.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2"}));
  // Straight quotes too; a quotation closed on its own line leaves the clauses after it alone.
  EXPECT_EQ(citations(structure_of("1. Scope. Schedule 2 is supplemented with the following:\n"
                                   "\"4. Support. The Supplier answers calls.\n"
                                   "5. Training. The Supplier trains the staff.\"\n"
                                   "2. Term. One year.\n")),
            (Strings{"1", "2"}));
  EXPECT_EQ(citations(structure_of("1. Definitions. In this Agreement:\n"
                                   "\"Fees\" means the fees in Schedule 1.\n"
                                   "2. Payment. Monthly.\n3. Term. One year.\n")),
            (Strings{"1", "2", "3"}));
  // A quotation its drafter never closed ends at the next number of the clause that opened it.
  EXPECT_EQ(citations(structure_of("A. Section 13.9 is amended to add the following:\n"
                                   "\u201CNotwithstanding the above, the Buyer may fund the project.\n"
                                   "B. New Section 13.10 is added as set forth below:\n"
                                   "\u201C13.10 The Buyer may scale up the project.\u201D\n"
                                   "C. All other terms stand.\n")),
            (Strings{"(A)", "(B)", "(C)"}));
}

TEST(ClauseTree, AListNumberedFromOneUnderATitledTwoLevelClause_NestsAndTheNumberingGoesOn) {
  // "8.5 Rebates" then "1." to "3." then "9.1": the list is 8.5's, and 9.1 is not lost.
  auto s = structure_of(
      "8.4. Pricing Criteria\nEach month the Supplier invoices the Buyer.\n8.5. Rebates\n"
      "1. Should the Supplier miss a Service Level, a rebate applies.\n2. Rebates apply to Severity One.\n"
      "3. The maximum rebate is 50% of the fee.\nPricing Adjustments\n9.1. CPI Adjustments\n"
      "The fee moves with CPI.\n9.2. Expenses\nPaid at cost.\n");
  EXPECT_EQ(citations(s), (Strings{"8.4", "8.5", "8.5(1)", "8.5(2)", "8.5(3)", "9.1", "9.2"}));
  // A "1." after a clause with text, or one that a new numbering follows ("1.1": a schedule
  // whose heading was not read), starts its own numbering as before.
  auto schedule = structure_of(
      "8.4. Fees\nThe Buyer pays.\n8.5. Notices\n1. Services\n1.1 The Supplier provides the Services.\n"
      "1.2 The Buyer pays.\n");
  EXPECT_EQ(citations(schedule), (Strings{"8.4", "8.5", "1", "1.1", "1.2"}));
}

TEST(ClauseTree, NumberThatJumps_IsAClauseWhenTheLabelsAfterItCarryOn) {
  // An excerpt that keeps clauses 1 and 14 to 15 of a longer contract.
  auto s = structure_of(
      "1. Definitions\n1.1 Words have meanings.\n14. Governing Law\n14.1 New York law applies.\n"
      "14.2 Courts of New York.\n15. Notices\nIn writing.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "14", "14.1", "14.2", "15"}));
  EXPECT_EQ(clause(s, "14").heading, "Governing Law");
  // The next sibling confirms it as well as a first child.
  EXPECT_EQ(citations(structure_of("1. Term. One year.\n7. Fees. Monthly.\n8. Notices. In writing.\n")),
            (Strings{"1", "7", "8"}));
  // A jump that nothing after it continues stays text, and so does one whose next label
  // continues the numbers before it: "14." between "1." and "2." is a quantity.
  EXPECT_EQ(citations(structure_of("1. Term. One year.\n14. Fees. Monthly.\n")), (Strings{"1"}));
  EXPECT_EQ(citations(structure_of("1. Term. One year.\n14. Fees. Monthly.\n2. Notices. In writing.\n")),
            (Strings{"1", "2"}));
}

TEST(ClauseTree, FirstChildNumberedTwo_IsAClauseWhenTheLabelsAfterItCarryOn) {
  // "5.1" was printed as an unnumbered sub-heading; "5.2" and "5.3" carry on under "5".
  auto s = structure_of(
      "5. GALAXY RESPONSIBILITIES\nServices and Products\nGalaxy shall provide the Services.\n"
      "5.2 Network\nGalaxy shall open an account.\n5.3 Materials\nGalaxy shall provide brochures.\n6. TERM\n");
  EXPECT_EQ(citations(s), (Strings{"5", "5.2", "5.3", "6"}));
  // A "5.2" that nothing after it continues stays text.
  EXPECT_EQ(citations(structure_of("5. Fees\nThe fee is payable.\n5.2 The Buyer pays monthly.\n6. Term\n")),
            (Strings{"5", "6"}));
}

TEST(ClauseTree, NumberedListInsideATitledCapitalLetter_NestsInIt) {
  auto s = structure_of(
      "A. SERVICES\n1. The Supplier shall clean the offices.\n2. The Supplier shall report monthly.\n"
      "B. FEES\n1. The Buyer pays monthly.\n");
  EXPECT_EQ(root_labels(s), (Strings{"A.", "B."}));
  ASSERT_EQ(s.roots.size(), 2u);
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(s.roots[0])].children.size(), 2u);
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(s.roots[1])].children.size(), 1u);
  // Recitals that read as sentences do not hold the agreement's clauses.
  auto recitals = structure_of(
      "A. The Company is engaged in the business of selling lasers.\n"
      "B. The Distributor wishes to sell them in California.\n1. Appointment\n2. Term\n");
  EXPECT_EQ(root_labels(recitals), (Strings{"A.", "B.", "1", "2"}));
  // Nor does the last recital when the words that end the recitals run on after it: their
  // colon leads into the agreement, not into the recital's own list.
  auto run_on = structure_of(
      "A. The Company is engaged in the business of selling lasers.\n"
      "B. The parties agree that these recitals form part of this Agreement. NOW, THEREFORE, the parties agree:\n"
      "1. Grant of Licence.\n2. Term.\n");
  EXPECT_EQ(root_labels(run_on), (Strings{"A.", "B.", "1", "2"}));
}

TEST(ClauseTree, TitledSubClauseAfterASentenceThatLostItsFullStop_StartsAClause) {
  // A text rendering that ran the sub-clauses into one line and dropped a full stop.
  auto s = structure_of(
      "3. PAYMENT\n3.1 Invoices. FUSION shall pay each invoice within the period of the Supply Agreement "
      "3.2 Batch Testing. FUSION may test any Batch.\n");
  EXPECT_EQ(citations(s), (Strings{"3", "3.1", "3.2"}));
  // Without a title it stays inside the sentence.
  EXPECT_EQ(citations(structure_of("3. PAYMENT\n3.1 Invoices. FUSION shall pay within the period of the Supply "
                                   "Agreement 3.2 of which FUSION may test any Batch.\n")),
            (Strings{"3", "3.1"}));
}

TEST(ClauseTree, AnExcerpt_MayStartAnywhere_ButNotWithABareNumber) {
  EXPECT_EQ(citations(structure_of("4. Term\n4.1 One year.\n5. Fees\n")), (Strings{"4", "4.1", "5"}));
  EXPECT_EQ(citations(structure_of("4 The Supplier\n5 The Buyer\n")), Strings{});
}

TEST(ClauseTree, PageFurnitureLeftInTheText_IsNotAHeading) {
  auto s = structure_of("1. Term. One year.\nPage 5 of 80\n2. Fees. None.\nSource: ACME INC, 10-K, 3/1/2019\n3. Law. New York.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2", "3"}));
  EXPECT_EQ(clause(s, "2").heading, "");
  EXPECT_EQ(clause(s, "3").heading, "");
}

TEST(ClauseTree, PageNumberAloneOnItsLine_IsNotAClause) {
  auto s = structure_of("1 DEFINITIONS\nWords have meanings that continue\n2\nonto the next page.\n");
  EXPECT_EQ(citations(s), (Strings{"1"}));
  // Nor over a bracketed legend that closes the page.
  auto legend = structure_of("1 DEFINITIONS\nWords have meanings that continue\n2\n[Confidential Treatment Requested]\n"
                             "onto the next page.\n");
  EXPECT_EQ(citations(legend), (Strings{"1"}));
}

// --- schedules and parts --------------------------------------------------------------------

TEST(ClauseTree, Schedules_AreRootsHoldingTheirOwnNumbering) {
  auto s = structure_of(
      "1. DEFINITIONS\n1.1 Words.\n2. TERM\n2.1 One year.\n"
      "SCHEDULE 1\nSERVICES\n1. SCOPE\n1.1 The Services are set out here.\n"
      "Schedule 2 – Staff Transfer\nPart A: Transferring Staff\n1. TUPE\n1.1 The Employees transfer.\n"
      "Part B: Pensions\n1. PENSIONS\n(a) admitted body status.\n"
      "ANNEX 1\n1. A table.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "Schedule 1", "Schedule 2"}));
  EXPECT_EQ(clause(s, "Schedule 1").heading, "SERVICES");
  EXPECT_EQ(clause(s, "Schedule 2").heading, "Staff Transfer");
  EXPECT_EQ(clause(s, "Schedule 1, 1").heading, "SCOPE");
  EXPECT_EQ(clause(s, "Schedule 1, 1.1").depth, 2);
  EXPECT_EQ(clause(s, "Schedule 2, Part A").heading, "Transferring Staff");
  EXPECT_EQ(clause(s, "Schedule 2, Part A, 1.1").depth, 3);
  EXPECT_EQ(clause(s, "Schedule 2, Part B, 1(a)").kind, ClauseKind::lettered);
  EXPECT_EQ(clause(s, "Schedule 2, Part B, Annex 1, 1").depth, 3);
  EXPECT_EQ(clause(s, "1.1").depth, 1);  // the main body's 1.1 is still found
}

TEST(ClauseTree, PartsThatCarryOnTheNumbering_OnlyGroupClauses) {
  auto s = structure_of("PART A – GENERAL\n1. Interpretation\n1.1 Words.\nPART B – DELIVERY\n2. Services\n"
                        "2.1 Deliver.\nSCHEDULE A\n1. Service description\n");
  EXPECT_EQ(citations(s), (Strings{"Part A", "1", "1.1", "Part B", "2", "2.1", "Schedule A", "Schedule A, 1"}));
  EXPECT_EQ(clause(s, "2.1").parent, s.find_citation("2"));
  EXPECT_EQ(clause(s, "2").parent, s.find_citation("Part B"));
}

TEST(ClauseTree, SubClausesUnderAnUnnumberedSubHeading_AreStillClauses) {
  auto s = structure_of("SCHEDULE 4 – STAFF TRANSFER\nTransfer on entry\n1.1 The transfer.\n1.2 Indemnity.\n"
                        "Transfer on exit\n2.1 Information.\n2.2 Indemnity.\n");
  EXPECT_EQ(citations(s), (Strings{"Schedule 4", "Schedule 4, 1.1", "Schedule 4, 1.2", "Schedule 4, 2.1",
                                   "Schedule 4, 2.2"}));
  EXPECT_EQ(clause(s, "Schedule 4, 2.1").heading, "Transfer on exit");
}

TEST(ClauseTree, CapitalHeadingOverRunningText_EndsTheNumberedListBeforeIt) {
  const std::string text =
      "The Host provides the following services:\n13. up to 1 hour a month of administration services.\n"
      "14. a monthly report of user activity on the Hosted Site.\nRESPONSIBILITIES OF THE CUSTOMER\n"
      "The Customer is responsible for paying the recurring monthly fee by the 5th day of each month.\n";
  Document d = document_from_text(text);
  auto s = structure_of(d);
  EXPECT_EQ(citations(s), (Strings{"13", "14"}));
  const Clause& last = clause(s, "14");
  EXPECT_EQ(std::string_view(d.text).substr(last.begin, last.end - last.begin),
            "14. a monthly report of user activity on the Hosted Site.");
  // Inside a part only the part's clauses end: the part runs on.
  Document part = document_from_text(
      "SCHEDULE 2\n1. the first item.\nPRICING TABLE\nThe prices are as set out in the table below this line.\n");
  auto in_part = structure_of(part);
  EXPECT_EQ(citations(in_part), (Strings{"Schedule 2", "Schedule 2, 1"}));
  EXPECT_EQ(clause(in_part, "Schedule 2").end, part.text.size());
  EXPECT_LT(clause(in_part, "Schedule 2, 1").end, part.text.find("PRICING"));
  // After a signature block: the line before ends in a title, not in the middle of a sentence.
  Document with_sow = document_from_text(
      "1. General Provisions.\n1.1 Modification. This Agreement may not be amended except in writing.\n"
      "Its: Authorized Signatory Title: Chief Executive Officer\nDUTIES OF THE CONSULTANT\nNature of Services:\n"
      "CONSULTANT shall have the duties of a chief executive officer.\n");
  auto sow = structure_of(with_sow);
  EXPECT_EQ(citations(sow), (Strings{"1", "1.1"}));
  EXPECT_LT(clause(sow, "1.1").end, with_sow.text.find("DUTIES"));
  EXPECT_LT(clause(sow, "1").end, with_sow.text.find("DUTIES"));
  // A number that goes on with a list inside the clauses shows the heading was a sub-heading.
  Document sub = document_from_text(
      "1. Services\n1.1 The Supplier provides the Services.\nSERVICE LEVELS\n"
      "The service levels are those set out in the table below.\n1.2 The Supplier meets them.\n");
  auto sub_heading = structure_of(sub);
  EXPECT_EQ(citations(sub_heading), (Strings{"1", "1.1", "1.2"}));
  EXPECT_EQ(clause(sub_heading, "1").end, sub.text.size());
  EXPECT_EQ(clause(sub_heading, "1.2").parent, sub_heading.find_citation("1"));
  // A capital heading over the next label is that clause's title and ends nothing.
  auto titled = structure_of("1. SERVICES\n1.1 The Supplier provides the Services.\nPAYMENT TERMS\n"
                             "1.2 The Buyer pays within thirty days of an invoice.\n");
  EXPECT_EQ(citations(titled), (Strings{"1", "1.1", "1.2"}));
  EXPECT_EQ(clause(titled, "1.2").heading, "PAYMENT TERMS");
}

TEST(ClauseTree, MarkdownOrderedListsNestedByIndentation_CiteThroughTheirParent) {
  DocumentBuilder b("terms.md", DocumentFormat::markdown);
  auto item = [&](std::string_view text, int level) {
    Block block;
    block.list_level = level;
    b.add_block(std::string(text), block);
  };
  item("2. Fees and Costs", 0);
  item("1. Partner will pay Provider the Fees, if any.", 1);
  item("3. Term & Termination", 0);
  item("1. Agreement Term. This Agreement starts on the Effective Date.", 1);
  item("2. Termination. Either party may terminate this Agreement.", 1);
  item("a. Partner will no longer have any right to use the Product.", 2);
  item("4. Disclaimer of Warranties", 0);
  b.set_page_count(1);
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"2", "2.1", "3", "3.1", "3.2", "3.2(a)", "4"}));
  EXPECT_EQ(clause(s, "3.2").label, "2");
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(clause(s, "3.2").parent)].citation, "3");
}

TEST(ClauseTree, StatementOfWorkAfterTheSignatures_IsAPart) {
  auto s = structure_of(
      "1. General Provisions.\n1.1 Modification. This Agreement may not be amended except in writing.\n"
      "By: /s/ Brent Winn\nSTATEMENT OF WORK\nCompensation:\n1. $200,000 annual fee payable monthly.\n"
      "2. Annual stock grants as awarded.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "Statement of Work", "Statement of Work, 1", "Statement of Work, 2"}));
  // In running text it is no heading.
  auto prose = structure_of("1. Services.\nStatement of Work shall mean the document the parties sign.\n");
  EXPECT_EQ(citations(prose), (Strings{"1"}));
}

TEST(ClauseTree, AListOfSchedules_IsNotAListOfParts) {
  auto s = structure_of("1. INCORPORATED TERMS\n1.1 The following Schedules:\nJoint Schedule 2 (Variation Form)\n"
                        "Joint Schedule 3 (Insurance Requirements)\nCall-Off Schedule 1 (Transparency Reports)\n"
                        "Call-Off Schedule 3 (Continuous Improvement)\n1.2 The Core Terms.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2"}));
  auto headings = structure_of("SCHEDULE 3 – NOT USED\nSCHEDULE 4 – STAFF TRANSFER\n1.1 Transfer.\n");
  EXPECT_EQ(citations(headings), (Strings{"Schedule 3", "Schedule 4", "Schedule 4, 1.1"}));
}

// US agreements name a schedule after the section that calls for it. It holds the numbering
// under it; it holds no exhibits (those follow it as the agreement's own); and a section
// number after "Exhibit" is still an SEC filing's exhibit number, and in prose a reference.
TEST(ClauseTree, ScheduleNamedAfterASection_IsAPartAndTheExhibitsAfterItAreItsSiblings) {
  auto s = structure_of("1. DEFINITIONS\n1.1 Words mean things.\n2. TERM\n2.1 This Agreement lasts.\n"
                        "Schedule 6.1 \xE2\x80\x93 Presentation of Licensed Trademarks\nLogo Usage:\n"
                        "1. Logo Colors: The logo appears only in black.\n2. Logo Size: At least one inch wide.\n"
                        "EXHIBIT A\nDISCOUNTS\nThe discounts are these.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "2", "2.1", "Schedule 6.1", "Schedule 6.1, 1", "Schedule 6.1, 2", "Exhibit A"}));
  auto prose = structure_of("1. Fees.\nSchedule 6.1 sets out the fees payable.\nExhibit 10.11\nSUPPLY AGREEMENT\n");
  EXPECT_EQ(citations(prose), (Strings{"1"}));
}

// A list of the schedules after a table of contents, with no page numbers, is not the
// schedules: the last would hold the whole agreement. The schedules themselves follow at the
// end. Parts with nothing under them that are not met again ("not used") are parts.
TEST(ClauseTree, AListOfPartsMetAgainLater_IsContentsNotParts) {
  auto s = structure_of("SCHEDULES\nSchedule 1.84 Initial Development Plan\nSchedule 3.7 Approved Providers\n"
                        "Schedule 13.7.3 Arbitration\nDEVELOPMENT AGREEMENT\n1. DEFINITIONS\n1.1 Words mean things.\n"
                        "2. TERM\n2.1 This Agreement lasts.\nSchedule 1.84\nInitial Development Plan\nThe plan.\n"
                        "Schedule 3.7\nApproved Providers\nNone.\nSchedule 13.7.3\nArbitration\nThe rules.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "2", "2.1", "Schedule 1.84", "Schedule 3.7", "Schedule 13.7.3"}));
  auto numbered = structure_of("SCHEDULES\nSchedule 1 Initial Development Plan\nSchedule 2 Approved Providers\n"
                               "Schedule 3 Arbitration\nDEVELOPMENT AGREEMENT\n1. DEFINITIONS\n1.1 Words mean things.\n"
                               "Schedule 1\nInitial Development Plan\nThe plan.\nSchedule 2\nApproved Providers\nNone.\n"
                               "Schedule 3\nArbitration\nThe rules.\n");
  EXPECT_EQ(citations(numbered), (Strings{"1", "1.1", "Schedule 1", "Schedule 2", "Schedule 3"}));
  auto unused = structure_of("SCHEDULE 3 \xE2\x80\x93 NOT USED\nSCHEDULE 4 \xE2\x80\x93 NOT USED\nSCHEDULE 5 \xE2\x80\x93 NOT USED\n"
                             "SCHEDULE 6 \xE2\x80\x93 STAFF TRANSFER\n1.1 Transfer.\n");
  EXPECT_EQ(citations(unused), (Strings{"Schedule 3", "Schedule 4", "Schedule 5", "Schedule 6", "Schedule 6, 1.1"}));
}

// UK public-sector standard terms number clauses within lettered sections; the letter is the
// first level, so "B1" follows "A2" and "F1.1.1" nests under "F1.1" under "F1".
TEST(ClauseTree, LetteredSections_NestAndFollowLikeNumbers) {
  auto s = structure_of("A1 Definitions\nA1.1 Words mean things.\nA2 Term\nA2.1 The Contract runs for two years.\n"
                        "B1 Intellectual Property\nB1.1 All material:\nB1.1.1 provided by the Council remains the Council's; and\n"
                        "B1.1.2 prepared by the Contractor belongs to the Council.\nB2 Publicity\n"
                        "B2.1 The Contractor shall not make a press announcement.\n");
  EXPECT_EQ(citations(s), (Strings{"A1", "A1.1", "A2", "A2.1", "B1", "B1.1", "B1.1.1", "B1.1.2", "B2", "B2.1"}));
  EXPECT_EQ(root_labels(s), (Strings{"A1", "A2", "B1", "B2"}));
  EXPECT_EQ(clause(s, "B1.1").children.size(), 2u);
}

// Numbers in brackets number a clause's items ("clause 1(2)"), as letters do; before any
// clause they are the parties ("(1) ABC Limited … and (2) …"), not clauses.
TEST(ClauseTree, BracketedNumbers_AreTheItemsOfTheClauseTheyFollow) {
  auto s = structure_of("THIS AGREEMENT is made between:\n(1) ABC Limited (the \"Principal\"); and\n"
                        "(2) XYZ Pty Ltd (the \"Contractor\").\n1. Payment\n(1) The Principal must pay within 30 days.\n"
                        "(2) The Contractor must invoice monthly:\n(a) by email; or\n(b) by post.\n2. Termination\n"
                        "(1) The Principal may terminate on notice.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(1)", "1(2)", "1(2)(a)", "1(2)(b)", "2", "2(1)"}));
}

TEST(ClauseTree, SubClauseNumberRunOnAfterAWord_StartsAClauseWhenItContinuesTheNumbering) {
  // A text rendering lost the line break and the full stop before "1.2"; a number cited
  // after a word that introduces a citation, or one that does not continue the numbering
  // (a table's figures), stays text.
  auto s = structure_of("1. GENERAL\n1.1 Terms. The terms of any purchase order are expressly excluded 1.2 Conflicting "
                        "Terms The parties agree that these terms prevail. A notice is given under 1.3 Notices Act "
                        "rules. The budget is Payroll 35.5 Severance 3.4 Retention.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2"}));
}

TEST(ClauseTree, PartHeadingRunIntoItsFirstSentence_IsAPart) {
  // A text rendering runs an exhibit's heading into the text under it; the PDF prints it on
  // lines of its own.
  auto s = structure_of("1. Term. This Agreement runs for a year.\n"
                        "EXHIBIT A DEFINITIONS \"Access Point\" means an access point. \"User\" means a person.\n"
                        "EXHIBIT B IPASS SERVICES iPass Services include the following services.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "Exhibit A", "Exhibit B"}));
  // A part named in a sentence, and a heading that goes on in capitals, are not cut.
  auto sentence = structure_of("1. Term. The fees are set out in Exhibit A HERETO and are payable monthly.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1"}));
}

TEST(ClauseTree, RepeatedPartHeading_IsARunningHeaderNotANewPart) {
  auto s = structure_of("JOINT SCHEDULE 6\nKEY SUBCONTRACTORS\n1. KEY SUBCONTRACTORS\n1.1 The Supplier may.\n"
                        "Joint Schedule 6 (Key Subcontractors)\n1.2 The Supplier shall.\n");
  EXPECT_EQ(root_labels(s), (Strings{"Joint Schedule 6"}));
  EXPECT_EQ(clause(s, "Joint Schedule 6").heading, "KEY SUBCONTRACTORS");
  EXPECT_EQ(clause(s, "Joint Schedule 6, 1").children.size(), 2u);
}

TEST(ClauseTree, ReferenceToASchedule_MidSentence_IsNotAPart) {
  auto s = structure_of("1. PRICES\n1.1 The prices are set out in\nSchedule 4 (Pricing) and apply.\n1.2 Next.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1"}));
  EXPECT_EQ(clause(s, "1").children.size(), 2u);
}

// --- false positives ------------------------------------------------------------------------

TEST(ClauseTree, TableOfContents_BuildsNoClauses) {
  auto s = structure_of(
      "CONTENTS\n"
      "1. Definitions ........ 3\n"
      "2. Payment .......... 5\n"
      "3. Termination\t7\n"
      "Schedule 1 Services 9\n"
      "1. DEFINITIONS\n1.1 Words.\n2. PAYMENT\n2.1 Money.\n3. TERMINATION\n3.1 Ending.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "3"}));
  EXPECT_EQ(clause(s, "1").heading, "DEFINITIONS");
}

TEST(ClauseTree, ContentsWithoutTitle_RunOfPageNumberedLines_IsSkipped) {
  auto s = structure_of("1 Definitions 3\n2 Payment 5\n3 Termination 7\n1 Definitions\nText.\n2 Payment\nMore.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2"}));
  EXPECT_EQ(s.clauses[0].begin, std::string("1 Definitions 3\n2 Payment 5\n3 Termination 7\n").size());
}

TEST(ClauseTree, YearsAmountsDatesAndDurations_AtLineStart_AreText) {
  auto s = structure_of(
      "1. TERM\n"
      "1.1 This Agreement starts on\n"
      "1 January 2020 and continues.\n"
      "2019 was the year of the tender.\n"
      "1.5 million pounds is the cap.\n"
      "3 months' notice is required.\n"
      "1.2 The second sub-clause.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2"}));
}

TEST(ClauseTree, ImplausibleJump_IsNotAClause) {
  auto s = structure_of("1. One\n2. Two\n3. Three\n250. Not a clause\n4. Four\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "3", "4"}));
}

TEST(ClauseTree, ContinuationBlock_NeverStartsAClause) {
  DocumentBuilder b("cont.pdf", DocumentFormat::pdf);
  b.add_block("1. PAYMENT");
  b.add_block("1.1 The Buyer shall pay within");
  Block cont;
  cont.continues_paragraph = true;
  b.add_block("2. days of receipt of an invoice.", cont);
  b.add_block("1.2 Invoices shall be sent by email.");
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2"}));
}

TEST(ClauseTree, NumberAfterAnOrphanSubClause_ContinuesTheImpliedNumbering) {
  // The parser merged "1. Definitions" into the cover page's last line.
  DocumentBuilder b("orphan.pdf", DocumentFormat::pdf);
  b.add_block("Example terms");
  Block cont;
  cont.continues_paragraph = true;
  b.add_block("1. Definitions used in the contract", cont);
  b.add_block("1.1 Interpret this Contract using Joint Schedule 1.");
  b.add_block("2. How the contract works");
  b.add_block("2.1 The Supplier is eligible.");
  b.add_block("3. What needs to be delivered");
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"1.1", "2", "2.1", "3"}));
  EXPECT_EQ(clause(s, "2").heading, "How the contract works");
}

TEST(ClauseTree, LetteredItems_StartAtA_OrAreText) {
  auto s = structure_of("1. People\nJ. Smith signed it.\n(a) first.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)"}));
}

// --- headings ---------------------------------------------------------------------------------

TEST(ClauseTree, Headings_FromTheSameLineAHeadingBlockOrAShortTitleLine) {
  DocumentBuilder b("h.docx", DocumentFormat::docx);
  b.add_block("1 Definitions");
  b.add_block("1.1 In this Agreement the following words have these meanings.");
  Block heading;
  heading.kind = BlockKind::heading;
  heading.heading_level = 1;
  b.add_block("Payment terms", heading);
  b.add_block("2. The Buyer shall pay each invoice.");
  b.add_block("Limitation of Liability");
  b.add_block("3. Neither Party limits liability for death.");
  b.add_block("4. This line is a long sentence that ends with a full stop.");
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(clause(s, "1").heading, "Definitions");
  EXPECT_EQ(clause(s, "1.1").heading, "");
  EXPECT_EQ(clause(s, "2").heading, "Payment terms");
  EXPECT_EQ(clause(s, "3").heading, "Limitation of Liability");
  EXPECT_EQ(clause(s, "4").heading, "");
  // The heading line belongs to the clause it heads.
  const Document d = document_from_text("x");
  EXPECT_LT(clause(s, "2").begin, clause(s, "1.1").end + 3);
}

TEST(ClauseTree, WordLabels_AreTrustedAndGiveTheSameOutlineAsTypedNumbers) {
  DocumentBuilder b("w.docx", DocumentFormat::docx);
  Block one;
  one.label = "1.";
  b.add_block("KEY SUBCONTRACTORS", one);
  Block one_one;
  one_one.label = "1.1";
  b.add_block("The Supplier may subcontract.", one_one);
  Block a;
  a.label = "(a)";
  b.add_block("to a Key Subcontractor;", a);
  Block jump;
  jump.label = "7.3";  // Word's numbering after a restart we cannot see: still a clause
  b.add_block("The Buyer consents.", jump);
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.1(a)", "7.3"}));
  EXPECT_EQ(clause(s, "1").heading, "KEY SUBCONTRACTORS");
  auto typed = structure_of("1. KEY SUBCONTRACTORS\n1.1 The Supplier may subcontract.\n(a) to a Key Subcontractor;\n");
  EXPECT_EQ(clause(typed, "1").heading, "KEY SUBCONTRACTORS");
}

// --- spans, pages, lookups --------------------------------------------------------------------

TEST(ClauseTree, SpansAndPages_CoverSubClausesAndPageBreaks) {
  DocumentBuilder b("p.pdf", DocumentFormat::pdf);
  Block p1;
  p1.page = 1;
  Block p2;
  p2.page = 2;
  Block p3;
  p3.page = 3;
  b.add_block("1. SERVICES", p1);
  b.add_block("The Supplier provides the Services.", p1);
  b.add_block("1.1 It does so well.", p1);
  b.add_block("1.2 And on time,", p2);
  b.add_block("even across pages.", p3);
  b.add_block("2. PAYMENT", p3);
  b.set_page_count(3);
  Document d = std::move(b).finish();
  auto s = structure_of(d);
  const Clause& one = clause(s, "1");
  EXPECT_EQ(one.page_start, 1);
  EXPECT_EQ(one.page_end, 3);
  EXPECT_EQ(std::string_view(d.text).substr(one.begin, one.body_end - one.begin),
            "1. SERVICES\nThe Supplier provides the Services.");
  EXPECT_EQ(clause(s, "1.2").page_start, 2);
  EXPECT_EQ(clause(s, "1.2").page_end, 3);
  EXPECT_EQ(std::string_view(d.text).substr(one.begin, one.end - one.begin).back(), '.');
  const Clause& two = clause(s, "2");
  EXPECT_EQ(two.end, d.text.size());
  // clause_at finds the deepest clause.
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("well"))), s.find_citation("1.1"));
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("provides"))), s.find_citation("1"));
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("PAYMENT"))), s.find_citation("2"));
  EXPECT_EQ(s.find_citation("9.9"), -1);
}

// --- plain text that lost its line breaks ----------------------------------------------------

TEST(ClauseTree, FlattenedPage_RunsOfSpacesBeforeLabels_AreLineBreaks) {
  auto s = structure_of("The parties agree as follows:   1. Subject and Scope   1.1 The scope is set.   1.2 It grows.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2"}));
  EXPECT_EQ(clause(s, "1").heading, "Subject and Scope");
}

TEST(ClauseTree, ParagraphAfterTheLastItemOfAListJoinedBySemicolons_BelongsToTheClauseThatOpenedTheList) {
  // The unnumbered paragraph that closes a list ("(vii) …; or" / "(viii) … ." / "Any press
  // release …") is the opening clause's text again, not the last item's.
  const std::string text =
      "13. CONFIDENTIALITY\nEach party may disclose the terms of this Agreement:\n(i) to its legal counsel;\n"
      "(ii) to its accountants and banks; or\n(iii) in confidence, to a prospective collaborator.\n"
      "Any press release about this Agreement must be approved in advance by both parties.\n"
      "14. TERM\nThis Agreement runs for five years.\n";
  auto d = document_from_text(text);
  auto s = structure_of(d);
  EXPECT_EQ(citations(s), (Strings{"13", "13(i)", "13(ii)", "13(iii)", "14"}));
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("Any press release"))), s.find_citation("13"));
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("in confidence"))), s.find_citation("13(iii)"));
  // Items that are sentences of their own may run on in a second paragraph: it stays theirs.
  const std::string sentences =
      "4. DUTIES\n(a) The Supplier shall deliver the goods.\n(b) The Supplier shall install the goods.\n"
      "The Supplier shall also train the staff who use them.\n5. PRICE\nThe price is fixed.\n";
  auto d2 = document_from_text(sentences);
  auto s2 = structure_of(d2);
  EXPECT_EQ(s2.clause_at(static_cast<std::uint32_t>(d2.text.find("also train"))), s2.find_citation("4(b)"));
  // A later item of the same list shows the paragraph was the item's after all.
  const std::string continued =
      "7. EVENTS\nAny of the following is a default:\n(a) a failure to pay;\n(b) an insolvency.\n"
      "This includes a voluntary arrangement.\n(c) a breach of clause 9.\n";
  auto d3 = document_from_text(continued);
  auto s3 = structure_of(d3);
  EXPECT_EQ(citations(s3), (Strings{"7", "7(a)", "7(b)", "7(c)"}));
  EXPECT_EQ(s3.clause_at(static_cast<std::uint32_t>(d3.text.find("voluntary"))), s3.find_citation("7(b)"));
}

TEST(ClauseTree, FlattenedPage_APartNamedAcrossALineBreak_IsACrossReferenceNotAPart) {
  // "… as set forth in           EXHIBIT H." (a wrapped line of an SEC text filing): the
  // exhibit is cited by the sentence, and the clauses after it stay in the main body.
  const std::string text =
      "13.  MAINTENANCE   a)   The Provider shall provide all maintenance and support           as set forth in"
      "           EXHIBIT H.\n\n14.  PUBLICITY   Neither party shall issue any press release without the other party's"
      " approval.\n\nEXHIBIT H\nMAINTENANCE STANDARDS\n1. Severity levels apply.\n";
  auto s = structure_of(text);
  EXPECT_EQ(citations(s), (Strings{"13", "13(a)", "14", "Exhibit H", "Exhibit H, 1"}));
  // A part heading after a sentence that ended still starts the part.
  auto ended = structure_of("1.  SUPPORT   The Provider shall support the product.           EXHIBIT A   PRICES\n"
                            "1. The price is fixed.\n");
  EXPECT_EQ(citations(ended), (Strings{"1", "Exhibit A", "Exhibit A, 1"}));
}

TEST(ClauseTree, ClausesRunTogetherAfterASentenceEnd_AreCutApart) {
  const std::string text =
      "The Master Services Agreement will be the controlling document. 1. \"Products\": 1.1 Ac-225 FPI-1434. "
      "1.2 The specifications are defined in Schedule 2. 2. Definitions\n"
      "As used herein: 2.1 \"Batch\" shall mean one production run. 2.2 \xE2\x80\x9CUnit\xE2\x80\x9D means a vial.\n";
  auto d = document_from_text(text);
  auto s = structure_of(d);
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2", "2", "2.1", "2.2"}));
  EXPECT_EQ(clause(s, "2").heading, "Definitions");
  EXPECT_EQ(clause(s, "1.1").begin, d.text.find("1.1 Ac-225"));
  EXPECT_EQ(clause(s, "2.1").begin, d.text.find("2.1 \"Batch\""));
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("As used"))), s.find_citation("2"));
}

TEST(ClauseTree, ClausesRunTogetherAfterAHeading_AreCutApart) {
  auto s = structure_of(
      "The parties agree as follows: 1. DEFINITIONS 1.1 \"Activity\" means the offering. 1.2 \"Day\" means a day. "
      "2. Shareholder Information 2.1 Agreement to Provide Information. You agree.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2", "2", "2.1"}));
  EXPECT_EQ(clause(s, "1").heading, "DEFINITIONS");
  EXPECT_EQ(clause(s, "2").heading, "Shareholder Information");
  auto articles = structure_of("ARTICLE 1 RIGHTS AND OBLIGATIONS Section 1.1 Engagement. Dova engages Valeant.\n");
  EXPECT_EQ(citations(articles), (Strings{"1", "1.1"}));
}

TEST(ClauseTree, RunTogetherClausesAfterACapitalHeadingOrTitledLetters_AreCutApart) {
  auto s = structure_of(
      "The parties agree as follows: AGREEMENT OF THE PARTIES 1. APPOINTMENT AND SCOPE. (a) Exclusive Appointment. "
      "Company appoints Distributor. (b) Territory. The rights are granted for the USA. 2. PRICES. The prices are "
      "fixed, and the Buyer shall (a) pay them and (b) keep records.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)", "2"}));
}

TEST(ClauseTree, LettersRunOnAfterAFullStopOpeningASentence_AreCutApart) {
  // A PDF prints such an item at the start of a line; a text rendering runs it on.
  auto s = structure_of(
      "1. Services. The Company provides the platform as follows. (a) The Company hosts the site. (b) \"Users\" "
      "may subscribe. 2. Fees and expenses. You pay as follows. a) Generally you pay the fees. b) Monthly Fees "
      "and Billing The Company bills you monthly.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)", "2", "2(a)", "2(b)"}));
  // After a colon, a semicolon, a comma or a word, or going on in lower case, the list runs
  // inside the sentence.
  auto sentence = structure_of(
      "1. Fees. The Buyer shall: (a) Pay them; (b) Keep records, (c) Report. It will (a) Audit them. The "
      "Seller. (a) shall deliver.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1"}));
}

TEST(ClauseTree, AFirstItemRunOnAfterATitleWithoutPunctuation_IsCutApart) {
  // "2. Fees and expenses" and "a) Generally" are two lines in print; a text rendering runs
  // them on with one space.
  auto s = structure_of(
      "1. Services. The Company hosts the platform. 2. Fees and expenses a) Generally You pay the fees set out "
      "below. b) Monthly Fees The Company bills you monthly. 3. Returns (i) The Customer is liable for returns.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2", "2(a)", "2(b)", "3", "3(i)"}));
  // A sentence in capitals that stops on a word needing more, and an item going on in lower
  // case, run inside their sentence.
  auto sentence = structure_of(
      "1. Limits. 1.1 EXCEPT IN THE CASE OF (a) ANY BREACH OF SECTION 4 OR (b) FRAUD, NO PARTY IS LIABLE. 1.2 "
      "\"Subcontractors\" means (a) [***] and its Affiliates. 2. Fees (a) and (b) apply.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1", "1.1", "1.2", "2"}));
}

TEST(ClauseTree, ADottedFirstLetterRunOnAfterATitleWithoutPunctuation_IsCutApart) {
  // "1. DEFINITIONS" and "a. "Affiliate" means …" are two lines in print.
  auto s = structure_of(
      "1. DEFINITIONS a. \"Affiliate\" means a controlled entity. b. \"Term\" means the term. 2. LICENCES AND "
      "APPROVALS a. Materials. Each party provides its files. b. Approvals. Each party approves.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)", "2", "2(a)", "2(b)"}));
  // A title that stops on a word needing more, or a letter going on in lower case, runs
  // inside; so does an initial after a telephone number's digits.
  auto sentence = structure_of("1. Fees. 1.1 PAYMENT OF a. Sum. 1.2 Reports a. any of them.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1", "1.1", "1.2"}));
  auto address = structure_of("1. Notices. Notices go to:   555.1234 Jane A. Smith, Esq.\n");
  EXPECT_EQ(citations(address), (Strings{"1"}));
}

TEST(ClauseTree, AFirstItemRunOnAfterAnArticleTitledInCapitals_IsCutApart) {
  // "ARTICLE X. GENERAL PROVISIONS." is a heading on a line of its own in print.
  auto s = structure_of(
      "ARTICLE I. SCOPE. A. The Consultant markets the products. B. The Company refers clients. ARTICLE II. "
      "GENERAL PROVISIONS. A. Entire Agreement: This is the whole agreement. B. Notices: Notices are in "
      "writing.\n");
  EXPECT_EQ(citations(s), (Strings{"I", "I(A)", "I(B)", "II", "II(A)", "II(B)"}));
  // A numbered clause's title closed by a full stop runs its first item on, as in print.
  auto numbered = structure_of("1. Appointment. (a) The Company appoints the Agent.\n");
  EXPECT_EQ(citations(numbered), (Strings{"1"}));
}

TEST(ClauseTree, ALetterAfterAPartsIdClosingASentence_IsCutApart) {
  // "Exhibit B." ends the sentence; "B." is no initial here.
  auto s = structure_of(
      "1. DEFINITIONS a. \"Property\" is listed in Exhibit B. b. \"Royalty\" means the fee. c. \"Term\" means a "
      "year.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)", "1(c)"}));
}

TEST(ClauseTree, ALetterTitledWithAColonAfterAColon_IsCutApart) {
  auto s = structure_of(
      "1. Notices. Notices go to the Agent. If to the Agent: A. Severability: If any provision fails, the rest "
      "stands. B. Waiver: No waiver binds.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(A)", "1(B)"}));
  // A title in lower case, or lower case after the colon, runs inside the sentence.
  auto sentence = structure_of("1. Fees. The fee is: A. the Sum: It is due. Paid as follows: A. Payment: the fee.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1"}));
}

TEST(ClauseTree, AFirstNumberRunOnAfterALineInTitleCase_StartsAClause) {
  // "Schedule "A" - Compliance with Securities Laws" and "1. Definitions" are two lines in print.
  auto s = structure_of(
      "The Agents agree to act. Schedules: Schedule \"A\" - United States Compliance with Securities Laws 1. "
      "Definitions In this Agreement words have meanings. 2. Sale The Agents sell the shares.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2"}));
  // A number completing a reference, or after a sentence in lower case, stays text.
  auto text = structure_of("The Buyer pays as follows: Price per Unit 1. The Seller ships it. As agreed in Item 1. "
                           "The end.\n");
  EXPECT_EQ(citations(text), (Strings{}));
}

TEST(ClauseTree, ANumberRunOnAfterARuleAcrossThePage_StartsAClause) {
  // The rule and "1.0 Definitions" are two lines in print.
  auto s = structure_of(
      "Under this Agreement IBM hosts the site.\n---------------------------------------- 1.0   Definitions\n"
      "a. \"Content\" means the data.\n---------------------------------------- 2.0   Services\n"
      "2.1 IBM provides the services.\n");
  EXPECT_EQ(citations(s), (Strings{"1.0", "1.0(a)", "2.0", "2.1"}));
}

TEST(ClauseTree, TextThatWrapsItsLinesWithTwoSpaces_StartsALineAtEachSuchGap) {
  // A rendering that kept each page as one line: two spaces where a line wrapped, four or
  // more between paragraphs.
  std::string wrapped;
  for (int line = 0; line < 12; ++line) {
    wrapped += " and the Reseller shall market the products in the territory with reasonable skill and care as a good";
    wrapped += "  reseller would";
  }
  // "… under this Section  3." wrapped: the word before holds the number on its line.
  const std::string text = "RESELLER AGREEMENT    1. Appointment  The Supplier appoints the Reseller" + wrapped +
                           ".    2. Ownership and Representations  (a) Except as granted herein, the Supplier keeps its "
                           "rights" + wrapped +
                           ".    (b) The Reseller makes no representations under this Section  3.    3. Term  The "
                           "term is five years.\n";
  EXPECT_EQ(citations(structure_of(text)), (Strings{"1", "2", "2(a)", "2(b)", "3"}));
  // Where two spaces follow only the ends of sentences, as a typist puts them, they are no
  // line breaks: the list runs inside its sentence.
  std::string typed = "1. Notices. The Agent shall notify the Company";
  for (int sentence = 0; sentence < 12; ++sentence) typed += " of every change.  It shall do so";
  typed += " promptly:  (a) When the Statement is filed, and (b) When it is amended.\n";
  EXPECT_EQ(citations(structure_of(typed)), (Strings{"1"}));
}

TEST(ClauseTree, AListOfAnOuterItemsStyleAfterAColon_NestsUnderTheItemThatIntroducesIt) {
  // "I." after "B. … agrees to:" opens a list inside B, not a second article "I.".
  auto s = structure_of(
      "I. SERVICES\nA. To identify technology for the Company.\nB. In conjunction with the Services, the "
      "Consultant agrees to:\nI. Make itself available at the offices of the Company.\nII. Make itself available "
      "for telephone conferences.\nC. The Company has 30 days to decide.\nD. The Company acknowledges the "
      "sources.\nII. INDEPENDENT CONTRACTOR\nThe Consultant is an independent contractor.\n");
  EXPECT_EQ(citations(s), (Strings{"(I)", "(I)(A)", "(I)(B)", "(I)(B)(I)", "(I)(B)(II)", "(I)(C)", "(I)(D)", "(II)"}));
}

TEST(ClauseTree, DottedLettersRunOnAfterAFullStopOpeningASentence_AreCutApart) {
  auto s = structure_of(
      "1. Services. The platform is described below. a. Foundation Services. Provide the basic services. b. "
      "Operational Services. Are built on top of the platform.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)"}));
  // Initials and abbreviations end in a full stop too: "M. A. Anderson", "Acme Inc. A. Smith".
  auto names = structure_of(
      "1. Parties. The University of Texas M. A. Anderson Cancer Center agrees. Acme Inc. A. Smith signs. "
      "Mr. A. Jones witnesses.\n");
  EXPECT_EQ(citations(names), (Strings{"1"}));
}

TEST(ClauseTree, ADefinitionsListRunOnOneLine_IsCutIntoItsQuotedTerms) {
  // A text rendering runs a list of definitions on one line; the PDF prints an item a line.
  auto s = structure_of(
      "1. Definitions. In this Agreement: (a) \"Agent\" means the agent; (b) \"Counsel\" means Dentons LLP; and "
      "(c) \"Shares\" means the shares. 2. Sale. The Agent sells the Shares.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)", "1(c)", "2"}));
  // Only a run of three: a lone quoted term or a pair after a colon and a semicolon, or a
  // run of items that do not open quoted terms, stays inside its sentence.
  auto sentence = structure_of(
      "1. Ratings. A rating of at least: (a) \"P-1\" from Moody's. In these Guidelines: (a) \"you\" means the "
      "customer; and (b) \"Application\" means any program. The Buyer shall: (a) pay them; (b) keep records; "
      "(c) \"audit\" them.\n");
  EXPECT_EQ(citations(sentence), (Strings{"1"}));
}

TEST(ClauseTree, APageNumberOverAnArticleNumberedWithADash_IsNotAClause) {
  auto s = structure_of("IV - INDEMNITY\n4.1 The Parties shall indemnify each other.\n5\nV - CONFIDENTIALITY\n"
                        "5.1 Each Party keeps the information confidential.\n");
  EXPECT_EQ(citations(s), (Strings{"4.1", "5.1"}));
  // A number over a title of its own is still a clause.
  auto titled = structure_of("1\nDEFINITIONS\nWords have meanings.\n2\nTERM\nThe term is a year.\n");
  EXPECT_EQ(citations(titled), (Strings{"1", "2"}));
}

TEST(ClauseTree, ABareNumberTitledInCapitalsRunOn_IsAHeading) {
  auto s = structure_of(
      "The parties agree as follows: 1 GRANT 1.1 Rights. We grant you the right. 1.2 Location. The location "
      "is approved. 2 TERM AND RENEWAL 2.1 Term. The term starts now. This Section 2 has ends.\n"
      "It is renewed. 3 PURCHASE OF PRODUCTS\nYou may buy products. 3.1 Products. You buy them.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2", "2", "2.1", "3", "3.1"}));
  EXPECT_EQ(clause(s, "2").heading, "TERM AND RENEWAL");
  // Numbers that are quantities or follow a word they complete stay text; so does a bare
  // number whose capitals end the paragraph after a heading rather than a full stop.
  auto text = structure_of(
      "1. Scope. The fee is due within ARTICLE 2 DAYS 2.1 of the invoice. Ship 4 UNITS 4.1 KG. B. IA 2 AUDIO "
      "PRODUCTS ROYALTY\n");
  EXPECT_EQ(citations(text), (Strings{"1"}));
}

TEST(ClauseTree, NumbersPrintedApartFromTheirText_AreCutApart) {
  auto s = structure_of("1. Definitions. Words have meanings.\n1.1. 1.2.\n1.3. 2. 2.1.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "1.2", "1.3", "2", "2.1"}));
}

TEST(ClauseTree, NumbersInsideASentence_AreNotCutFromIt) {
  // References, numbers that complete the word before them, numbers before lower-case
  // words, and a number that does not continue the numbering all stay running text.
  auto s = structure_of(
      "1. Fees. The fees are set out in Section 2.1 Fees and in Article 2.1 of this Agreement, and 2.1 of "
      "the rules. Payment is due under Contract No. 2. The Buyer pays. 7.5 Tonnes are delivered. See clause "
      "1.1 The Buyer pays.\n");
  EXPECT_EQ(citations(s), (Strings{"1"}));
  auto keyword = structure_of("The Bank represents as follows. SECTION 1. REPRESENTATIONS AND WARRANTIES.\n");
  EXPECT_EQ(citations(keyword), (Strings{"1"}));
  EXPECT_EQ(clause(keyword, "1").label, "Section 1");
  // A word such as "form" closing a sentence is not a word the number completes.
  EXPECT_EQ(citations(structure_of("1. Notices. Notices may be given in any form. 2. Law. New York law.\n")),
            (Strings{"1", "2"}));
}

TEST(ClauseTree, ALabelInsideALine_NeverStartsTheNumberingAnywhere) {
  // At the start of a line "4.1" may open an excerpt; in the middle of one it is a number.
  EXPECT_EQ(citations(structure_of("Prices rose by the factor below. 4.1 The Supplier shall pay.\n")), Strings{});
  EXPECT_EQ(citations(structure_of("Prices rose by the factor below.\n4.1 The Supplier shall pay.\n")),
            (Strings{"4.1"}));
}

TEST(ClauseTree, ContentsFlattenedOntoLines_PageNumbersAfterGapsAreNotLabels) {
  auto s = structure_of(
      "TABLE OF CONTENTS Page\n"
      "ARTICLE I DEFINITIONS 1\n"
      "ARTICLE II ENGAGEMENT 5 2.1 Engagement.    5 2.2 Independent Contractor    5 2.3 Cooperation    6\n"
      "ARTICLE III TERM 6 3.1 Term.    6\n"
      "ARTICLE I DEFINITIONS\nWords have meanings.\n"
      "ARTICLE II ENGAGEMENT\n2.1 Engagement. Owner engages Operator.\n2.2 Independent Contractor. Yes.\n");
  EXPECT_EQ(citations(s), (Strings{"I", "II", "2.1", "2.2"}));
}

// An EDGAR contents list whose titles are in capitals closed by a full stop, the page number
// after them ("1.DEVELOPMENT RIGHTS IN TERRITORY. 4") or, for a long title, on the next line
// ("...FRANCHISE AGREEMENT." / "14"). The wrapped entry does not end the list, and a page
// number met alone on its line does not make a later entry ("14.INDEPENDENT ... 17") the clause.
TEST(ClauseTree, ContentsTitlesInCapitalsClosedByAFullStop_BuildNoClauses) {
  const std::string contents =
      "TABLE OF CONTENTS\n"
      "1.DEVELOPMENT RIGHTS IN TERRITORY. 4\n"
      "2.ACKNOWLEDGMENT OF SELECTED TERMS AND PROVISIONS OF THE FRANCHISE AGREEMENT.\n"
      "3\n"
      "3.INDEPENDENT CONTRACTOR AND INDEMNIFICATION. 7\n"
      "4.COVENANT NOT TO COMPETE. 9\n";
  auto s = structure_of(
      contents +
      "1. Development Rights in Territory.\nThe Developer may develop restaurants.\n"
      "2. Acknowledgment of Selected Terms.\nThe Developer acknowledges the terms.\n"
      "3. Independent Contractor and Indemnification.\nThe Developer is independent.\n"
      "4. Covenant Not to Compete.\nThe Developer shall not compete.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "3", "4"}));
  EXPECT_EQ(s.clauses[0].begin, contents.size());
}

// A contents list without page numbers whose PDF text lost some dots ("5 3 2 Repair and
// Maintenance", "5 7 Menu Service and Hygiene") and whose titles may end in a full
// stop ("5.6 Vending Machines, Etc.", "6. Accounting Procedures; Right of Audit."): none of
// them ends the list; the clause met again with its text does.
TEST(ClauseTree, ContentsWithLostDotsAndTitlesClosedByAFullStop_BuildNoClauses) {
  const std::string contents =
      "TABLE OF CONTENTS\n"
      "5. Standards and Uniformity\n"
      "5.1 Strict Compliance\n"
      "5.3.1 Initial Construction\n"
      "5 3 2 Repair and Maintenance\n"
      "5.6 Vending Machines, Etc.\n"
      "5 7 Menu Service and Hygiene\n"
      "6. Accounting Procedures; Right of Audit.\n"
      "6.1 Records\n";
  auto s = structure_of(contents +
                        "5. STANDARDS AND UNIFORMITY. The Franchisee shall comply with the standards.\n"
                        "6. ACCOUNTING PROCEDURES. The Franchisee shall keep records.\n");
  EXPECT_EQ(root_labels(s), (Strings{"5", "6"}));
  EXPECT_EQ(s.clauses[0].begin, contents.size());
}

TEST(ClauseTree, ContentsContinuedOnTheNextPage_BuildsNoClauses) {
  auto s = structure_of(
      "TABLE OF CONTENTS\n1. Definitions 1\n2. Rights 8\n"
      "TABLE OF CONTENTS (continued)\n3. Term 9\n4. Law 10\n"
      "1. DEFINITIONS\nWords.\n2. RIGHTS\nRights.\n3. TERM\nOne year.\n4. LAW\nNew York.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "3", "4"}));
  EXPECT_EQ(clause(s, "3").heading, "TERM");
}

TEST(ClauseTree, ContentsEntryWhoseLabelIsMistyped_DoesNotEndTheList) {
  // "14.1 Severability" stands for 14.10: the label met again is an entry, since the line
  // after it is an entry the list has not had yet. The clause itself is followed by text.
  auto s = structure_of(
      "TABLE OF CONTENTS\n"
      "ARTICLE XIV MISCELLANEOUS 42\n14.1 Press Announcements 42\n14.2 Force Majeure Event 42\n"
      "14.9 Further Assurances\n14.1 Severability\n14.11 Binding Effect\n14.12 Counterparts\n"
      "ARTICLE XIV MISCELLANEOUS\n"
      "14.1 Press Announcements. Neither Party shall issue any press release.\n"
      "14.2 Force Majeure Event. Neither Party is liable for delays.\n");
  EXPECT_EQ(citations(s), (Strings{"XIV", "14.1", "14.2"}));
}

TEST(ClauseTree, ContentsWithPageNumbersOnLinesOfTheirOwn_BuildsNoClauses) {
  // A text rendering that writes each cell of the contents table as a paragraph: numbers
  // alone on their lines are clause numbers and page numbers alike, and page numbers repeat.
  auto s = structure_of(
      "TABLE OF CONTENTS\n\n1\n\nDefinitions\n\n5\n\n1.1\n\n\"Batch\"   5\n\n2\n\n"
      "Cooperation between the Parties\n\n10\n\n2.1\n\nGeneral\n\n10\n\n2.1.1   General\n\n10\n\n"
      "2.1.2   Priority\n\n10\n\n2.2\n\nPersonnel\n\n10\n\n"
      "1 Definitions\n\n1.1 \"Batch\" shall mean Product from one run.\n\n"
      "2 Cooperation between the Parties\n\n2.1 General\n\n2.1.1 General. The Parties shall cooperate.\n\n"
      "2.1.2 Priority. The Project has priority.\n\n2.2 Personnel. Each Party names a manager.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1.1", "2", "2.1", "2.1.1", "2.1.2", "2.2"}));
}

TEST(ClauseTree, ContentsTitleRunIntoItsFirstEntries_IsAContentsList) {
  // A text rendering that joins a page's lines: the title, the first heading and the
  // entries on one line, apart by runs of spaces.
  auto s = structure_of(
      "TABLE OF CONTENTS   OVERVIEW   1.1   Introduction   10 1.2   Document Structure   10\n"
      "Reports   2.1   Reporting   26 2.2   Types Of Reports   26 2.3   Structure Of Reports   27   Page 6   May 2004\n"
      "OVERVIEW\n1.1 Introduction. This agreement sets out the services.\n"
      "1.2 Document Structure. The agreement has parts.\nREPORTS\n2.1 Reporting. Monthly.\n");
  EXPECT_EQ(citations(s), (Strings{"1.1", "1.2", "2.1"}));
}

TEST(ClauseTree, ScheduleHeadingNamingItsDocument_RunIntoTheText_IsAPart) {
  // The PDF prints "Schedule 1" on a line of its own; the text rendering runs it into the
  // lines under it. A sentence starting with a part's label is not a heading.
  auto s = structure_of(
      "The Adviser shall indemnify FASC.\n"
      "Accepted and agreed: FEDERATED ADVISORY SERVICES COMPANY By: /s/ Jane Doe Title: Vice President\n"
      "Schedule 1 to Limited Power of Attorney dated as of October 1, 2016 revised March 1, 2020 by "
      "FEDERATED INVESTMENT MANAGEMENT COMPANY, acting for the funds listed below Emerging Markets Core Fund\n");
  EXPECT_EQ(citations(s), (Strings{"Schedule 1"}));
  auto sentence = structure_of(
      "1. Amendment.\n"
      "Exhibit A to Services Agreement shall be supplemented with the services of equity trading and "
      "transaction settlement, fundamental analysis and quantitative analysis\n");
  EXPECT_EQ(citations(sentence), (Strings{"1"}));
}

TEST(ClauseTree, ListOfAttachmentsAfterAColon_BuildsNoParts_TheAttachmentsDo) {
  auto s = structure_of(
      "TERMS AND CONDITIONS\n"
      "The following attachments are made part of this Agreement:\n"
      "Attachment A - ExxonMobil Chemical Company and ExxonMobil Chemical Services Americas\n"
      "General Terms and Conditions of Sale\n"
      "Attachment B - List of ExxonMobil Affiliates/Divisions\n"
      "Attachment C - Notices\n"
      "GOVERNING LAW\n"
      "This Agreement is governed by the law of the Seller's terms.\n"
      "ATTACHMENT A\nGeneral Terms and Conditions of Sale\n1. PRICE\nThe price is in the Agreement.\n"
      "ATTACHMENT B\nList of ExxonMobil Affiliates\n");
  EXPECT_EQ(citations(s), (Strings{"Attachment A", "Attachment A, 1", "Attachment B"}));
}

// The cover page of a distributor agreement filed with the SEC lists its attachments,
// numbered, before the terms number their own clauses "1.0", "2.0", "3.1".
TEST(ClauseTree, NumberedListOfTheDocumentsParts_BuildsNoClauses) {
  DocumentBuilder b("cover.pdf", DocumentFormat::pdf);
  for (std::string_view line :
       {"This Agreement consists of this signature page and the following attachments:",
        "1.                Nonexclusive Value Added Distributor Agreement Terms and Conditions",
        "2.               EXHIBIT A: Territory", "3.               EXHIBIT B: Value Added Distributor Support Exhibit",
        "3.1 Appendix 1: Cisco Problem Prioritization and Escalation Guideline",
        "4.               EXHIBIT C: Software License Agreement", "", "5.               EXHIBIT D: Distributor Freight Policy",
        "This Agreement is the complete agreement between the parties.", "1.0 DEFINITIONS.",
        "Affiliates are the entities listed on Exhibit E.", "2.0 APPOINTMENT.", "Cisco appoints Distributor.",
        "3.0 RESELLERS.", "3.1 All Resellers must meet Cisco's guidelines."}) {
    b.add_block(line);
  }
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"1.0", "2.0", "3.0", "3.1"}));
}

// Numbered clauses that happen to mention a part stay clauses: too few entries name one.
TEST(ClauseTree, NumberedTitlesOfWhichFewNameAPart_AreClauses) {
  auto s = structure_of(
      "1. Definitions\n2. Exhibit A: Prices\n3. Delivery\n4. Payment\n5. Term\n6. Exhibit B: Territory\n"
      "1.1 Words.\n");
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "3", "4", "5", "6"}));
}

// An outsourcing agreement lists its appendices as the lettered items of a clause.
TEST(ClauseTree, LetteredListOfAppendicesInAClause_KeepsItsItems) {
  DocumentBuilder b("appendices.pdf", DocumentFormat::pdf);
  for (std::string_view line :
       {"(A) NICE wishes to outsource its manufacturing.", "(B) Contractor is willing to provide it.",
        "(C) The following Appendices form part of this Agreement:", "(i) Appendix A - Products", "",
        "(ii) Appendix B - Prices", "", "(iii) Appendix C - Forecasts", "", "(iv) Appendix D - Insurance Certificate"}) {
    b.add_block(line);
  }
  auto s = structure_of(std::move(b).finish());
  EXPECT_EQ(citations(s), (Strings{"(A)", "(B)", "(C)", "(C)(i)", "(C)(ii)", "(C)(iii)", "(C)(iv)"}));
}

// A license filed as a PDF that kept its "ARTICLE II" headings but lost the section numbers
// Word computed; the text still cites "this Section 2.4".
constexpr std::string_view lost_section_numbers =
    "ARTICLE II\n"
    "LICENSE OF LMG TOOLS\n"
    "Grant of License. LMG grants TAG a worldwide, nonexclusive license (the \"License\").\n"
    "TAG may Use the LMG Tools and Documentation solely to provide TPA Services.\n"
    "Proprietary Markings and Duplication. TAG shall not remove any proprietary markings.\n"
    "Ownership of LMG Tools and Modifications. The LMG Tools shall remain the property of LMG.\n"
    "Protection of LMG Tools. TAG will treat the LMG Tools with care. It will not be a violation of this\n"
    "Section 2.4 if TAG provides access to a contractor.\n"
    "ARTICLE III\n"
    "SUPPORT AND HOSTING SERVICES\n"
    "CSC Software. LMG will maintain its existing license for the CSC Software.\n"
    "Reports. LMG shall provide TAG with reports.\n"
    "3.3 Source Code. Upon TAG's request, LMG will provide the source code.\n";

TEST(ClauseTree, SectionsWhoseNumbersThePdfLost_AreCountedInTheirArticle) {
  auto s = structure_of(lost_section_numbers);
  EXPECT_EQ(citations(s), (Strings{"II", "2.1", "2.2", "2.3", "2.4", "III", "3.1", "3.2", "3.3"}));
  EXPECT_NE(clause(s, "2.1").begin, clause(s, "2.2").begin);
  const Clause& protection = clause(s, "2.4");
  EXPECT_EQ(s.clauses[static_cast<std::size_t>(protection.parent)].citation, "II");
}

TEST(ClauseTree, TitledParagraphsCountedAgainstTheDocumentsOwnReferences_StayTextWhenTheyDisagree) {
  std::string text(lost_section_numbers);
  text.replace(text.find("this\nSection 2.4"), std::string_view("this\nSection 2.4").size(), "this\nSection 2.3");
  auto s = structure_of(text);
  for (const char* counted : {"2.1", "2.2", "2.3", "2.4", "3.1", "3.2"}) EXPECT_LT(s.find_citation(counted), 0) << counted;
}

TEST(ClauseTree, TitledSubParagraphsUnderPrintedSections_AreNotCounted) {
  auto s = structure_of(
      "ARTICLE III\nPAYMENT\n"
      "3.1 Fees. TAG shall pay the fees.\n"
      "Late Payment. Interest accrues under this Section 3.2 at one percent.\n"
      "3.2 Taxes. Each party pays its own taxes.\n");
  EXPECT_EQ(citations(s), (Strings{"III", "3.1", "3.2"}));
}

TEST(ClauseTree, TextBeforeTheFirstClause_BelongsToNoClause) {
  auto d = document_from_text("THIS AGREEMENT is made today\nbetween the parties.\n1. DEFINITIONS\n");
  auto s = structure_of(d);
  EXPECT_EQ(s.clause_at(0), -1);
  EXPECT_EQ(s.clause_at(static_cast<std::uint32_t>(d.text.find("DEFIN"))), 0);
}

TEST(ClauseTree, EmptyDocument_HasNoClauses) {
  Document empty;
  auto s = structure_of(empty);
  EXPECT_TRUE(s.clauses.empty());
  EXPECT_TRUE(s.roots.empty());
  EXPECT_EQ(s.clause_at(0), -1);
  EXPECT_EQ(s.find_citation("1"), -1);
}

TEST(ClauseTree, ProseWithoutNumbers_HasNoClauses) {
  auto s = structure_of("Dear Sir,\nThank you for your letter of 3 March.\nYours faithfully\n");
  EXPECT_TRUE(s.clauses.empty());
}

TEST(ClauseTree, LabelSoup_AlwaysGivesAConsistentTree) {
  // Deterministic pseudo-random lines made of labels, headings, quotes and parentheses:
  // whatever the input, the tree must be consistent and every lookup in range.
  const std::vector<std::string> pieces = {
      "1.", "1.1", "2", "(a)", "(i)", "(v)", "(x)", "a)", "iv.", "A.", "SCHEDULE 2", "Part A", "Annex", "Clause 7",
      "Section 3 \xE2\x80\x93", "CONTENTS", "....... 4", "\"Term\" means", "(the \"X\")", "clauses 1 to 3",
      "sub-clause (b)", "of Schedule 2", "2019", "\xC2\xA0", "(", ")", "\xE2\x80\x9C", "DEFINITIONS", "text", ";", ":"};
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  std::string text;
  for (int line = 0; line < 3000; ++line) {
    const int words = 1 + static_cast<int>(next() % 5);
    for (int w = 0; w < words; ++w) text += pieces[next() % pieces.size()] + (next() % 3 ? " " : "");
    text += "\n";
  }
  Document d = document_from_text(text);
  auto s = structure_of(d);
  for (std::size_t k = 0; k < s.clauses.size(); ++k) {
    const Clause& c = s.clauses[k];
    ASSERT_LE(c.begin, c.end);
    ASSERT_LE(c.begin, c.body_end);
    ASSERT_LE(c.body_end, c.end);
    ASSERT_LE(c.end, d.text.size());
    if (c.parent >= 0) {
      const Clause& p = s.clauses[static_cast<std::size_t>(c.parent)];
      ASSERT_LT(c.parent, static_cast<int>(k));
      ASSERT_GE(c.begin, p.begin);
      ASSERT_LE(c.end, p.end);
    }
    ASSERT_EQ(s.clause_at(c.begin) >= 0, true);
  }
  EXPECT_FALSE(s.clauses.empty());
  EXPECT_FALSE(s.references.empty());
  for (const CrossReference& r : s.references) ASSERT_LT(r.target_clause, static_cast<int>(s.clauses.size()));
  for (const Definition& def : s.definitions) ASSERT_LE(def.end, d.text.size());
}

TEST(ClauseTree, TenThousandClauses_AreRecoveredWithoutBlowUp) {
  std::string text;
  for (int i = 1; i <= 100; ++i) {
    text += std::to_string(i) + ". HEADING " + std::to_string(i) + "\n";
    for (int j = 1; j <= 33; ++j) {
      text += std::to_string(i) + "." + std::to_string(j) + " The Supplier shall comply with clause " +
              std::to_string(i) + ".1.\n(a) first;\n(b) second.\n";
    }
  }
  auto s = structure_of(text);
  ASSERT_EQ(s.clauses.size(), 10000u);
  EXPECT_EQ(s.roots.size(), 100u);
  EXPECT_EQ(s.find_citation("100.33(b)"), 9999);
  EXPECT_EQ(s.references.size(), 3300u);
  EXPECT_EQ(s.references.back().target_clause, s.find_citation("100.1"));
}

// --- conventions of real contracts ----------------------------------------------------------

TEST(ClauseLabel, CompoundLabel_KeepsItsEnumerators) {
  auto label = parse_leading_label("4.2(a)(iii) The Supplier shall");
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(label->shown, "4.2");
  EXPECT_EQ(label->glued, (Strings{"(a)", "(iii)"}));
  EXPECT_EQ(std::string_view("4.2(a)(iii) The Supplier shall").substr(label->length), "The Supplier shall");
  // Not a compound: a reference in prose, mixed case, or a word glued after the bracket.
  EXPECT_FALSE(parse_leading_label("4.2(a)and").has_value());
  EXPECT_TRUE(parse_leading_label("4.2(Ab) text").has_value() == false);
}

TEST(ClauseTree, CompoundLabels_MakeANodeForEachLevel) {
  auto s = structure_of(
      "4. FEES\n"
      "4.1 The fee is fixed.\n"
      "4.2(a) The Supplier shall invoice monthly:\n"
      "(i) in arrears; and\n"
      "(ii) in pounds.\n"
      "4.2(b) The Buyer shall pay within 30 days.\n"
      "4.3(a)(i) The first item of the third sub-clause.\n"
      "5. TERM\n");
  EXPECT_EQ(citations(s), (Strings{"4", "4.1", "4.2", "4.2(a)", "4.2(a)(i)", "4.2(a)(ii)", "4.2(b)", "4.3", "4.3(a)",
                                   "4.3(a)(i)", "5"}));
  // The deepest node carries the label as printed.
  EXPECT_EQ(clause(s, "4.2(b)").label, "4.2(b)");
  EXPECT_EQ(clause(s, "4.3(a)(i)").label, "4.3(a)(i)");
  EXPECT_EQ(clause(s, "4.3(a)").label, "(a)");
}

TEST(ClauseTree, NumberingThatStartsAgain_IsKept) {
  // An amendment appended after the signatures.
  auto amended = structure_of(
      "1. TERMS\nThe terms apply.\n2. PAYMENT\nThe Buyer pays.\n3. NOTICES\nIn writing.\n"
      "AMENDMENT NO. 1\n1. The parties agree to extend the term.\n2. Nothing else changes.\n");
  EXPECT_EQ(citations(amended), (Strings{"1", "2", "3", "1 [2]", "2 [2]"}));
  // A numbered list inside a clause: the clause after it still continues the numbering.
  auto inner = structure_of(
      "4. SERVICES\nThe Supplier shall:\n1. deliver the goods;\n2. install them.\n5. TERM\nOne year.\n6. LAW\n");
  EXPECT_EQ(root_labels(inner), (Strings{"4", "5", "6"}));
  EXPECT_EQ(inner.clauses[1].label, "1");
  EXPECT_EQ(inner.clauses[1].parent, 0);
  // Every heading "1." (a PDF that lost Word's automatic numbers): flat, all kept.
  auto flat = structure_of("1. Term\nOne year.\n1. Payment\nMonthly.\n1. Notices\nIn writing.\n");
  EXPECT_EQ(root_labels(flat), (Strings{"1", "1", "1"}));
  // A bare "1" (no dot) never restarts: it is a page number or a table cell as often.
  auto bare = structure_of("1. Term\nOne year.\n2. Payment\nMonthly.\n1\nThe Buyer pays.\n");
  EXPECT_EQ(citations(bare), (Strings{"1", "2"}));
}

TEST(ClauseTree, NumberedListInsideALetter_NestsThereAndTheLettersGoOn) {
  // SEC underwriting agreements define terms in a numbered list inside one lettered
  // representation; the representations after it continue the letters.
  auto s = structure_of(
      "Section 4. Representations. The Company represents to the Agent:\n"
      "(a) The Registration Statement is effective.\n"
      "(b) No untrue statement was made. As used in this paragraph:\n"
      "1. \"Applicable Time\" means the date of each sale.\n"
      "2. \"Statutory Prospectus\" means the prospectus in the Registration Statement.\n"
      "(c) The Bank is duly organised.\n"
      "(d) The Company has full power.\n"
      "Section 5. Covenants. The Company agrees with the Agent.\n");
  EXPECT_EQ(citations(s), (Strings{"4", "4(a)", "4(b)", "4(b)(1)", "4(b)(2)", "4(c)", "4(d)", "5"}));
  EXPECT_EQ(s.clauses[3].parent, 2);
  EXPECT_EQ(s.clauses[4].parent, 2);
  // Also when the list's first number is the Section's own: "Section 1." > "(b)" > "1.".
  auto same_number = structure_of(
      "Section 1. Representations. The Company represents to the Agent:\n"
      "(a) The Registration Statement is effective.\n"
      "(b) No untrue statement was made. As used in this paragraph:\n"
      "1. \"Applicable Time\" means the date of each sale.\n"
      "2. \"Statutory Prospectus\" means the prospectus in the Registration Statement.\n"
      "(c) The Bank is duly organised.\n");
  EXPECT_EQ(citations(same_number), (Strings{"1", "1(a)", "1(b)", "1(b)(1)", "1(b)(2)", "1(c)"}));
  // Without the colon that introduces it, a "1." after a letter starts the numbering again.
  auto restarted = structure_of(
      "Section 4. Representations. The Company represents to the Agent.\n"
      "(a) The Registration Statement is effective.\n"
      "1. The Agent is a corporation.\n"
      "(b) The Agent has full power.\n");
  EXPECT_EQ(restarted.clauses[2].parent, 0);
}

TEST(ClauseTree, FirstLetterOnTheClauseTitleLine_TheNextLettersAreItsList) {
  auto s = structure_of(
      "1. Appointment of the Agents. (a) The Company hereby appoints the Agent.\n"
      "(b) The Agents agree to remarket the securities.\n"
      "(c) On the Remarketing Date, the Agents shall set the rate.\n"
      "2. Representations. The Company represents to the Agents.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(b)", "1(c)", "2"}));
  // A "(b)" with no "(a)" before it is still not a list: "… as set out in" / "(b) above".
  auto stray = structure_of("1. Fees. The Buyer pays the fees.\n(b) The Agents agree to remarket.\n");
  EXPECT_EQ(citations(stray), (Strings{"1"}));
}

TEST(ClauseTree, ListOfTheSameStyleInsideAnItem_NestsAndTheOuterListGoesOn) {
  auto s = structure_of(
      "1. Definitions.\n"
      "(i) \"Affiliate\" means a company that controls a party.\n"
      "(ii) \"Agreement\" means this agreement.\n"
      "(iii) \"Customer\" means a distributor.\n"
      "(iv) \"Contractor\" means the manufacturer.\n"
      "(v) \"Information\" means data, but not data which:\n"
      "(i) was known to the Contractor; or\n"
      "(ii) is public.\n"
      "(vi) \"Property\" means all rights.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(i)", "1(ii)", "1(iii)", "1(iv)", "1(v)", "1(v)(i)", "1(v)(ii)", "1(vi)"}));
}

TEST(ClauseTree, LettersReferredToAtALineStart_AreNotClauses) {
  auto s = structure_of(
      "1. Definitions.\n"
      "(a) \"Equipment\" means (i) public network systems, or (ii) commercial systems, in each case of clauses\n"
      "(a) and (b), to the extent designed to operate with the Products.\n"
      "(b) \"Products\" means radios.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "1(a)", "1(b)"}));
}

TEST(ClauseTree, ExcerptStartingMidList_IsKept) {
  auto s = structure_of("11.6. COUNTERPARTS. This Agreement may be signed in counterparts.\n"
                        "11.7. NON-USE. The Professional acknowledges her obligations.\n");
  EXPECT_EQ(citations(s), (Strings{"11.6", "11.7"}));
}

TEST(ClauseTree, SectionThenItsOwnNumber_NestsAndTheNextSectionFollows) {
  auto s = structure_of(
      "Section 2 - Services offered\n"
      "2. The Supplier must provide the services.\n"
      "2.1 Lot 1 - Infrastructure\n"
      "2.2 Lot 2 - Platform\n"
      "Section 3 - Other terms\n");
  EXPECT_EQ(citations(s), (Strings{"2", "2 [2]", "2.1", "2.2", "3"}));
  EXPECT_EQ(root_labels(s), (Strings{"Section 2", "Section 3"}));
}

TEST(ClauseTree, SeriesOfExhibits_AreParts) {
  for (auto [line, shown] : {std::pair{"EXHIBIT AA-1", "Exhibit AA-1"}, std::pair{"Exhibit D-1", "Exhibit D-1"},
                             std::pair{"Schedule 2-1", "Schedule 2-1"}}) {
    auto label = parse_leading_label(line);
    ASSERT_TRUE(label.has_value()) << line;
    EXPECT_EQ(label->shown, shown);
    EXPECT_TRUE(label->is_part());
  }
  auto s = structure_of("SCHEDULE 1\nEXHIBIT AA-1\nText.\nEXHIBIT AA-2\nText.\n");
  EXPECT_EQ(citations(s), (Strings{"Schedule 1", "Schedule 1, Exhibit AA-1", "Schedule 1, Exhibit AA-2"}));
}

TEST(ClauseTree, LetteredSentencesUnderAnExhibit_AreClauses) {
  auto s = structure_of(
      "EXHIBIT A\n"
      "(a) Recipient acknowledges and agrees that the information is confidential.\n"
      "(b) Recipient shall not disclose the information to anyone.\n");
  EXPECT_EQ(citations(s), (Strings{"Exhibit A", "Exhibit A, (a)", "Exhibit A, (b)"}));
  // Short lettered rows under a schedule are a form or a table, as before.
  auto form = structure_of("SCHEDULE 2\n(a) Name\n(b) Address\n");
  EXPECT_EQ(citations(form), (Strings{"Schedule 2"}));
  EXPECT_EQ(citations(structure_of("SCHEDULE 2\nA. Name\nB. Address\n")), (Strings{"Schedule 2"}));
  // Capital letters with a dot: an agreement attached as an exhibit opens with its recitals.
  auto recitals = structure_of(
      "ATTACHMENT A\n"
      "A. Erchonia is engaged in the business of developing lasers.\n"
      "B. Distributor is engaged in the business of selling medical products.\n");
  EXPECT_EQ(citations(recitals).size(), 3u);
  EXPECT_EQ(recitals.clauses.back().label, "B.");
}

TEST(ClauseTree, PageNumberOverTheNextLabel_IsNotAClause) {
  auto s = structure_of("3. FEES\nThe fees are fixed.\n4\n4. SPOTLIGHTS\n4.1 Development of the site.\n27\nEXHIBIT B\n");
  EXPECT_EQ(citations(s), (Strings{"3", "4", "4.1", "Exhibit B"}));
  EXPECT_EQ(clause(s, "4").heading, "SPOTLIGHTS");
}

TEST(ClauseTree, PageNumberOverAPartHeadingWithAQuotedId_IsNotAClause) {
  auto s = structure_of("12. NOTICES\nNotices are in writing.\n13\nEXHIBIT \"B\"\nSERVICE LEVELS\n");
  EXPECT_EQ(citations(s), (Strings{"12"}));
}

TEST(ClauseTree, ListRunningInsideASentence_WrappedToALineStart_IsNotAClause) {
  // "(b)" and "(d)" start lines only because the sentence listing them wrapped there; the
  // romans after them go on.
  auto s = structure_of(
      "7. Conditions.\n"
      "(a) The Agent shall have received the opinions.\n"
      "(b) The opinion of counsel shall state that:\n"
      "(i) The Company is duly organised.\n"
      "(ii) No opinion is rendered with respect to (a) the Registration Statement, (b) the\n"
      "Prospectus or\n"
      "(c) the satisfaction of the conditions in the approvals of the Application, and\n"
      "(d) the rules of the NASD.\n"
      "(iii) The Registration Statement is effective.\n"
      "(c) The Agent shall have received a letter.\n");
  EXPECT_EQ(citations(s), (Strings{"7", "7(a)", "7(b)", "7(b)(i)", "7(b)(ii)", "7(b)(iii)", "7(c)"}));
  // A list whose first item ran on after the clause's title still goes on at a line start.
  auto titled = structure_of(
      "1. Appointment. (a) The Company appoints the Agents;\n"
      "(b) The Agents accept the appointment.\n");
  EXPECT_EQ(citations(titled), (Strings{"1", "1(b)"}));
}

TEST(ClauseTree, ChapterHeadings_HoldTheirNumberedSubClauses) {
  auto s = structure_of(
      "1. Party A is a search engine.\n"
      "2. Party B is a technology company.\n"
      "Therefore, the parties agree:\n"
      "Chapter 1 Definitions and Interpretations\n"
      "1.1 Definitions\n"
      "1.1.1 PRC Laws: means the laws of the PRC.\n"
      "1.2 Interpretations\n"
      "Chapter 2 Cooperation\n"
      "2.1 Party A shall provide the services.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2", "1 [2]", "1.1", "1.1.1", "1.2", "2 [2]", "2.1"}));
  EXPECT_EQ(root_labels(s), (Strings{"1", "2", "Chapter 1", "Chapter 2"}));
}

TEST(ClauseLabel, NumberGluedToAnAbbreviationInCapitals_IsALabel) {
  auto label = parse_leading_label("1.9MD Anderson represents and certifies");
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(label->shown, "1.9");
  EXPECT_FALSE(parse_leading_label("1.5MW of power").has_value());
}

TEST(ClauseTree, NextNumberOutsideANestedList_BeatsASkippedNumberInsideIt) {
  auto s = structure_of(
      "4. STORAGE AND SHIPPING\n"
      "(a) The following reports shall be provided by Heritage:\n"
      "1. Weekly Production Report.\n"
      "2. Monthly Inventory Report.\n"
      "3. Monthly Purchase Order report.\n"
      "5. TRADEMARKS\n"
      "Premier owns the trademarks.\n");
  EXPECT_EQ(citations(s), (Strings{"4", "4(a)", "4(a)(1)", "4(a)(2)", "4(a)(3)", "5"}));
  EXPECT_EQ(root_labels(s), (Strings{"4", "5"}));
}

TEST(ClauseTree, ListInsideASentenceOfAFlattenedPage_IsNotCutFromIt) {
  // SEC text renderings keep each printed line break as a wide run of spaces; a justified
  // line's three spaces before "(i)" inside the sentence are not one.
  auto s = structure_of(
      "7. Conditions.\n"
      "(a) The opinion of counsel shall state that:\n"
      "(i) The Application was approved.\n"
      "(ii) At the time the Statement became                effective,   (i)  the  Statement complied, and (ii) the "
      "Prospectus complied.\n"
      "(iii) The Shares conform to their description.\n");
  EXPECT_EQ(citations(s), (Strings{"7", "7(a)", "7(a)(i)", "7(a)(ii)", "7(a)(iii)"}));
}

TEST(ClauseLabel, ZeroWidthSpaceAfterALabel_IsASpace) {
  auto label = parse_leading_label("(C)\xE2\x80\x8B Zebra has completed the acquisition");
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(label->shown, "(C)");
}

TEST(ClauseTree, ContentsTitledContent_IsAContentsList) {
  auto s = structure_of(
      "CONTENT\n"
      "1. Definitions........ 1\n"
      "2. Grant of Rights........ 2\n"
      "Schedule 1 - Contents\n"
      "THIS AGREEMENT is made the 15th day of December 2001 between the parties.\n"
      "(A) CEIS owns the content.\n"
      "1. DEFINITIONS\n");
  EXPECT_EQ(citations(s), (Strings{"(A)", "1"}));
}

TEST(ClauseTree, ContentsTitledTableOfContentSingular_IsAContentsList) {
  // Reworded from a translated licence filed with the SEC: "Table of Content" heads the list,
  // its appendices last with their page numbers. Read as clauses, the entries would take the
  // agreement's numbers, and "Appendix B" would hold the whole agreement ("Appendix B, 3").
  auto s = structure_of(
      "LICENCE AND DEVELOPMENT AGREEMENT\n\nTable of Content\n\n1. Definitions\n\n2. Grant of Licence\n\n3. Royalties\n\n"
      "Appendix A - Template for Licensee Reports 24\n\nAppendix B - Preliminary Business Plan 25\n\n"
      "1. Definitions. In this Agreement the following terms have these meanings.\n\n"
      "2. Grant of Licence\n\n2.1. Grant of rights. The Licensor grants the Licensee a licence.\n\n"
      "3. Royalties. The Licensee shall pay royalties on Net Sales.\n");
  EXPECT_EQ(citations(s), (Strings{"1", "2", "2.1", "3"}));
}

}  // namespace
}  // namespace clausecheck
