// Page furniture (page numbers, filing stamps, initials boxes, running headers and footers):
// the classifier on synthetic pages, and the plain-text parser that uses it. Each class of
// furniture has a case, and so does each counter-example that must stay in the text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "clausecheck/document.h"
#include "format_parsers.h"
#include "page_furniture.h"

namespace clausecheck {
namespace {

Document parse_text(std::string_view bytes);

// ---- one line on its own --------------------------------------------------------------

TEST(PageFurniture, PageNumberForms_AreRecognised) {
  for (std::string_view text : {"3", "- 3 -", "-3-", "Page 21 of 31", "PAGE 3 OF 12", "3 of 12", "Page | 3", "iv",
                                "Page iv", "B-2", "A-11", "p. 7"}) {
    EXPECT_TRUE(looks_like_page_number(text)) << text;
  }
}

TEST(PageFurniture, ClauseTextLikePageNumbers_IsNotAPageNumber) {
  for (std::string_view text : {"21. Page limits", "Page limits", "30 days", "12 months", "Schedule 3",
                                "iv) the Supplier", "(a)", "II", "civil", "---", "the fee in clause 12",
                                "Page 3 of the Order Form"}) {
    EXPECT_FALSE(looks_like_page_number(text)) << text;
  }
}

TEST(PageFurniture, EdgarFilingStamp_IsRecognised_OtherSourceLinesAreNot) {
  EXPECT_TRUE(looks_like_filing_stamp("Source: SOUPMAN, INC., 8-K, 8/14/2015"));
  EXPECT_TRUE(looks_like_filing_stamp("Source: BLOOM ENERGY CORP, DRS/A (on S-1), 3/21/2018"));
  EXPECT_FALSE(looks_like_filing_stamp("Source: the Supplier's records for the Term"));
  EXPECT_FALSE(looks_like_filing_stamp("Source code means the human-readable form, 2019"));
}

TEST(PageFurniture, InitialsBox_IsRecognised_InitialTermIsNot) {
  for (std::string_view text : {"Initials: ____", "Initials ______   _______", "Initials: /s/ IP"}) {
    EXPECT_TRUE(looks_like_initials_box(text)) << text;
  }
  for (std::string_view text : {"Initial Term", "Initials of both parties shall appear on each page",
                                "INITIAL FRANCHISE FEE."}) {
    EXPECT_FALSE(looks_like_initials_box(text)) << text;
  }
}

TEST(PageFurniture, TrailingPageNumberAfterWideGap_IsCut_SingleSpacedNumberStays) {
  EXPECT_EQ(without_trailing_page_number("shall not apply to  valid Quotes      2"), "shall not apply to  valid Quotes");
  EXPECT_EQ(without_trailing_page_number("as set out in the Order Form\tPage 3 of 9"), "as set out in the Order Form");
  EXPECT_EQ(without_trailing_page_number("the fee set out in clause 12"), "the fee set out in clause 12");
  EXPECT_EQ(without_trailing_page_number("      2"), "      2");  // a whole line is not a trailing number
}

// ---- pages of plain text (no geometry) ------------------------------------------------

// Pages of text lines, as the text parser hands them over.
std::vector<FurniturePage> text_pages(const std::vector<std::vector<std::string_view>>& pages) {
  std::vector<FurniturePage> out(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::string_view line : pages[p]) out[p].lines.push_back(FurnitureLine{line});
  }
  return out;
}

TEST(PageFurniture, BarePageNumbersAgreeingAcrossPages_AreFurniture) {
  const auto furniture = find_page_furniture(text_pages({
      {"1.1 The Supplier shall provide the Services.", "7", "Source: SOUPMAN, INC., 8-K, 8/14/2015"},
      {"1.2 The Customer shall pay the Charges.", "8", "Source: SOUPMAN, INC., 8-K, 8/14/2015"},
  }));
  for (const auto& page : furniture) {
    EXPECT_EQ(page[0], Furniture::none);
    EXPECT_EQ(page[1], Furniture::page_number);
    EXPECT_EQ(page[2], Furniture::filing_stamp);
  }
}

TEST(PageFurniture, LoneNumberClosingAPageWithoutAgreeingNeighbour_IsKept) {
  const auto furniture = find_page_furniture(text_pages({
      {"Fees", "Set-up fee per site", "12"},
      {"2. Term", "This Agreement lasts two years."},
  }));
  EXPECT_EQ(furniture[0][2], Furniture::none);
}

TEST(PageFurniture, RomanAndArabicNumbers_DoNotAgree) {
  const auto furniture = find_page_furniture(text_pages({
      {"Contents", "ii"},
      {"1. Definitions", "3"},
  }));
  EXPECT_EQ(furniture[0][1], Furniture::none);
  EXPECT_EQ(furniture[1][1], Furniture::none);
}

TEST(PageFurniture, NamedPageNumberAtAnEdge_IsFurnitureEvenAlone) {
  const auto furniture = find_page_furniture(text_pages({
      {"21. Page limits", "Submissions shall not exceed 30 pages.", "- 2 -"},
  }));
  EXPECT_EQ(furniture[0][0], Furniture::none);
  EXPECT_EQ(furniture[0][1], Furniture::none);
  EXPECT_EQ(furniture[0][2], Furniture::page_number);
}

TEST(PageFurniture, RepeatedEdgeLinesModuloDigits_AreRunningLines) {
  const auto furniture = find_page_furniture(text_pages({
      {"***Confidential Treatment Requested", "1. Supply", "Exhibit 10.24"},
      {"***Confidential Treatment Requested", "2. Price", "Exhibit 10.24"},
      {"***Confidential Treatment Requested", "3. Term", "Exhibit 10.24"},
  }));
  for (const auto& page : furniture) {
    EXPECT_EQ(page[0], Furniture::running_line);
    EXPECT_EQ(page[1], Furniture::none);
    EXPECT_EQ(page[2], Furniture::running_line);
  }
}

TEST(PageFurniture, RedactionLegendOnTwoPagesOfFive_IsARunningLine_OtherLineOnTwoPagesIsNot) {
  const auto furniture = find_page_furniture(text_pages({
      {"1. Supply", "The Supplier shall supply the Product."},
      {"2. Price", "The price is [***] per unit.", "***Confidential Treatment Requested", "Name: ____ Title: ____"},
      {"3. Term", "The Term is five years."},
      {"4. Fees", "The fee is [***].", "***Confidential Treatment Requested", "Name: ____ Title: ____"},
      {"5. Law", "The law of England applies."},
  }));
  EXPECT_EQ(furniture[1][2], Furniture::running_line);
  EXPECT_EQ(furniture[3][2], Furniture::running_line);
  EXPECT_EQ(furniture[1][3], Furniture::none);
  EXPECT_EQ(furniture[3][3], Furniture::none);
}

TEST(PageFurniture, HeaderFromPageTwoOfThree_IsARunningLine) {
  const auto furniture = find_page_furniture(text_pages({
      {"MASTER SERVICES AGREEMENT", "1. Services"},
      {"Acme / Charity Services Agreement", "2. Payment"},
      {"Acme / Charity Services Agreement", "3. Termination"},
  }));
  EXPECT_EQ(furniture[0][0], Furniture::none);
  EXPECT_EQ(furniture[1][0], Furniture::running_line);
  EXPECT_EQ(furniture[2][0], Furniture::running_line);
}

TEST(PageFurniture, HeaderCountingThePagesOnPageTwoOfTwo_IsARunningLine) {
  const auto furniture = find_page_furniture(text_pages({
      {"MASTER SERVICES AGREEMENT", "1. Services"},
      {"Master Services Agreement - Page 2 of 2", "2. Payment"},
  }));
  EXPECT_EQ(furniture[0][0], Furniture::none);
  EXPECT_EQ(furniture[1][0], Furniture::running_line);
  EXPECT_EQ(furniture[1][1], Furniture::none);
}

TEST(PageFurniture, ParagraphEndingInThePageCount_IsKept) {
  // A text rendering that writes each page as one line of text: the page's footer ("Page 1
  // of 2") is glued to the end of its last paragraph. The paragraph is text, not a footer.
  const auto furniture = find_page_furniture(text_pages({
      {"1. GRANT. We grant you the right, and you accept the obligation, to operate one restaurant at the "
       "Premises under the Marks and the System, for the Term, on the terms of this Agreement. Page 1 of 2",
       "Source: PF HOSPITALITY GROUP INC., 10-12G, 9/23/2015"},
      {"2. TERM. This Agreement expires ten (10) years from the Agreement Date unless it is terminated "
       "earlier in accordance with its terms, and you may apply for a successor franchise. Page 2 of 2",
       "Source: PF HOSPITALITY GROUP INC., 10-12G, 9/23/2015"},
  }));
  EXPECT_EQ(furniture[0][0], Furniture::none);
  EXPECT_EQ(furniture[1][0], Furniture::none);
  EXPECT_EQ(furniture[0][1], Furniture::filing_stamp);
}

TEST(PageFurniture, SentenceEndingInANumberOnEveryPage_IsKept) {
  // Each page ends with a sentence ending in a number, one space before it: never a
  // trailing page number, whatever the numbers are.
  const auto furniture = find_page_furniture(text_pages({
      {"1. Payment", "The Customer shall pay within 30 days of invoice under clause 4"},
      {"2. Invoices", "Invoices are issued as described in clause 5"},
  }));
  EXPECT_EQ(furniture[0][1], Furniture::none);
  EXPECT_EQ(furniture[1][1], Furniture::none);
}

TEST(PageFurniture, PageNumberAtTheEndOfTheLastLine_IsTrailing) {
  const auto furniture = find_page_furniture(text_pages({
      {"1. Pricing", "Updated price lists shall not apply to valid Quotes      2"},
      {"issued before the change.", "2. Orders shall be in writing.      3"},
  }));
  EXPECT_EQ(furniture[0][1], Furniture::trailing_page_number);
  EXPECT_EQ(furniture[1][1], Furniture::trailing_page_number);
}

TEST(PageFurniture, InitialsBoxAtTheFootOfThePage_IsFurniture) {
  const auto furniture = find_page_furniture(text_pages({
      {"4. Fees", "The Reseller shall pay the fees.", "Initials ______   _______"},
  }));
  EXPECT_EQ(furniture[0][2], Furniture::initials);
}

// ---- PDF pages (geometry) -------------------------------------------------------------

TEST(PageFurniture, PageXOfYUnderTheLastLineOfAShortPdfPage_IsFurniture) {
  // An HTML-to-PDF page ends where its text ends: the page number sits mid-height, above
  // the filing stamp in the footer band.
  std::vector<std::string> body;
  for (char page : {'a', 'b'}) {
    for (char line = 'a'; line < 'a' + 12; ++line) body.push_back(std::string("Body text ") + page + line + " of a clause");
  }
  std::vector<FurniturePage> pages(2);
  for (int p = 0; p < 2; ++p) {
    pages[p].height = 842;
    pages[p].width = 595;
    for (int l = 0; l < 12; ++l) {
      pages[p].lines.push_back(FurnitureLine{body[static_cast<std::size_t>(p * 12 + l)], 50.0 + 12 * l, 58.0 + 12 * l, 50, 540});
    }
    pages[p].lines.push_back(FurnitureLine{p == 0 ? "Page 3 of 31" : "Page 4 of 31", 557, 565, 270, 320});
    pages[p].lines.push_back(FurnitureLine{"Source: FUELCELL ENERGY INC, 8-K, 11/6/2019", 797, 807, 50, 300});
  }
  const auto furniture = find_page_furniture(pages);
  for (const auto& page : furniture) {
    EXPECT_EQ(page[0], Furniture::none);
    EXPECT_EQ(page[12], Furniture::page_number);
    EXPECT_EQ(page[13], Furniture::filing_stamp);
  }
}

TEST(PageFurniture, CentredPageNumbersInTheMiddleOfAPdfPage_InSequence_AreFurniture) {
  // Two printed pages on one PDF page: "1" and "2" between paragraphs, centred and alone.
  FurniturePage page;
  page.height = 842;
  page.width = 595;
  page.lines = {FurnitureLine{"Co-Host and NAI have entered into the agreements.", 444, 452, 50, 540},
                FurnitureLine{"1", 467, 475, 295, 300},
                FurnitureLine{"IN WITNESS WHEREOF, the parties have executed this Agreement", 498, 506, 50, 540},
                FurnitureLine{"SOFTWARE.NET CORPORATION", 514, 522, 50, 200},
                FurnitureLine{"2", 545, 553, 295, 300},
                FurnitureLine{"3", 562, 570, 50, 55},  // the next printed page's number, at its top
                FurnitureLine{"TERMS AND CONDITIONS OF AGREEMENT", 575, 583, 200, 400},
                FurnitureLine{"1. LOCATION. During the Term NAI shall provide", 590, 598, 50, 540},
                FurnitureLine{"the following marketing considerations to Co-Host:", 602, 610, 50, 540}};
  const auto furniture = find_page_furniture({page});
  EXPECT_EQ(furniture[0][1], Furniture::page_number);
  EXPECT_EQ(furniture[0][4], Furniture::page_number);
  EXPECT_EQ(furniture[0][5], Furniture::page_number);
  EXPECT_EQ(furniture[0][6], Furniture::none);
  EXPECT_EQ(furniture[0][7], Furniture::none);
}

TEST(PageFurniture, PrintedPageBreaksInsideConvertedPages_NumberAndHeaderAreFurniture) {
  // An SEC filing converted to PDF: the printed pages' numbers and their header sit in the
  // middle of the PDF pages, and one may close a PDF page with its header opening the next.
  const auto furniture = find_page_furniture(text_pages({
      {"1.1 The Sponsor shall pay the fees.", "This sentence runs on", "2", "CONFIDENTIAL",
       "and ends on the next printed page.", "1.2 The term is one year."},
      {"1.3 Either party may terminate.", "More text of the clause", "3"},
      {"CONFIDENTIAL", "1.4 Notices are in writing.", "Last words of the agreement", "4", "CONFIDENTIAL",
       "2. GENERAL"},
  }));
  EXPECT_EQ(furniture[0][2], Furniture::page_number);
  EXPECT_EQ(furniture[0][3], Furniture::running_line);
  EXPECT_EQ(furniture[1][2], Furniture::page_number);
  EXPECT_EQ(furniture[2][0], Furniture::running_line);
  EXPECT_EQ(furniture[2][3], Furniture::page_number);
  EXPECT_EQ(furniture[2][4], Furniture::running_line);
  EXPECT_EQ(furniture[0][4], Furniture::none);
  EXPECT_EQ(furniture[2][5], Furniture::none);
}

TEST(PageFurniture, PrintedPageBreakOnOneLineOfText_IsFurniture_TableRowsAreNot) {
  // A text rendering of such a filing writes each printed page break on one line: the
  // number closing a printed page, the next page's number and its header, columns apart.
  // Rows of a table that repeat their text under counting numbers stay.
  const auto furniture = find_page_furniture(text_pages({
      {"1. EXCLUSIVITY", "a)   Sponsor will be the exclusive sponsor of the site.", "b)   The term is two years.",
       "c)   The parties end their existing agreements.", "d)   Excite offers a right of first refusal.",
       "                 2    3                          CONFIDENTIAL",
       "i) Excite will not solicit offers from others.", "ii) Excite will negotiate in good faith.",
       "2.   IMPRESSIONS", "a)   \"Impression\" means any appearance of a link.", "b)   The parties define them.",
       "                 3    4                          CONFIDENTIAL", "c)   The parties collaborate on the design.",
       "1     Monthly fee", "2     Monthly fee", "3     Monthly fee"},
  }));
  EXPECT_EQ(furniture[0][5], Furniture::running_line);
  EXPECT_EQ(furniture[0][11], Furniture::running_line);
  EXPECT_EQ(furniture[0][8], Furniture::none);
  EXPECT_EQ(furniture[0][13], Furniture::none);
  EXPECT_EQ(furniture[0][14], Furniture::none);
  EXPECT_EQ(furniture[0][15], Furniture::none);
}

TEST(PageFurniture, PrintedPageNumbersUnderTheSameFooter_AreFurniture) {
  // The printed pages' footer closes one printed page in the middle of a PDF page and the
  // next page's number opens the next one, over a table row that reads like a title.
  const auto furniture = find_page_furniture(text_pages({
      {"6.3 Error Correction. D2 shall correct Defects.", "The table below applies.", "Software License Agreement",
       "6", "Emergency (A) 24 hours 7 days", "Critical (B) 2 days 14 days"},
      {"More text of the clause", "Software License Agreement", "7", "Non-Critical (C) 30 days Next Update",
       "(1) Priority: the order of repair."},
      {"7. TRAINING", "D2 shall train the staff.", "Another line", "8", "8. NOTICES"},
  }));
  EXPECT_EQ(furniture[0][2], Furniture::running_line);
  EXPECT_EQ(furniture[0][3], Furniture::page_number);
  EXPECT_EQ(furniture[1][1], Furniture::running_line);
  EXPECT_EQ(furniture[1][2], Furniture::page_number);
  EXPECT_EQ(furniture[1][3], Furniture::none);
  // A number under a line that is no footer repeated over the page numbers stays.
  EXPECT_EQ(furniture[2][3], Furniture::none);
}

TEST(PageFurniture, ArticleHeadingsAfterPageNumbersAndStamps_AreKept) {
  // Each page ends "2" / "Source: …" and some open with an article heading: the headings
  // differ in their number, so they are not a header repeated under the page numbers.
  std::vector<std::vector<std::string_view>> pages;
  const std::vector<std::string_view> openings = {"Body text", "ARTICLE 5", "Body text", "ARTICLE 7", "Body text",
                                                  "Body text"};
  const std::vector<std::string_view> numbers = {"1", "2", "3", "4", "5", "6"};
  for (std::size_t p = 0; p < openings.size(); ++p) {
    pages.push_back({openings[p], "Text of the clause.", "More text", "Yet more text", "End of page", numbers[p],
                     "Source: CNS PHARMACEUTICALS, INC., 8-K, 3/26/2020"});
  }
  const auto furniture = find_page_furniture(text_pages(pages));
  EXPECT_EQ(furniture[1][0], Furniture::none);
  EXPECT_EQ(furniture[3][0], Furniture::none);
  EXPECT_EQ(furniture[1][5], Furniture::page_number);
}

TEST(PageFurniture, SectionNumbersOverTheSameHeading_NotCountingUp_AreKept) {
  // "1" / "GENERAL" opens two schedules: numbers that do not count up are not page breaks.
  const auto furniture = find_page_furniture(text_pages({
      {"SCHEDULE 1", "The first schedule sets out the services.", "In detail", "Over lines", "More text", "1",
       "GENERAL", "The Supplier shall provide the services.", "Further words", "More words", "End", "Stop"},
      {"SCHEDULE 2", "The second schedule sets out the prices.", "In detail", "Over lines", "More text", "1",
       "GENERAL", "The prices are fixed.", "Further words", "More words", "End", "Stop"},
  }));
  EXPECT_EQ(furniture[0][5], Furniture::none);
  EXPECT_EQ(furniture[0][6], Furniture::none);
  EXPECT_EQ(furniture[1][5], Furniture::none);
}

TEST(PageFurniture, CentredSectionNumberOverAHeading_IsKept) {
  FurniturePage page;
  page.height = 842;
  page.width = 595;
  page.lines = {FurnitureLine{"1", 100, 108, 295, 300}, FurnitureLine{"DEFINITIONS", 130, 138, 250, 345},
                FurnitureLine{"In this Agreement the following words have these meanings.", 160, 168, 50, 540},
                FurnitureLine{"2", 400, 408, 295, 300}, FurnitureLine{"SERVICES", 430, 438, 260, 335},
                FurnitureLine{"The Supplier shall provide the Services.", 460, 468, 50, 540}};
  const auto furniture = find_page_furniture({page, page});
  EXPECT_EQ(furniture[0][3], Furniture::none);
  EXPECT_EQ(furniture[1][3], Furniture::none);
}

TEST(TextParserFurniture, IndentedPageNumbersBetweenParagraphs_InSequence_AreFurniture) {
  std::string text;
  for (int page = 1; page <= 3; ++page) {
    text += "     (" + std::string(1, static_cast<char>('a' + page)) + ") A defined term means a thing.\n\n";
    text += "                                        " + std::to_string(page) + "\n\n";
    text += "     (" + std::string(1, static_cast<char>('m' + page)) + ") Another term means another thing.\n\n";
  }
  const Document document = parse_text(text);
  EXPECT_EQ(document.running_lines_removed, 3);
  for (const Block& block : document.blocks) {
    EXPECT_FALSE(looks_like_page_number(document.block_text(block))) << document.block_text(block);
  }
}

TEST(PageFurniture, CentredNumberInTheMiddleOfAPdfPage_WithoutSequence_IsKept) {
  FurniturePage page;
  page.height = 842;
  page.width = 595;
  page.lines = {FurnitureLine{"The number of sites is:", 400, 408, 50, 540},
                FurnitureLine{"12", 430, 438, 293, 302},
                FurnitureLine{"unless the parties agree otherwise.", 460, 468, 50, 540}};
  const auto furniture = find_page_furniture({page});
  EXPECT_EQ(furniture[0][1], Furniture::none);
}

// ---- the plain-text parser --------------------------------------------------------------

Document parse_text(std::string_view bytes) {
  ParseResult result = parse_plain_text("contract.txt", bytes, false, ParseLimits{});
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return Document{};
  }
  return std::get<Document>(std::move(result));
}

