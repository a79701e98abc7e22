// PDF parsing: lines in reading order with page, line and box; running headers, footers
// and page numbers kept out of the text; wrapped lines marked; hyphenated words rejoined.
//
// Fixtures: tests/fixtures/pdf/running-headers.pdf (typeset by make_running_headers_pdf.py,
// so every line is known), tests/fixtures/pdf/schedule31.pdf and corpus/public/ (real CCS
// documents; expected pages checked by hand with `pdftotext -layout -f N -l N`).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "clausecheck/parsers.h"
#include "format_parsers.h"
#include "hyphenation.h"
#include "pdf_paragraphs.h"
#include "pdf_text_lines.h"
#include "page_furniture.h"

namespace clausecheck {
namespace {

std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Document parse_repo_pdf(const std::string& relative) {
  ParseResult result = parse_document(relative, read_repo_file(relative));
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return {};
  }
  return std::get<Document>(std::move(result));
}

// The first block whose text starts with `prefix`.
std::optional<Block> find_block(const Document& document, std::string_view prefix) {
  for (const Block& block : document.blocks) {
    if (document.block_text(block).starts_with(prefix)) return block;
  }
  return std::nullopt;
}

bool any_block_contains(const Document& document, std::string_view needle) {
  for (const Block& block : document.blocks) {
    if (document.block_text(block).find(needle) != std::string_view::npos) return true;
  }
  return false;
}

const Warning* find_warning(const Document& document, std::string_view code) {
  for (const Warning& warning : document.warnings) {
    if (warning.code == code) return &warning;
  }
  return nullptr;
}

class RunningHeadersPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { document_ = new Document(parse_repo_pdf("tests/fixtures/pdf/running-headers.pdf")); }
  static void TearDownTestSuite() { delete document_; }
  static Document* document_;
};
Document* RunningHeadersPdf::document_ = nullptr;

TEST_F(RunningHeadersPdf, Identity_FormatPagesAndSha256AreSet) {
  EXPECT_EQ(document_->format, DocumentFormat::pdf);
  EXPECT_EQ(document_->page_count, 3);
  EXPECT_EQ(document_->sha256.size(), 64u);
}

TEST_F(RunningHeadersPdf, RunningHeaderFooterAndPageNumbers_AreNotInTheText) {
  EXPECT_FALSE(any_block_contains(*document_, "Employment Support Subcontract - Schedule 1"));
  EXPECT_FALSE(any_block_contains(*document_, "Prime Ltd Confidential"));
  for (const Block& block : document_->blocks) {
    EXPECT_FALSE(looks_like_page_number(document_->block_text(block))) << document_->block_text(block);
  }
  EXPECT_EQ(document_->running_lines_removed, 9);  // 3 pages x (header, footer, number)
  EXPECT_EQ(find_warning(*document_, "running-lines-removed"), nullptr);  // expected work, not a problem
}

TEST_F(RunningHeadersPdf, TitleInTheTopBand_IsKeptBecauseItDoesNotRepeat) {
  auto title = find_block(*document_, "SUBCONTRACT FOR EMPLOYMENT SUPPORT SERVICES");
  ASSERT_TRUE(title);
  EXPECT_EQ(title->page, 1);
}

TEST_F(RunningHeadersPdf, Lines_HavePageLineAndBox) {
  auto clause = find_block(*document_, "4.1 The Prime Contractor may terminate");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->page, 2);
  EXPECT_EQ(clause->line, 6);  // the running header is line 1 of the printed page
  ASSERT_TRUE(clause->bbox);
  EXPECT_NEAR(clause->bbox->x, 72, 1);
  EXPECT_GT(clause->bbox->y, 50);  // below the running header, measured from the top
  auto tupe = find_block(*document_, "5. TUPE");
  ASSERT_TRUE(tupe);
  EXPECT_EQ(tupe->page, 3);
}

