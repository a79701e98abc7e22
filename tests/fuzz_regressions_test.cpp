// Every input a fuzzer ever found a problem with (fuzz/regressions/<target>/) is replayed
// through the same code the fuzz target runs, in the ordinary build: a fixed crash stays
// fixed. scripts/fuzz.sh copies each new crash there. Each target's folder also holds a
// hand-made input or two, so the replay is never empty.
#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_front_end_inputs.h"
#include "fuzz_inputs.h"

namespace clausecheck {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> saved_inputs(const std::string& target) {
  std::vector<fs::path> files;
  const fs::path dir = fs::path(CLAUSECHECK_SOURCE_DIR) / "fuzz" / "regressions" / target;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Target {
  const char* name;
  void (*run)(std::string_view);
};

// Names the target in test output instead of printing the struct's bytes.
void PrintTo(const Target& target, std::ostream* out) { *out << target.name; }

void as_pdf(std::string_view bytes) { fuzz::read_like_a_user("contract.pdf", bytes); }
void as_docx(std::string_view bytes) { fuzz::read_like_a_user("contract.docx", bytes); }
void as_doc(std::string_view bytes) { fuzz::read_like_a_user("contract.doc", bytes); }
void as_text(std::string_view bytes) { fuzz::read_like_a_user("contract.md", bytes); }

class FuzzRegressions : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzRegressions, EverySavedInputIsReadWithoutCrashOrException) {
  const std::vector<fs::path> inputs = saved_inputs(GetParam().name);
  ASSERT_FALSE(inputs.empty()) << "fuzz/regressions/" << GetParam().name << " holds no input";
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.filename().string());
    EXPECT_NO_THROW(GetParam().run(bytes_of(input)));
  }
}

// The structure-aware target is only worth its name if its container reaches the XML
// readers: a packed paragraph must come back as a document with that paragraph's words.
TEST(FuzzDocxPacking, PackedWordprocessingMl_ReadsAsADocumentWithItsText) {
  const std::string docx = fuzz::detail::pack_docx(
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
      R"(<w:p><w:r><w:t>1. The Subcontractor shall indemnify the Contractor.</w:t></w:r></w:p></w:body></w:document>)",
      {}, {});
  ASSERT_FALSE(docx.empty());
  ParseResult parsed = parse_document("contract.docx", docx);
  ASSERT_TRUE(std::holds_alternative<Document>(parsed)) << std::get<InputError>(parsed).describe();
  EXPECT_NE(std::get<Document>(parsed).text.find("shall indemnify the Contractor"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions,
                         ::testing::Values(Target{"pdf", as_pdf}, Target{"docx", as_docx}, Target{"doc", as_doc},
                                           Target{"text", as_text},
                                           Target{"docx_xml", fuzz::read_docx_xml},
                                           Target{"rules", fuzz::compile_rules},
                                           Target{"upload", fuzz::read_upload}, Target{"labels", fuzz::read_labels},
                                           Target{"offer", fuzz::read_offer}),
                         [](const ::testing::TestParamInfo<Target>& target) { return std::string(target.param.name); });

}  // namespace
}  // namespace clausecheck
