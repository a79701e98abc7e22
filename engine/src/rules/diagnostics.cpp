#include "rules/diagnostics.h"

#include <algorithm>

namespace clausecheck {

std::string Diagnostic::format() const {
  // Appended piece by piece: g++ 12 at -O2 warns (-Wrestrict, a known false positive)
  // on "literal" + std::to_string(…).
  std::string out = path;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
    out += ':';
    out += std::to_string(column);
  }
  out.append(": error: ").append(message).append("\n");
  if (!source_line.empty()) out.append("  ").append(source_line).append("\n  ").append(caret_line).append("\n");
  if (!expected.empty()) out.append("  expected: ").append(expected).append("\n");
  return out;
}

namespace rules {

namespace {

std::string_view line_of(std::string_view source, int line) {
  std::size_t begin = 0;
  for (int current = 1; current < line; ++current) {
    std::size_t newline = source.find('\n', begin);
    if (newline == std::string_view::npos) return {};
    begin = newline + 1;
  }
  std::size_t end = source.find('\n', begin);
  std::string_view text = source.substr(begin, end == std::string_view::npos ? source.size() - begin : end - begin);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// Spaces up to byte `column` of `line`, one per character (UTF-8 continuation bytes do
// not move the caret), keeping tabs so the caret lines up under the same tab stops.
std::string caret_under(std::string_view line, int column) {
  std::string caret;
  std::size_t limit = std::min<std::size_t>(line.size(), column > 0 ? static_cast<std::size_t>(column - 1) : 0);
  for (std::size_t i = 0; i < limit; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    caret += c == '\t' ? '\t' : ' ';
  }
  return caret + "^";
}

// A long line (a rule file with everything on one line, or a hostile one) is shown as a
// window around the column, so that every diagnostic stays small however many a line has.
constexpr std::size_t kWindowBefore = 80;
constexpr std::size_t kWindowAfter = 80;

// Moves `at` back to the start of a UTF-8 character.
std::size_t char_start(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

Diagnostic make_diagnostic(std::string_view path, std::string_view source, SourcePosition position,
                           std::string message, std::string expected) {
  Diagnostic diagnostic;
  diagnostic.path = std::string(path);
  diagnostic.line = position.line;
  diagnostic.column = position.column;
  diagnostic.message = std::move(message);
  diagnostic.expected = std::move(expected);
  if (position.line > 0) {
    std::string_view line = line_of(source, position.line);
    const std::size_t column = position.column > 0 ? static_cast<std::size_t>(position.column - 1) : 0;
    if (line.size() <= kWindowBefore + kWindowAfter) {
      diagnostic.source_line = std::string(line);
      diagnostic.caret_line = caret_under(diagnostic.source_line, position.column);
    } else {
      const std::size_t begin = char_start(line, column > kWindowBefore ? column - kWindowBefore : 0);
      const std::size_t end = char_start(line, std::min(line.size(), column + kWindowAfter));
      const std::string lead = begin > 0 ? "…" : "";
      diagnostic.source_line = lead + std::string(line.substr(begin, end - begin)) + (end < line.size() ? "…" : "");
      // The caret counts characters, so the one-character "…" moves it by one.
      std::string caret = caret_under(line.substr(begin), static_cast<int>(column - begin + 1));
      diagnostic.caret_line = (begin > 0 ? " " : "") + caret;
    }
  }
  return diagnostic;
}

}  // namespace rules
}  // namespace clausecheck
