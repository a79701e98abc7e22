// The DOCX parser: paragraphs, headings, tables, notes, run text, tracked changes, pages,
// damaged and hostile packages, and real CCS documents checked by hand against the PDFs
// CCS published of the same documents.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "fixtures/docx/docx_builder.h"
#include "format_parsers.h"

namespace {

using clausecheck::Block;
using clausecheck::BlockKind;
using clausecheck::Document;
using clausecheck::InputError;
using clausecheck::InputErrorKind;
using clausecheck::ParseLimits;
using clausecheck::ParseResult;
using namespace docx_fixture;

Document parse_ok(const std::string& bytes, const ParseLimits& limits = {}) {
  ParseResult result = clausecheck::parse_docx("contract.docx", bytes, limits);
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return {};
  }
  return std::get<Document>(std::move(result));
}

InputError parse_error(const std::string& bytes, const ParseLimits& limits = {}) {
  ParseResult result = clausecheck::parse_docx("contract.docx", bytes, limits);
  if (std::holds_alternative<Document>(result)) {
    ADD_FAILURE() << "expected an error, got a document";
    return {};
  }
  return std::get<InputError>(std::move(result));
}

std::vector<std::string> texts(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) out.emplace_back(document.block_text(block));
  return out;
}

using Texts = std::vector<std::string>;

std::string run(const std::string& inner) { return "<w:r>" + inner + "</w:r>"; }
std::string t(const std::string& text) { return R"(<w:t xml:space="preserve">)" + text + "</w:t>"; }
std::string p(const std::string& runs) { return "<w:p>" + runs + "</w:p>"; }
std::string cell(const std::string& content) { return "<w:tc>" + content + "</w:tc>"; }
std::string row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }
std::string table(const std::string& rows) { return "<w:tbl><w:tblGrid/>" + rows + "</w:tbl>"; }
const std::string kChange = R"(w:id="1" w:author="Prime" w:date="2018-01-01T00:00:00Z")";

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/fixtures/docx/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// --- paragraphs and headings ---------------------------------------------------------

TEST(DocxParser, Paragraphs_BecomeBlocksInDocumentOrder) {
  Package package;
  package.body = paragraph("First.") + paragraph("") + paragraph("Second.");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"First.", "Second."}));  // the empty paragraph makes no block
  EXPECT_EQ(document.format, clausecheck::DocumentFormat::docx);
  EXPECT_EQ(document.path, "contract.docx");
  EXPECT_EQ(document.blocks[0].kind, BlockKind::paragraph);
  EXPECT_EQ(document.blocks[1].line, 2);
  EXPECT_EQ(document.text, "First.\nSecond.");
}

TEST(DocxParser, HeadingStyles_ByIdNameBasedOnAndOutlineLevel_AreHeadings) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="ScheduleTitle"><w:name w:val="Schedule Title"/><w:basedOn w:val="Heading1"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="ClauseHead"><w:name w:val="Clause Head"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="BodyUnderHeading"><w:name w:val="Body"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>)";
  package.body = paragraph("Definitions", "Heading1") + paragraph("Payment", "Titre2") +
                 paragraph("Schedule 2", "ScheduleTitle") + paragraph("Liability", "ClauseHead") +
                 paragraph("Body text", "BodyUnderHeading") + paragraph("Plain") +
                 R"(<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Direct</w:t></w:r></w:p>)";
  Document document = parse_ok(package.build());
  ASSERT_EQ(document.blocks.size(), 7u);
  std::vector<int> levels;
  for (const Block& block : document.blocks) levels.push_back(block.heading_level);
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 1, 3, 0, 0, 1}));
  EXPECT_EQ(document.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(document.blocks[4].kind, BlockKind::paragraph);
}

TEST(DocxParser, NumberedClauseTextWithAnOutlineLevel_IsNotAHeading) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="ScheduleL1"><w:name w:val="Schedule L1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="ScheduleL2"><w:name w:val="Schedule L2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>)";
  package.body = paragraph("CALCULATION OF THE CHARGES", "ScheduleL1") +
                 paragraph("The fixed fee Charges shall be:", "ScheduleL2") + paragraph("where:", "Heading2") +
                 paragraph("The Supplier shall invoice monthly.", "Heading2") +
                 paragraph(std::string(210, 'x'), "Heading2") + paragraph("any Earn Back Amount", "ScheduleL2") +
                 paragraph("the KPI Credit; and", "ScheduleL2") + paragraph("Payment", "Heading2") +
                 paragraph("definitions", "ScheduleL1");  // shown in capitals by w:caps
  Document document = parse_ok(package.build());
  std::vector<int> levels;
  for (const Block& block : document.blocks) levels.push_back(block.heading_level);
  EXPECT_EQ(levels, (std::vector<int>{1, 0, 0, 0, 0, 0, 0, 2, 1}));
}

