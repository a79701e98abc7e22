// Word 97-2003 .doc files: the text of the main document, paragraph by paragraph, and a clear
// error for each kind of file that cannot be read. The fixtures are written byte by byte by
// tests/fixtures/doc/make_doc.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

#include "clausecheck/parsers.h"

namespace clausecheck {
namespace {

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path fixture(const char* name) {
  return std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / "tests" / "fixtures" / "doc" / name;
}

ParseResult parse_fixture(const char* name) {
  const std::string bytes = read_bytes(fixture(name));
  return parse_document(fixture(name).string(), bytes, ParseLimits{});
}

std::vector<std::string> block_texts(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) out.emplace_back(document.block_text(block));
  return out;
}

TEST(DocParser, MainTextIsReadParagraphByParagraphFromBothKindsOfPiece) {
  const ParseResult result = parse_fixture("small.doc");
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  EXPECT_EQ(document.format, DocumentFormat::doc);
  EXPECT_EQ(to_string(document.format), "doc");
  const std::vector<std::string> blocks = block_texts(document);
  const std::vector<std::string> expected = {
      "SERVICES AGREEMENT",
      "1. Payment",
      // UTF-16 piece: the pound sign is read as it is stored.
      "1.1 The Contractor shall pay the Subcontractor within 90 days of receipt of payment from the Authority. "
      "The fee is \xC2\xA3" "12,000.",
      // A field's code is not text; its result is.
      "See page 7 for the schedule.",
      // Table cells are blocks of their own.
      "Fee",
      "\xC2\xA3" "100",
      "2. Indemnity",
      // Windows-1252 piece: 0x96 is an en dash, 0x93 and 0x94 curly quotes.
      "2.1 The Subcontractor shall indemnify the Contractor against all losses whatsoever \xE2\x80\x93 however caused.",
      "\xE2\x80\x9C" "Services\xE2\x80\x9D means the services in Schedule 1.",
  };
  EXPECT_EQ(blocks, expected);
  // The file defines no lists, so nothing says numbers may be missing.
  EXPECT_TRUE(document.warnings.empty());
}

struct NumberedBlock {
  std::string text, label;
  int level = -1;
  bool operator==(const NumberedBlock&) const = default;
};

void PrintTo(const NumberedBlock& block, std::ostream* out) {
  *out << "{\"" << block.label << "\" level " << block.level << ": " << block.text << "}";
}

std::vector<NumberedBlock> numbered_blocks(const Document& document) {
  std::vector<NumberedBlock> out;
  for (const Block& block : document.blocks) {
    out.push_back(NumberedBlock{std::string(document.block_text(block)), block.label, block.list_level});
  }
  return out;
}

// Word computes "1.1" and "(a)" from the list tables; they become each block's label and level,
// as for a DOCX. The fixture's comments (make_doc.py, NUMBERED_1 and NUMBERED_2) say why each.
TEST(DocParser, NumberedParagraphsGetTheNumbersWordShows) {
  const ParseResult result = parse_fixture("numbered.doc");
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  const std::vector<NumberedBlock> expected = {
      {"SERVICES AGREEMENT", "", -1},
      {"Payment", "1", 0},  // numbered by its heading style, linked to the list
      {"The Contractor shall pay the Subcontractor.", "1.1", 1},
      {"within 30 days;", "(a)", 2},  // a tab-stop change before the list's properties is skipped
      {"on receipt of an invoice.", "(b)", 2},
      {"Invoices shall be in writing.", "1.2", 1},
      {"by post;", "(a)", 2},  // level 3 restarts when level 2 advances
      {"by hand.", "(e)", 2},  // the second list instance starts level 3 at 5
      {"Indemnity", "2", 0},  // a style based on the heading style inherits its list (8-bit piece)
      {"The Subcontractor shall indemnify the Contractor.", "2.1", 1},
      {"Not numbered", "", -1},  // the paragraph removes its style's numbering
      {"Plain text.", "", -1},
  };
  EXPECT_EQ(numbered_blocks(document), expected);
  // The numbers were computed, so nothing says they may be missing.
  EXPECT_TRUE(document.warnings.empty());
}

TEST(DocParser, DamagedListTablesLeaveTheTextAndWarnThatNumbersMayBeMissing) {
  const ParseResult result = parse_fixture("numbered-damaged-lists.doc");
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  ASSERT_EQ(document.blocks.size(), 12u);
  for (const Block& block : document.blocks) EXPECT_EQ(block.label, "") << document.block_text(block);
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings.front().code, "doc-numbering");
}

