// Normalisation: every unification of docs/normalisation.md, and the exact map from
// normalised bytes back to the original.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"
#include "normaliser.h"

namespace clausecheck {
namespace {

Document plain(std::string text) {
  Document document;
  document.text = std::move(text);
  return document;
}

TEST(Normaliser, TypographicSingleQuotes_BecomeApostrophe) {
  EXPECT_EQ(normalise_string("\u2018a\u2019 \u201Ab\u201B \u2032 `c\u00B4 \u2039d\u203A \u02BC"),
            "'a' 'b' ' 'c' 'd' '");
}

TEST(Normaliser, TypographicDoubleQuotes_BecomeStraightDoubleQuote) {
  EXPECT_EQ(normalise_string("\u201CServices\u201D \u201Ea\u201F \u00ABb\u00BB \u2033"),
            "\"services\" \"a\" \"b\" \"");
}

TEST(Normaliser, EveryDashAndMinus_BecomesHyphenMinus) {
  EXPECT_EQ(normalise_string("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\uFE58i\uFE63j\uFF0Dk"),
            "a-b-c-d-e-f-g-h-i-j-k");
}

TEST(Normaliser, UnicodeSpacesTabsAndNewlines_CollapseToOneSpace) {
  EXPECT_EQ(normalise_string("sixty\u00A0(60)\u202Fdays\u2007and\t\t\n\r\f  \u2003 more"),
            "sixty (60) days and more");
}

TEST(Normaliser, LeadingAndTrailingWhitespace_IsDropped) {
  EXPECT_EQ(normalise_string(" \u00A0 \n Payment \t "), "payment");
}

TEST(Normaliser, Ligatures_BecomeLetters) {
  EXPECT_EQ(normalise_string("\uFB01nal \uFB02ow e\uFB00ect su\uFB03cient ba\uFB04e"),
            "final flow effect sufficient baffle");
}

TEST(Normaliser, SoftHyphenAndZeroWidthCharactersInsideWords_AreRemoved) {
  EXPECT_EQ(normalise_string("indem\u00ADnity"), "indemnity");
  EXPECT_EQ(normalise_string("indem\u200Bnity"), "indemnity");
  EXPECT_EQ(normalise_string("indem\u200Cni\u200Dty"), "indemnity");
  EXPECT_EQ(normalise_string("indem\u2060nity\uFEFF"), "indemnity");
  EXPECT_EQ(normalise_string("\uFEFFLiability"), "liability");
}

TEST(Normaliser, FullWidthDigitsAndLetters_BecomeAscii) {
  EXPECT_EQ(normalise_string("\uFF16\uFF10 \uFF24\uFF41\uFF59\uFF53"), "60 days");
}

TEST(Normaliser, CaseFolding_MakesSharpSAndStrasseEqual) {
  EXPECT_EQ(normalise_string("STRASSE"), "strasse");
  EXPECT_EQ(normalise_string("Stra\u00DFe"), "strasse");
  EXPECT_EQ(normalise_string("The SUPPLIER"), "the supplier");
}

TEST(Normaliser, Ellipsis_BecomesThreeFullStops) {
  EXPECT_EQ(normalise_string("and so on\u2026"), "and so on...");
}

TEST(Normaliser, CombiningAccent_ComposesWithItsLetter) {
  EXPECT_EQ(normalise_string("Cafe\u0301"), "caf\u00E9");
  EXPECT_EQ(normalise_string("CAF\u00C9"), "caf\u00E9");
}

TEST(Normaliser, InvalidUtf8_BecomesReplacementCharacterMappedToTheBadByte) {
  CharacterMap map = normalise_characters("a\xFF" "b\xE2\x80");
  EXPECT_EQ(map.text, "a\uFFFD" "b\uFFFD");
  ASSERT_EQ(map.to_original.size(), map.text.size() + 1);
  EXPECT_EQ(map.to_original[1], 1u);  // U+FFFD's three bytes all point at 0xFF
  EXPECT_EQ(map.to_original[3], 1u);
  EXPECT_EQ(map.original_end[1], 2u);
  EXPECT_EQ(map.to_original[4], 2u);  // "b"
  EXPECT_EQ(map.to_original[5], 3u);  // truncated sequence
  EXPECT_EQ(map.to_original.back(), 5u);
}

TEST(Normaliser, OffsetMap_PointsEveryNormalisedByteAtItsOriginalCharacter) {
  // "Ａ" (3 bytes) "\u00A0\u00A0" (4 bytes) "ﬁ" (3 bytes) "\u00AD" (2 bytes) "X"
  const std::string original = "\uFF21\u00A0\u00A0\uFB01\u00ADX";
  CharacterMap map = normalise_characters(original);
  EXPECT_EQ(map.text, "a fix");
  EXPECT_EQ(map.to_original, (std::vector<std::uint32_t>{0, 3, 7, 7, 12, 13}));
  EXPECT_EQ(map.original_end, (std::vector<std::uint32_t>{3, 5, 10, 10, 13}));
}

TEST(Normaliser, EmptyDocument_GivesEmptyTextAndAMapOfOneEntry) {
  NormalisedText text = normalise(Document{});
  EXPECT_TRUE(text.text.empty());
  EXPECT_EQ(text.to_original, std::vector<std::uint32_t>{0});
  EXPECT_TRUE(text.tokens.empty());
  EXPECT_TRUE(text.sentences.empty());
}

TEST(Normaliser, WhitespaceOnlyDocument_HasNoTokens) {
  NormalisedText text = normalise(document_from_text(" \n\t\n\u00A0"));
  EXPECT_TRUE(text.text.empty());
  EXPECT_EQ(text.to_original.size(), 1u);
  EXPECT_TRUE(text.tokens.empty());
}

TEST(Normaliser, DocumentWithTextButNoBlocks_IsStillNormalised) {
  NormalisedText text = normalise(plain("The Supplier shall pay."));
  EXPECT_EQ(text.text, "the supplier shall pay.");
  EXPECT_EQ(text.sentences.size(), 1u);
}

TEST(Normaliser, SoftHyphenUsedAsTheDocumentsHyphen_BecomesHyphenMinus) {
  // The G-Cloud 8 framework's PDF text has no U+002D: every visible hyphen is U+00AD.
  const Document document = plain("G\u00ADCloud 8 \u00AD Call\u00ADOff Contract");
  EXPECT_EQ(detect_soft_hyphen_use(document.text), SoftHyphenUse::visible_hyphen);
  EXPECT_EQ(normalise(document).text, "g-cloud 8 - call-off contract");
}

TEST(Normaliser, SoftHyphenOnlyInsideWords_StaysInvisible) {
  EXPECT_EQ(detect_soft_hyphen_use("an indem\u00ADnity and liabil\u00ADity"), SoftHyphenUse::invisible);
  // A document with real hyphens uses U+00AD as a soft hyphen, wherever it sits.
  EXPECT_EQ(detect_soft_hyphen_use("sub-contractor \u00AD indem\u00ADnity"), SoftHyphenUse::invisible);
  EXPECT_EQ(normalise(plain("an indem\u00ADnity")).text, "an indemnity");
}

TEST(Normaliser, NormaliseString_AgreesWithNormaliseOnDocuments) {
  const std::string phrase = "\u201CPayment Period\u201D means sixty\u00A0(60) days \u2013 see cl.\u00A04.2";
  EXPECT_EQ(normalise_string(phrase), normalise(document_from_text(phrase)).text);
}

// Property: for random text mixing everything above, the map is monotonic and complete,
// and every word or number token's original slice normalises to exactly the token.
TEST(Normaliser, RandomText_EveryTokensOriginalSliceNormalisesToTheToken) {
  const std::vector<std::string> alphabet = {
      "a", "B", "z", "Q", "1", "0", "9", ",", ".", " ", "  ", "\n", "\t", "-", "'", "\"",
      "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2212", "\u00A0", "\u202F",
      "\u2007", "\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\uFB01", "\uFB02", "\uFB03",
      "\uFF11", "\uFF21", "\u00DF", "\u00C9", "e\u0301", "\u0301", "\u2026", "\u00A3", "%",
      "(", ")", "\xFF", "\xC3", "\u0130", "\u2122", "\u00E9", "\u03A3", "\u3000"};
  std::mt19937 random(20261124);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string original;
    for (int n = length(random); n > 0; --n) original += alphabet[pick(random)];
    const Document document = plain(original);
    const SoftHyphenUse soft_hyphen = detect_soft_hyphen_use(original);
    const NormalisedText text = normalise(document);
    SCOPED_TRACE(testing::Message() << "original: " << testing::PrintToString(original));

    ASSERT_EQ(text.to_original.size(), text.text.size() + 1);
    EXPECT_EQ(text.to_original.back(), original.size());
    for (std::size_t i = 0; i + 1 < text.to_original.size(); ++i) {
      ASSERT_LE(text.to_original[i], text.to_original[i + 1]);
      ASSERT_LT(text.to_original[i], original.size());
    }
    std::uint32_t previous_begin = 0;
    for (const Token& token : text.tokens) {
      ASSERT_LT(token.norm_begin, token.norm_end);
      ASSERT_LT(token.begin, token.end);
      ASSERT_LE(token.end, original.size());
      ASSERT_GE(token.begin, previous_begin);  // in original order
      previous_begin = token.begin;
      const std::string slice = original.substr(token.begin, token.end - token.begin);
      const std::string renormalised = normalise_characters(slice, soft_hyphen).text;
      const std::string token_text(text.token_text(token));
      if (token.kind == TokenKind::punct) {
        // "…" is three "." tokens that all come from the one original character.
        EXPECT_NE(renormalised.find(token_text), std::string::npos) << token_text;
      } else {
        EXPECT_EQ(renormalised, token_text);
      }
    }
  }
}

// Speed is measured by bench/normalise_bench.cpp, not here. This test proves that a large
// document is normalised whole and consistently: every copy of a repeated paragraph gives
// the same tokens, mapped to its own copy of the original.
TEST(Normaliser, LargeText_EveryRepeatedParagraphGivesTheSameTokens) {
  const std::string paragraph =
      "12.3 The Sub-Contractor shall indemnify the Contractor against all Losses arising "
      "from any breach of this Agreement, save that the total liability shall not exceed "
      "\u00A31,500,000 (one million five hundred thousand pounds) in any Contract Year.";
  const NormalisedText one = normalise(document_from_text(paragraph));
  std::string original;
  constexpr std::size_t kCopies = 20000;  // about 4 MB
  for (std::size_t i = 0; i < kCopies; ++i) original += paragraph + "\n";
  const NormalisedText text = normalise(document_from_text(original));
  ASSERT_EQ(text.tokens.size(), one.tokens.size() * kCopies);
  const std::size_t stride = paragraph.size() + 1;
  for (std::size_t copy : {std::size_t{0}, kCopies / 2, kCopies - 1}) {
    for (std::size_t t = 0; t < one.tokens.size(); ++t) {
      const Token& token = text.tokens[copy * one.tokens.size() + t];
      EXPECT_EQ(text.token_text(token), one.token_text(one.tokens[t]));
      EXPECT_EQ(token.begin, one.tokens[t].begin + copy * stride);
    }
  }
}

}  // namespace
}  // namespace clausecheck