TEST(DocxParser, CyclicBasedOnChain_DoesNotHang) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>)";
  package.body = paragraph("Text", "A");
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Text"}));
}

// --- run text ----------------------------------------------------------------------------

TEST(DocxParser, RunContent_TabsBreaksHyphensAndSymbols_AreReadAsShown) {
  Package package;
  package.body = p(run(t("Sub") + "<w:noBreakHyphen/>" + t("contractor") + "<w:tab/>" + t("shall") + "<w:br/>" +
                       t("pay") + "<w:cr/>" + t("with") + "<w:softHyphen/>" + t("in 30 days ") +
                       R"(<w:sym w:font="Symbol" w:char="F0B3"/>)" + R"(<w:sym w:font="Wingdings" w:char="F0FC"/>)" +
                       R"(<w:sym w:font="Arial" w:char="00A3"/>)" + t("5")));
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Sub-contractor\tshall pay within 30 days \xE2\x89\xA5\xC2\xA3" "5"}));
}

TEST(DocxParser, CapitalsFormatting_IsReadAsPrinted) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="SchTitle"><w:name w:val="Sch Title"/><w:rPr><w:caps/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="SchSub"><w:name w:val="Sch Sub"/><w:basedOn w:val="SchTitle"/></w:style>)"
      R"(<w:style w:type="character" w:styleId="Shout"><w:name w:val="Shout"/><w:rPr><w:smallCaps/></w:rPr></w:style>)";
  package.body = R"(<w:p><w:pPr><w:pStyle w:val="SchTitle"/></w:pPr><w:r><w:t>Processing data</w:t></w:r></w:p>)"
                 R"(<w:p><w:pPr><w:pStyle w:val="SchSub"/></w:pPr><w:r><w:t xml:space="preserve">Straße </w:t></w:r>)"
                 R"(<w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>kept</w:t></w:r></w:p>)"
                 R"(<w:p><w:r><w:t xml:space="preserve">Plain </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Shout"/></w:rPr><w:t>small caps</w:t></w:r></w:p>)";
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"PROCESSING DATA", "STRASSE kept", "Plain SMALL CAPS"}));
}

TEST(DocxParser, FieldCodes_AreSkippedAndFieldResultsKept) {
  Package package;
  package.body = p(run(t("See clause ")) + run(R"(<w:fldChar w:fldCharType="begin"/>)") +
                   run(R"(<w:instrText xml:space="preserve"> REF _Ref123 \r \h </w:instrText>)") +
                   run(R"(<w:fldChar w:fldCharType="separate"/>)") + run(t("7.2")) +
                   run(R"(<w:fldChar w:fldCharType="end"/>)") + run(t(" and ")) +
                   R"(<w:fldSimple w:instr=" REF _Ref9 \r "><w:r><w:t>7.4</w:t></w:r></w:fldSimple>)" + run(t(".")));
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"See clause 7.2 and 7.4."}));
}

TEST(DocxParser, PageNumberFieldsAndTypedPageXOfY_AreLeftOutAndCounted) {
  Package package;
  auto field = [](const std::string& code, const std::string& result) {
    return run(R"(<w:fldChar w:fldCharType="begin"/>)") + run("<w:instrText>" + code + "</w:instrText>") +
           run(R"(<w:fldChar w:fldCharType="separate"/>)") + run(t(result)) + run(R"(<w:fldChar w:fldCharType="end"/>)");
  };
  package.body = paragraph("1. Services") +
                 p(run(t("Page ")) + field(" PAGE ", "3") + run(t(" of ")) + field(" NUMPAGES \\* Arabic ", "12")) +
                 p(R"(<w:fldSimple w:instr=" PAGE "><w:r><w:t>4</w:t></w:r></w:fldSimple>)") + paragraph("- 5 -") +
                 paragraph("21. Page limits") + paragraph("The bid may not exceed 30 pages in total.");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"1. Services", "21. Page limits", "The bid may not exceed 30 pages in total."}));
  EXPECT_EQ(document.running_lines_removed, 3);
}

