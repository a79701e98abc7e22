// Words whose ligature glyphs the PDF's font lost ("terminaton", "Call-Of"), repaired from
// the width the lost letters left inside the ligature's first letter and an English
// dictionary (parsers/src/ligature_repair.h).
//
// The widths are those measured in the CCS "example terms and conditions" (Carlito 12 pt,
// corpus/public/example-terms-and-conditions.pdf): a plain "t" 4.00 pt, "f" 3.66, "i" and
// "l" 2.78; the "t" standing for "ti" 6.68, for "tt" 7.60; the "f" for "fi" 6.38, for "ff"
// 7.00, for "ffi" 9.68.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/parsers.h"
#include "english_dictionary.h"
#include "ligature_repair.h"

namespace clausecheck {
namespace {

constexpr double kSize = 12.0;

LetterWidths carlito_widths() {
  LetterWidths widths;
  for (int n = 0; n < 10; ++n) {
    widths.add('t', kSize, 4.00);
    widths.add('f', kSize, 3.66);
    widths.add('i', kSize, 2.78);
    widths.add('l', kSize, 2.78);
  }
  // A few ligature glyphs among them do not move the usual width.
  widths.add('t', kSize, 6.68);
  widths.add('f', kSize, 7.00);
  return widths;
}

// A word as Poppler gives it, with the boxes of the letters at `at` as wide as `width`.
LigatureWord word(std::string text, std::vector<WidenedLetter> widened) {
  return LigatureWord{std::move(text), kSize, std::move(widened)};
}

std::string repaired(LigatureWord one) {
  std::vector<LigatureWord> words{std::move(one)};
  repair_lost_ligatures(words, carlito_widths(), EnglishDictionary::instance());
  return words.front().text;
}

// A dictionary of a few words, for cases a real dictionary cannot pin down.
class WordList final : public SpellChecker {
 public:
  explicit WordList(std::set<std::string, std::less<>> words) : words_(std::move(words)) {}
  bool spells(std::string_view word) const override { return words_.contains(word); }

