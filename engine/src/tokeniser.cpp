// Tokenisation with ICU's word break iterator, run directly over the normalised UTF-8
// (a UText, so break positions are byte offsets and nothing is converted to UTF-16).
#include "tokeniser.h"

#include "utf16_offsets.h"
#include "clausecheck/utf8_code_point.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <string_view>

namespace clausecheck {
namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_combining_mark(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0;
}

void push(std::vector<Token>& tokens, std::int32_t begin, std::int32_t end, TokenKind kind) {
  Token token;
  token.norm_begin = static_cast<std::uint32_t>(begin);
  token.norm_end = static_cast<std::uint32_t>(end);
  token.kind = kind;
  tokens.push_back(token);
}

// A span ICU calls neither number nor word: one punct token per character (with any
// combining marks on it); spaces are dropped.
void add_punctuation(std::string_view text, std::int32_t begin, std::int32_t end,
                     std::vector<Token>& tokens) {
  if (end - begin == 1 && text[static_cast<std::size_t>(begin)] == ' ') return;  // most spans
  std::int32_t i = begin;
  while (i < end) {
    const std::int32_t start = i;
    const UChar32 c = next_code_point(text.data(), i, end);
    while (i < end) {
      std::int32_t next = i;
      const UChar32 mark = next_code_point(text.data(), next, end);
      if (mark < 0 || !is_combining_mark(mark)) break;
      i = next;
    }
    if (c != ' ') push(tokens, start, i, TokenKind::punct);
  }
}

// A span ICU calls a word. ICU joins a number and the letters after it ("1.5m", "10th");
// we split the leading number off so that typed values read "1.5" and "m".
void add_word(std::string_view text, std::int32_t begin, std::int32_t end,
              std::vector<Token>& tokens) {
  std::int32_t digits_end = begin;
  while (digits_end < end) {
    const char c = text[static_cast<std::size_t>(digits_end)];
    if (is_ascii_digit(c)) {
      ++digits_end;
    } else if ((c == ',' || c == '.') && digits_end > begin && digits_end + 1 < end &&
               is_ascii_digit(text[static_cast<std::size_t>(digits_end) + 1])) {
      ++digits_end;
    } else {
      break;
    }
  }
  if (digits_end > begin && digits_end < end) {
    // Split only before a letter: a combining mark or format character belongs to the
    // digit before it, and then the whole span stays one word.
    std::int32_t next = digits_end;
    const UChar32 c = next_code_point(text.data(), next, end);
    if (c < 0 || is_combining_mark(c) || !u_isalpha(c)) digits_end = begin;
  }
  if (digits_end > begin) push(tokens, begin, digits_end, TokenKind::number);
  if (digits_end < end) push(tokens, digits_end, end, TokenKind::word);
}

bool is_hyphen(std::string_view text, const Token& token) {
  return token.kind == TokenKind::punct && token.norm_end == token.norm_begin + 1 &&
         text[token.norm_begin] == '-';
}

// word '-' word with nothing between them becomes one word; chains merge left to right.
// In place: `kept` trails the read position.
void merge_hyphenated_words(std::string_view text, std::vector<Token>& tokens) {
  std::size_t kept = 0;
  for (std::size_t read = 0; read < tokens.size(); ++read) {
    const Token& token = tokens[read];
    if (token.kind == TokenKind::word && kept >= 2 && is_hyphen(text, tokens[kept - 1]) &&
        tokens[kept - 2].kind == TokenKind::word &&
        tokens[kept - 2].norm_end == tokens[kept - 1].norm_begin &&
        tokens[kept - 1].norm_end == token.norm_begin) {
      tokens[kept - 2].norm_end = token.norm_end;
      --kept;
      continue;
    }
    tokens[kept++] = token;
  }
  tokens.resize(kept);
}

// Without ICU break data (a broken installation) tokens are the space-separated chunks,
// so that nothing is silently lost.
std::vector<Token> split_on_spaces(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') { ++i; continue; }
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    push(tokens, static_cast<std::int32_t>(i), static_cast<std::int32_t>(end), TokenKind::word);
    i = end;
  }
  return tokens;
}

// Creating a word iterator reads ICU's break rules afresh, far more work than breaking a
// phrase: the compiler tokenises every quoted phrase of a pack, and the terms reader many
// short texts. One is built and cloned per call, as make_sentence_iterator does (cloning a
// prototype nobody modifies is ICU's own way to share an iterator across threads).
std::unique_ptr<icu::BreakIterator> make_word_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_FAILURE(status) ? nullptr : std::move(words);
  }();
  if (!prototype) return nullptr;
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

std::vector<Token> break_into_tokens(std::string_view text) {
  // Iterating over UTF-16 is faster than over a UTF-8 UText (see utf16_offsets.h).
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  std::unique_ptr<icu::BreakIterator> words = make_word_iterator();
  if (!words) return split_on_spaces(text);
  words->setText(utf16);

  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4);
  Utf16ToUtf8Offsets to_utf8(text, utf16.length());
  std::int32_t begin = to_utf8(words->first());
  for (std::int32_t next = words->next(); next != icu::BreakIterator::DONE; next = words->next()) {
    const std::int32_t end = to_utf8(next);
    const std::int32_t status_value = words->getRuleStatus();
    if (status_value >= UBRK_WORD_NUMBER && status_value < UBRK_WORD_NUMBER_LIMIT) {
      push(tokens, begin, end, TokenKind::number);
    } else if (status_value >= UBRK_WORD_LETTER) {
      add_word(text, begin, end, tokens);
    } else {
      add_punctuation(text, begin, end, tokens);
    }
    begin = end;
  }
  return tokens;
}

}  // namespace

std::vector<Token> tokenise(const CharacterMap& characters) {
  const std::string_view text = characters.text;
  if (text.empty()) return {};
  std::vector<Token> tokens = break_into_tokens(text);
  merge_hyphenated_words(text, tokens);
  for (Token& token : tokens) {
    token.begin = characters.to_original[token.norm_begin];
    token.end = characters.original_end[token.norm_end - 1];
  }
  return tokens;
}

}  // namespace clausecheck