TEST(DocxParser, HeaderAndFooterParts_NeverReachTheBody) {
  Package package;
  package.body = paragraph("1. Services") + R"(<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId7"/>)"
                 R"(<w:footerReference w:type="default" r:id="rId8"/></w:sectPr></w:pPr></w:p>)";
  package.extra.emplace_back("word/header1.xml", xml_part("hdr", paragraph("Framework Ref: RM6100 Running Header")));
  package.extra.emplace_back("word/footer1.xml", xml_part("ftr", paragraph("Model Version: v3.0 Running Footer")));
  package.extra.emplace_back("word/_rels/document.xml.rels",
                             R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                             R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
                             R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"1. Services"}));
}

TEST(DocxParser, UnterminatedFieldCode_DoesNotHideTheRestOfTheDocument) {
  Package package;
  package.body = p(run(R"(<w:fldChar w:fldCharType="begin"/>)") + run(R"(<w:instrText>PAGE</w:instrText>)")) +
                 paragraph("Still here.");
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Still here."}));
}

TEST(DocxParser, HiddenTextAndComments_AreNotRead) {
  Package package;
  package.body = p(R"(<w:commentRangeStart w:id="0"/>)" + run(t("Visible ")) +
                   R"(<w:r><w:rPr><w:vanish/></w:rPr><w:t>drafting note </w:t></w:r>)" +
                   R"(<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>text.</w:t></w:r>)" +
                   R"(<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>)");
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Visible text."}));
}

TEST(DocxParser, HyperlinksContentControlsAndSmartTags_KeepTheirText) {
  Package package;
  package.body = p(R"(<w:hyperlink r:id="rId9">)" + run(t("GOV.UK")) + "</w:hyperlink>" + run(t(" and ")) +
                   "<w:sdt><w:sdtPr/><w:sdtContent>" + run(t("[Buyer name]")) + "</w:sdtContent></w:sdt>") +
                 "<w:sdt><w:sdtPr/><w:sdtContent>" + paragraph("Block-level control.") + "</w:sdtContent></w:sdt>";
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"GOV.UK and [Buyer name]", "Block-level control."}));
}

TEST(DocxParser, TextBox_IsReadOnceAfterItsParagraph) {
  Package package;
  const std::string box = "<w:txbxContent>" + paragraph("Boxed note.") + "</w:txbxContent>";
  package.body = p(run(t("Anchor.") + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box +
                       "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>" + box +
                       "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>")) +
                 paragraph("After.");
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Anchor.", "Boxed note.", "After."}));
}

TEST(DocxParser, OtherNamespacePrefix_IsRecognised) {
  const std::string document =
      R"(<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<x:body><x:p><x:r><x:t>Prefixed.</x:t></x:r></x:p></x:body></x:document>)";
  Package package;
  package.extra = {{"word/document.xml", document}};
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Prefixed."}));
}

TEST(DocxParser, EmbeddedChunk_IsReportedNotSilentlyDropped) {
  Package package;
  package.body = paragraph("Before.") + R"(<w:altChunk r:id="rId20"/>)" + paragraph("After.");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Before.", "After."}));
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "unreadable-part");
  EXPECT_NE(document.warnings[0].message.find("1 embedded or linked document part(s)"), std::string::npos);
}

// --- tables ------------------------------------------------------------------------------

TEST(DocxParser, TableCells_AreBlocksRowByRow) {
  Package package;
  package.body = paragraph("Before.") +
                 table(row(cell(paragraph("Term")) + cell(paragraph("Meaning"))) +
                       row(cell(paragraph("\"Services\"")) + cell(paragraph("means the work;") + paragraph("and more.")))) +
                 paragraph("After.");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Before.", "Term", "Meaning", "\"Services\"", "means the work; and more.", "After."}));
  EXPECT_EQ(document.blocks[1].kind, BlockKind::table_cell);
  EXPECT_EQ(document.blocks[5].kind, BlockKind::paragraph);
}

