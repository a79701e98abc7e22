// Document text is untrusted: a damaged file yields invalid UTF-8, and a hostile one may
// carry control characters (terminal escape sequences) or markup. These functions make it
// safe for each output without losing what the reader needs to see.
#pragma once

#include <string>
#include <string_view>

namespace clausecheck {

// Valid UTF-8 with every invalid byte sequence replaced by U+FFFD, and every control
// character except '\n' and '\t' replaced by U+FFFD (so no escape sequence reaches a
// terminal and no character that HTML forbids reaches a page).
std::string printable_utf8(std::string_view text);

// printable_utf8, then &, <, >, " and ' escaped for HTML text and attribute values.
std::string html_escape(std::string_view text);

}  // namespace clausecheck
