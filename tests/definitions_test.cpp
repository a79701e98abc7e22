// Defined terms: definitions clauses, definition tables and inline definitions.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

DocumentStructure structure_of(const Document& document) { return recover_structure(document, normalise(document)); }

const Definition* find(const DocumentStructure& s, std::string_view term) {
  for (const Definition& d : s.definitions) {
    if (d.term == term) return &d;
  }
  return nullptr;
}

TEST(Definitions, EveryFormInADefinitionsClause_IsFoundWithItsMeaning) {
  Document d = document_from_text(
      "1. DEFINITIONS\n"
      "1.1 In this Agreement:\n"
      "\"Authority\" means the Secretary of State for Justice;\n"
      "\xE2\x80\x9C" "Charges\xE2\x80\x9D shall mean the sums payable under clause 4;\n"
      "\"Start Date\": 1 April 2025;\n"
      "Working Day: a day other than a Saturday or Sunday;\n"
      "Services means the services in Schedule 1;\n"
      "\"Payment Period\" has the meaning given in clause 4.2; and\n"
      "2. PAYMENT\n"
      "2.1 The Buyer pays.\n");
  auto s = structure_of(d);
  struct Expect {
    std::string term;
    std::string meaning;
  };
  const std::vector<Expect> expected = {
      {"Authority", "the Secretary of State for Justice"},
      {"Charges", "the sums payable under clause 4"},
      {"Start Date", "1 April 2025"},
      {"Working Day", "a day other than a Saturday or Sunday"},
      {"Services", "the services in Schedule 1"},
      {"Payment Period", "has the meaning given in clause 4.2"},
  };
  ASSERT_EQ(s.definitions.size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const Definition& def = s.definitions[k];
    EXPECT_EQ(def.term, expected[k].term);
    EXPECT_EQ(def.definition, expected[k].meaning);
    EXPECT_FALSE(def.inline_definition);
    EXPECT_EQ(def.clause, s.find_citation("1.1"));
    EXPECT_EQ(def.page, 1);
    // The span starts at the term (after its opening quote, if any) and ends the entry.
    EXPECT_NE(std::string_view(d.text).substr(def.begin, def.term.size() + 3).find(def.term), std::string_view::npos);
    EXPECT_EQ(d.text[def.end - 1], k + 1 < expected.size() ? ';' : 'd');  // the last ends "; and"
  }
  EXPECT_EQ(find(s, "Charges")->normalised_term, normalise_string("Charges"));
  EXPECT_EQ(find(s, "Payment Period")->normalised_term, "payment period");
}

TEST(Definitions, CapitalisedTermWithoutQuotes_OutsideADefinitionsList_IsNotADefinition) {
  auto s = structure_of(document_from_text("1. PAYMENT\n1.1 The Buyer means well.\nServices means the work.\n"));
  EXPECT_EQ(s.definitions.size(), 0u);
}

