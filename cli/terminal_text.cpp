#include "terminal_text.h"

#include <cstdio>

namespace clausecheck::cli {
namespace {

// The length of the valid UTF-8 sequence starting at text[i], or 0.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  }
  if (length == 2 && lead < 0xc2) return 0;                            // overlong
  if (length == 3 && lead == 0xe0 && byte(i + 1) < 0xa0) return 0;     // overlong
  if (length == 3 && lead == 0xed && byte(i + 1) >= 0xa0) return 0;    // surrogate
  if (length == 4 && lead == 0xf0 && byte(i + 1) < 0x90) return 0;     // overlong
  if (length == 4 && (lead > 0xf4 || (lead == 0xf4 && byte(i + 1) >= 0x90))) return 0;  // past U+10FFFF
  return length;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string safe;
  safe.reserve(text.size());
  char escape[8];
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(text, i);
    if (length == 0) {
      std::snprintf(escape, sizeof escape, "\\x%02x", c);  // not UTF-8
      safe += escape;
      ++i;
    } else if (c == '\n') {
      safe += "\\n";
      ++i;
    } else if (c == '\t') {
      safe += "\\t";
      ++i;
    } else if (c < 0x20 || c == 0x7f) {
      std::snprintf(escape, sizeof escape, "\\x%02x", c);
      safe += escape;
      ++i;
    } else if (length == 2 && c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(text[i + 1]));  // C1 control
      safe += escape;
      i += 2;
    } else {
      safe.append(text.substr(i, length));
      i += length;
    }
  }
  return safe;
}

}  // namespace clausecheck::cli