TEST(TextParserFurniture, CuadStylePagesSeparatedByBlankRuns_LoseNumbersAndStamps) {
  // CUAD's text rendering: a page's text, its number, the filing stamp, then five blank
  // lines before the next page.
  const std::string text =
      "1. GRANT. The Franchisor grants the Franchisee the right to operate.\n\n"
      "1\n\nSource: SOUPMAN, INC., 8-K, 8/14/2015\n\n\n\n\n\n"
      "21. Page limits. Proposals shall not exceed 30 pages.\n\n"
      "2\n\nSource: SOUPMAN, INC., 8-K, 8/14/2015\n\n\n\n\n\n"
      "22. Fees. The fee is set out in clause 12\n\n"
      "3\n\nSource: SOUPMAN, INC., 8-K, 8/14/2015\n";
  const Document document = parse_text(text);
  EXPECT_EQ(document.text.find("Source:"), std::string::npos) << document.text;
  EXPECT_NE(document.text.find("21. Page limits. Proposals shall not exceed 30 pages."), std::string::npos);
  EXPECT_NE(document.text.find("The fee is set out in clause 12"), std::string::npos);
  for (const Block& block : document.blocks) {
    EXPECT_FALSE(looks_like_page_number(document.block_text(block))) << document.block_text(block);
  }
  EXPECT_EQ(document.running_lines_removed, 6);
}

