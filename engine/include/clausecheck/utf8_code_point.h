// Reading and writing one code point of UTF-8, in one place for the engine and the parsers
// (which check and repair the UTF-8 of text files with it, and write the text of DOCX and
// .doc files with it). ICU's U8_NEXT macro mixes its index type
// with int32_t and uint8_t arithmetic, which -Wconversion reports at every use; this
// wrapper holds the macro, so callers stay warning-clean without turning the warning off.
// Header-only; it needs ICU's headers (unicode/utf8.h), not its libraries.
//
// Contract: any bytes are accepted (a bad sequence is a negative value, never an exception),
// and the reader keeps no state, so threads may call it at once.
#pragma once

#include <unicode/utf8.h>

#include <string>

namespace clausecheck {

// The code point that starts at bytes[i], advancing i past it (past the maximal bad
// subsequence when the bytes are not valid UTF-8, which reads as a negative value).
// REQUIRES: i < length.
template <typename Index>
UChar32 next_code_point(const char* bytes, Index& i, Index length) {
  UChar32 c = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
  U8_NEXT(bytes, i, length, c);
#pragma GCC diagnostic pop
  return c;
}

// Appends code point `c` to `out` as UTF-8; a surrogate or a value past U+10FFFF is written
// as U+FFFD, so `out` stays valid UTF-8.
inline void append_code_point(std::string& out, UChar32 c) {
  if (c < 0 || c > 0x10FFFF || U_IS_SURROGATE(c)) c = 0xFFFD;
  char bytes[U8_MAX_LENGTH];
  int length = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
  U8_APPEND_UNSAFE(bytes, length, c);
#pragma GCC diagnostic pop
  out.append(bytes, static_cast<std::size_t>(length));
}

}  // namespace clausecheck