 private:
  std::set<std::string, std::less<>> words_;
};

TEST(EnglishDictionary, SpellsBritishAndAmericanWords_NotBrokenOnes) {
  const EnglishDictionary& dictionary = EnglishDictionary::instance();
  EXPECT_TRUE(dictionary.spells("termination"));
  EXPECT_TRUE(dictionary.spells("Information"));
  EXPECT_TRUE(dictionary.spells("organisation"));
  EXPECT_TRUE(dictionary.spells("organization"));
  EXPECT_FALSE(dictionary.spells("terminaton"));
  EXPECT_FALSE(dictionary.spells("indemnifes"));
}

TEST(LettersFitting, TheRoomOfTi_FitsAnIOnly) {
  EXPECT_EQ(letters_fitting('t', 6.68 - 4.00, kSize, carlito_widths()), std::vector<std::string>{"i"});
}

TEST(LettersFitting, TheRoomOfTt_FitsATOnly) {
  EXPECT_EQ(letters_fitting('t', 7.60 - 4.00, kSize, carlito_widths()), std::vector<std::string>{"t"});
}

TEST(LettersFitting, TheRoomOfFi_FitsIOrL_NotAnotherF) {
  EXPECT_EQ(letters_fitting('f', 6.38 - 3.66, kSize, carlito_widths()), (std::vector<std::string>{"i", "l"}));
}

TEST(LettersFitting, TheRoomOfFf_FitsFOrT) {
  EXPECT_EQ(letters_fitting('f', 7.00 - 3.66, kSize, carlito_widths()), (std::vector<std::string>{"f", "t"}));
}

TEST(LettersFitting, TheRoomOfFfi_FitsTwoLetters) {
  EXPECT_EQ(letters_fitting('f', 9.68 - 3.66, kSize, carlito_widths()), (std::vector<std::string>{"fi", "fl"}));
}

TEST(LettersFitting, KerningSizedRoom_FitsNothing) {
  EXPECT_TRUE(letters_fitting('t', 0.9, kSize, carlito_widths()).empty());
  EXPECT_TRUE(letters_fitting('f', 0.0, kSize, carlito_widths()).empty());
}

TEST(LettersFitting, LetterNeverSeenAtThatSize_FitsNothing) {
  EXPECT_TRUE(letters_fitting('t', 2.68, 9.0, carlito_widths()).empty());
}

TEST(RepairLostLigatures, LostTi_IsRestored) {
  EXPECT_EQ(repaired(word("terminaton", {{7, 6.68}})), "termination");
  EXPECT_EQ(repaired(word("Informaton", {{7, 6.68}})), "Information");
  EXPECT_EQ(repaired(word("quantty", {{4, 6.68}})), "quantity");
}

TEST(RepairLostLigatures, LostTt_IsRestored) {
  EXPECT_EQ(repaired(word("atached", {{1, 7.60}})), "attached");
  EXPECT_EQ(repaired(word("submited", {{5, 7.60}})), "submitted");
}

TEST(RepairLostLigatures, LostFiAndFl_AreToldApartByTheDictionary) {
  EXPECT_EQ(repaired(word("indemnifes", {{7, 6.38}})), "indemnifies");
  EXPECT_EQ(repaired(word("confict", {{3, 6.38}})), "conflict");
}

TEST(RepairLostLigatures, LostFfi_IsRestored) {
  EXPECT_EQ(repaired(word("sufcient", {{2, 9.68}})), "sufficient");
}

TEST(RepairLostLigatures, TwoGapsInOneWord_AreRepairedTogether) {
  EXPECT_EQ(repaired(word("Specifcaton,", {{5, 6.38}, {8, 6.68}})), "Specification,");
  EXPECT_EQ(repaired(word("Rectfcaton", {{3, 6.68}, {4, 6.38}, {7, 6.68}})), "Rectification");
}

TEST(RepairLostLigatures, PunctuationAroundTheWord_IsKept) {
  EXPECT_EQ(repaired(word("(terminaton).", {{8, 6.68}})), "(termination).");
}

TEST(RepairLostLigatures, CorrectWordWithoutAWideLetter_IsUntouched) {
  EXPECT_EQ(repaired(word("termination", {})), "termination");
}

TEST(RepairLostLigatures, BrokenWordWithoutRoom_IsUntouched) {
  // No widened letter: nothing shows a glyph was lost, so the word is left as printed.
  EXPECT_EQ(repaired(word("quantty", {})), "quantty");
  // A "t" a little wider than usual (bold, kerning) is not room for a letter.
  EXPECT_EQ(repaired(word("quantty", {{4, 4.60}})), "quantty");
}

TEST(RepairLostLigatures, WordThatAlreadySpells_IsUntouchedWithoutEvidence) {
  // "Of" with the room of "ff": "Off" and "Oft" both spell, and "Of" does too.
  EXPECT_EQ(repaired(word("Of", {{1, 7.00}})), "Of");
}

TEST(RepairLostLigatures, GlyphShownByOtherWords_DecidesTheAmbiguousOne) {
  // "Staf" and "ofered" can only be "Staff" and "offered": the 7.00 pt "f" is "ff", so the
  // "Of" of "Call-Of" is "Off" (and "Oft" is ruled out).
  std::vector<LigatureWord> words{word("Call-Of", {{6, 7.00}}), word("Staf", {{3, 7.00}}),
                                  word("ofered", {{1, 7.00}})};
  EXPECT_EQ(repair_lost_ligatures(words, carlito_widths(), EnglishDictionary::instance()), 3u);
  EXPECT_EQ(words[0].text, "Call-Off");
  EXPECT_EQ(words[1].text, "Staff");
  EXPECT_EQ(words[2].text, "offered");
}

TEST(RepairLostLigatures, GlyphShownByOneWordOnly_IsNotEnoughEvidence) {
  std::vector<LigatureWord> words{word("Call-Of", {{6, 7.00}}), word("Staf", {{3, 7.00}})};
  repair_lost_ligatures(words, carlito_widths(), EnglishDictionary::instance());
  EXPECT_EQ(words[0].text, "Call-Of");
  EXPECT_EQ(words[1].text, "Staff");
}

TEST(RepairLostLigatures, TwoCandidatesSpell_IsLeftAlone) {
  const WordList dictionary({"baffle", "baftle"});
  std::vector<LigatureWord> words{word("bafle", {{2, 7.00}})};
  EXPECT_EQ(repair_lost_ligatures(words, carlito_widths(), dictionary), 0u);
  EXPECT_EQ(words[0].text, "bafle");
}

TEST(RepairLostLigatures, NamesAndCodes_AreUntouched) {
  // A reference with a digit, an all-capital run, and a name no dictionary knows.
  EXPECT_EQ(repaired(word("RM6ft", {{3, 6.38}})), "RM6ft");
  EXPECT_EQ(repaired(word("Brfton", {{2, 6.38}})), "Brfton");
  const WordList dictionary({"SOFTWARE", "software"});
  std::vector<LigatureWord> words{word("SOfWARE", {{2, 7.00}})};
  EXPECT_EQ(repair_lost_ligatures(words, carlito_widths(), dictionary), 0u);
}

TEST(RepairLostLigatures, WordWithAForeignLetter_IsUntouched) {
  const WordList dictionary({"caffé", "caff"});
  std::vector<LigatureWord> words{word("café", {{2, 7.00}})};
  EXPECT_EQ(repair_lost_ligatures(words, carlito_widths(), dictionary), 0u);
  EXPECT_EQ(words[0].text, "café");
}

// A dictionary that counts its look-ups and knows no word.
class CountingDictionary final : public SpellChecker {
 public:
  bool spells(std::string_view) const override {
    ++calls;
    return false;
  }
  mutable std::size_t calls = 0;
};

TEST(RepairLostLigatures, DocumentFullOfWideLetters_SpellsABoundedNumberOfTimes) {
  // 60,000 words that would each be spelled twice (as printed, and with the "i"): 120,000.
  std::vector<LigatureWord> words(60000, word("quantty", {{4, 6.68}}));
  const CountingDictionary dictionary;
  EXPECT_EQ(repair_lost_ligatures(words, carlito_widths(), dictionary), 0u);
  EXPECT_GT(dictionary.calls, 50000u);
  EXPECT_LE(dictionary.calls, 100000u);
}

TEST(RepairLostLigatures, VeryLongRunOfLetters_IsNotSpelled) {
  const CountingDictionary dictionary;
  std::vector<LigatureWord> words{word(std::string(60, 'a') + "t" + std::string(60, 'a'), {{60, 6.68}})};
  repair_lost_ligatures(words, carlito_widths(), dictionary);
  EXPECT_EQ(dictionary.calls, 0u);
}

TEST(RepairLigatureWord, GapsGivenDirectly_EachPartOfACompoundOnItsOwn) {
  const WordList dictionary({"set", "off", "of"});
  const std::vector<LigatureGap> gaps{LigatureGap{6, {"f", "t"}, 0}};
  EXPECT_EQ(repair_ligature_word("set-of", gaps, dictionary, true), "set-off");
  EXPECT_EQ(repair_ligature_word("set-of", gaps, dictionary, false), std::nullopt);  // "of" spells
  EXPECT_EQ(repair_ligature_word("set-of", {}, dictionary, true), std::nullopt);
}

// ---- the real document --------------------------------------------------------------

std::string text_of(const Document& document) {
  std::string text;
  for (const Block& block : document.blocks) {
    text += document.block_text(block);
    text += '\n';
  }
  return text;
}

Document parse_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  EXPECT_TRUE(in) << file;
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  ParseResult result = parse_document(file.string(), bytes);
  if (auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return {};
  }
  return std::get<Document>(std::move(result));
}

// The Crown Commercial Service's example terms (LibreOffice, Carlito): every "ti", "tt",
// "fi", "fl", "ff", "ffi" and "ft" glyph comes out of Poppler as its first letter.
void expect_ccs_terms_repaired(const Document& document) {
  const std::string text = text_of(document);
  for (std::string_view good : {"termination", "Information", "indemnifies", "Call-Off Contract", "attached",
                                "quantity", "Specification", "sufficient",
                                "Staff", "after", "conflict", "set-off"}) {
    EXPECT_NE(text.find(good), std::string::npos) << good;
  }
  for (std::string_view broken : {"terminaton", "Informaton", "indemnifes", "Call-Of ", "atached", "quantty",
                                  "Specifcaton", "sufcient", "Staf ", "afer ",
                                  "confict", "set-of "}) {
    EXPECT_EQ(text.find(broken), std::string::npos) << broken;
  }
}

TEST(LigatureRepairRealDocument, CcsExampleTerms_LostLigaturesAreRestored) {
  expect_ccs_terms_repaired(
      parse_file(std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / "corpus/public/example-terms-and-conditions.pdf"));
}

TEST(LigatureRepairRealDocument, CcsExampleTermsInSharedCorpus_LostLigaturesAreRestored) {
  const std::filesystem::path file = std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / ".." / "shared" / "corpus" /
                                     "ccs-psc-prototype" / "example-terms-and-conditions.pdf";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "no ../shared/corpus beside the repository";
  expect_ccs_terms_repaired(parse_file(file));
}

}  // namespace
}  // namespace clausecheck
