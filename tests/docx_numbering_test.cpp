// Word's automatic numbering: the labels clausecheck reports must be the ones Word shows,
// because that is what a lawyer cites ("7.2(b)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docx_numbering.h"
#include "fixtures/docx/docx_builder.h"
#include "format_parsers.h"

namespace {

using clausecheck::Document;
using clausecheck::InputError;
using clausecheck::ParseResult;
using clausecheck::docx::format_number;
using clausecheck::docx::NumberFormat;
using namespace docx_fixture;

Document parse(const Package& package) {
  ParseResult result = clausecheck::parse_docx("numbering.docx", package.build(), {});
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return {};
  }
  return std::get<Document>(std::move(result));
}

std::vector<std::string> labels(const Document& document) {
  std::vector<std::string> out;
  for (const auto& block : document.blocks) out.push_back(block.label);
  return out;
}

using Labels = std::vector<std::string>;

TEST(NumberFormat, EachWordFormat_IsWrittenAsWordShowsIt) {
  EXPECT_EQ(format_number(7, NumberFormat::decimal), "7");
  EXPECT_EQ(format_number(7, NumberFormat::decimal_zero), "07");
  EXPECT_EQ(format_number(12, NumberFormat::decimal_zero), "12");
  EXPECT_EQ(format_number(1, NumberFormat::lower_letter), "a");
  EXPECT_EQ(format_number(26, NumberFormat::lower_letter), "z");
  EXPECT_EQ(format_number(27, NumberFormat::lower_letter), "aa");  // Word repeats, never "ba"
  EXPECT_EQ(format_number(28, NumberFormat::upper_letter), "BB");
  EXPECT_EQ(format_number(4, NumberFormat::lower_roman), "iv");
  EXPECT_EQ(format_number(9, NumberFormat::lower_roman), "ix");
  EXPECT_EQ(format_number(14, NumberFormat::upper_roman), "XIV");
  EXPECT_EQ(format_number(1999, NumberFormat::upper_roman), "MCMXCIX");
  EXPECT_EQ(format_number(2, NumberFormat::ordinal), "2nd");
  EXPECT_EQ(format_number(13, NumberFormat::ordinal), "13th");
  EXPECT_EQ(format_number(3, NumberFormat::bullet), "");
  EXPECT_EQ(format_number(3, NumberFormat::none), "");
}

TEST(NumberFormat, UnknownFormatName_ReadsAsDecimal) {
  EXPECT_EQ(clausecheck::docx::number_format_from_name("chineseCounting"), NumberFormat::decimal);
  EXPECT_EQ(clausecheck::docx::number_format_from_name("lowerRoman"), NumberFormat::lower_roman);
}

TEST(DocxNumbering, LegalOutline_GivesClauseSubclauseLetterAndRomanLabels) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("Definitions", "", 1, 0) + paragraph("In this contract:", "", 1, 1) +
                 paragraph("first", "", 1, 2) + paragraph("sub one", "", 1, 3) + paragraph("sub two", "", 1, 3) +
                 paragraph("second", "", 1, 2) + paragraph("Capital", "", 1, 4) + paragraph("Payment", "", 1, 0) +
                 paragraph("The Buyer pays.", "", 1, 1);
  Document document = parse(package);
  EXPECT_EQ(labels(document), (Labels{"1.", "1.1", "(a)", "(i)", "(ii)", "(b)", "(A)", "2.", "2.1"}));
  ASSERT_EQ(document.blocks.size(), 9u);
  EXPECT_EQ(document.block_text(document.blocks[1]), "In this contract:");  // no label inside the text
  EXPECT_EQ(document.blocks[3].list_level, 3);
  EXPECT_EQ(document.blocks[7].list_level, 0);
}

TEST(DocxNumbering, HigherLevelAdvancing_RestartsLowerLevels) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 1) + paragraph("c", "", 1, 1) +
                 paragraph("d", "", 1, 2) + paragraph("e", "", 1, 0) + paragraph("f", "", 1, 1) +
                 paragraph("g", "", 1, 2);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "1.1", "1.2", "(a)", "2.", "2.1", "(a)"}));
}