TEST_F(RunningHeadersPdf, WordHyphenatedAtLineEnd_IsRejoinedOnTheFirstLine) {
  auto first = find_block(*document_, "losses, and this ");
  ASSERT_TRUE(first);
  EXPECT_EQ(document_->block_text(*first), "losses, and this indemnification");
  auto rest = find_block(*document_, "shall survive termination");
  ASSERT_TRUE(rest);
  EXPECT_EQ(rest->page, first->page);
  EXPECT_EQ(rest->line, first->line + 1);
  EXPECT_TRUE(any_block_contains(*document_, "payment may be delayed or withheld"));
  auto held = find_block(*document_, "if the Authority does not pay.");
  EXPECT_TRUE(held);
}

TEST_F(RunningHeadersPdf, HyphenBeforeCapital_IsKept) {
  EXPECT_TRUE(any_block_contains(*document_, "shall not appoint any Sub-"));
  EXPECT_TRUE(find_block(*document_, "Contractor without the prior written consent"));
}

TEST_F(RunningHeadersPdf, WrappedLines_ContinueTheParagraph_ClauseStartsDoNot) {
  auto wrapped = find_block(*document_, "the Prime Contract with the Authority");
  ASSERT_TRUE(wrapped);
  EXPECT_TRUE(wrapped->continues_paragraph);
  auto clause = find_block(*document_, "1.1 In this Subcontract");
  ASSERT_TRUE(clause);
  EXPECT_FALSE(clause->continues_paragraph);
  auto heading = find_block(*document_, "2. Indemnities");
  ASSERT_TRUE(heading);
  EXPECT_FALSE(heading->continues_paragraph);
  auto after_hyphen = find_block(*document_, "shall survive termination");
  ASSERT_TRUE(after_hyphen);
  EXPECT_TRUE(after_hyphen->continues_paragraph);
}

TEST_F(RunningHeadersPdf, ParagraphWrappingOverAPageBreak_ContinuesOnTheNextPage) {
  auto top_of_page_two = find_block(*document_, "Authority for the Services to which");
  ASSERT_TRUE(top_of_page_two);
  EXPECT_EQ(top_of_page_two->page, 2);
  EXPECT_TRUE(top_of_page_two->continues_paragraph);
  auto top_of_page_three = find_block(*document_, "5. TUPE");
  ASSERT_TRUE(top_of_page_three);
  EXPECT_FALSE(top_of_page_three->continues_paragraph);
}

TEST(PdfParser, ScannedPageAmongTextPages_IsWarnedAboutByPage_AndBreaksTheParagraph) {
  // running-headers.pdf pages 1, 2, 3 with an image-only page inserted as page 2.
  Document document = parse_repo_pdf("tests/fixtures/pdf/partly-scanned.pdf");
  ASSERT_EQ(document.page_count, 4);
  const Warning* warning = find_warning(document, "page-without-text");
  ASSERT_NE(warning, nullptr);
  EXPECT_EQ(warning->page, 2);
  EXPECT_NE(warning->message.find("page 2"), std::string::npos);
  int warnings = 0;
  for (const Warning& w : document.warnings) warnings += w.code == "page-without-text";
  EXPECT_EQ(warnings, 1);
  for (const Block& block : document.blocks) EXPECT_NE(block.page, 2);
  auto after_the_scan = find_block(document, "Authority for the Services to which");
  ASSERT_TRUE(after_the_scan);
  EXPECT_EQ(after_the_scan->page, 3);
  EXPECT_FALSE(after_the_scan->continues_paragraph);  // the page before it is missing
}

TEST(PdfParser, MaxPages_OverTheLimitIsRefused) {
  ParseLimits limits;
  limits.max_pages = 2;
  ParseResult result = parse_document("three-pages.pdf", read_repo_file("tests/fixtures/pdf/running-headers.pdf"), limits);
  ASSERT_TRUE(std::holds_alternative<InputError>(result));
  const InputError& error = std::get<InputError>(result);
  EXPECT_EQ(error.kind, InputErrorKind::too_large);
  EXPECT_NE(error.message.find("3 pages"), std::string::npos) << error.message;
}