TEST(DocParser, FilesThatCannotBeReadAreErrorsThatSayWhy) {
  struct Case {
    const char* file;
    InputErrorKind kind;
    const char* says;
  };
  for (const Case& c : {Case{"encrypted.doc", InputErrorKind::encrypted, "password"},
                        Case{"word95.doc", InputErrorKind::unsupported, "Word 6.0/95"},
                        Case{"bad-piece-table.doc", InputErrorKind::corrupt, "piece table"},
                        Case{"truncated.doc", InputErrorKind::corrupt, "damaged or truncated"},
                        // 300 pieces pointing at the same 4,000 bytes: 1.2 million characters of
                        // a 12 kB file.
                        Case{"repeated-pieces.doc", InputErrorKind::corrupt, "more text than the file"}}) {
    const ParseResult result = parse_fixture(c.file);
    ASSERT_TRUE(std::holds_alternative<InputError>(result)) << c.file;
    const InputError& error = std::get<InputError>(result);
    EXPECT_EQ(error.kind, c.kind) << c.file << ": " << error.message;
    EXPECT_NE(error.message.find(c.says), std::string::npos) << c.file << ": " << error.message;
    EXPECT_NE(error.describe().find(c.file), std::string::npos) << error.describe();
  }
}

// A .doc LibreOffice wrote (tests/fixtures/bad/make_bad_inputs.sh): another writer's layout.
TEST(DocParser, LibreOfficeDocIsRead) {
  const std::filesystem::path path = std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / "tests" / "fixtures" / "bad" /
                                     "legacy.doc";
  const std::string bytes = read_bytes(path);
  const ParseResult result = parse_document(path.string(), bytes, ParseLimits{});
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  EXPECT_EQ(document.format, DocumentFormat::doc);
  EXPECT_EQ(document.text, "1. Payment\nThe Prime Contractor shall pay within 60 days.");
}

// A real CCS schedule saved by Word: its clause numbers come from heading styles linked to a
// list, and from list instances that restart it in each Part. Its .docx conversion
// (corpus/real/dev) shows the same numbers.
TEST(DocParser, RealCcsScheduleIsReadWithTheClauseNumbersWordShows) {
  const std::filesystem::path path = std::filesystem::path(CLAUSECHECK_SOURCE_DIR).parent_path() / "shared" /
                                     "corpus" / "ccs-psc-prototype" / "example-contract" /
                                     "Call-Off Schedule 2 - Staff Transfer v1.4.doc";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/corpus beside the repository";
  const std::string bytes = read_bytes(path);
  const ParseResult result = parse_document(path.string(), bytes, ParseLimits{});
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  EXPECT_NE(document.text.find("Employee Liabilities"), std::string::npos);
  EXPECT_NE(document.text.find("Former Supplier"), std::string::npos);
  EXPECT_GT(document.blocks.size(), 100u);
  EXPECT_TRUE(document.warnings.empty());
  const std::vector<NumberedBlock> blocks = numbered_blocks(document);
  const auto labelled = std::count_if(blocks.begin(), blocks.end(), [](const NumberedBlock& b) { return !b.label.empty(); });
  EXPECT_GT(labelled, 200);
  // Part A: the list restarts at "1" and its first sub-clause does not restart it again.
  const auto starts = [&](const char* words) {
    return std::find_if(blocks.begin(), blocks.end(), [&](const NumberedBlock& b) { return b.text.starts_with(words); });
  };
  for (const NumberedBlock& expected : {NumberedBlock{"The Buyer and the Supplier agree that", "1.1", 2},
                                        NumberedBlock{"BUYER INDEMNITIES", "2", 1},
                                        NumberedBlock{"SUPPLIER INDEMNITIES AND OBLIGATIONS", "3", 1}}) {
    auto found = starts(expected.text.c_str());
    ASSERT_NE(found, blocks.end()) << expected.text;
    EXPECT_EQ(found->label, expected.label) << expected.text;
    EXPECT_EQ(found->level, expected.level) << expected.text;
  }
}

}  // namespace
}  // namespace clausecheck
