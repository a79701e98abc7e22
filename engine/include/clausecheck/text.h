// Normalised text: the form that rules match against, with a map back to the original.
//
// Contracts spell the same word many ways: curly and straight quotes, en and em dashes,
// non-breaking spaces, "ﬁ" ligatures, soft hyphens and zero-width spaces hidden inside
// words, full-width digits. Normalisation (ICU: NFKC, case folding, then our own
// unifications) turns the extracted text into one canonical lower-case string in which
// those differences are gone and runs of whitespace are a single space. Every byte of
// the normalised string remembers the byte of the original it came from, so a match on
// the normalised form is always reported with the exact original words.
//
// Contract: normalise() accepts any bytes (invalid UTF-8 is replaced, not refused) and
// returns a value whose to_original map covers every normalised byte. Without ICU data it
// still unifies and folds, so it never fails; it keeps no state shared between calls, so
// threads may normalise different documents at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/document.h"

namespace clausecheck {

enum class TokenKind {
  word,    // letters (and inner apostrophes/hyphens: "sub-contractor", "party's")
  number,  // digits with inner separators: "60", "1,000", "1.5", "4.2.1"
  punct,   // any other non-space character, one token per character
};

struct Token {
  std::uint32_t norm_begin = 0;  // byte range in NormalisedText::text
  std::uint32_t norm_end = 0;
  std::uint32_t begin = 0;       // byte range in Document::text (the original words)
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
};

struct Sentence {
  std::uint32_t begin = 0;        // byte range in Document::text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // token index range [first_token, end_token)
  std::uint32_t end_token = 0;
};

struct NormalisedText {
  std::string text;  // normalised, case-folded UTF-8
  // to_original[i] is the byte of Document::text that normalised byte i came from;
  // to_original[text.size()] is the end of the original text.
  std::vector<std::uint32_t> to_original;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view token_text(const Token& token) const {
    return std::string_view(text).substr(token.norm_begin, token.norm_end - token.norm_begin);
  }
  std::uint32_t original_offset(std::uint32_t norm_offset) const { return to_original[norm_offset]; }
};

// Normalises the whole extracted text of `document`, tokenises it with ICU's word break
// iterator and splits it into sentences. Sentences never cross a block that starts a new
// paragraph, and do not split after abbreviations and numbers common in contracts
// ("cl. 4.2", "Ltd.", "No. 3", "e.g.", "i.e.", "£1.5m", "4.2").
NormalisedText normalise(const Document& document);

// The normalised form of a short string (a phrase in a rule, a defined term). Applies
// exactly the transformations `normalise` applies to documents.
std::string normalise_string(std::string_view text);

}  // namespace clausecheck