// Real documents. Crown Commercial Service schedules: running header (title, "Crown
// Copyright 2018", "Call-Off Ref:"), footer ("Framework Ref: RM", "Project Version: v1.0",
// "Model Version: v3.0") and a bare page number.
TEST(PdfParserRealDocuments, CcsSchedule12_HeaderFooterAndBarePageNumbersRemoved) {
  Document document = parse_repo_pdf("tests/fixtures/pdf/schedule31.pdf");
  ASSERT_EQ(document.page_count, 2);
  for (std::string_view running : {"Crown Copyright 2018", "Call-Off Ref:", "Framework Ref: RM", "Project Version",
                                   "Model Version"}) {
    EXPECT_FALSE(any_block_contains(document, running)) << running;
  }
  for (const Block& block : document.blocks) {
    EXPECT_FALSE(looks_like_page_number(document.block_text(block))) << document.block_text(block);
  }
  // The body title differs from the running title only by position: it stays, once.
  auto title = find_block(document, "Call-Off Schedule 12 (Background Checks)");
  ASSERT_TRUE(title);
  EXPECT_EQ(title->page, 1);
  auto clause = find_block(document, "3. Relevant Convictions");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->page, 1);
  auto annex = find_block(document, "Annex 1");
  ASSERT_TRUE(annex);
  EXPECT_EQ(annex->page, 2);
  // "Sub-" / "Contractor must):" is a real hyphen before a capital: not rejoined.
  EXPECT_TRUE(any_block_contains(document, "the relevant Sub-"));
}

TEST(PdfParserRealDocuments, CcsSchedule9_FooterWithPageNumberOnTheSameLineRemoved) {
  Document document = parse_repo_pdf("corpus/public/schedule26.pdf");
  ASSERT_EQ(document.page_count, 2);
  EXPECT_FALSE(any_block_contains(document, "Framework Schedule 9 (Cyber Essential Scheme)"));  // running
  EXPECT_TRUE(find_block(document, "Framework Schedule 9 (Cyber Essentials Scheme)"));         // body title
  EXPECT_FALSE(any_block_contains(document, "Project Version"));
  auto on_page_one = find_block(document, "2.2 Where the Supplier continues");
  ASSERT_TRUE(on_page_one);
  EXPECT_EQ(on_page_one->page, 1);
  auto top_of_page_two = find_block(document, "anniversary of the first applicable certificate");
  ASSERT_TRUE(top_of_page_two);
  EXPECT_EQ(top_of_page_two->page, 2);
  EXPECT_TRUE(top_of_page_two->continues_paragraph);
  auto clause = find_block(document, "2.3 Where the Supplier is due");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->page, 2);
  EXPECT_FALSE(clause->continues_paragraph);
}

// G-Cloud 8: footer "G-Cloud 8 (G8) Framework Agreement - version … Page 3 of 31" with a
// zero-width space inside "Page 1 of 31" on some pages, and the GOV.UK address under it.
TEST(PdfParserRealDocuments, GCloud8_FooterAndAddressRemovedOnEveryPage_KnownClausesOnTheirPages) {
  Document document = parse_repo_pdf("corpus/public/g-cloud-8-framework-agreement.pdf");
  ASSERT_EQ(document.page_count, 31);
  EXPECT_FALSE(any_block_contains(document, "www.gov.uk/government/publications/g"));
  EXPECT_FALSE(any_block_contains(document, "Framework Agreement \xC2\xAD version RM1557viii"));
  for (const Block& block : document.blocks) {
    std::string key = running_line_key(document.block_text(block));
    EXPECT_EQ(key.find("page # of #"), std::string::npos) << document.block_text(block);
    EXPECT_FALSE(looks_like_page_number(document.block_text(block))) << document.block_text(block);
  }
  struct Expected {
    std::string_view prefix;
    int page;
  };
  for (Expected expected : {Expected{"1.1 Appointment", 3}, Expected{"2.2 Lot 2", 4},
                            Expected{"4.6 Liability", 9}, Expected{"5.5 Fraud", 11}}) {
    auto block = find_block(document, expected.prefix);
    ASSERT_TRUE(block) << expected.prefix;
    EXPECT_EQ(block->page, expected.page) << expected.prefix;
  }
  // "… to and including the date at" / "1.4 above (Appointment expires at)." is a wrap.
  auto wrapped = find_block(document, "1.4 above (Appointment expires at)");
  ASSERT_TRUE(wrapped);
  EXPECT_TRUE(wrapped->continues_paragraph);
  auto clause = find_block(document, "1.4 Appointment expires at");
  ASSERT_TRUE(clause);
  EXPECT_FALSE(clause->continues_paragraph);
}