TEST(DocxParser, NestedTable_SplitsItsCellInReadingOrder) {
  Package package;
  package.body = table(row(cell(paragraph("Outer before") + table(row(cell(paragraph("Inner A")) + cell(paragraph("Inner B")))) +
                                paragraph("Outer after")) +
                           cell(paragraph("Right"))));
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Outer before", "Inner A", "Inner B", "Outer after", "Right"}));
}

TEST(DocxParser, NumberedParagraphsInACell_FirstLabelOnTheCellLaterLabelsInline) {
  Package package;
  package.numbering = abstract_num(0, level(0, "lowerLetter", "(%1)")) + num(1, 0);
  package.body = table(row(cell(paragraph("in respect of staff", "", 1, 0) + paragraph("in respect of others", "", 1, 0))));
  Document document = parse_ok(package.build());
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(document.blocks[0].label, "(a)");
  EXPECT_EQ(document.blocks[0].list_level, 0);
  EXPECT_EQ(document.block_text(document.blocks[0]), "in respect of staff (b) in respect of others");
}

TEST(DocxParser, DeletedTableRow_IsDropped) {
  Package package;
  package.body = table(row(cell(paragraph("Kept"))) +
                       "<w:tr><w:trPr><w:del " + kChange + "/></w:trPr>" + cell(paragraph("Gone")) + "</w:tr>");
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Kept"}));
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "tracked-changes");
}

// --- footnotes and endnotes ------------------------------------------------------------

TEST(DocxParser, Footnotes_FollowTheBodyOnThePageOfTheirReference) {
  Package package;
  package.body = paragraph("Intro.") + p(run(R"(<w:br w:type="page"/>)") + run(t("Subject to the cap")) +
                                         run(R"(<w:footnoteReference w:id="2"/>)") + run(t(".")));
  package.footnotes =
      R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Never referenced.</w:t></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The cap is £1m.</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>Index-linked.</w:t></w:r></w:p></w:footnote>)";
  package.endnotes =
      R"(<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>)";
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document),
            (Texts{"Intro.", "Subject to the cap.", "The cap is £1m. Index-linked.", "Never referenced.", "An endnote."}));
  ASSERT_EQ(document.blocks.size(), 5u);
  EXPECT_EQ(document.blocks[2].kind, BlockKind::footnote);
  EXPECT_EQ(document.blocks[2].page, 2);
  EXPECT_EQ(document.blocks[4].kind, BlockKind::footnote);
}

// --- tracked changes ---------------------------------------------------------------------

TEST(DocxParser, TrackedChanges_ReadAsAcceptedWithAWarningCountingThem) {
  Package package;
  package.body = p(run(t("Payment within ")) + "<w:del " + kChange + "><w:r><w:delText>30</w:delText></w:r></w:del>" +
                   "<w:ins " + kChange + ">" + run(t("60")) + "</w:ins>" + run(t(" days")) +
                   "<w:moveFrom " + kChange + ">" + run(t(" of invoice")) + "</w:moveFrom>" + run(t(" of receipt")) +
                   "<w:moveTo " + kChange + ">" + run(t(" of invoice")) + "</w:moveTo>" + run(t(".")));
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Payment within 60 days of receipt of invoice."}));
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "tracked-changes");
  EXPECT_EQ(document.warnings[0].message,
            "the document has 4 unaccepted tracked changes; read as if all were accepted");
}

TEST(DocxParser, DeletedMarkOfACellsLastParagraph_KeepsItsTextInThatCell) {
  Package package;
  package.body = table(row(cell(R"(<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2018-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>Left</w:t></w:r></w:p>)") +
                           cell(paragraph("Right"))));
  EXPECT_EQ(texts(parse_ok(package.build())), (Texts{"Left", "Right"}));
}

TEST(DocxParser, NoTrackedChanges_NoWarning) {
  Package package;
  package.body = paragraph("Clean.");
  EXPECT_TRUE(parse_ok(package.build()).warnings.empty());
}

// --- pages -------------------------------------------------------------------------------

TEST(DocxParser, ExplicitPageBreaks_MoveLaterBlocksToTheNextPage) {
  Package package;
  package.body = paragraph("Page one.") + p(run(t("Still one.") + R"(<w:br w:type="page"/>)" + t("Two."))) +
                 R"(<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Three.</w:t></w:r></w:p>)" +
                 p(run(R"(<w:br w:type="page"/>)")) + p(run("<w:lastRenderedPageBreak/>" + t("Four, counted once.")));
  Document document = parse_ok(package.build());
  std::vector<int> pages;
  for (const Block& block : document.blocks) pages.push_back(block.page);
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 3, 4}));  // a block's page is where it starts
  EXPECT_EQ(document.page_count, 4);
  EXPECT_EQ(document.blocks[3].line, 1);
}

