// Bad input is normal input: each kind of unreadable file gives one InputError of the
// right kind whose line names the file and says what to do, never a crash or an empty
// contract. Fixtures: tests/fixtures/bad/ (made by make_bad_inputs.sh).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "clausecheck/parsers.h"

namespace clausecheck {
namespace {

using namespace std::string_literals;

std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

InputError expect_error(const std::string& path, const std::string& bytes, const ParseLimits& limits = {}) {
  ParseResult result = parse_document(path, bytes, limits);
  if (!std::holds_alternative<InputError>(result)) {
    ADD_FAILURE() << path << " was read as a document";
    return {};
  }
  const InputError& error = std::get<InputError>(result);
  EXPECT_EQ(error.path, path);
  EXPECT_TRUE(error.describe().starts_with(path + ": ")) << error.describe();
  EXPECT_EQ(error.message.find('\n'), std::string::npos) << "one line: " << error.message;
  return error;
}

InputError expect_fixture_error(const std::string& name) {
  return expect_error("tests/fixtures/bad/" + name, read_repo_file("tests/fixtures/bad/" + name));
}

void expect_mentions(const InputError& error, const std::string& words) {
  EXPECT_NE(error.message.find(words), std::string::npos) << "'" << words << "' not in: " << error.message;
}

TEST(BadInput, EmptyFile_IsEmpty) {
  InputError error = expect_fixture_error("empty.txt");
  EXPECT_EQ(error.kind, InputErrorKind::empty);
  expect_mentions(error, "empty");
}

TEST(BadInput, WhitespaceOnly_IsEmpty) {
  InputError error = expect_fixture_error("whitespace-only.txt");
  EXPECT_EQ(error.kind, InputErrorKind::empty);
  expect_mentions(error, "only whitespace");
}

TEST(BadInput, AllZeroBytes_IsEmpty) {
  InputError error = expect_error("wiped.pdf", std::string(4096, '\0'));
  EXPECT_EQ(error.kind, InputErrorKind::empty);
  expect_mentions(error, "zero bytes");
}

TEST(BadInput, EncryptedPdf_IsEncrypted) {
  InputError error = expect_fixture_error("encrypted.pdf");
  EXPECT_EQ(error.kind, InputErrorKind::encrypted);
  expect_mentions(error, "PDF is encrypted (password-protected): remove the password");
}

TEST(BadInput, EncryptedDocx_IsEncrypted) {
  InputError error = expect_fixture_error("encrypted.docx");
  EXPECT_EQ(error.kind, InputErrorKind::encrypted);
  expect_mentions(error, "encrypted (password-protected)");
}

TEST(BadInput, TruncatedPdf_IsCorrupt) {
  InputError error = expect_fixture_error("truncated.pdf");
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
  expect_mentions(error, "truncated");
}

TEST(BadInput, CorruptPdf_IsCorrupt) {
  InputError error = expect_fixture_error("corrupt.pdf");
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
  expect_mentions(error, "PDF is damaged");
}

TEST(BadInput, PdfCutAtEveryTenthOfItsLength_IsNeverReadAsADocument) {
  std::string pdf = read_repo_file("tests/fixtures/pdf/running-headers.pdf");
  for (int tenth = 1; tenth < 10; ++tenth) {
    std::string cut = pdf.substr(0, pdf.size() * tenth / 10);
    InputError error = expect_error("cut.pdf", cut);
    EXPECT_EQ(error.kind, InputErrorKind::corrupt) << tenth;
  }
}

TEST(BadInput, TruncatedDocx_IsCorrupt) {
  InputError error = expect_fixture_error("truncated.docx");
  EXPECT_EQ(error.kind, InputErrorKind::corrupt);
}

TEST(BadInput, ScannedPdf_HasNoTextLayer_AndSaysToRunOcr) {
  InputError error = expect_fixture_error("scanned.pdf");
  EXPECT_EQ(error.kind, InputErrorKind::no_text_layer);
  expect_mentions(error, "scanned PDF with no text layer");
  expect_mentions(error, "2 pages");
  expect_mentions(error, "OCR");
}

TEST(BadInput, PngNamedPdf_IsUnsupported_AndNamedAsAPng) {
  InputError error = expect_fixture_error("image-named.pdf");
  EXPECT_EQ(error.kind, InputErrorKind::unsupported);
  expect_mentions(error, "not a PDF, DOCX, .doc, Markdown or text file (looks like a PNG image");
  expect_mentions(error, "name says PDF");
}

TEST(BadInput, ZipThatIsNotDocx_IsUnsupported) {
  InputError error = expect_fixture_error("not-docx-named.docx");
  EXPECT_EQ(error.kind, InputErrorKind::unsupported);
  expect_mentions(error, "zip archive that is not a Word document");
}

TEST(BadInput, Word95Doc_IsUnsupported_AndSaysToConvert) {
  InputError error = expect_fixture_error("../doc/word95.doc");
  EXPECT_EQ(error.kind, InputErrorKind::unsupported);
  expect_mentions(error, "Word 6.0/95 .doc file, which is not read: open it in Word or LibreOffice and save as .docx or PDF");
}

TEST(BadInput, RandomBinary_IsUnsupported) {
  std::string noise;
  for (int i = 0; i < 3000; ++i) noise.push_back(static_cast<char>((i * 7919 + 13) % 251));
  InputError error = expect_error("noise.bin", noise);
  EXPECT_EQ(error.kind, InputErrorKind::unsupported);
}

TEST(BadInput, FileOverTheSizeLimit_IsTooLarge) {
  ParseLimits limits;
  limits.max_file_bytes = 1024;
  InputError error = expect_error("big.txt", std::string(2048, 'a'), limits);
  EXPECT_EQ(error.kind, InputErrorKind::too_large);
  expect_mentions(error, "over the limit");
}

TEST(BadInput, PdfWhoseOnlyTextIsRunningHeadersAndPageNumbers_HasNoTextLayer) {
  // What a scan with a stamped header and page number looks like: no body text at all.
  InputError error = expect_error("stamped.pdf", read_repo_file("tests/fixtures/pdf/running-only.pdf"));
  EXPECT_EQ(error.kind, InputErrorKind::no_text_layer);
  expect_mentions(error, "only page numbers or running headers");
}

// A library never prints: Poppler's complaints about a damaged file must not reach stderr.
TEST(BadInput, DamagedPdfs_PrintNothingToStderr) {
  std::fflush(stderr);
  std::FILE* capture = std::tmpfile();
  ASSERT_NE(capture, nullptr);
  int saved = dup(2);
  dup2(fileno(capture), 2);
  for (const char* name : {"corrupt.pdf", "encrypted.pdf", "scanned.pdf"}) {
    std::string bytes = read_repo_file(std::string("tests/fixtures/bad/") + name);
    (void)parse_document(name, bytes);
  }
  std::string garbled = read_repo_file("tests/fixtures/pdf/running-headers.pdf");
  for (std::size_t i = 200; i + 40 < garbled.size(); i += 97) garbled[i] = '#';  // damage objects, keep %%EOF
  (void)parse_document("garbled.pdf", garbled);
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  long printed = std::ftell(capture);
  std::fclose(capture);
  EXPECT_EQ(printed, 0);
}

// Damage anywhere in a PDF gives a document or an InputError, never a crash or a hang
// (run under ASan/UBSan with -DCLAUSECHECK_SANITIZE=ON).
TEST(BadInput, PdfWithBytesOverwrittenAnywhere_GivesADocumentOrAnError) {
  const std::string pdf = read_repo_file("tests/fixtures/pdf/running-headers.pdf");
  unsigned seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 60; ++round) {
    std::string damaged = pdf;
    // The header stays: without it the file is (correctly) no longer a PDF.
    for (int k = 0; k < 8; ++k) damaged[16 + next() % (damaged.size() - 16)] = static_cast<char>(next() >> 16);
    ParseResult result = parse_document("damaged.pdf", damaged);
    if (auto* error = std::get_if<InputError>(&result)) {
      EXPECT_FALSE(error->message.empty());
    } else {
      EXPECT_EQ(std::get<Document>(result).format, DocumentFormat::pdf);
    }
  }
}

// The command line turns the error into one line on stderr and a non-zero exit status.
TEST(BadInputCli, ScannedPdf_ExitsNonZeroWithOneLineNamingTheFile) {
  std::string fixture = std::string(CLAUSECHECK_SOURCE_DIR) + "/tests/fixtures/bad/scanned.pdf";
  std::string command = "'" + std::string(CLAUSECHECK_BINARY) + "' extract '" + fixture + "' 2>&1 >/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string output;
  std::array<char, 512> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) output += buffer.data();
  int status = pclose(pipe.release());
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_NE(WEXITSTATUS(status), 0);
  EXPECT_NE(output.find(fixture + ": scanned PDF with no text layer"), std::string::npos) << output;
  EXPECT_EQ(std::count(output.begin(), output.end(), '\n'), 1) << output;
}

}  // namespace
}  // namespace clausecheck
