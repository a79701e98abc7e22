// Plain text and Markdown parsing: encodings, lines, pages, paragraphs, Markdown syntax.
#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"
#include "format_parsers.h"
#include "markdown_inline.h"

namespace clausecheck {
namespace {

Document parse(std::string_view bytes, bool markdown = false) {
  ParseResult result = parse_plain_text("contract.txt", bytes, markdown, ParseLimits{});
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return Document{};
  }
  return std::get<Document>(std::move(result));
}

Document parse_markdown(std::string_view bytes) { return parse(bytes, true); }

std::vector<std::string> block_texts(const Document& document) {
  std::vector<std::string> texts;
  for (const Block& block : document.blocks) texts.emplace_back(document.block_text(block));
  return texts;
}

using Texts = std::vector<std::string>;

// ---- plain text -----------------------------------------------------------------------

TEST(TextParser, EachNonBlankLine_IsABlockWithItsLineNumber) {
  const Document document = parse("First line\n\n  Third line  \n");
  EXPECT_EQ(document.format, DocumentFormat::text);
  EXPECT_EQ(block_texts(document), (Texts{"First line", "Third line"}));
  EXPECT_EQ(document.blocks[0].line, 1);
  EXPECT_EQ(document.blocks[1].line, 3);
  EXPECT_EQ(document.blocks[1].page, 1);
  EXPECT_EQ(document.text, "First line\nThird line");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(TextParser, LineAfterANonBlankLine_ContinuesTheParagraph) {
  const Document document = parse("The Buyer shall pay within\n60 days of receipt.\n\nNew paragraph.");
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_FALSE(document.blocks[0].continues_paragraph);
  EXPECT_TRUE(document.blocks[1].continues_paragraph);   // "60 days": a wrapped line
  EXPECT_FALSE(document.blocks[2].continues_paragraph);  // after a blank line
}

TEST(TextParser, LineStartingLikeAClauseOrBullet_StartsANewParagraph) {
  const Document document = parse(
      "Intro text\n1.2 Foo\n12. Bar\n3) Baz\n5 Payment\n(a) first\n(iv) fourth\nb) second\n"
      "- item\n* item\n\u2022 item\nSchedule 2\nPart A\nand a wrapped line\n");
  ASSERT_EQ(document.blocks.size(), 14u);
  for (std::size_t i = 1; i + 1 < document.blocks.size(); ++i) {
    EXPECT_FALSE(document.blocks[i].continues_paragraph) << document.block_text(document.blocks[i]);
  }
  EXPECT_TRUE(document.blocks.back().continues_paragraph);
}

// "sixty (60) days" broken between its words and its figure is one sentence; a figure in
// brackets after any other word is a list item.
TEST(TextParser, FigureAfterItsNumberInWords_ContinuesTheParagraph) {
  const Document document = parse(
      "Payment is due within sixty\n(60) calendar days of receipt, or within forty-five\n(45) days for goods.\n"
      "The Supplier shall provide the following\n(1) a report.\n");
  ASSERT_EQ(document.blocks.size(), 5u);
  EXPECT_TRUE(document.blocks[1].continues_paragraph);
  EXPECT_TRUE(document.blocks[2].continues_paragraph) << document.block_text(document.blocks[2]);
  EXPECT_FALSE(document.blocks[4].continues_paragraph);
}

TEST(TextParser, BulletsAsPdfTextWritesThem_StartNewParagraphs) {
  const Document document = parse("Services:\n\u00AD Enterprise architecture\n\u25CF Lot 1\n\uF0B7 Lot 2\n");
  ASSERT_EQ(document.blocks.size(), 4u);
  for (std::size_t i = 1; i < 4; ++i) EXPECT_FALSE(document.blocks[i].continues_paragraph);
}

TEST(TextParser, LineAfterALineEndingShortOfTheMargin_StartsANewParagraph) {
  const Document document = parse(
      "Section 3 - How Services will be bought\n"
      "Who is responsible for awarding a Call-Off Contract and how the award is made by Buyers\n"
      "under this Framework Agreement, which the Supplier must read and accept before it\n"
      "bids.\n"
      "The Buyer must follow the procedure in the Call-Off ordering procedures of this Framework\n"
      "1.1\n"
      "Appointment of the Supplier to provide the services set out in the Framework Agreement.\n");
  ASSERT_EQ(document.blocks.size(), 7u);
  EXPECT_FALSE(document.blocks[1].continues_paragraph);  // after a short heading line
  EXPECT_TRUE(document.blocks[2].continues_paragraph);   // a wrapped line
  EXPECT_TRUE(document.blocks[3].continues_paragraph);
  EXPECT_FALSE(document.blocks[4].continues_paragraph);  // after "bids.", a paragraph's end
  EXPECT_TRUE(document.blocks[6].continues_paragraph);   // a clause number alone on its line
}

// A text rendering of a PDF leaves blank lines where a page broke, even inside a sentence
// ("… on or before sixty (60) days" / "after Nantz Communications has received notice …"):
// lower case on both sides of the break keeps one paragraph, whether the first line is short
// or blank lines come between. A label ("b)", "a.As of the Closing") or a capital still starts
// a new one.
TEST(TextParser, SentenceRunningOnOverBlankLinesOrAShortLine_ContinuesTheParagraph) {
  const Document document = parse(
      "Nantz Communications shall have the right to terminate the Agreement by notice on or before sixty (60) days\n"
      "\n\n"
      "after Nantz Communications has received notice of such merger or consolidation of the Company with any other.\n"
      "\n"
      "In no\n"
      "event will the Agent be liable for indirect losses of any kind whatsoever, including lost profits, or\n"
      "\n"
      "b) the Company's losses.\n"
      "\n"
      "Article 1. Amendment and termination\n"
      "\n"
      "a.As of the Closing the agreement shall cease to have effect.\n"
      "\n"
      "The parties agree.\n");
  ASSERT_EQ(document.blocks.size(), 8u);
  EXPECT_TRUE(document.blocks[1].continues_paragraph) << "over blank lines";
  EXPECT_FALSE(document.blocks[2].continues_paragraph) << "after a full stop";
  EXPECT_TRUE(document.blocks[3].continues_paragraph) << "after a short line";
  EXPECT_FALSE(document.blocks[4].continues_paragraph) << "a label";
  EXPECT_FALSE(document.blocks[6].continues_paragraph) << "a label glued to its text";
  EXPECT_FALSE(document.blocks[7].continues_paragraph) << "a capital";
}

TEST(TextParser, CrLfAndLoneCr_AreLineEndings) {
  const Document document = parse("one\r\ntwo\rthree\r\n");
  EXPECT_EQ(block_texts(document), (Texts{"one", "two", "three"}));
  EXPECT_EQ(document.text.find('\r'), std::string::npos);
  EXPECT_EQ(document.blocks[2].line, 3);
}

TEST(TextParser, FormFeed_StartsANewPageAsPdftotextWritesIt) {
  const Document document = parse("Page one text\nmore\n\fPage two text\n\nline three\n\f");
  EXPECT_EQ(document.page_count, 2);
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(document.blocks[1].page, 1);
  EXPECT_EQ(document.blocks[2].page, 2);
  EXPECT_EQ(document.blocks[2].line, 1);
  EXPECT_EQ(document.blocks[3].line, 3);
}

TEST(TextParser, Utf8ByteOrderMark_IsStripped) {
  const Document document = parse("\xEF\xBB\xBFTerms");
  EXPECT_EQ(document.text, "Terms");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(TextParser, Utf16LittleEndianWithBom_IsDecoded) {
  const std::string bytes("\xFF\xFE" "F\0e\0e\0 \0\xA3\0" "5\0\n\0", 16);
  const Document document = parse(bytes);
  EXPECT_EQ(document.text, "Fee \u00A35");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(TextParser, Utf16BigEndianWithBom_IsDecoded) {
  const std::string bytes("\xFE\xFF\0F\0e\0e\x20\x19\0s", 12);
  EXPECT_EQ(parse(bytes).text, "Fee\u2019s");
}

TEST(TextParser, InvalidUtf8_IsReadAsWindows1252WithAWarning) {
  const Document document = parse("caf\xE9 \x93quoted\x94 \x80" "5");
  EXPECT_EQ(document.text, "caf\u00E9 \u201Cquoted\u201D \u20AC5");
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "encoding");
  EXPECT_NE(document.warnings[0].message.find("Windows-1252"), std::string::npos);
}

TEST(TextParser, DamagedUtf8AfterAUtf8Bom_BecomesReplacementCharactersWithAWarning) {
  const Document document = parse("\xEF\xBB\xBF" "fee\xFF");
  EXPECT_EQ(document.text, "fee\uFFFD");
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "encoding");
}

TEST(TextParser, EmptyOrWhitespaceOnlyFile_IsAnEmptyInputError) {
  for (std::string_view bytes : {std::string_view(""), std::string_view(" \n\t\r\n\f ")}) {
    ParseResult result = parse_plain_text("blank.txt", bytes, false, ParseLimits{});
    ASSERT_TRUE(std::holds_alternative<InputError>(result));
    EXPECT_EQ(std::get<InputError>(result).kind, InputErrorKind::empty);
    EXPECT_EQ(std::get<InputError>(result).path, "blank.txt");
  }
}

TEST(TextParser, FileOverTheSizeLimit_IsRefused) {
  ParseLimits limits;
  limits.max_file_bytes = 4;
  ParseResult result = parse_plain_text("big.txt", "12345", false, limits);
  ASSERT_TRUE(std::holds_alternative<InputError>(result));
  EXPECT_EQ(std::get<InputError>(result).kind, InputErrorKind::too_large);
}

TEST(TextParser, PlainText_KeepsMarkdownLookalikeCharacters) {
  EXPECT_EQ(parse("# not a heading **here**").text, "# not a heading **here**");
}

// ---- Markdown --------------------------------------------------------------------------

TEST(MarkdownParser, AtxHeadings_AreHeadingBlocksWithTheirLevel) {
  const Document document = parse_markdown("# Cloud Service Agreement\n\n### 5. Payment ###\nBody\n");
  EXPECT_EQ(document.format, DocumentFormat::markdown);
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(document.block_text(document.blocks[0]), "Cloud Service Agreement");
  EXPECT_EQ(document.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(document.blocks[0].heading_level, 1);
  EXPECT_EQ(document.block_text(document.blocks[1]), "5. Payment");
  EXPECT_EQ(document.blocks[1].heading_level, 3);
  EXPECT_EQ(document.blocks[2].kind, BlockKind::paragraph);
  EXPECT_FALSE(document.blocks[2].continues_paragraph);  // never glued onto a heading
}

TEST(MarkdownParser, SetextHeadings_AreHeadingBlocks) {
  const Document document = parse_markdown("Terms\n=====\n\nFees\n----\ntext\n");
  EXPECT_EQ(block_texts(document), (Texts{"Terms", "Fees", "text"}));
  EXPECT_EQ(document.blocks[0].heading_level, 1);
  EXPECT_EQ(document.blocks[1].heading_level, 2);
  EXPECT_EQ(document.blocks[2].kind, BlockKind::paragraph);
}

TEST(MarkdownParser, EmphasisWrappingWords_IsRemoved) {
  EXPECT_EQ(parse_markdown("**Fees** are __due__ in *thirty* _days_ ***now***").text,
            "Fees are due in thirty days now");
}

TEST(MarkdownParser, AsterisksAndUnderscoresThatWrapNothing_AreKept) {
  EXPECT_EQ(parse_markdown("snake_case_name and 2 * 3 * 4 and file_name").text,
            "snake_case_name and 2 * 3 * 4 and file_name");
  EXPECT_EQ(parse_markdown("Sign here: ______").text, "Sign here: ______");
}

TEST(MarkdownParser, LinksAndImages_KeepOnlyTheirText) {
  EXPECT_EQ(parse_markdown("See the [Order Form](https://example.org/a_(b)) and ![logo](x.png).").text,
            "See the Order Form and logo.");
  EXPECT_EQ(parse_markdown("[SUPPLIER NAME] signs").text, "[SUPPLIER NAME] signs");
}

TEST(MarkdownParser, InlineHtmlTags_AreRemoved) {
  // The shape of the Common Paper agreements.
  EXPECT_EQ(parse_markdown("1. <span class=\"header_2\" id=\"1\">Service</span> by "
                           "<span class=\"coverpage_link\">Provider\u2019s</span> staff")
                .text,
            "1. Service by Provider\u2019s staff");
  EXPECT_EQ(parse_markdown("fees < 5 and a <https://example.org> link").text,
            "fees < 5 and a https://example.org link");
}

TEST(MarkdownParser, EscapesEntitiesAndCodeSpans_BecomeTheirCharacters) {
  EXPECT_EQ(parse_markdown("\\*not emphasis\\* R&amp;D &#163;5 `code_here`").text,
            "*not emphasis* R&D \u00A35 code_here");
}

TEST(MarkdownParser, ListMarkers_StayInTheText) {
  const Document document = parse_markdown("Intro\n- first item\n* second item\n1. numbered\n    2. nested\n");
  EXPECT_EQ(block_texts(document), (Texts{"Intro", "- first item", "* second item", "1. numbered", "2. nested"}));
  for (std::size_t i = 1; i < document.blocks.size(); ++i) EXPECT_FALSE(document.blocks[i].continues_paragraph);
}

TEST(MarkdownParser, NestedListItems_CarryTheirNestingLevel) {
  // The shape of the Common Paper agreements: sub-clauses are indented list items.
  const Document document = parse_markdown(
      "1. Service\n    1. Access and Use. Text\n    2. Support. Text\n        a. Except\n"
      "        b. Use\n2. Restrictions\n\nPlain paragraph\n");
  ASSERT_EQ(document.blocks.size(), 7u);
  std::vector<int> levels;
  for (const Block& block : document.blocks) levels.push_back(block.list_level);
  EXPECT_EQ(levels, (std::vector<int>{0, 1, 1, 2, 2, 0, -1}));
  EXPECT_TRUE(document.blocks[0].label.empty());  // the number stays in the text
}

TEST(MarkdownParser, Tables_GiveOneCellBlockPerCellAndSkipTheSeparator) {
  const Document document = parse_markdown(
      "| Milestone | **Payment** |\n|:---|---:|\n| Go-live | \u00A310,000 |\n| | empty \\| cell |\n\nAfter");
  EXPECT_EQ(block_texts(document),
            (Texts{"Milestone", "Payment", "Go-live", "\u00A310,000", "empty | cell", "After"}));
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(document.blocks[i].kind, BlockKind::table_cell);
    EXPECT_FALSE(document.blocks[i].continues_paragraph);
  }
  EXPECT_EQ(document.blocks[2].line, 3);
  EXPECT_EQ(document.blocks[5].kind, BlockKind::paragraph);
}

TEST(MarkdownParser, TableWithoutOuterPipes_IsRecognisedByItsSeparatorRow) {
  EXPECT_EQ(block_texts(parse_markdown("Term | Days\n--- | ---\nPayment | 30\n")),
            (Texts{"Term", "Days", "Payment", "30"}));
}

TEST(MarkdownParser, HtmlCommentsAndFrontMatter_AreSkipped) {
  const Document document = parse_markdown(
      "---\ntitle: Agreement\nversion: 2\n---\n<!-- drafting note -->\nKept <!-- inline --> text\n"
      "<!-- a comment\nover lines -->\nLast line\n");
  EXPECT_EQ(block_texts(document), (Texts{"Kept  text", "Last line"}));
  EXPECT_EQ(document.blocks[0].line, 6);
  EXPECT_EQ(document.blocks[1].line, 9);
}

TEST(MarkdownParser, FileOfOnlyFrontMatterAndComments_IsEmpty) {
  ParseResult result = parse_plain_text("x.md", "---\na: b\n---\n<!-- nothing -->\n", true, ParseLimits{});
  ASSERT_TRUE(std::holds_alternative<InputError>(result));
  EXPECT_EQ(std::get<InputError>(result).kind, InputErrorKind::empty);
}

TEST(MarkdownParser, WrappedParagraphLines_ContinueAndNormaliseAsOneSentence) {
  // The shape of the Accord Project samples: one sentence wrapped over lines.
  const Document document = parse_markdown(
      "## Late Delivery and Penalty.\n\nIn case of delayed delivery the Seller shall pay\n"
      "a penalty of 10.5% of the total value. If the delay is more than 15 days, the Buyer\n"
      "may terminate this Contract.\n");
  const NormalisedText text = normalise(document);
  std::vector<std::string> sentences;
  for (const Sentence& s : text.sentences) sentences.push_back(document.text.substr(s.begin, s.end - s.begin));
  EXPECT_EQ(sentences, (Texts{"Late Delivery and Penalty.",
                              "In case of delayed delivery the Seller shall pay\na penalty of 10.5% of the total value.",
                              "If the delay is more than 15 days, the Buyer\nmay terminate this Contract."}));
}

TEST(MarkdownParser, HostileUnclosedMarkup_IsReadAsCharactersQuickly) {
  std::string line(200000, '[');
  line += std::string(200000, '`') + std::string(100000, '*') + "<a" + std::string(1000, '&');
  const Document document = parse_markdown(line);
  EXPECT_EQ(document.blocks.size(), 1u);
}

TEST(MarkdownInline, NestedEmphasisAndLinks_AreAllRemoved) {
  EXPECT_EQ(strip_markdown_inline("**[Fees](#fees) _payable_**"), "Fees payable");
}

}  // namespace
}  // namespace clausecheck