TEST(Definitions, DoubleQuoteTypedAsTwoSingleQuotes_OpensTheTermOnce) {
  auto s = structure_of(document_from_text("1. PAYMENT\n1.1 \u2018\u2018Invoice\u201d means a valid VAT invoice.\n"
                                           "1.2 ''Charges'' means the sums in Schedule 2.\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Invoice");
  EXPECT_EQ(s.definitions[1].term, "Charges");
}

// Straight single quotes, as many agreements type them: a term opens after no letter and
// before a capital, and closes where no letter follows, so possessives stay inside.
TEST(Definitions, StraightSingleQuotes_QuoteATermButApostrophesDoNot) {
  auto s = structure_of(document_from_text("1. DEFINITIONS\n1.1 'Services' means the work in Schedule 1.\n"
                                           "1.2 'Supplier's Personnel' means its staff.\n"
                                           "1.3 The Supplier's 'duty' is owed to the parties' customers.\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Services");
  EXPECT_EQ(s.definitions[1].term, "Supplier's Personnel");
}

// A filed endorsement agreement leaves out the closing quote: `Paul Silas ("Celebrity), an
// individual`. The parenthesis still closes the term; a quote that opens a longer aside does not.
TEST(Definitions, QuoteLeftOpenInsideAParenthesis_IsClosedByIt) {
  auto s = structure_of(document_from_text(
      "ENDORSEMENT AGREEMENT\nThis Agreement is made between Healthcare Distribution Specialists LLC (\"HDS\"), a "
      "Delaware corporation, and Paul Silas (\"Celebrity), an individual.\n1. HDS engages Celebrity to endorse "
      "its product (see \"Schedule 1 for the products and the fees) and Celebrity accepts.\n"));
  const Definition* celebrity = find(s, "Celebrity");
  ASSERT_NE(celebrity, nullptr);
  EXPECT_TRUE(celebrity->inline_definition);
  EXPECT_NE(find(s, "HDS"), nullptr);
  EXPECT_EQ(find(s, "Schedule 1 for the products and the fees"), nullptr);
}

// A party's group term names the party it joins ("together with Wade Enterprises"): the
// parenthesis still defines its quoted terms, and the joined name is not one.
TEST(Definitions, TermsDefinedTogetherWithANamedParty_AreRead) {
  auto s = structure_of(document_from_text(
      "COLLABORATION & ENDORSEMENT AGREEMENT\nThis Agreement is dated as of June 15, 2015, between The Naked "
      "Brands Group, Inc., a Delaware corporation (\"Naked\"), and Wade Enterprises, LLC (\"Wade Enterprises\"), "
      "an Alaska limited liability company f/s/o Dwyane Wade (\"Athlete\" and together with Wade Enterprises, "
      "collectively \"Wade\").\n1. Naked engages Wade.\n"));
  const Definition* athlete = find(s, "Athlete");
  ASSERT_NE(athlete, nullptr);
  EXPECT_TRUE(athlete->inline_definition);
  EXPECT_NE(find(s, "Wade"), nullptr);
  EXPECT_EQ(find(s, "Wade Enterprises, collectively"), nullptr);
}

// "(referred to herein as "El Pollo Loco" or "Franchisor")": "herein" links the terms as
// "hereinafter" does.
TEST(Definitions, ReferredToHereinInAParenthesis_DefinesEachTerm) {
  auto s = structure_of(document_from_text(
      "This Agreement is made by and between EL POLLO LOCO, INC., a Delaware corporation (referred to herein as "
      "\"El Pollo Loco\" or \"Franchisor\") and Jane Smith, an individual (\"Developer\").\n"
      "1. Franchisor grants Developer the right to develop restaurants.\n"));
  const Definition* franchisor = find(s, "Franchisor");
  ASSERT_NE(franchisor, nullptr);
  EXPECT_TRUE(franchisor->inline_definition);
  EXPECT_NE(find(s, "El Pollo Loco"), nullptr);
}

TEST(Definitions, HereinafterWithoutAParenthesis_DefinesTheTermInline) {
  auto s = structure_of(document_from_text(
      "TRANSPORTATION CONTRACT\nJSC Alpha, hereinafter referred to as the \"Company\", and JSC Beta, hereinafter "
      "referred to as the \"Principal\", agree as follows:\n1. The Principal shall pay the Company a fee.\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Company");
  EXPECT_TRUE(s.definitions[0].inline_definition);
  EXPECT_EQ(s.definitions[1].term, "Principal");
}

// A PDF line may end at "Hereinafter referred to as" and the term stand alone on the next
// ("\u201cCustomer\u201d"), or "as" go over with it ("as \u201cContractor.\u201d", the full stop inside
// the quotes). A line that only ends "hereinafter" before a definitions list's entry names no one.
TEST(Definitions, HereinafterWithTheTermOnTheNextLine_DefinesTheTermInline) {
  auto s = structure_of(document_from_text(
      "TURN - KEY MANUFACTURING AGREEMENT\n\nThis Agreement is effective as of 1.4.2011 by and between:\n\n"
      "INVASIX LTD., with a principal place of business at Tavor Building, Yokneam, Israel. Hereinafter referred to "
      "as\n\n\u201cCustomer\u201d\n\nAnd\n\nFLEXTRONICS ISRAEL LTD. with a principal place of business at Industrial "
      "Zone, Israel. Hereinafter referred to\n\nas \u201cContractor.\u201d\n\n1. Scope. Contractor will manufacture the "
      "Products.\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Customer");
  EXPECT_TRUE(s.definitions[0].inline_definition);
  EXPECT_EQ(s.definitions[1].term, "Contractor");
  auto list = structure_of(document_from_text(
      "SUPPLY AGREEMENT\n\nThe terms below have the meanings given hereinafter\n\n\u201cServices\u201d\n\n"
      "means the services in Schedule 1.\n"));
  for (const Definition& d : list.definitions) EXPECT_FALSE(d.inline_definition) << d.term;
}

// A party defined with its group inside the parenthesis: "(including its Affiliates, "Customer")".
TEST(Definitions, ParenthesisIncludingTheGroup_DefinesTheParty) {
  auto s = structure_of(document_from_text(
      "OUTSOURCING AGREEMENT\nThis Outsourcing Agreement is made by and between Tri City National Bank, a Wisconsin "
      "corporation (including its Affiliates, \"Customer\") and Marshall & Ilsley Corporation, acting through its division, "
      "M&I Data Services (\"M&I\").\n1. SERVICES. M&I shall provide the Services to Customer.\n"));
  const Definition* customer = find(s, "Customer");
  ASSERT_NE(customer, nullptr);
  EXPECT_TRUE(customer->inline_definition);
  ASSERT_NE(find(s, "M&I"), nullptr);
}

// US parties clauses name a party without a parenthesis ("referred to in this Agreement as
// "Company" or "Boyd"") or inside one with other words ("individually and collectively
// referred to as "Bellicum""). Each name is defined, the names given together end together
// (one party), and the second party's words start after the first party's names.
TEST(Definitions, ReferredToAsWithoutAParenthesis_DefinesEachNameOfTheParty) {
  auto s = structure_of(document_from_text(
      "SPONSORSHIP AGREEMENT\nTHIS AGREEMENT made this 5th day of December, 2007, between R. C. Boyd Enterprises, "
      "LLC, a Texas limited liability company, referred to in this Agreement as \"Company\" or \"Boyd\", and Cano "
      "Petroleum, Inc., a Delaware corporation, referred to in this agreement as \"Sponsor\" or \"Cano\".\n"
      "1. The Sponsor shall pay the Company a fee.\n"));
  const Definition* company = find(s, "Company");
  const Definition* boyd = find(s, "Boyd");
  const Definition* sponsor = find(s, "Sponsor");
  ASSERT_NE(company, nullptr);
  ASSERT_NE(boyd, nullptr);
  ASSERT_NE(sponsor, nullptr);
  ASSERT_NE(find(s, "Cano"), nullptr);
  EXPECT_EQ(company->end, boyd->end);
  EXPECT_TRUE(company->inline_definition);
  // An initial ("R. C.") does not end the sentence the defining words start in.
  EXPECT_NE(company->definition.find("R. C. Boyd Enterprises"), std::string::npos) << company->definition;
  EXPECT_EQ(sponsor->definition.find("Boyd"), std::string::npos) << sponsor->definition;
  EXPECT_NE(sponsor->definition.find("Cano Petroleum"), std::string::npos) << sponsor->definition;
}

TEST(Definitions, ReferredToAsInsideAParenthesisWithOtherWords_DefinesTheName) {
  auto s = structure_of(document_from_text(
      "SUPPLY AGREEMENT\nThis Supply Agreement is made by and between Miltenyi Biotec GmbH, having an address at "
      "Friedrich-Ebert-Str. 68, Bergisch Gladbach (hereinafter referred to as \"Miltenyi\"), and Bellicum "
      "Pharmaceuticals, Inc., having an office at P.O. Box 12, Houston (on behalf of itself and its Affiliates, "
      "individually and collectively referred to as \"Bellicum\").\n"));
  const Definition* miltenyi = find(s, "Miltenyi");
  const Definition* bellicum = find(s, "Bellicum");
  ASSERT_NE(miltenyi, nullptr);
  ASSERT_NE(bellicum, nullptr);
  // "Str. 68" and "P.O. Box" are addresses, not sentence ends.
  EXPECT_NE(miltenyi->definition.find("Miltenyi Biotec GmbH"), std::string::npos) << miltenyi->definition;
  EXPECT_NE(bellicum->definition.find("Bellicum Pharmaceuticals"), std::string::npos) << bellicum->definition;
  EXPECT_EQ(std::count_if(s.definitions.begin(), s.definitions.end(),
                          [](const Definition& d) { return d.term == "Miltenyi"; }),
            1);
}

// "Roche Basel and Roche US together referred to as "Roche"" names the two parties at once:
// it is not a third party's definition.
TEST(Definitions, NamesReferredToTogether_AreNotANewParty) {
  auto s = structure_of(document_from_text(
      "COLLABORATION AGREEMENT\nby and between F. Hoffmann-La Roche Ltd, Basel (\"Roche Basel\") and Hoffmann-La "
      "Roche Inc., New Jersey (\"Roche US\"; Roche Basel and Roche US together referred to as \"Roche\") and "
      "Foundation Medicine, Inc. (\"FMI\").\n"));
  EXPECT_NE(find(s, "Roche Basel"), nullptr);
  EXPECT_EQ(find(s, "Roche"), nullptr);
  EXPECT_NE(find(s, "FMI"), nullptr);
}

TEST(Definitions, QuotedTermMeans_IsADefinitionAnywhere) {
  auto s = structure_of(document_from_text("1. PAYMENT\n1.1 \"Invoice\" means a valid VAT invoice.\n"));
  ASSERT_EQ(s.definitions.size(), 1u);
  EXPECT_EQ(s.definitions[0].term, "Invoice");
  EXPECT_EQ(s.definitions[0].definition, "a valid VAT invoice.");
}

// Every space the normaliser reads as whitespace separates "means" from the term and the
// meaning, and never starts the meaning: the no-break spaces word processors put where a
// line must not break (U+00A0, U+202F), a thin (U+2009) or ideographic (U+3000) space, and
// the invisible zero-width space (U+200B) some generators put between words.
TEST(Definitions, UnicodeSpacesAroundMeans_SeparateWords) {
  auto s = structure_of(document_from_text("1. DEFINITIONS\n1.1 \"Notice Period\"\xC2\xA0means\xC2\xA0thirty days.\n"
                                           "1.2 \"Charges\"\xE2\x80\xAFmeans the sums in Schedule 2.\n"
                                           "1.3 \"Notice\" means\xE2\x80\x89written notice.\n"
                                           "1.4 \"Fees\"\xE3\x80\x80means\xE3\x80\x80the fees.\n"
                                           "1.5 \"Term\"\xE2\x80\x8Bmeans\xE2\x80\x8B three years.\n"));
  const std::vector<std::pair<std::string, std::string>> expected = {{"Notice Period", "thirty days."},
                                                                     {"Charges", "the sums in Schedule 2."},
                                                                     {"Notice", "written notice."},
                                                                     {"Fees", "the fees."},
                                                                     {"Term", "three years."}};
  for (const auto& [term, meaning] : expected) {
    const Definition* d = find(s, term);
    ASSERT_NE(d, nullptr) << term;
    EXPECT_EQ(d->definition, meaning) << term;
  }
}

// Inside the meaning too, a run of any spaces the normaliser reads as white space is one
// space (a wrapped line that starts with a no-break space does not start a word with one),
// and an invisible zero-width space inside a word does not split it.
TEST(Definitions, UnicodeSpacesInsideAWrappedMeaning_AreOneSpace) {
  DocumentBuilder b("wrapped.pdf", DocumentFormat::pdf);
  b.add_block("1. DEFINITIONS");
  b.add_block("\"Notice Period\" means\xC2\xA0thirty\xC2\xA0\xE2\x80\xAF(30)");
  Block cont;
  cont.continues_paragraph = true;
  b.add_block("\xC2\xA0" "days from the da\xE2\x80\x8B" "te of notice;", cont);
  auto s = structure_of(std::move(b).finish());
  ASSERT_EQ(s.definitions.size(), 1u);
  EXPECT_EQ(s.definitions[0].definition, "thirty (30) days from the date of notice");
}

TEST(Definitions, MeaningWrappedOverSeveralLines_IsJoined) {
  DocumentBuilder b("wrapped.pdf", DocumentFormat::pdf);
  b.add_block("1. DEFINITIONS");
  b.add_block("\"Prime Contract\" means the contract between the Authority and");
  Block cont;
  cont.continues_paragraph = true;
  b.add_block("the Prime Provider dated 1 April 2025;", cont);
  auto s = structure_of(std::move(b).finish());
  ASSERT_EQ(s.definitions.size(), 1u);
  EXPECT_EQ(s.definitions[0].definition, "the contract between the Authority and the Prime Provider dated 1 April 2025");
}

// A PDF line is a block: a party's name is lines above its parenthesis, and the
// parenthesis itself may break across lines.
TEST(Definitions, InlineDefinitionWrappedOverPdfLines_ReadsTheWholeParagraph) {
  DocumentBuilder b("parties.pdf", DocumentFormat::pdf);
  Block cont;
  cont.continues_paragraph = true;
  b.add_block("BETWEEN:");
  b.add_block("(1) MERIDIAN SERVICES LIMITED, a company whose registered office is at 40 Canal");
  b.add_block("Street, Leeds LS1 4QB (the \xE2\x80\x9C" "Contractor\xE2\x80\x9D); and", cont);
  b.add_block("(A) The Contractor has a contract with the Secretary of State for Justice (the");
  b.add_block("\xE2\x80\x9C" "Authority\xE2\x80\x9D) dated 14 January 2025.", cont);
  b.add_block("(B) Unrelated recital ends here.");
  b.add_block("It continues (\"Site\").", cont);
  auto s = structure_of(std::move(b).finish());
  const Definition* contractor = find(s, "Contractor");
  ASSERT_NE(contractor, nullptr);
  EXPECT_EQ(contractor->definition,
            "MERIDIAN SERVICES LIMITED, a company whose registered office is at 40 Canal Street, Leeds LS1 4QB");
  const Definition* authority = find(s, "Authority");
  ASSERT_NE(authority, nullptr);
  EXPECT_EQ(authority->definition, "The Contractor has a contract with the Secretary of State for Justice");
  // A full stop at the end of the line above ends the defining words.
  const Definition* site = find(s, "Site");
  ASSERT_NE(site, nullptr);
  EXPECT_EQ(site->definition, "It continues");
}

TEST(Definitions, InlineForms_AreFoundWithTheWordsTheyName) {
  Document d = document_from_text(
      "THIS AGREEMENT is made between:\n"
      "(1) ABC Limited, a company registered in England (the \"Prime Contractor\"); and\n"
      "1. SERVICES\n"
      "1.1 The Secretary of State for Justice (the \xE2\x80\x9C" "Authority\xE2\x80\x9D) awarded a contract (\"Prime Contract\").\n"
      "1.2 Acme Ltd (hereinafter \"Acme\") and the Prime Contractor (each a \"Party\" and together the \"Parties\") agree.\n"
      "1.3 The fee (which is fixed) is due (see clause 2).\n");
  auto s = structure_of(d);
  const Definition* authority = find(s, "Authority");
  ASSERT_NE(authority, nullptr);
  EXPECT_TRUE(authority->inline_definition);
  EXPECT_EQ(authority->definition, "The Secretary of State for Justice");
  EXPECT_EQ(authority->clause, s.find_citation("1.1"));
  ASSERT_NE(find(s, "Prime Contract"), nullptr);
  EXPECT_EQ(find(s, "Prime Contract")->definition, "awarded a contract");
  ASSERT_NE(find(s, "Acme"), nullptr);
  EXPECT_EQ(find(s, "Acme")->definition, "Acme Ltd");
  ASSERT_NE(find(s, "Party"), nullptr);
  ASSERT_NE(find(s, "Parties"), nullptr);
  EXPECT_EQ(find(s, "Parties")->definition, "and the Prime Contractor");
  const Definition* prime = find(s, "Prime Contractor");
  ASSERT_NE(prime, nullptr);
  EXPECT_EQ(prime->clause, -1);
  EXPECT_EQ(s.definitions.size(), 6u) << "parentheses without a quoted term define nothing";
  // The span runs from the defining words to the closing parenthesis.
  EXPECT_EQ(std::string_view(d.text).substr(authority->begin, authority->end - authority->begin),
            "The Secretary of State for Justice (the \xE2\x80\x9C" "Authority\xE2\x80\x9D)");
}

TEST(Definitions, DefinitionTable_PairsTermCellWithMeaningCell) {
  DocumentBuilder b("table.docx", DocumentFormat::docx);
  b.add_block("JOINT SCHEDULE 1");
  b.add_block("DEFINITIONS");
  b.add_block("In each Contract, the following words shall have the following meanings:");
  Block cell;
  cell.kind = BlockKind::table_cell;
  b.add_block("DEFINITION", cell);
  b.add_block("MEANING", cell);
  b.add_block("\"Achieve\"", cell);
  b.add_block("in respect of a Test, to successfully pass such Test;", cell);
  b.add_block("Affected Party", cell);
  b.add_block("means the party seeking to claim relief in respect of a Force Majeure Event;", cell);
  auto s = structure_of(std::move(b).finish());
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Achieve");
  EXPECT_EQ(s.definitions[0].definition, "in respect of a Test, to successfully pass such Test");
  EXPECT_EQ(s.definitions[1].term, "Affected Party");
  EXPECT_EQ(s.definitions[1].definition, "the party seeking to claim relief in respect of a Force Majeure Event");
  EXPECT_EQ(s.definitions[1].clause, s.find_citation("Joint Schedule 1"));
}

TEST(Definitions, TwoColumnLayoutFromAPdf_TermLineThenMeaningLines) {
  auto s = structure_of(document_from_text(
      "2. DEFINITIONS\n"
      "2.1 In this Schedule, the following words shall have the following meanings:\n"
      "\"Credit Rating Threshold\"\n"
      "the minimum credit rating level for the Monitored Company\n"
      "as set out in the Annex;\n"
      "\"Financial Distress Event\" the occurrence of one or more of the following events;\n"
      "3. CREDIT RATING\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Credit Rating Threshold");
  EXPECT_EQ(s.definitions[0].definition, "the minimum credit rating level for the Monitored Company as set out in the Annex");
  EXPECT_EQ(s.definitions[1].definition, "the occurrence of one or more of the following events");
}

TEST(Definitions, TwoColumnRowWithTheTermInItsMiddle_TakesTheLinesAboveAndBelow) {
  auto s = structure_of(document_from_text(
      "1. DEFINITIONS\n"
      "1.1 In each Contract the following words shall have the following meanings:\n"
      "DEFINITION MEANING\n"
      "in respect of a Test, to pass such Test without any\n"
      "\"Achieve\" Test Issues, and \"Achieved\" shall be\n"
      "construed accordingly;\n"
      "\"Affected Party\" the party seeking relief;\n"
      "2. SCOPE\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].term, "Achieve");
  EXPECT_EQ(s.definitions[0].definition,
            "in respect of a Test, to pass such Test without any Test Issues, and \"Achieved\" shall be construed "
            "accordingly");
  EXPECT_EQ(s.definitions[1].definition, "the party seeking relief");
}

TEST(Definitions, TermDefinedTwice_BothKeptInTextOrder) {
  auto s = structure_of(document_from_text("1. DEFINITIONS\n\"Services\" means the care services;\n"
                                           "SCHEDULE 2\n1. \"Services\" means the employment services.\n"));
  ASSERT_EQ(s.definitions.size(), 2u);
  EXPECT_EQ(s.definitions[0].definition, "the care services");
  EXPECT_EQ(s.definitions[1].definition, "the employment services.");
  EXPECT_LT(s.definitions[0].begin, s.definitions[1].begin);
}

TEST(Definitions, LowerCaseQuotesAndApostrophes_AreNotTerms) {
  auto s = structure_of(document_from_text("1. GENERAL\n1.1 The words \"including\" and (the 'other' one) and the Supplier's (own) staff.\n"));
  EXPECT_TRUE(s.definitions.empty());
}

TEST(Definitions, EmptyDocument_HasNoDefinitions) {
  Document empty;
  EXPECT_TRUE(structure_of(empty).definitions.empty());
}

}  // namespace
}  // namespace clausecheck