TEST(DocxNumbering, LevelRestartZero_KeepsCountingAcrossHigherLevels) {
  Package package;
  package.numbering =
      abstract_num(0, level(0, "decimal", "%1.") + level(1, "decimal", "Note %2", 1, R"(<w:lvlRestart w:val="0"/>)")) +
      num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 1) + paragraph("c", "", 1, 0) +
                 paragraph("d", "", 1, 1);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "Note 1", "2.", "Note 2"}));
}

TEST(DocxNumbering, LevelRestartAfterLevelOne_IgnoresLevelTwo) {
  Package package;
  package.numbering =
      abstract_num(0, level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") +
                          level(2, "lowerLetter", "(%3)", 1, R"(<w:lvlRestart w:val="1"/>)")) +
      num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 2) + paragraph("c", "", 1, 1) +
                 paragraph("d", "", 1, 2) + paragraph("e", "", 1, 0) + paragraph("f", "", 1, 2);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "(a)", "1.1", "(b)", "2.", "(a)"}));
}

TEST(DocxNumbering, StartValue_IsTheFirstNumber) {
  Package package;
  package.numbering = abstract_num(0, level(0, "decimal", "%1.", 5)) + num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"5.", "6."}));
}

TEST(DocxNumbering, InstancesOfOneList_ContinueUnlessStartIsOverridden) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0) + num(2, 0) +
                      num(3, 0, R"(<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>)");
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 0) + paragraph("continues", "", 2, 0) +
                 paragraph("restarts", "", 3, 0) + paragraph("then counts", "", 3, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "2.", "3.", "1.", "2."}));
}

TEST(DocxNumbering, LevelOverride_ReplacesTheLevelDefinition) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) +
                      num(1, 0, R"(<w:lvlOverride w:ilvl="0">)" + level(0, "upperRoman", "Part %1", 3) +
                                    "</w:lvlOverride>");
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"Part III", "Part IV"}));
}

TEST(DocxNumbering, LegalNumbering_ShowsEveryLevelAsDecimal) {
  Package package;
  package.numbering = abstract_num(0, level(0, "upperRoman", "Article %1") +
                                          level(1, "lowerLetter", "%1.%2", 1, R"(<w:isLgl/>)")) +
                      num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 0) + paragraph("c", "", 1, 1);
  EXPECT_EQ(labels(parse(package)), (Labels{"Article I", "Article II", "2.1"}));
}

TEST(DocxNumbering, DecimalZeroAndNone_AreFormatted) {
  Package package;
  package.numbering = abstract_num(0, level(0, "decimalZero", "%1.") + level(1, "none", "Note:")) + num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 1);
  EXPECT_EQ(labels(parse(package)), (Labels{"01.", "Note:"}));
}

TEST(DocxNumbering, SpacesAroundTheLevelText_AreNotPartOfTheLabel) {
  Package package;
  package.numbering = abstract_num(0, level(0, "decimal", " Part %1: ")) + num(1, 0);
  package.body = paragraph("List of Partners", "", 1, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"Part 1:"}));
}

TEST(DocxNumbering, HiddenNumber_IsCountedButNotShown) {
  Package package;
  package.numbering = abstract_num(0, level(0, "decimal", "%1.", 1, R"(<w:rPr><w:vanish/></w:rPr>)") +
                                          level(1, "decimal", "%1.%2", 1, R"(<w:rPr><w:vanish w:val="0"/></w:rPr>)")) +
                      num(1, 0);
  package.body = paragraph("a", "", 1, 0) + paragraph("b", "", 1, 0) + paragraph("c", "", 1, 1);
  EXPECT_EQ(labels(parse(package)), (Labels{"", "", "2.1"}));
}

TEST(DocxNumbering, Bullets_HaveNoLabel) {
  Package package;
  package.numbering = abstract_num(0, level(0, "bullet", "\xE2\x97\x8F")) + num(1, 0);
  package.body = paragraph("is a separate Contract", "", 1, 0);
  Document document = parse(package);
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(document.blocks[0].label, "");
  EXPECT_EQ(document.blocks[0].list_level, -1);
  EXPECT_EQ(document.block_text(document.blocks[0]), "is a separate Contract");
}

TEST(DocxNumbering, UpperLevelNotYetUsed_ShowsItsStartValue) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("orphan", "", 1, 1);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.1"}));
}

