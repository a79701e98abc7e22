// Spaces inside a line, as the structure stage meets them in document text: space, tab and
// the no-break spaces word processors put where a line must not break (U+00A0 in
// "Paragraph 1.4" or between a defined term and "means"; U+202F narrow and U+2007 figure
// space). One home, so that definitions and cross-references agree on what separates two
// words.
#pragma once

#include <cstddef>
#include <string_view>

namespace clausecheck {

// The byte length of the inline space at s[i], 0 when there is none.
inline std::size_t inline_space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;                                  // U+00A0
  if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x87") return 3;  // U+202F, U+2007
  return 0;
}

// The first position at or after i that is not an inline space.
inline std::size_t skip_inline_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = inline_space_length(s, i)) i += n;
  return i;
}

}  // namespace clausecheck