// A section's w:type says how that section starts; its w:sectPr closes it (the last
// paragraph's w:pPr, or the body's final w:sectPr for the last section).
TEST(DocxParser, RenderedPageBreaks_AndSectionBreaks_CountPages) {
  Package package;
  package.body = paragraph("One.") + p(run("<w:lastRenderedPageBreak/>" + t("Two."))) +
                 R"(<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>Two, closing section 1.</w:t></w:r></w:p>)" +
                 R"(<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>Two, section 2 ran on.</w:t></w:r></w:p>)" +
                 paragraph("Three: section 3 starts on a new page.") +
                 R"(<w:sectPr><w:type w:val="nextPage"/></w:sectPr>)";
  Document document = parse_ok(package.build());
  std::vector<int> pages;
  for (const Block& block : document.blocks) pages.push_back(block.page);
  EXPECT_EQ(pages, (std::vector<int>{1, 2, 2, 2, 3}));
}

TEST(DocxParser, RowBrokenAcrossPages_CountsThePageOnceNotOncePerCell) {
  Package package;
  package.body = paragraph("Definitions.") +
                 table(row(cell(paragraph("\"Term\"")) + cell(paragraph("meaning, first part."))) +
                       row(cell(p(run(t("\"Long\"") + "<w:lastRenderedPageBreak/>" + t("continued")))) +
                           cell(p(run(t("long meaning") + "<w:lastRenderedPageBreak/>" + t("continued."))))) +
                       row(cell(paragraph("\"Next\"")) + cell(paragraph("next meaning.")))) +
                 paragraph("After the table.");
  Document document = parse_ok(package.build());
  std::vector<int> pages;
  for (const Block& block : document.blocks) pages.push_back(block.page);
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 1, 1, 1, 2, 2, 2}));
  EXPECT_EQ(document.page_count, 2);
}

TEST(DocxParser, RenderedBreakAtTheRowAfterASplitRow_IsNotANewPage) {
  Package package;
  package.body = paragraph("Definitions.") +
                 table(row(cell(paragraph("\"Event\"")) +
                           cell(p(run(t("items (i) to (iii)") + "<w:lastRenderedPageBreak/>" + t("item (iv)."))))) +
                       row(cell(p(run("<w:lastRenderedPageBreak/>" + t("\"Threshold\"")))) + cell(paragraph("minimum.")))) +
                 p(run("<w:lastRenderedPageBreak/>" + t("A real new page.")));
  Document document = parse_ok(package.build());
  std::vector<int> pages;
  for (const Block& block : document.blocks) pages.push_back(block.page);
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 1, 2, 2, 3}));
}

TEST(DocxParser, AppPropertiesPageCount_IsUsedWhenLarger) {
  Package package;
  package.body = paragraph("Short.");
  package.app_pages = "12";
  EXPECT_EQ(parse_ok(package.build()).page_count, 12);
}

TEST(DocxParser, AbsurdAppPropertiesPageCount_IsIgnored) {
  Package package;
  package.body = paragraph("Short.");
  package.app_pages = "999999999";
  EXPECT_EQ(parse_ok(package.build()).page_count, 1);
}

// --- damaged, empty and hostile packages -------------------------------------------------

TEST(DocxParser, NotAZip_IsCorrupt) {
  InputError error = parse_error("This is plainly not a zip archive at all.");
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
  EXPECT_EQ(error.path, "contract.docx");
  EXPECT_EQ(error.message.rfind("DOCX is damaged: ", 0), 0u) << error.message;
}

TEST(DocxParser, TruncatedPackage_IsCorrupt) {
  Package package;
  package.body = paragraph("Soon cut off.");
  std::string bytes = package.build();
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{30}}) {
    InputError error = parse_error(bytes.substr(0, keep));
    EXPECT_EQ(error.kind, InputErrorKind::corrupt) << keep << ": " << error.message;
  }
}