// CCS templates number clauses through paragraph styles: the style carries the numId and
// each level of the list names the style it belongs to.
TEST(DocxNumbering, StyleLinkedNumbering_TakesLevelFromTheListLevelsStyle) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="GPSL1"><w:name w:val="GPS L1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="GPSL2"><w:name w:val="GPS L2"/><w:basedOn w:val="GPSL1"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="GPSL3"><w:name w:val="GPS L3"/><w:basedOn w:val="GPSL1"/><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>)";
  package.numbering = abstract_num(3, level(0, "decimal", "%1.", 1, R"(<w:pStyle w:val="GPSL1"/>)") +
                                          level(1, "decimal", "%1.%2", 1, R"(<w:pStyle w:val="GPSL2"/>)") +
                                          level(2, "decimal", "%1.%2.%3")) +
                      num(4, 3);
  package.body = paragraph("OBLIGATIONS", "GPSL1") + paragraph("The Supplier shall", "GPSL2") +
                 paragraph("first", "GPSL3") + paragraph("second", "GPSL3") + paragraph("GENERAL", "GPSL1") +
                 paragraph("Without limiting", "GPSL2");
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "1.1", "1.1.1", "1.1.2", "2.", "2.1"}));
}

// CCS's "GPS L4 numbered clause" sets only w:ilvl 3 and inherits the list from L3.
TEST(DocxNumbering, StyleSettingOnlyTheLevel_InheritsTheListFromItsBaseStyle) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="L3"><w:name w:val="GPS L3"/><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="L4"><w:name w:val="GPS L4"/><w:basedOn w:val="L3"/><w:pPr><w:numPr><w:ilvl w:val="3"/></w:numPr></w:pPr></w:style>)";
  package.numbering = abstract_num(0, level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") +
                                          level(2, "decimal", "%1.%2.%3") + level(3, "lowerLetter", "(%4)")) +
                      num(1, 0);
  package.body = paragraph("obligations no less onerous:", "L3") + paragraph("data protection;", "L4") +
                 paragraph("FOIA;", "L4") + paragraph("termination provisions", "L3");
  EXPECT_EQ(labels(parse(package)), (Labels{"1.1.1", "(a)", "(b)", "1.1.2"}));
}

TEST(DocxNumbering, NumIdZeroOnParagraph_RemovesTheStylesNumbering) {
  Package package;
  package.styles =
      R"(<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("one", "Numbered") + paragraph("unnumbered", "Numbered", 0, 0) + paragraph("two", "Numbered");
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "", "2."}));
}

TEST(DocxNumbering, NumStyleLink_UsesTheDefinitionOfTheNumberingStyle) {
  Package package;
  package.styles =
      R"(<w:style w:type="numbering" w:styleId="ContractList"><w:name w:val="Contract List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  package.numbering = abstract_num(0, level(0, "upperLetter", "Schedule %1")) +
                      abstract_num(1, "", R"(<w:numStyleLink w:val="ContractList"/>)") + num(1, 0) + num(2, 1);
  package.body = paragraph("Services", "", 2, 0) + paragraph("Prices", "", 2, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"Schedule A", "Schedule B"}));
}

TEST(DocxNumbering, UndefinedNumberingInstance_GivesNoLabelAndKeepsTheText) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("dangling", "", 9, 0);
  Document document = parse(package);
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(document.blocks[0].label, "");
  EXPECT_EQ(document.block_text(document.blocks[0]), "dangling");
}

TEST(DocxNumbering, EmptyNumberedParagraph_StillShowsAndCountsItsNumber) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body = paragraph("first", "", 1, 0) + paragraph("", "", 1, 0) + paragraph("third", "", 1, 0);
  EXPECT_EQ(labels(parse(package)), (Labels{"1.", "2.", "3."}));
}

TEST(DocxNumbering, ParagraphWithDeletedMark_JoinsTheNextWithoutAdvancingTheCount) {
  Package package;
  package.numbering = abstract_num(0, legal_outline_levels()) + num(1, 0);
  package.body =
      R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a" w:date="2017-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">The Supplier </w:t></w:r></w:p>)" +
      paragraph("shall pay.", "", 1, 0) + paragraph("Next.", "", 1, 0);
  Document document = parse(package);
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(document.block_text(document.blocks[0]), "The Supplier shall pay.");
  EXPECT_EQ(labels(document), (Labels{"1.", "2."}));
}

}  // namespace