TEST(TextParserFurniture, CuadPagesOfOneLineEndingInThePageCount_KeepTheirText) {
  // Some CUAD renderings write a whole page as one line, its footer at the end of it.
  const std::string text =
      "1. RIGHTS GRANTED. We grant you the right, and you accept the obligation, to operate one "
      "restaurant at the Premises, on the terms of this Agreement. Page 1 of 2\n\n"
      "Source: PF HOSPITALITY GROUP INC., 10-12G, 9/23/2015\n\n\n\n\n\n"
      "2. INSURANCE. Throughout the entire Term, you must maintain such types of insurance, in such "
      "amounts, as we may require. Page 2 of 2\n\n"
      "Source: PF HOSPITALITY GROUP INC., 10-12G, 9/23/2015\n";
  const Document document = parse_text(text);
  EXPECT_EQ(document.text.find("Source:"), std::string::npos) << document.text;
  EXPECT_NE(document.text.find("We grant you the right"), std::string::npos) << document.text;
  EXPECT_NE(document.text.find("you must maintain such types of insurance"), std::string::npos) << document.text;
}

TEST(TextParserFurniture, FormFeedPages_LoseRunningFooterAndPageXOfY_SentenceContinues) {
  const std::string text =
      "1. Services\nThe Supplier shall provide the Services to the\nAcme Charity Agreement v2\nPage 1 of 3\f"
      "Customer from the Start Date.\n2. Charges\nAcme Charity Agreement v2\nPage 2 of 3\f"
      "3. Term\nThis Agreement ends after 3 years.\nAcme Charity Agreement v2\nPage 3 of 3\n\f";
  const Document document = parse_text(text);
  EXPECT_EQ(document.text.find("Acme Charity Agreement"), std::string::npos) << document.text;
  EXPECT_EQ(document.text.find("Page "), std::string::npos) << document.text;
  EXPECT_EQ(document.running_lines_removed, 6);
  // The sentence broken by the footer continues on the next page.
  bool found = false;
  for (const Block& block : document.blocks) {
    if (document.block_text(block) != "Customer from the Start Date.") continue;
    found = true;
    EXPECT_TRUE(block.continues_paragraph);
  }
  EXPECT_TRUE(found) << document.text;
}