TEST(DocxParser, RealDocumentTruncated_IsCorruptNotACrash) {
  std::string bytes = read_fixture("Joint Schedule 3 - Insurance Requirements (DA).docx");
  for (std::size_t keep = 0; keep < bytes.size(); keep += bytes.size() / 7) {
    ParseResult result = clausecheck::parse_docx("js3.docx", bytes.substr(0, keep), {});
    ASSERT_TRUE(std::holds_alternative<InputError>(result)) << keep;
    EXPECT_EQ(std::get<InputError>(result).kind, InputErrorKind::corrupt) << keep;
  }
}

TEST(DocxParser, MissingDocumentPart_SaysWhichPartIsMissing) {
  std::string bytes = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", "<w:styles/>"}});
  InputError error = parse_error(bytes);
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
  EXPECT_EQ(error.message, "DOCX is damaged: word/document.xml is missing");
  EXPECT_EQ(error.describe(), "contract.docx: DOCX is damaged: word/document.xml is missing");
}

TEST(DocxParser, EncryptedZipEntry_IsEncrypted) {
  std::string bytes = make_zip({{"word/document.xml", xml_part("document", "<w:body>" + paragraph("Secret.") + "</w:body>")}},
                               false, "password");
  InputError error = parse_error(bytes);
  EXPECT_EQ(error.kind, InputErrorKind::encrypted);
  EXPECT_EQ(error.message, "DOCX is encrypted: word/document.xml is encrypted");
}

TEST(DocxParser, MalformedDocumentXml_IsCorruptAndNamesThePart) {
  Package package;
  package.extra = {{"word/document.xml", "<w:document><w:body><w:p><w:r><w:t>unclosed"}};
  InputError error = parse_error(package.build());
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
  EXPECT_NE(error.message.find("word/document.xml is not well-formed XML"), std::string::npos) << error.message;
}

TEST(DocxParser, MalformedNumbering_KeepsTheTextAndWarns) {
  Package package;
  package.body = paragraph("Clause text.", "", 1, 0);
  package.extra = {{"word/numbering.xml", "<w:numbering><w:abstractNum"}};
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Clause text."}));
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "unreadable-part");
  EXPECT_NE(document.warnings[0].message.find("automatic clause numbers are missing"), std::string::npos);
}

TEST(DocxParser, DocumentWithoutText_IsEmpty) {
  Package package;
  package.body = paragraph("") + paragraph("   ");
  InputError error = parse_error(package.build());
  EXPECT_EQ(error.kind, InputErrorKind::empty);
  EXPECT_EQ(error.message, "DOCX file contains no text");
}

TEST(DocxParser, ZipBomb_OverThePartLimit_IsTooLarge) {
  Package package;
  package.body = paragraph("x");
  package.extra = {{"word/document.xml", xml_part("document", "<w:body>" + paragraph("x") + "</w:body>") +
                                              "<!--" + std::string(4u << 20, '0') + "-->"}};
  ParseLimits limits;
  limits.max_zip_entry_bytes = 1u << 20;
  limits.max_zip_ratio = 1000000;  // only the part limit is under test here
  InputError error = parse_error(package.build(), limits);
  EXPECT_EQ(error.kind, InputErrorKind::too_large);
  EXPECT_NE(error.message.find("word/document.xml expands to more than 1048576 bytes"), std::string::npos)
      << error.message;
}

TEST(DocxParser, ZipBomb_OverTheCompressionRatio_IsTooLargeWithDefaultLimits) {
  Package package;
  package.extra = {{"word/document.xml", xml_part("document", "<w:body>" + paragraph("x") + "</w:body>") +
                                              "<!--" + std::string(8u << 20, '0') + "-->"}};
  InputError error = parse_error(package.build());
  EXPECT_EQ(error.kind, InputErrorKind::too_large);
  EXPECT_NE(error.message.find("times its compressed size"), std::string::npos) << error.message;
}

TEST(DocxParser, ManyParts_OverTheTotalLimit_AreTooLarge) {
  Package package;
  package.body = paragraph("Body.");
  package.styles = "<!--" + std::string(600u << 10, 's') + "-->";
  package.numbering = "<!--" + std::string(600u << 10, 'n') + "-->";
  ParseLimits limits;
  limits.max_zip_total_bytes = 1u << 20;
  InputError error = parse_error(package.build(true), limits);
  EXPECT_EQ(error.kind, InputErrorKind::too_large);
  EXPECT_NE(error.message.find("total limit"), std::string::npos) << error.message;
}

