// Inline Markdown removal in two passes: the first resolves escapes, code spans, links,
// HTML tags and entities into characters marked literal (never markup); the second pairs
// emphasis delimiter runs (CommonMark's flanking rules, simplified) and drops them.
#include "markdown_inline.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace clausecheck {
namespace {

struct Piece {
  char c;
  bool literal;  // came from an escape, a code span or a URL: never an emphasis marker
};

constexpr int kMaxLinkDepth = 8;  // "[[[[…" nesting bound
// How far ahead a closing bracket, backtick run, '>' or ';' is looked for. Real markup
// closes within a few hundred characters; the bound keeps a hostile line linear.
constexpr std::size_t kMaxLookahead = 2000;
// After this many lookaheads that found nothing on one line, stop looking: a line of
// thousands of unmatched '[' or '`' is read as plain characters.
constexpr int kMaxFailedLookaheads = 64;
// How many unmatched emphasis openers a closer looks back through.
constexpr std::size_t kMaxOpenersSearched = 32;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

void push_text(std::vector<Piece>& out, std::string_view text, bool literal) {
  for (char c : text) out.push_back({c, literal});
}

void push_code_point(std::vector<Piece>& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  char buffer[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    buffer[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buffer[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buffer[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buffer[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buffer[n++] = static_cast<char>(0xF0 | (cp >> 18));
    buffer[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  push_text(out, std::string_view(buffer, n), true);
}

// Index of the bracket closing the one at `open`, honouring nesting and escapes, or npos.
std::size_t find_closing(std::string_view s, std::size_t open, char open_c, char close_c) {
  int depth = 0;
  const std::size_t limit = std::min(s.size(), open + kMaxLookahead);
  for (std::size_t i = open; i < limit; ++i) {
    if (s[i] == '\\') { ++i; continue; }
    if (s[i] == open_c) ++depth;
    if (s[i] == close_c && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// "&amp;" etc. at s[i]: appends the character and returns the length consumed, or 0.
std::size_t decode_entity(std::string_view s, std::size_t i, std::vector<Piece>& out) {
  std::size_t semicolon = s.substr(0, std::min(s.size(), i + 12)).find(';', i);
  if (semicolon == std::string_view::npos) return 0;
  std::string_view name = s.substr(i + 1, semicolon - i - 1);
  struct Named { std::string_view name; std::uint32_t cp; };
  static constexpr Named kNamed[] = {{"amp", '&'},     {"lt", '<'},       {"gt", '>'},
                                     {"quot", '"'},    {"apos", '\''},    {"nbsp", 0xA0},
                                     {"ndash", 0x2013}, {"mdash", 0x2014}, {"pound", 0xA3},
                                     {"sect", 0xA7},   {"copy", 0xA9},    {"hellip", 0x2026}};
  for (const Named& named : kNamed) {
    if (name == named.name) {
      push_code_point(out, named.cp);
      return semicolon - i + 1;
    }
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    std::uint32_t cp = 0;
    for (char c : digits) {
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
    }
    push_code_point(out, cp);
    return semicolon - i + 1;
  }
  return 0;
}

// An HTML tag or autolink at s[i] == '<': returns the length consumed (tags are dropped,
// an autolink's address is kept), or 0 when this '<' is just a character ("< 5 days").
std::size_t consume_angle(std::string_view s, std::size_t i, std::vector<Piece>& out) {
  if (i + 1 >= s.size()) return 0;
  const char first = s[i + 1];
  if (!is_ascii_alpha(first) && first != '/') return 0;
  std::size_t close = s.substr(0, std::min(s.size(), i + kMaxLookahead)).find('>', i + 1);
  if (close == std::string_view::npos) return 0;
  std::string_view inside = s.substr(i + 1, close - i - 1);
  if (inside.find('<') != std::string_view::npos) return 0;
  std::size_t colon = inside.find(':');
  if (colon != std::string_view::npos && inside.find(' ') == std::string_view::npos &&
      is_ascii_alpha(first)) {
    push_text(out, inside, true);  // <https://example.org>
    return close - i + 1;
  }
  std::string_view name = inside.substr(first == '/' ? 1 : 0);
  std::size_t n = 0;
  while (n < name.size() && (is_ascii_alnum(name[n]) || name[n] == '-')) ++n;
  if (n == 0) return 0;
  if (n < name.size() && !is_blank(name[n]) && name[n] != '/') return 0;
  return close - i + 1;
}

void scan(std::string_view s, std::vector<Piece>& out, int depth, int& failed_lookaheads) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1])) {
      out.push_back({s[i + 1], true});
      i += 2;
      continue;
    }
    if (c == '`' && failed_lookaheads < kMaxFailedLookaheads) {
      std::size_t run = 0;
      while (i + run < s.size() && s[i + run] == '`') ++run;
      std::size_t search = i + run;
      std::size_t close = std::string_view::npos;
      const std::string_view window = s.substr(0, std::min(s.size(), i + kMaxLookahead));
      while ((search = window.find('`', search)) != std::string_view::npos) {
        std::size_t other = 0;
        while (search + other < s.size() && s[search + other] == '`') ++other;
        if (other == run) { close = search; break; }
        search += other;
      }
      if (close == std::string_view::npos) {
        ++failed_lookaheads;
        push_text(out, s.substr(i, run), true);
        i += run;
      } else {
        push_text(out, s.substr(i + run, close - i - run), true);
        i = close + run;
      }
      continue;
    }
    const bool image = c == '!' && i + 1 < s.size() && s[i + 1] == '[';
    if ((c == '[' || image) && depth < kMaxLinkDepth && failed_lookaheads < kMaxFailedLookaheads) {
      const std::size_t open = image ? i + 1 : i;
      const std::size_t close = find_closing(s, open, '[', ']');
      if (close != std::string_view::npos && close + 1 < s.size() &&
          (s[close + 1] == '(' || s[close + 1] == '[')) {
        const char tail_open = s[close + 1];
        const std::size_t tail_close =
            find_closing(s, close + 1, tail_open, tail_open == '(' ? ')' : ']');
        if (tail_close != std::string_view::npos) {
          scan(s.substr(open + 1, close - open - 1), out, depth + 1, failed_lookaheads);
          i = tail_close + 1;
          continue;
        }
      }
      ++failed_lookaheads;
    }
    if (c == '<' && failed_lookaheads < kMaxFailedLookaheads) {
      if (std::size_t used = consume_angle(s, i, out)) { i += used; continue; }
      ++failed_lookaheads;
    }
    if (c == '&') {
      if (std::size_t used = decode_entity(s, i, out)) { i += used; continue; }
    }
    out.push_back({c, false});
    ++i;
  }
}

// A run of '*' or '_' that may open or close emphasis.
struct DelimiterRun {
  std::size_t begin;
  std::size_t length;
  char c;
  bool can_open;
  bool can_close;
  bool removed = false;
};

bool is_space_or_none(const std::vector<Piece>& pieces, std::size_t i, bool exists) {
  return !exists || is_blank(pieces[i].c);
}

void remove_emphasis(std::vector<Piece>& pieces) {
  std::vector<DelimiterRun> runs;
  for (std::size_t i = 0; i < pieces.size();) {
    const char c = pieces[i].c;
    if ((c != '*' && c != '_') || pieces[i].literal) { ++i; continue; }
    std::size_t end = i;
    while (end < pieces.size() && pieces[end].c == c && !pieces[end].literal) ++end;
    const bool before_exists = i > 0;
    const bool after_exists = end < pieces.size();
    const bool space_before = is_space_or_none(pieces, i - (before_exists ? 1 : 0), before_exists);
    const bool space_after = is_space_or_none(pieces, after_exists ? end : 0, after_exists);
    bool can_open = !space_after;
    bool can_close = !space_before;
    if (c == '_') {  // "snake_case": underscores inside a word are not emphasis
      if (before_exists && is_ascii_alnum(pieces[i - 1].c)) can_open = false;
      if (after_exists && is_ascii_alnum(pieces[end].c)) can_close = false;
    }
    if (end - i <= 3) runs.push_back({i, end - i, c, can_open, can_close});
    i = end;
  }
  std::vector<std::size_t> openers;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (runs[r].can_close) {
      const std::size_t lowest =
          openers.size() > kMaxOpenersSearched ? openers.size() - kMaxOpenersSearched : 0;
      for (std::size_t k = openers.size(); k-- > lowest;) {
        const DelimiterRun& opener = runs[openers[k]];
        if (opener.c == runs[r].c && opener.length == runs[r].length) {
          runs[openers[k]].removed = true;
          runs[r].removed = true;
          openers.resize(k);
          break;
        }
      }
      if (runs[r].removed) continue;
    }
    if (runs[r].can_open) openers.push_back(r);
  }
  std::vector<bool> drop(pieces.size(), false);
  for (const DelimiterRun& run : runs)
    if (run.removed)
      for (std::size_t k = 0; k < run.length; ++k) drop[run.begin + k] = true;
  std::vector<Piece> kept;
  kept.reserve(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (!drop[i]) kept.push_back(pieces[i]);
  pieces.swap(kept);
}

}  // namespace

std::string strip_markdown_inline(std::string_view line) {
  std::vector<Piece> pieces;
  pieces.reserve(line.size());
  int failed_lookaheads = 0;
  scan(line, pieces, 0, failed_lookaheads);
  remove_emphasis(pieces);
  std::string text;
  text.reserve(pieces.size());
  for (const Piece& piece : pieces) text.push_back(piece.c);
  return text;
}

}  // namespace clausecheck
