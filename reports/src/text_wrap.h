// Word-wrapping prose for the terminal writers (the pre-check and the offer assessment).
#pragma once

#include <string>
#include <string_view>

namespace clausecheck {

inline constexpr std::size_t text_line_width = 80;

// Display width in code points: close enough for wrapping prose.
std::size_t display_width(std::string_view s);

// Word-wraps `text` (made printable, newlines and tabs as spaces) to text_line_width, every
// line starting with `indent`; the first line starts with `first` instead. Ends with '\n'.
std::string wrap(std::string_view text, const std::string& first, const std::string& indent);

}  // namespace clausecheck
