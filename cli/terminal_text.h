// Text from outside (file names, messages that quote them) on its way to a terminal. A
// file name may hold any byte but '/' and NUL: an escape character in it could move the
// cursor, retitle the window or hide a line, and a newline could forge a message.
#pragma once

#include <string>
#include <string_view>

namespace clausecheck::cli {

// `text` with every control character (C0, DEL, and C1 written in UTF-8) and every byte
// that is not part of valid UTF-8 written as a visible escape: "\x1b", "\n", "\xff",
// "\u009b"; a backslash stays as it is. Valid printable UTF-8 is unchanged.
std::string terminal_safe(std::string_view text);

}  // namespace clausecheck::cli