TEST(TextParserFurniture, TextWithoutPagination_IsUntouched) {
  const std::string text = "1. Definitions\n\n2\n\n3. Payment within 30 days\n";
  const Document document = parse_text(text);
  EXPECT_EQ(document.running_lines_removed, 0);
  EXPECT_EQ(document.blocks.size(), 3u);
}

// A page as CUAD's text rendering writes it when it joins the page's lines: the running
// header glued to the first paragraph, the footer to the last, pages apart by blank lines.
std::string flattened_page(int page, std::string_view body) {
  return "Supply Agreement - FUSION " + std::string(body) + " Page " + std::to_string(page) + " of 4 CONFIDENTIAL\n\n\n\n\n";
}

TEST(TextParserFurniture, HeaderAndFooterGluedToAFlattenedPage_AreCut_TheTextStays) {
  const std::string text =
      flattened_page(1, "1. Products. 1.1 The Product is Ac-225, made by CPDC at its facility in Hamilton, Ontario.") +
      flattened_page(2, "2. Definitions. 2.1 \"Batch\" means a single production, testing and release of Product.") +
      flattened_page(3, "3. Term. 3.1 This Supply Agreement starts on the Effective Date and lasts one year.") +
      flattened_page(4, "4. Law. 4.1 This Supply Agreement is governed by the laws of the Province of Ontario.");
  const Document document = parse_text(text);
  EXPECT_EQ(document.text.find("FUSION"), std::string::npos) << document.text;
  EXPECT_EQ(document.text.find("CONFIDENTIAL"), std::string::npos) << document.text;
  EXPECT_EQ(document.text.find("Page"), std::string::npos) << document.text;
  ASSERT_EQ(document.blocks.size(), 4u) << document.text;
  EXPECT_EQ(document.block_text(document.blocks[1]),
            "2. Definitions. 2.1 \"Batch\" means a single production, testing and release of Product.");
  EXPECT_EQ(document.running_lines_removed, 4);
}

