// Tokens: what a word, number and punctuation token is, and that each maps back to the
// exact original words.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

struct Seen {
  std::string text;
  TokenKind kind;
  std::string original;
  bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& seen) {
  const char* kind = seen.kind == TokenKind::word ? "word" : seen.kind == TokenKind::number ? "number" : "punct";
  return out << "{" << seen.text << " " << kind << " <" << seen.original << ">}";
}

std::vector<Seen> tokens_of(const std::string& original) {
  Document document;
  document.text = original;
  const NormalisedText text = normalise(document);
  std::vector<Seen> seen;
  for (const Token& token : text.tokens) {
    seen.push_back({std::string(text.token_text(token)), token.kind,
                    original.substr(token.begin, token.end - token.begin)});
  }
  return seen;
}

std::vector<std::string> texts_of(const std::string& original) {
  std::vector<std::string> texts;
  for (const Seen& seen : tokens_of(original)) texts.push_back(seen.text);
  return texts;
}

constexpr TokenKind W = TokenKind::word;
constexpr TokenKind N = TokenKind::number;
constexpr TokenKind P = TokenKind::punct;

TEST(Tokeniser, Words_AreCaseFoldedAndWhitespaceIsNotAToken) {
  EXPECT_EQ(tokens_of("The  SUPPLIER\tshall"),
            (std::vector<Seen>{{"the", W, "The"}, {"supplier", W, "SUPPLIER"}, {"shall", W, "shall"}}));
}

TEST(Tokeniser, Numbers_KeepTheirInnerSeparators) {
  EXPECT_EQ(tokens_of("1,000 1.5 4.2.1 60"),
            (std::vector<Seen>{{"1,000", N, "1,000"}, {"1.5", N, "1.5"}, {"4.2.1", N, "4.2.1"}, {"60", N, "60"}}));
}

TEST(Tokeniser, ClauseNumberWithFinalStop_IsNumberThenPunct) {
  EXPECT_EQ(tokens_of("4.2. Payment"),
            (std::vector<Seen>{{"4.2", N, "4.2"}, {".", P, "."}, {"payment", W, "Payment"}}));
}

TEST(Tokeniser, PoundAndPercent_ArePunctTokens) {
  EXPECT_EQ(tokens_of("\u00A3250,000 or 10%"),
            (std::vector<Seen>{{"\u00A3", P, "\u00A3"}, {"250,000", N, "250,000"}, {"or", W, "or"},
                               {"10", N, "10"}, {"%", P, "%"}}));
}

TEST(Tokeniser, LettersGluedToANumber_AreASeparateWord) {
  EXPECT_EQ(tokens_of("\u00A31.5m by the 10th"),
            (std::vector<Seen>{{"\u00A3", P, "\u00A3"}, {"1.5", N, "1.5"}, {"m", W, "m"}, {"by", W, "by"},
                               {"the", W, "the"}, {"10", N, "10"}, {"th", W, "th"}}));
}

TEST(Tokeniser, HyphenatedWords_AreOneWord) {
  EXPECT_EQ(tokens_of("Sub-Contractor"), (std::vector<Seen>{{"sub-contractor", W, "Sub-Contractor"}}));
  EXPECT_EQ(texts_of("pay-when-paid terms"), (std::vector<std::string>{"pay-when-paid", "terms"}));
  // Any dash between letters is a hyphen after normalisation.
  EXPECT_EQ(tokens_of("Sub\u2013Contractor"),
            (std::vector<Seen>{{"sub-contractor", W, "Sub\u2013Contractor"}}));
}

TEST(Tokeniser, HyphenNextToANumberOrSpace_StaysAPunctToken) {
  EXPECT_EQ(texts_of("a 30-day period"), (std::vector<std::string>{"a", "30", "-", "day", "period"}));
  EXPECT_EQ(texts_of("Section 1 \u2013 The appointment"),
            (std::vector<std::string>{"section", "1", "-", "the", "appointment"}));
}

TEST(Tokeniser, Apostrophes_StayInsideWordsAndQuotesArePunct) {
  EXPECT_EQ(texts_of("the Party\u2019s \u2018Services\u2019"),
            (std::vector<std::string>{"the", "party's", "'", "services", "'"}));
  EXPECT_EQ(texts_of("\u201CPrime Contract\u201D"),
            (std::vector<std::string>{"\"", "prime", "contract", "\""}));
}

TEST(Tokeniser, EachPunctuationCharacter_IsItsOwnToken) {
  EXPECT_EQ(texts_of("(a);"), (std::vector<std::string>{"(", "a", ")", ";"}));
}

TEST(Tokeniser, OriginalSpan_IsTheVisibleOriginalWord) {
  // Soft hyphen and zero-width space inside the word, ligature, full-width digits.
  EXPECT_EQ(tokens_of("an indem\u00ADni\u200Bty \uFB01nal \uFF16\uFF10 days"),
            (std::vector<Seen>{{"an", W, "an"},
                               {"indemnity", W, "indem\u00ADni\u200Bty"},
                               {"final", W, "\uFB01nal"},
                               {"60", N, "\uFF16\uFF10"},
                               {"days", W, "days"}}));
}

TEST(Tokeniser, InvisibleCharacterAfterAWord_IsNotPartOfItsSpan) {
  EXPECT_EQ(tokens_of("made\u200B available"),
            (std::vector<Seen>{{"made", W, "made"}, {"available", W, "available"}}));
}

TEST(Tokeniser, DocumentUsingSoftHyphenAsHyphen_KeepsCompoundWords) {
  EXPECT_EQ(tokens_of("G\u00ADCloud 8 \u00AD Call\u00ADOff"),
            (std::vector<Seen>{{"g-cloud", W, "G\u00ADCloud"}, {"8", N, "8"}, {"-", P, "\u00AD"},
                               {"call-off", W, "Call\u00ADOff"}}));
}

TEST(Tokeniser, TokensNeverSpanTwoBlocks) {
  const Document document = document_from_text("The Supplier\nshall pay");
  const NormalisedText text = normalise(document);
  ASSERT_EQ(text.tokens.size(), 4u);
  EXPECT_EQ(document.block_at(text.tokens[1].begin), 0u);
  EXPECT_EQ(document.block_at(text.tokens[2].begin), 1u);
  EXPECT_EQ(text.tokens[1].end, document.blocks[0].end);
}

TEST(Tokeniser, BrokenUtf8_GivesAReplacementPunctTokenAndNoCrash) {
  EXPECT_EQ(tokens_of("fee\xFF due"),
            (std::vector<Seen>{{"fee", W, "fee"}, {"\uFFFD", P, "\xFF"}, {"due", W, "due"}}));
}

}  // namespace
}  // namespace clausecheck