// Units of the pipeline.
TEST(RunningLines, PageNumberForms_AreRecognised) {
  for (std::string_view text : {"3", "- 3 -", "\xE2\x80\x93 12 \xE2\x80\x93", "Page 3", "Page 3 of 12", "PAGE 3 OF 12",
                                "3 of 12", "Page | 3", "iv", "Page 1\xE2\x80\x8B of 31"}) {
    EXPECT_TRUE(looks_like_page_number(text)) << text;
  }
  for (std::string_view text : {"3. Payment", "civil", "(a)", "Page", "30 days", "Schedule 3"}) {
    EXPECT_FALSE(looks_like_page_number(text)) << text;
  }
}

TEST(RunningLines, LineRepeatedModuloDigitsInTheBottomBand_IsRunning_BodyLineIsNot) {
  std::vector<FurniturePage> pages(3);
  for (int p = 0; p < 3; ++p) {
    pages[p].height = 800;
    pages[p].lines = {FurnitureLine{"1.1 Body text on the page", 300, 310},
                      FurnitureLine{p == 0 ? "Version 2 issued 2024, page 1" : p == 1 ? "Version 2 issued 2024, page 2"
                                                                                       : "Version 2 issued 2024, page 3",
                                   760, 770}};
  }
  auto furniture = find_page_furniture(pages);
  for (int p = 0; p < 3; ++p) {
    EXPECT_EQ(furniture[p][0], Furniture::none);
    EXPECT_EQ(furniture[p][1], Furniture::running_line);
  }
}

TEST(RunningLines, RepeatedLineInTheMiddleOfThePage_IsKept) {
  std::vector<FurniturePage> pages(2);
  for (auto& page : pages) {
    page.height = 800;
    page.lines = {FurnitureLine{"The Supplier shall comply with this Schedule.", 400, 410}};
  }
  auto furniture = find_page_furniture(pages);
  EXPECT_EQ(furniture[0][0], Furniture::none);
  EXPECT_EQ(furniture[1][0], Furniture::none);
}

TEST(Hyphenation, LowercaseHyphenLowercase_IsRejoined_RestOfLineStays) {
  std::string line = "this indemni-";
  std::string next = "fication shall survive";
  EXPECT_TRUE(rejoin_hyphenated_word(line, next));
  EXPECT_EQ(line, "this indemnification");
  EXPECT_EQ(next, "shall survive");
}

TEST(Hyphenation, SoftHyphenAtLineEnd_IsRejoinedWithoutIt) {
  std::string line = "sub\xC2\xAD";
  std::string next = "contractor";
  EXPECT_TRUE(rejoin_hyphenated_word(line, next));
  EXPECT_EQ(line, "subcontractor");
  EXPECT_EQ(next, "");
}

TEST(Hyphenation, CapitalAfterHyphenOrDigitBefore_IsLeftAlone) {
  std::string line = "any Sub-";
  std::string next = "Contractor shall";
  EXPECT_FALSE(rejoin_hyphenated_word(line, next));
  std::string numbers = "pages 3-";
  std::string more = "five";
  EXPECT_FALSE(rejoin_hyphenated_word(numbers, more));
  EXPECT_EQ(line, "any Sub-");
  EXPECT_EQ(next, "Contractor shall");
}

TEST(TextLines, WordsOnOneBaseline_FormOneLineLeftToRight_SpacesOnlyAtGaps) {
  std::vector<PdfWord> words = {
      {"Appointment", {80, 100, 60, 10}},   {"1.1", {36, 100, 14, 10}},
      {"next", {36, 114, 20, 10}},          {"bo", {36, 128, 10, 10}},
      {"ld", {46, 128.5, 8, 10}},           // same word, split at a font change
  };
  std::vector<PdfLine> lines = build_lines(words);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "1.1 Appointment");
  EXPECT_DOUBLE_EQ(lines[0].second_word_x, 80);
  EXPECT_EQ(lines[1].text, "next");
  EXPECT_EQ(lines[2].text, "bold");
}

