// Word 97-2003 .doc files: the text of the main document, paragraph by paragraph, and a clear
// error for each kind of file that cannot be read. The fixtures are written byte by byte by
// tests/fixtures/doc/make_doc.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
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

TEST(DocParser, FilesThatCannotBeReadAreErrorsThatSayWhy) {
  struct Case {
    const char* file;
    InputErrorKind kind;
    const char* says;
  };
  for (const Case& c : {Case{"encrypted.doc", InputErrorKind::encrypted, "password"},
                        Case{"word95.doc", InputErrorKind::unsupported, "Word 6.0/95"},
                        Case{"bad-piece-table.doc", InputErrorKind::corrupt, "piece table"},
                        Case{"truncated.doc", InputErrorKind::corrupt, "damaged or truncated"}}) {
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

// A real CCS schedule saved by Word: its numbered paragraphs' numbers live in the list tables,
// not the text, and the report says so.
TEST(DocParser, RealCcsScheduleIsReadAndWarnsOfComputedNumbers) {
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
  ASSERT_FALSE(document.warnings.empty());
  EXPECT_EQ(document.warnings.front().code, "doc-numbering");
  EXPECT_GT(document.blocks.size(), 100u);
}

}  // namespace
}  // namespace clausecheck
