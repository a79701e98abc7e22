// Turning the bytes of a text or Markdown file into UTF-8.
//
// Contracts saved as text come as UTF-8 (with or without a byte order mark), as UTF-16
// from Windows tools (always with a byte order mark), or as Windows-1252 from older
// editors. The encoding is read from the byte order mark; without one, bytes that are
// valid UTF-8 are UTF-8 and anything else is taken to be Windows-1252, which a person
// must be told about because it is a guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clausecheck {

struct DecodedText {
  std::string utf8;  // valid UTF-8, without a byte order mark
  // Set when the encoding was guessed or the bytes were damaged: a sentence for the
  // "encoding" warning, e.g. "the file is not valid UTF-8; it was read as Windows-1252".
  std::optional<std::string> warning;
};

// Decodes `bytes` as described above. Never fails: undecodable bytes become U+FFFD.
DecodedText decode_text(std::string_view bytes);

// `bytes` in the ICU converter `encoding` ("UTF-16LE", "windows-1252") as UTF-8; bytes that
// do not decode become U+FFFD.
std::string convert_to_utf8(std::string_view bytes, const char* encoding);

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool is_valid_utf8(std::string_view bytes);

}  // namespace clausecheck