TEST(TextLines, LabelSetAHairBeforeItsText_IsSeparatedByASpace) {
  // 0.085 em between "(i)" and "notify", as some typesetters set a label; the same gap
  // inside a word in small capitals ("S" "OLAR") and after a bare number ("23" "rd") joins.
  std::vector<PdfWord> words = {
      {"(i)", {140.95, 100, 6.94, 7.45}},  {"notify", {148.53, 100, 19.9, 7.45}},
      {"8.2", {36, 120, 11, 7.45}},        {"A", {47.63, 120, 5, 7.45}},
      {"S", {36, 140, 5, 7.45}},           {"OLAR", {41.64, 140, 20, 7.45}},
      {"23", {36, 160, 8, 7.45}},          {"rd", {44.3, 160, 6, 7.45}},
  };
  std::vector<PdfLine> lines = build_lines(words);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "(i) notify");
  EXPECT_EQ(lines[1].text, "8.2 A");
  EXPECT_EQ(lines[2].text, "SOLAR");
  EXPECT_EQ(lines[3].text, "23rd");
}

TEST(Paragraphs, LabelsAndBullets_AreRecognised) {
  for (std::string_view text : {"1. Payment", "1.2 Payment", "2.3.1 The", "(a) the", "(iv) the", "(A) the",
                                "\xE2\x80\xA2 item", "Schedule 2", "a) item"}) {
    EXPECT_TRUE(starts_with_label(text)) << text;
  }
  for (std::string_view text : {"30 days after", "the Supplier", "Payment", "£1.5m"}) {
    EXPECT_FALSE(starts_with_label(text)) << text;
  }
}

// A full line ending mid-phrase, then a line at the same left edge.
ParagraphLine full_line(std::string_view text) { return ParagraphLine{text, 1, {72, 100, 450, 12}, 72, 40}; }
ParagraphLine next_line(std::string_view text, int page = 1) { return ParagraphLine{text, page, {72, 114, 300, 12}, 72, 50}; }

TEST(Paragraphs, CrossReferenceWrappedToTheLineStart_ContinuesTheParagraph) {
  EXPECT_TRUE(continues_paragraph(full_line("3.1 The Subcontractor shall provide the Services in accordance with"),
                                  next_line("Schedule 1, Good Industry Practice and all applicable law."), 522));
  EXPECT_TRUE(continues_paragraph(full_line("to and including the date at"), next_line("1.4 above (Appointment)"), 522));
}

TEST(Paragraphs, FigureAfterItsNumberInWords_ContinuesTheParagraph_AListItemDoesNot) {
  EXPECT_TRUE(continues_paragraph(full_line("in accordance with the Order within sixty"),
                                  next_line("(60) calendar days of the date of receipt"), 522));
  EXPECT_TRUE(continues_paragraph(full_line("within one hundred and twenty"), next_line("(120) days"), 522));
  EXPECT_FALSE(continues_paragraph(full_line("the Supplier shall deliver to the Buyer the"), next_line("(2) reports"), 522));
}

TEST(Paragraphs, LabelAfterASentenceOrAListItemOrAPageBreak_StartsANewBlock) {
  EXPECT_FALSE(continues_paragraph(full_line("the Services are delivered."), next_line("Schedule 2 Charges"), 522));
  EXPECT_FALSE(continues_paragraph(full_line("the first Cyber Essentials Scheme Data; and"), next_line("2.3 Where"), 522));
  EXPECT_FALSE(continues_paragraph(full_line("the Prime Contractor shall pay the following"), next_line("(a) the fee"), 522));
  EXPECT_FALSE(continues_paragraph(full_line("in accordance with"), next_line("1. Definitions", 2), 522));
}

