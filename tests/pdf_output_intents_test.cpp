// A PDF's output intents hidden from Poppler (parsers/src/pdf_output_intents.h): the
// catalog's /OutputIntents key renamed in place, every other byte and every offset kept.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "pdf_output_intents.h"

namespace clausecheck {
namespace {

// A catalog as Microsoft Word and EDGAR's converters write it, with its cross-reference
// offset after it: the offset must still point at the same byte.
constexpr std::string_view kCatalog =
    "1 0 obj\n<</Type/Catalog/Pages 2 0 R/OutputIntents[ 7 0 R] /Lang(en-US)>>\nendobj\n"
    "7 0 obj\n<</Type/OutputIntent/S/GTS_PDFA1/DestOutputProfile 8 0 R>>\nendobj\n"
    "startxref\n1234\n%%EOF\n";

TEST(PdfOutputIntents, CatalogKey_IsRenamedWithEveryOtherByteInPlace) {
  const std::optional<std::string> hidden = without_output_intents(kCatalog);
  ASSERT_TRUE(hidden.has_value());
  ASSERT_EQ(hidden->size(), kCatalog.size());
  EXPECT_EQ(hidden->find("/OutputIntents"), std::string::npos);
  const std::size_t at = kCatalog.find("/OutputIntents");
  EXPECT_EQ(hidden->substr(0, at), kCatalog.substr(0, at));
  EXPECT_EQ(hidden->substr(at + 14), kCatalog.substr(at + 14));
  // The intent's own dictionary (/Type/OutputIntent, singular) is another name: untouched.
  EXPECT_NE(hidden->find("/Type/OutputIntent/S/GTS_PDFA1"), std::string::npos);
}

TEST(PdfOutputIntents, KeyFollowedByAnyDelimiter_IsRenamed) {
  for (std::string_view pdf : {"<</OutputIntents 7 0 R>>", "<</OutputIntents[7 0 R]>>",
                               "<</OutputIntents\r\n[7 0 R]>>", "<</OutputIntents/x>>", "/OutputIntents"}) {
    const std::optional<std::string> hidden = without_output_intents(pdf);
    ASSERT_TRUE(hidden.has_value()) << pdf;
    EXPECT_EQ(hidden->find("/OutputIntents"), std::string::npos) << pdf;
    EXPECT_EQ(hidden->size(), pdf.size()) << pdf;
  }
}

TEST(PdfOutputIntents, EveryCatalogOfAnUpdatedFile_IsRenamed) {
  // An incremental update writes the catalog again; Poppler reads the last one.
  const std::string pdf = std::string(kCatalog) + std::string(kCatalog);
  const std::optional<std::string> hidden = without_output_intents(pdf);
  ASSERT_TRUE(hidden.has_value());
  EXPECT_EQ(hidden->find("/OutputIntents"), std::string::npos);
}

TEST(PdfOutputIntents, LongerNameStartingTheSame_IsLeftAlone) {
  EXPECT_FALSE(without_output_intents("<</OutputIntentsCustom 7 0 R>>").has_value());
  EXPECT_FALSE(without_output_intents("<</OutputIntents2 7 0 R>>").has_value());
}

TEST(PdfOutputIntents, PdfWithoutOutputIntents_IsNotCopied) {
  EXPECT_FALSE(without_output_intents("%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n").has_value());
  EXPECT_FALSE(without_output_intents("").has_value());
}

}  // namespace
}  // namespace clausecheck