TEST(TextParserFurniture, ParagraphLineEndingInPageXOfY_KeepsItsText) {
  // A whole page joined into one line, ending with the page's footer: the line is text.
  const std::string paragraph =
      "8. Survival. Any provision of this Supply Agreement which by its terms is meant to survive the end of "
      "this Supply Agreement shall survive it, and the Parties shall keep their records for seven years after";
  const std::string text = paragraph + " Page 1 of 2\n\n\n\n\n9. Assignment. Nobody may assign it.\n\nPage 2 of 2\n";
  const Document document = parse_text(text);
  EXPECT_NE(document.text.find(paragraph), std::string::npos) << document.text;
  EXPECT_EQ(document.text.find("Page"), std::string::npos) << document.text;
}

TEST(TextParserFurniture, ArticlesStartingEveryPage_AreNotARunningHeader) {
  // "ARTICLE # --" starts each page, but its numbers neither repeat nor count the pages.
  const std::string text =
      "ARTICLE 1 -- PREAMBLE This Agreement is made on 1 September 2016 between EHS and Dr. Murray.\n\n\n\n\n"
      "ARTICLE 2 -- RESPONSIBILITIES 2.1 EHS shall bear all costs of the development of any product.\n\n\n\n\n"
      "ARTICLE 5 -- COMPENSATION 5.1 EHN will pay Dr. Murray $8,333 per month at the end of each month.\n\n\n\n\n"
      "ARTICLE 6 -- TERM 6.1 This Agreement shall remain in effect for five years from the Effective Date.\n";
  const Document document = parse_text(text);
  EXPECT_EQ(document.running_lines_removed, 0);
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(document.block_text(document.blocks[2]).substr(0, 25), "ARTICLE 5 -- COMPENSATION");
}