// An exhibit's heading alone at the top of a page, after the previous exhibit's last page
// ended in "[***]" or its page label: a heading, not the wrap of that page's last line.
// Wrapped mid-phrase ("attached hereto as" / "Exhibit C") it still continues the sentence.
TEST(Paragraphs, PartLabelAloneAfterAPageBreak_StartsANewBlockUnlessWrappedMidPhrase) {
  EXPECT_FALSE(continues_paragraph(full_line("[***]"), next_line("EXHIBIT D", 2), 522));
  EXPECT_FALSE(continues_paragraph(full_line("Exh. A-1"), next_line("EXHIBIT B", 2), 522));
  EXPECT_FALSE(continues_paragraph(full_line("[Redacted]"), next_line("Exhibit C-1", 2), 522));
  EXPECT_FALSE(continues_paragraph(full_line("[***]"), next_line("ARTICLE IV", 2), 522));
  EXPECT_TRUE(continues_paragraph(full_line("the form of the Transition Plan attached hereto as"), next_line("Exhibit C"), 522));
  EXPECT_TRUE(continues_paragraph(full_line("the form of the Transition Plan attached hereto as"), next_line("Exhibit C", 2), 522));
  EXPECT_TRUE(continues_paragraph(full_line("THE LIMITS SET OUT IN THIS AGREEMENT AND"), next_line("EXHIBIT OF", 2), 522));
  // On the same page the vertical test decides: "… set forth on" (underlined) / "Exhibit C.".
  EXPECT_TRUE(continues_paragraph(full_line("--------------------------------"), next_line("Exhibit C."), 522));
}

TEST(Paragraphs, ShortLineOrLargeGap_EndsTheParagraph) {
  ParagraphLine short_line{"1. Definitions", 1, {72, 100, 80, 12}, 90, 12};
  EXPECT_FALSE(continues_paragraph(short_line, next_line("the Prime Contract"), 522));
  ParagraphLine far_below{"the Prime Contract", 1, {72, 140, 300, 12}, 72, 20};
  EXPECT_FALSE(continues_paragraph(full_line("In this Subcontract the Prime Contractor means the party that"), far_below, 522));
  EXPECT_TRUE(continues_paragraph(full_line("In this Subcontract the Prime Contractor means the party that"),
                                  next_line("holds the Prime Contract"), 522));
}

// Some filings break lines where their source text did, far from the margin: "… under this
// Agreement. In no" / "event will Agent be liable for … indirect … losses". A line stopping on
// a word no sentence ends with, before a line in lower case, is one sentence; a list's next
// item ("…, or" / "ii. …") and a capitalised line are not drawn in.
TEST(Paragraphs, ShortLineStoppingOnAFunctionWord_ContinuesIntoALowercaseLine) {
  ParagraphLine stops_on_no{"made by it under this Agreement. In no", 1, {72, 100, 220, 12}, 72, 30};
  EXPECT_TRUE(continues_paragraph(stops_on_no, next_line("event will Agent be liable for indirect losses"), 522));
  ParagraphLine stops_on_or{"(i) the first case, or", 1, {72, 100, 150, 12}, 72, 12};
  EXPECT_FALSE(continues_paragraph(stops_on_or, next_line("ii. the second case"), 522));
  EXPECT_FALSE(continues_paragraph(stops_on_no, next_line("Event of Default"), 522));
  ParagraphLine stops_on_noun{"made by it under this Agreement", 1, {72, 100, 200, 12}, 72, 30};
  EXPECT_FALSE(continues_paragraph(stops_on_noun, next_line("event will Agent be liable"), 522));
}

// A typed filing's column ends at 287 pt; two lines run past it and a note sits at 490 pt.
// The column, not the widest line, says which lines are full: with 490 every line of the page
// looked short, and every line ended a paragraph (and a sentence).
TEST(Paragraphs, TextColumnRight_IsTheEdgeATenthOfTheLinesReachNotTheWidestLine) {
  std::vector<BoundingBox> page;
  for (int i = 0; i < 30; ++i) page.push_back({48, 100.0 + 12 * i, i % 3 == 0 ? 239.1 : 220.0 + i % 3, 10});  // ragged right
  page.push_back({48, 460, 364.6, 10});                                                                          // runs past the column
  page.push_back({48, 472, 307.8, 10});
  page.push_back({394.6, 484, 95.6, 10});  // "[Indemnification by VerticalNet]"
  EXPECT_NEAR(text_column_right(page), 287.1, 0.01);
  ParagraphLine full{"breach of a material term of this Agreement by such other party that remains", 1, {48, 100, 227, 10}, 48, 30};
  EXPECT_TRUE(continues_paragraph(full, ParagraphLine{"uncured 30 days in the case of a breach", 1, {48, 112, 236, 10}, 48, 40},
                                  text_column_right(page)));

  std::vector<BoundingBox> short_page = {{72, 100, 300, 12}, {72, 114, 450, 12}, {72, 128, 120, 12}};
  EXPECT_NEAR(text_column_right(short_page), 522, 0.01) << "under ten lines: the widest";
  EXPECT_EQ(text_column_right({}), 0);
}

