// Mapping break positions found by ICU in UTF-16 back to UTF-8 byte offsets.
//
// ICU's break iterators run faster over a UnicodeString than over a UTF-8
// UText, so the tokeniser and the sentence splitter convert the (mostly ASCII) text to
// UTF-16, iterate there, and map each break back with this class.
#pragma once

#include "clausecheck/utf8_code_point.h"

#include <cstdint>
#include <string_view>

namespace clausecheck {

// Converts ascending UTF-16 offsets of a string to the UTF-8 offsets of the same string,
// walking forward, so a whole pass is linear in the text. The identity for ASCII text.
// Ill-formed UTF-8 counts as one UTF-16 unit per maximal bad sequence, as ICU's
// conversion writes one U+FFFD for it.
class Utf16ToUtf8Offsets {
 public:
  Utf16ToUtf8Offsets(std::string_view utf8, std::int32_t utf16_length)
      : utf8_(utf8), identity_(static_cast<std::size_t>(utf16_length) == utf8.size()) {}

  // REQUIRES: calls with non-decreasing offsets.
  std::int32_t operator()(std::int32_t utf16_offset) {
    if (identity_) return utf16_offset;
    const auto length = static_cast<std::int32_t>(utf8_.size());
    while (utf16_ < utf16_offset && utf8_offset_ < length) {
      const UChar32 c = next_code_point(utf8_.data(), utf8_offset_, length);
      utf16_ += c >= 0x10000 ? 2 : 1;
    }
    return utf8_offset_;
  }

 private:
  std::string_view utf8_;
  bool identity_;
  std::int32_t utf16_ = 0;
  std::int32_t utf8_offset_ = 0;
};

}  // namespace clausecheck
