// Format detection from the content, never the file name, and the identity fields the
// dispatcher fills in (sha256, path, mislabelled-file warning).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "clausecheck/parsers.h"
#include "format_detection.h"
#include "sha256.h"

namespace clausecheck {
namespace {

using namespace std::string_literals;

std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string kSampleDocx = "corpus/samples/sample-subcontract.docx";
const std::string kSamplePdf = "tests/fixtures/pdf/running-headers.pdf";

TEST(DetectFormat, TinyAndTruncatedBinaryFiles_AreDescribedNotThrown) {
  // Every prefix of a RIFF/WebP header and of an ISO media header, and 1-3 byte binaries:
  // the magic checks must never read past the end.
  const std::string webp = "RIFF\x10\0\0\0WEBPVP8 "s;
  const std::string heic = "\0\0\0\x18" "ftypheic"s;
  for (std::size_t n = 0; n <= webp.size(); ++n) {
    EXPECT_NO_THROW((void)describe_unsupported_content(webp.substr(0, n))) << n;
    EXPECT_NO_THROW((void)parse_document("tiny.pdf", webp.substr(0, n))) << n;
  }
  for (std::size_t n = 0; n <= heic.size(); ++n) EXPECT_NO_THROW((void)describe_unsupported_content(heic.substr(0, n))) << n;
  for (const std::string& bytes : {"\xff"s, "\xff\xfe"s, "\x00\x01\x02"s}) {
    ParseResult result;
    ASSERT_NO_THROW(result = parse_document("scan.pdf", bytes));
    ASSERT_TRUE(std::holds_alternative<InputError>(result));
    EXPECT_NE(std::get<InputError>(result).describe().find("scan.pdf"), std::string::npos);
  }
  EXPECT_EQ(describe_unsupported_content(webp), "a WebP image");
  EXPECT_EQ(describe_unsupported_content(heic), "a video or HEIC image");
}

TEST(DetectFormat, PdfHeader_AtStartOrAfterJunkAtALineStart_IsPdf) {
  EXPECT_EQ(detect_format(read_repo_file(kSamplePdf), "x.bin"), DetectedFormat::pdf);
  EXPECT_EQ(detect_format("Received: by mail gateway\r\n%PDF-1.4\n...", "x"), DetectedFormat::pdf);
}

TEST(DetectFormat, TextThatMerelyMentionsThePdfHeader_IsText) {
  EXPECT_EQ(detect_format("The file starts with b\"%PDF-1.7\" and then objects.\n", "notes.txt"),
            DetectedFormat::text);
}

TEST(DetectFormat, ZipWithWordDocument_IsDocxWhateverTheName) {
  EXPECT_EQ(detect_format(read_repo_file(kSampleDocx), "contract.pdf"), DetectedFormat::docx);
}

TEST(DetectFormat, TruncatedDocx_IsStillDocx_SoItsParserCanSayItIsDamaged) {
  EXPECT_EQ(detect_format(read_repo_file("tests/fixtures/bad/truncated.docx"), "t.docx"), DetectedFormat::docx);
}

TEST(DetectFormat, ZipWithoutWordDocument_IsOtherZip) {
  std::string zip = read_repo_file("tests/fixtures/bad/not-docx.zip");
  EXPECT_EQ(detect_format(zip, "contract.docx"), DetectedFormat::other_zip);
  EXPECT_EQ(describe_unsupported_content(zip), "a zip archive that is not a Word document");
}

TEST(DetectFormat, CompoundFileWithWordDocumentStream_IsLegacyDoc) {
  std::string doc = read_repo_file("tests/fixtures/bad/legacy.doc");
  EXPECT_EQ(detect_format(doc, "contract.docx"), DetectedFormat::legacy_doc);
  EXPECT_FALSE(is_encrypted_office_file(doc));
}

TEST(DetectFormat, CompoundFileWithEncryptedPackage_IsAnEncryptedOfficeFile) {
  EXPECT_TRUE(is_encrypted_office_file(read_repo_file("tests/fixtures/bad/encrypted.docx")));
  EXPECT_FALSE(is_encrypted_office_file(read_repo_file(kSampleDocx)));
}

TEST(DetectFormat, Utf8Text_IsText_WithBomToo) {
  EXPECT_EQ(detect_format("1. Payment\nThe Prime shall pay within 30 days.\n", "a.txt"), DetectedFormat::text);
  EXPECT_EQ(detect_format("\xEF\xBB\xBF" "1. Payment \xC2\xA3" "5\n", "a"), DetectedFormat::text);
}

TEST(DetectFormat, Utf16WithBom_IsText) {
  EXPECT_EQ(detect_format("\xFF\xFE" "1\0.\0 \0P\0"s, "a.txt"), DetectedFormat::text);
}

TEST(DetectFormat, MarkdownByExtensionOrByClearMarkup) {
  EXPECT_EQ(detect_format("Plain words.\n", "terms.md"), DetectedFormat::markdown);
  EXPECT_EQ(detect_format("Plain words.\n", "terms.MARKDOWN"), DetectedFormat::markdown);
  EXPECT_EQ(detect_format("# Subcontract\n\n## 1. Payment\n\nThe Prime shall pay.\n", "terms.txt"),
            DetectedFormat::markdown);
  EXPECT_EQ(detect_format("1. Payment\n# of days: 30\n", "terms.txt"), DetectedFormat::text);
}

TEST(DetectFormat, Windows1252Text_IsText_ForTheTextParserToDecode) {
  EXPECT_EQ(detect_format("The fee is \xA3" "500 per month.\n", "fees.txt"), DetectedFormat::text);
}

TEST(DetectFormat, MostlyHighBytesWithoutControls_IsNotText) {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes.push_back(static_cast<char>(0x80 + (i * 37) % 0x7f));
  EXPECT_EQ(detect_format(bytes, "x.txt"), DetectedFormat::other_binary);
  EXPECT_EQ(describe_unsupported_content(bytes), "a text file in an unknown encoding; save it as UTF-8");
}

TEST(DetectFormat, Images_AreUnsupportedAndNamed) {
  std::string png = read_repo_file("tests/fixtures/bad/image-named.pdf");
  EXPECT_EQ(detect_format(png, "scan.pdf"), DetectedFormat::other_binary);
  EXPECT_EQ(describe_unsupported_content(png), "a PNG image");
  EXPECT_EQ(describe_unsupported_content("\xFF\xD8\xFF\xE0 jpeg"), "a JPEG image");
  EXPECT_EQ(describe_unsupported_content("II*\0rest"s), "a TIFF image");
  EXPECT_EQ(describe_unsupported_content("{\\rtf1\\ansi"), "an RTF document; save it as DOCX or PDF");
}

TEST(Sha256, KnownVector) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ParseDocument, DocumentIdentity_PathAndSha256OfTheFileBytes) {
  std::string bytes = read_repo_file(kSamplePdf);
  ParseResult result = parse_document("in/contract.pdf", bytes);
  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const Document& document = std::get<Document>(result);
  EXPECT_EQ(document.path, "in/contract.pdf");
  EXPECT_EQ(document.sha256, sha256_hex(bytes));
  for (const Warning& warning : document.warnings) EXPECT_NE(warning.code, "mislabelled-file");
}

TEST(ParseDocument, DocxNamedPdf_IsReadAsDocx_WithAMislabelledWarning) {
  ParseResult result = parse_document("contract.pdf", read_repo_file(kSampleDocx));
  ASSERT_TRUE(std::holds_alternative<Document>(result)) << std::get<InputError>(result).describe();
  const Document& document = std::get<Document>(result);
  EXPECT_EQ(document.format, DocumentFormat::docx);
  ASSERT_FALSE(document.warnings.empty());
  EXPECT_EQ(document.warnings.front().code, "mislabelled-file");
  EXPECT_NE(document.warnings.front().message.find("says PDF"), std::string::npos) << document.warnings.front().message;
  EXPECT_NE(document.warnings.front().message.find("read as DOCX"), std::string::npos);
}

TEST(ParseDocument, PdfNamedTxt_IsReadAsPdf_WithAMislabelledWarning) {
  ParseResult result = parse_document("contract.txt", read_repo_file(kSamplePdf));
  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const Document& document = std::get<Document>(result);
  EXPECT_EQ(document.format, DocumentFormat::pdf);
  ASSERT_FALSE(document.warnings.empty());
  EXPECT_EQ(document.warnings.front().code, "mislabelled-file");
}

TEST(ParseDocument, MarkdownInATxtFile_IsNotMislabelled) {
  ParseResult result = parse_document("terms.txt", "# Subcontract\n\n## 1. Payment\n\nThe Prime shall pay.\n");
  ASSERT_TRUE(std::holds_alternative<Document>(result));
  for (const Warning& warning : std::get<Document>(result).warnings) EXPECT_NE(warning.code, "mislabelled-file");
}

}  // namespace
}  // namespace clausecheck
