#include "json_text.h"

#include <array>
#include <charconv>
#include <cstdint>

namespace clausecheck {

namespace {

using nlohmann::ordered_json;

// What a byte needs when it starts a character: nothing (it is copied), an escape, or, for
// the lead byte of a multi-byte character, a check that the character is well formed.
enum ByteClass : std::uint8_t { plain = 0, escaped = 1, multibyte = 2 };

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int b = 0; b < 0x20; ++b) classes[static_cast<std::size_t>(b)] = escaped;
  classes['"'] = escaped;
  classes['\\'] = escaped;
  for (int b = 0x80; b < 0x100; ++b) classes[static_cast<std::size_t>(b)] = multibyte;
  return classes;
}();

bool continuation(unsigned char b) { return b >= 0x80 && b <= 0xBF; }

// The length of the well-formed UTF-8 character starting at `p` (lead byte 0x80 or over),
// or 0 when it is not one: the sequences nlohmann's decoder accepts (RFC 3629: no overlong
// forms, no surrogates, nothing over U+10FFFF).
std::size_t utf8_length(const unsigned char* p, std::size_t left) {
  const unsigned char lead = p[0];
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  std::size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (left < length || p[1] < low || p[1] > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!continuation(p[k])) return 0;
  }
  return length;
}

// nlohmann's own writer, for what this file does not write itself: floating-point numbers
// (their shortest round-trip form) and strings that are not well-formed UTF-8 (where the
// replacement characters fall exactly where nlohmann puts them).
void append_with_nlohmann(std::string& out, const ordered_json& value, unsigned indent) {
  nlohmann::detail::serializer<ordered_json> serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                                                        ordered_json::error_handler_t::replace);
  serializer.dump(value, true, false, 2, indent);
}

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    default: {
      static constexpr char hex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out.append(escape, sizeof escape);
      return;
    }
  }
}

void append_integer(std::string& out, auto number) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, result.ptr);
}

void append_indent(std::string& out, unsigned indent) { out.append(indent, ' '); }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out.reserve(start + text.size() + 2);
  out += '"';
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t copied = 0;  // bytes of `text` before this one are in `out`
  std::size_t i = 0;
  while (i < size) {
    const std::uint8_t kind = byte_classes[bytes[i]];
    if (kind == plain) {
      ++i;
    } else if (kind == multibyte) {
      const std::size_t length = utf8_length(bytes + i, size - i);
      if (length == 0) {
        out.resize(start);
        append_with_nlohmann(out, ordered_json(std::string(text)), 0);
        return;
      }
      i += length;
    } else {
      out.append(text.data() + copied, i - copied);
      append_escape(out, bytes[i]);
      copied = ++i;
    }
  }
  out.append(text.data() + copied, size - copied);
  out += '"';
}

void append_json_value(std::string& out, const ordered_json& value, unsigned indent) {
  switch (value.type()) {
    case ordered_json::value_t::object: {
      const auto& members = value.get_ref<const ordered_json::object_t&>();
      if (members.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      bool first = true;
      for (const auto& [name, member] : members) {
        if (!first) out += ",\n";
        first = false;
        append_indent(out, indent + 2);
        append_json_string(out, name);
        out += ": ";
        append_json_value(out, member, indent + 2);
      }
      out += '\n';
      append_indent(out, indent);
      out += '}';
      return;
    }
    case ordered_json::value_t::array: {
      const auto& elements = value.get_ref<const ordered_json::array_t&>();
      if (elements.empty()) {
        out += "[]";
        return;
      }
      out += "[\n";
      bool first = true;
      for (const ordered_json& element : elements) {
        if (!first) out += ",\n";
        first = false;
        append_indent(out, indent + 2);
        append_json_value(out, element, indent + 2);
      }
      out += '\n';
      append_indent(out, indent);
      out += ']';
      return;
    }
    case ordered_json::value_t::string:
      append_json_string(out, value.get_ref<const ordered_json::string_t&>());
      return;
    case ordered_json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case ordered_json::value_t::number_integer:
      append_integer(out, value.get<ordered_json::number_integer_t>());
      return;
    case ordered_json::value_t::number_unsigned:
      append_integer(out, value.get<ordered_json::number_unsigned_t>());
      return;
    case ordered_json::value_t::null:
      out += "null";
      return;
    default:  // floating point, binary
      append_with_nlohmann(out, value, indent);
      return;
  }
}

}  // namespace clausecheck