// Older filings are typed double-spaced: a whole line between wrapped lines. The page's usual
// gap, measured from its aligned lines, is then the yardstick, and a paragraph break is still
// the wider gap; a page of one spacing has it, a page of every spacing (tables, headings) not.
TEST(Paragraphs, DoubleSpacedPage_WrapsAtTheUsualGapAndBreaksAtAWiderOne) {
  std::vector<BoundingBox> double_spaced;
  for (int i = 0; i < 8; ++i) double_spaced.push_back({120, 100.0 + 16.5 * i, 210, 5.6});
  const double usual = usual_line_gap(double_spaced);
  EXPECT_NEAR(usual, 10.9, 0.01);
  ParagraphLine above{"Notwithstanding anything to the contrary contained in this AGREEMENT, a party", 1, {120, 100, 210, 5.6}, 120, 30};
  ParagraphLine wrapped{"hereto (the \"defaulting party\") shall not be liable", 1, {120, 116.5, 200, 5.6}, 120, 24};
  // 19.9 points below the line above: nearly twice the usual gap.
  ParagraphLine next_paragraph{"the innocent party may recover its loss", 1, {120, 100 + 5.6 + 19.9, 200, 5.6}, 120, 24};
  EXPECT_FALSE(continues_paragraph(above, wrapped, 331.9)) << "no usual gap: a line apart is a new paragraph";
  EXPECT_TRUE(continues_paragraph(above, wrapped, 331.9, usual));
  EXPECT_FALSE(continues_paragraph(above, next_paragraph, 331.9, usual));

  std::vector<BoundingBox> mixed;
  for (double y : {100.0, 112.0, 150.0, 170.0, 230.0, 236.0, 300.0}) mixed.push_back({120, y, 210, 5.6});
  EXPECT_EQ(usual_line_gap(mixed), 0) << "gaps of every size give no usual gap";
  std::vector<BoundingBox> too_few = {{120, 100, 210, 5.6}, {120, 116.5, 210, 5.6}};
  EXPECT_EQ(usual_line_gap(too_few), 0);
}

// "11. 5   Notwithstanding …": the label has a space, so the line's text is read as starting
// at "5", and the wrap under "Notwithstanding" is neither at the line's edge nor at its text.
TEST(Paragraphs, WrapUnderASpacedLabel_ContinuesTheParagraph) {
  ParagraphLine labelled{"11. 5 Notwithstanding anything to the contrary contained in this AGREEMENT, a party", 1,
                         {100.2, 100, 223.4, 12}, 110, 15};
  ParagraphLine wrapped{"hereto (the defaulting party) shall not be liable for any consequential damage", 1, {120.3, 114, 200, 12}, 120.3, 25};
  EXPECT_TRUE(continues_paragraph(labelled, wrapped, 331.9));
  ParagraphLine far_right{"hereto (the defaulting party) shall not be liable", 1, {200.3, 114, 120, 12}, 200.3, 25};
  EXPECT_FALSE(continues_paragraph(labelled, far_right, 331.9)) << "more than an inch in is another column";
}

// Filings indent the first line of a paragraph by more than an inch; the wrap goes back to
// the margin ("3.1 The Company shall pay HDI thirty percent of the Net" / "Sales in excess").
TEST(Paragraphs, WrapBackFromADeepFirstLineIndent_ContinuesTheParagraph_AnIndentedBlockAboveDoesNot) {
  ParagraphLine indented_first{"3.1 The Company shall pay HDI thirty percent of the Net", 1, {150, 100, 372, 12}, 150, 40};
  EXPECT_TRUE(continues_paragraph(indented_first, next_line("Sales in excess of Eleven Thousand Dollars"), 522));
  ParagraphLine far_right{"the signature block of the Company and its", 1, {300, 100, 222, 12}, 300, 40};
  EXPECT_FALSE(continues_paragraph(far_right, next_line("Sales in excess of Eleven Thousand Dollars"), 522));
}

}  // namespace
}  // namespace clausecheck
