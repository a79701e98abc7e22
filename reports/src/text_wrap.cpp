#include "text_wrap.h"

#include "safe_text.h"

namespace clausecheck {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string wrap(std::string_view text, const std::string& first, const std::string& indent) {
  std::string clean = printable_utf8(text);
  for (char& c : clean) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  std::string out = first;
  std::size_t column = display_width(first);
  bool line_has_word = false;
  std::size_t i = 0;
  while (i < clean.size()) {
    while (i < clean.size() && clean[i] == ' ') ++i;
    if (i >= clean.size()) break;
    std::size_t j = clean.find(' ', i);
    if (j == std::string::npos) j = clean.size();
    const std::string_view word(clean.data() + i, j - i);
    const std::size_t width = display_width(word);
    if (line_has_word && column + 1 + width > text_line_width) {
      out += "\n" + indent;
      column = display_width(indent);
      line_has_word = false;
    }
    if (line_has_word) {
      out += ' ';
      ++column;
    }
    out += word;
    column += width;
    line_has_word = true;
    i = j;
  }
  return out + "\n";
}

}  // namespace clausecheck
