#include "hyphenation.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace clausecheck {
namespace {

// Hyphens a line can end with, as UTF-8: U+00AD soft hyphen, U+2010 hyphen, '-'.
constexpr std::string_view kLineEndHyphens[] = {"\xC2\xAD", "\xE2\x80\x90", "-"};

// The code point that ends at byte `end` of `text`, or U_SENTINEL.
UChar32 code_point_before(std::string_view text, std::size_t end) {
  if (end == 0) return U_SENTINEL;
  int32_t i = static_cast<int32_t>(end);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return U_SENTINEL;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool is_lower(UChar32 c) { return c >= 0 && u_islower(c); }

}  // namespace

bool rejoin_hyphenated_word(std::string& line, std::string& next) {
  std::size_t end = line.size();
  while (end > 0 && line[end - 1] == ' ') --end;
  std::size_t hyphen_size = 0;
  for (std::string_view hyphen : kLineEndHyphens) {
    if (std::string_view(line).substr(0, end).ends_with(hyphen)) {
      hyphen_size = hyphen.size();
      break;
    }
  }
  if (hyphen_size == 0) return false;
  std::size_t word_end = end - hyphen_size;
  if (!is_lower(code_point_before(line, word_end))) return false;

  std::size_t start = next.find_first_not_of(' ');
  if (start == std::string::npos || !is_lower(first_code_point(std::string_view(next).substr(start)))) {
    return false;
  }
  std::size_t rest_end = next.find(' ', start);
  if (rest_end == std::string::npos) rest_end = next.size();
  line.resize(word_end);
  line.append(next, start, rest_end - start);
  std::size_t after = next.find_first_not_of(' ', rest_end);
  next.erase(0, after == std::string::npos ? next.size() : after);
  return true;
}

}  // namespace clausecheck