TEST(TextParserFurniture, PageNumberThatTheWordsBeforeItRunInto_IsNotCutFromThem) {
  // "Exhibit A, Page 1" is one footer; cutting "Page 1" would leave "Exhibit A," to run
  // into the next exhibit's heading.
  const Document document = parse_text("The industries are listed below.\nExhibit A, Page 1\n\n\n\n\nEXHIBIT B BUSINESS\n");
  EXPECT_NE(document.text.find("Exhibit A, Page 1\nEXHIBIT B BUSINESS"), std::string::npos) << document.text;
}

// A literal "#" keys like a number but carries none: "Plan 1" then "Plan #" at the edges of
// pages once made the header test read a number the second line does not have (a crash).
TEST(TextParserFurniture, LiteralHashWhereOtherPagesHaveANumber_IsReadSafely) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += "EXHIBIT A - IMPROVEMENT PLAN " + std::string(page == 3 ? "#" : std::to_string(page)) +
            " The franchisee shall complete the items listed on this page by the dates shown.\n\n\n\n\n";
  }
  const Document document = parse_text(text);
  EXPECT_NE(document.text.find("IMPROVEMENT PLAN #"), std::string::npos) << document.text;
  EXPECT_NE(document.text.find("complete the items"), std::string::npos) << document.text;
}

