// ASCII case and character classes for matching the fixed English words of contract structure ("schedule",
// "means", "clause") in document text: only A-Z change, so byte offsets into the original
// text stay valid and a non-ASCII byte is never mistaken for a letter. One home for
// "lower-case this span" and "compare ignoring case" over original text; Unicode-aware
// folding of document text is the normaliser's job (normaliser.h), not this. The parsers and
// the command line use it too, for the ASCII names a file format or a file system gives
// (style names, font names, file extensions). No locale is consulted, unlike std::tolower.
//
// Contract: pure functions of their arguments; any bytes are accepted (bytes outside A-Z and
// a-z are left as they are), nothing throws, and threads may call them at once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace clausecheck {

// ASCII character classes, for the same reason: std::isalpha and its kind consult the
// locale and take an int that must not be a negative char; these take any byte and a byte
// of a UTF-8 sequence (>= 0x80) is never a letter, digit or space.
constexpr bool ascii_is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool ascii_is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool ascii_is_alpha(char c) { return ascii_is_upper(c) || ascii_is_lower(c); }
constexpr bool ascii_is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool ascii_is_alnum(char c) { return ascii_is_alpha(c) || ascii_is_digit(c); }
// Space or tab: the blanks inside a line of original text.
constexpr bool ascii_is_blank(char c) { return c == ' ' || c == '\t'; }
// The C locale's white space: space, tab, newline, vertical tab, form feed, carriage return.
constexpr bool ascii_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// a and b are the same but for the case of ASCII letters.
constexpr bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

// s[at…] begins with `word`, but for the case of ASCII letters. REQUIRES: `word` in lower case.
constexpr bool starts_with_ignoring_ascii_case(std::string_view s, std::size_t at, std::string_view word) {
  return at <= s.size() && equals_ignoring_ascii_case(s.substr(at, word.size()), word);
}

// "JOINT" / "call-off" -> "Joint" / "Call-Off": each ASCII letter after a non-letter upper
// case, the others lower case.
inline std::string ascii_title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) c = start ? ascii_upper(c) : ascii_lower(c);
    start = !letter;
  }
  return out;
}

}  // namespace clausecheck