TEST(DocxParser, DeeplyNestedContent_IsSkippedWithAWarningNotAStackOverflow) {
  std::string body = paragraph("Top.");
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<w:sdt><w:sdtContent>";
  nested += paragraph("Deep.");
  for (int i = 0; i < 5000; ++i) nested += "</w:sdtContent></w:sdt>";
  Package package;
  package.body = body + nested;
  Document document = parse_ok(package.build());
  EXPECT_EQ(texts(document), (Texts{"Top."}));
  ASSERT_FALSE(document.warnings.empty());
  EXPECT_EQ(document.warnings[0].code, "unreadable-part");
}

// A million nested elements and text only at the bottom: not "contains no text", which
// would send the user looking for an empty document, but why nothing could be read.
TEST(DocxParser, OnlyTextNestedAMillionDeep_IsADepthErrorNotNoText) {
  ParseLimits limits;
  limits.max_zip_ratio = 1000000;  // such XML compresses thousands of times; the depth is under test
  // Word's own containers, and elements the reader does not know.
  for (const auto& [element, depth] : {std::pair{std::string("sdt"), 100000}, std::pair{std::string("x"), 1000000}}) {
    std::string open, close;
    for (int i = 0; i < depth; ++i) {
      open += element == "sdt" ? "<w:sdt><w:sdtContent>" : "<x>";
      close += element == "sdt" ? "</w:sdtContent></w:sdt>" : "</x>";
    }
    Package package;
    package.body = open + paragraph("Deep.") + close;
    InputError error = parse_error(package.build(), limits);
    EXPECT_EQ(error.kind, InputErrorKind::corrupt) << element;
    EXPECT_NE(error.message.find("nests its elements more than 64 levels deep"), std::string::npos) << error.message;
  }
}

TEST(DocxParser, RandomBytesAfterAZipSignature_NeverThrow) {
  std::string bytes = "PK\x03\x04";
  unsigned state = 12345;
  for (int i = 0; i < 4096; ++i) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>(state >> 16);
  }
  EXPECT_NO_THROW({ (void)clausecheck::parse_docx("noise.docx", bytes, {}); });
}

// --- real CCS documents, checked by hand against CCS's own PDF of each ------------------

// "label text-start @page" of each top-level numbered paragraph (not table cells).
std::vector<std::string> top_level_clauses(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (block.list_level == 0 && block.kind != BlockKind::table_cell) {
      out.push_back(block.label + " " + std::string(document.block_text(block).substr(0, 24)) + " @" +
                    std::to_string(block.page));
    }
  }
  return out;
}