TEST(TextParserFurniture, BodyWordsStartingOrEndingSeveralPages_AreNotGluedFurniture) {
  // Two of four pages start with "The Supplier shall" and end with "of this Agreement.":
  // not half of the pages and words of a sentence, not a header.
  const std::string text =
      "The Supplier shall deliver the goods under clause 4 of this Agreement.\n\n\n\n\n"
      "The Supplier shall invoice monthly as set out in clause 5 of this Agreement.\n\n\n\n\n"
      "The Buyer shall pay within thirty days.\n\n\n\n\n"
      "Either party may end it on notice.\n";
  const Document document = parse_text(text);
  EXPECT_EQ(document.running_lines_removed, 0);
  EXPECT_NE(document.text.find("The Supplier shall deliver the goods under clause 4 of this Agreement."), std::string::npos);
  EXPECT_NE(document.text.find("The Supplier shall invoice monthly as set out in clause 5 of this Agreement."),
            std::string::npos);
}

// ---- real contracts (skipped when ../shared is absent) --------------------------------

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(TextParserFurniture, CuadTextRendering_KeepsNoFilingStampOrBarePageNumberLine) {
  const std::filesystem::path file = std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / ".." / "shared" / "cuad" / "txt" /
                                     "SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement1.txt";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "no ../shared/cuad beside the repository";
  const std::string bytes = read_file(file);
  ParseResult result = parse_plain_text(file.string(), bytes, false, ParseLimits{});
  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const Document& document = std::get<Document>(result);
  EXPECT_GT(document.running_lines_removed, 0);
  for (const Block& block : document.blocks) {
    std::string_view text = document.block_text(block);
    EXPECT_FALSE(looks_like_filing_stamp(text)) << text;
  }
}

}  // namespace
}  // namespace clausecheck
