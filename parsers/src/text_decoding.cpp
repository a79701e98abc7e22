// Text decoding with ICU converters (UTF-16 and Windows-1252); UTF-8 is read a code point at
// a time by the engine's reader (clausecheck/utf8_code_point.h).
#include "text_decoding.h"

#include <unicode/unistr.h>

#include "clausecheck/utf8_code_point.h"

#include <cstdint>

namespace clausecheck {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// Copies `bytes`, replacing each ill-formed sequence with U+FFFD.
std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const char* s = bytes.data();
  const std::int64_t length = static_cast<std::int64_t>(bytes.size());
  std::int64_t i = 0;
  while (i < length) {
    const std::int64_t start = i;
    const UChar32 c = next_code_point(s, i, length);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string convert_to_utf8(std::string_view bytes, const char* encoding) {
  icu::UnicodeString text(bytes.data(), static_cast<std::int32_t>(bytes.size()), encoding);
  std::string utf8;
  text.toUTF8String(utf8);  // unpaired surrogates are written as U+FFFD
  return utf8;
}

bool is_valid_utf8(std::string_view bytes) {
  const char* s = bytes.data();
  const std::int64_t length = static_cast<std::int64_t>(bytes.size());
  std::int64_t i = 0;
  while (i < length) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII, the common case
      ++i;
      continue;
    }
    if (next_code_point(s, i, length) < 0) return false;
  }
  return true;
}

DecodedText decode_text(std::string_view bytes) {
  DecodedText decoded;
  if (starts_with(bytes, kUtf8Bom)) {
    bytes.remove_prefix(kUtf8Bom.size());
    if (is_valid_utf8(bytes)) {
      decoded.utf8.assign(bytes);
    } else {
      decoded.utf8 = repair_utf8(bytes);
      decoded.warning = "the file is marked as UTF-8 but contains invalid bytes, shown as U+FFFD";
    }
  } else if (starts_with(bytes, kUtf16LeBom)) {
    decoded.utf8 = convert_to_utf8(bytes.substr(kUtf16LeBom.size()), "UTF-16LE");
  } else if (starts_with(bytes, kUtf16BeBom)) {
    decoded.utf8 = convert_to_utf8(bytes.substr(kUtf16BeBom.size()), "UTF-16BE");
  } else if (is_valid_utf8(bytes)) {
    decoded.utf8.assign(bytes);
  } else {
    decoded.utf8 = convert_to_utf8(bytes, "windows-1252");
    decoded.warning = "the file is not valid UTF-8; it was read as Windows-1252";
  }
  return decoded;
}

}  // namespace clausecheck