TEST(DocxParserRealDocuments, JointSchedule3_ClausesHeadingsAndPagesMatchThePdf) {
  Document document = parse_ok(read_fixture("Joint Schedule 3 - Insurance Requirements (DA).docx"));
  EXPECT_EQ(top_level_clauses(document),
            (Texts{"1. OBLIGATION TO MAINTAIN I @2", "2. GENERAL OBLIGATIONS @2", "3. FAILURE TO INSURE @2",
                   "4. EVIDENCE OF POLICIES @3", "5. AGGREGATE LIMIT OF INDEM @3", "6. CANCELLATION @3",
                   "7. INSURANCE CLAIMS @3", "1. The following insurances @5"}));
  std::vector<std::string> headings;
  std::vector<std::string> sub_labels;
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::heading && block.heading_level == 1) headings.emplace_back(document.block_text(block));
    if (block.list_level > 0) sub_labels.push_back(block.label);
  }
  EXPECT_EQ(headings, (Texts{"JOINT SCHEDULE 3", "INSURANCE REQUIREMENTS"}));
  ASSERT_GE(sub_labels.size(), 7u);
  EXPECT_EQ(std::vector<std::string>(sub_labels.begin(), sub_labels.begin() + 7),
            (Texts{"1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "1.2.3"}));
  // Clause 3.2 starts at the top of page 3 in the PDF.
  for (const Block& block : document.blocks) {
    if (block.label == "3.2") {
      EXPECT_EQ(block.page, 3);
    }
  }
  EXPECT_EQ(document.page_count, 5);
  EXPECT_TRUE(document.warnings.empty());
}

TEST(DocxParserRealDocuments, TupeSurcharge_ClausesAndDefinitionsTableMatchThePdf) {
  Document document = parse_ok(read_fixture("Call-Off Schedule 6 - TUPE Surcharge (DA).docx"));
  EXPECT_EQ(top_level_clauses(document),
            (Texts{"1. DIRECT AWARD TUPE RISK P @3", "2. EMPLOYER PENSIONS CONTRI @3", "3. COST OF CHANGE @4"}));
  std::vector<std::string> labels;
  std::vector<std::string> cells;
  for (const Block& block : document.blocks) {
    if (block.list_level >= 0) labels.push_back(block.label);
    if (block.kind == BlockKind::table_cell) cells.emplace_back(document.block_text(block));
  }
  EXPECT_EQ(labels, (Texts{"1.", "1.1.", "1.2.", "2.", "2.1.", "2.2.", "2.3.", "2.3.1.", "2.3.2.", "2.3.3.", "2.4.",
                           "2.5.", "2.6.", "2.7.", "3.", "3.1."}));
  ASSERT_GE(cells.size(), 5u);
  EXPECT_EQ(cells[1], "DEFINITION");
  EXPECT_EQ(cells[2], "MEANING");
  EXPECT_EQ(cells[3], "\xE2\x80\x9C" "Annual Pension Cost\xE2\x80\x9D");
  EXPECT_EQ(document.page_count, 4);
}

// Its definitions and formula tables break across pages; Word's rendered-break marks
// then need reading with care (see RenderedBreakAtTheRowAfterASplitRow_IsNotANewPage).
TEST(DocxParserRealDocuments, FinancialDistress_ClausePagesMatchThePdf) {
  Document document = parse_ok(read_fixture("Joint Schedule 7 - Financial Distress (DA).docx"));
  EXPECT_EQ(top_level_clauses(document),
            (Texts{"1. INTRODUCTION @2", "2. DEFINITIONS @2", "3. CREDIT RATING AND DUTY T @3",
                   "4. CONSEQUENCES OF A FINANC @4", "5. TERMINATION RIGHTS @6", "6. PRIMACY OF CREDIT RATING @6"}));
  std::vector<std::string> annexes;
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::heading && document.block_text(block).substr(0, 5) == "ANNEX") {
      annexes.push_back(std::string(document.block_text(block).substr(0, 8)) + " @" + std::to_string(block.page));
    }
  }
  EXPECT_EQ(annexes, (Texts{"ANNEX 1: @7", "ANNEX 2: @8"}));
  EXPECT_EQ(document.page_count, 8);
  // The definition's items are numbered by "GPS Definition L2", which sets only the level
  // and inherits the list; inside a table cell their labels stay inline, as printed.
  EXPECT_NE(document.text.find("the following events: a) the credit rating of the Supplier"), std::string::npos);
  EXPECT_NE(document.text.find("; b) the Supplier (the Framework Guarantor"), std::string::npos);
}

TEST(DocxParserRealDocuments, CallOffOrderForm_TrackedChangesAreCountedAndAccepted) {
  Document document = parse_ok(read_fixture("Call_Off_Order_Form.docx"));
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].code, "tracked-changes");
  // 199 insertions and 45 deletions.
  EXPECT_EQ(document.warnings[0].message,
            "the document has 244 unaccepted tracked changes; read as if all were accepted");
  EXPECT_EQ(document.page_count, 10);
  // Deleted text never appears; inserted text does.
  EXPECT_EQ(document.text.find("SID4GOVID"), std::string::npos);
  EXPECT_NE(document.text.find("not fixed on the Start Date however the Buyer is aware"), std::string::npos);
  // Deleted, then inserted again: present exactly once.
  const std::string matrix = "[Insert the winning suppliers pricing matrix for reference]";
  const std::size_t first = document.text.find(matrix);
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(document.text.find(matrix, first + 1), std::string::npos);
  std::vector<std::string> order_of_precedence;
  for (const Block& block : document.blocks) {
    if (block.list_level == 0) order_of_precedence.push_back(block.label + " " + std::string(document.block_text(block).substr(0, 20)));
  }
  ASSERT_GE(order_of_precedence.size(), 3u);
  EXPECT_EQ(order_of_precedence[0], "1. This Order Form incl");
  EXPECT_EQ(order_of_precedence[1], "2. The CCS Core Terms (");
  EXPECT_EQ(order_of_precedence[2], "3. The following Schedu");
}

}  // namespace
