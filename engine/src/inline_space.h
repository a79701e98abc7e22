// Spaces inside a line, as the structure stage meets them in document text: space, tab and
// every other character the normaliser reads as white space (the no-break spaces word
// processors put where a line must not break, U+00A0 in "Paragraph 1.4" or between a
// defined term and "means"; U+202F narrow, U+2007 figure, U+2009 thin and U+3000
// ideographic spaces) or drops as invisible (the zero-width space U+200B some generators
// put between words, joiners, direction marks, the byte order mark), but not a line break.
// The normaliser decides (is_inline_space_or_invisible in normaliser.h), so that structure
// and matching agree on what separates two words.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "normaliser.h"
#include "clausecheck/utf8_code_point.h"

namespace clausecheck {

// The byte length of the inline space at s[i], 0 when there is none.
inline std::size_t inline_space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) return byte == ' ' || byte == '\t' ? 1 : 0;
  std::size_t next = i;
  const UChar32 c = next_code_point(s.data(), next, s.size());
  return c >= 0 && is_inline_space_or_invisible(static_cast<char32_t>(c)) ? next - i : 0;
}

// The byte length of the inline space that ends at s[end], 0 when there is none.
inline std::size_t inline_space_length_before(std::string_view s, std::size_t end) {
  if (end == 0 || end > s.size()) return 0;
  std::size_t start = end - 1;
  // Back over UTF-8 continuation bytes (10xxxxxx) to the lead byte, at most three.
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  const std::size_t length = inline_space_length(s, start);
  return start + length == end ? length : 0;
}

// The inline space at s[i] is an invisible character (a zero-width space, joiner, direction
// mark or byte order mark), which joins the words around it instead of separating them.
inline bool is_invisible_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x80) return false;
  const UChar32 c = next_code_point(s.data(), i, s.size());
  return c >= 0 && is_invisible(static_cast<char32_t>(c));
}

// The first position at or after i that is not an inline space.
inline std::size_t skip_inline_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = inline_space_length(s, i)) i += n;
  return i;
}

// `s` without the inline spaces at its ends.
inline std::string_view trim_inline_spaces(std::string_view s) {
  s.remove_prefix(std::min(s.size(), skip_inline_spaces(s, 0)));
  while (std::size_t n = inline_space_length_before(s, s.size())) s.remove_suffix(n);
  return s;
}

}  // namespace clausecheck
