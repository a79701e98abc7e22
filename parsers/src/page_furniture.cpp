#include "page_furniture.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "clausecheck/ascii_case.h"

namespace clausecheck {
namespace {

// Share of the page height, from the top and from the bottom, where a PDF's running
// matter lives (the band).
constexpr double kBandShare = 0.15;
// How many lines from the top and from the bottom of a page are its edges. Four allows a
// footer of "Confidential", "Page 3 of 31", an exhibit stamp and a filing stamp.
constexpr std::size_t kEdgeLines = 4;
// A bare page number needs an agreeing page number this many pages away at most.
constexpr std::size_t kNeighbourPages = 3;
// Repeated band lines are compared at about the same height: buckets of 4 points, and a
// line matches its own bucket and the two on either side (within about 10 points).
constexpr double kBucket = 4.0;
constexpr long kNearBuckets = 2;
// A centred line's middle is within this share of the page width from the page's middle.
constexpr double kCentredShare = 0.05;
// In plain text, a line indented this many columns or more is set in the middle.
constexpr double kCentredIndent = 20;
// A wide gap before a page number at the end of a line: three spaces, or a tab.
constexpr std::size_t kWideGap = 3;
// A header or footer that counts the pages is one short printed line: "Master Services
// Agreement - Page 2 of 2", "(remainder of page intentionally left blank) Page 12 of 13
// CONFIDENTIAL". A longer line ending in "Page 1 of 39" is a paragraph whose footer a
// text rendering glued to it (CUAD writes some contracts a page to a line): it is text.
constexpr std::size_t kPageCountLineWords = 16;

// Invisible characters some producers put inside words (UTF-8 encodings):
// soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
constexpr std::string_view kInvisible[] = {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8C",
                                           "\xE2\x80\x8D", "\xE2\x81\xA0", "\xEF\xBB\xBF"};
// Dashes and bars that decorate page numbers: "- 3 -", "— 3 —", "Page | 3".
constexpr std::string_view kDecorations[] = {"-", "|", "\xE2\x80\x93", "\xE2\x80\x94"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::size_t invisible_at(std::string_view text, std::size_t i) {
  for (std::string_view mark : kInvisible) {
    if (text.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// Value of a lower-case roman page number up to xxxix ("iv" = 4, "xii" = 12), or 0.
// Strict form, so that words made of the same letters ("civil", "mix") are not.
int roman_value(std::string_view token) {
  std::size_t tens = 0;
  while (tens < token.size() && tens < 3 && token[tens] == 'x') ++tens;
  static constexpr std::string_view kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  std::string_view units = token.substr(tens);
  for (int u = 0; u < 10; ++u) {
    if (units == kUnits[u]) {
      int value = static_cast<int>(tens) * 10 + u;
      return value;
    }
  }
  return 0;
}

// Value of 1 to 4 digits, or -1.
long number_value(std::string_view token) {
  if (token.empty() || token.size() > 4 || !std::all_of(token.begin(), token.end(), is_digit)) return -1;
  long value = 0;
  for (char c : token) value = value * 10 + (c - '0');
  return value;
}

std::size_t letter_count(std::string_view key) {
  return static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }));
}

// A page number as printed. Page numbers of one series count up with the pages: arabic
// "7", roman "vii", or an exhibit's lettered "B-7" (series 'b').
struct PageNumber {
  bool named = false;  // says it is a page number: "Page 7", "7 of 31", "- 7 -"
  char series = '0';   // '0' arabic, 'r' roman, 'a'..'z' lettered
  long value = 0;
};

std::optional<PageNumber> read_page_number(std::string_view text) {
  // Lower-cased, invisible characters dropped; roman numerals must be printed lower-case
  // ("II" alone is an article number more often than a page).
  std::string plain;
  bool upper_letter = false;
  text = trim(text);
  if (text.empty() || text.size() > 40) return std::nullopt;
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t skip = invisible_at(text, i)) {
      i += skip;
      continue;
    }
    char c = text[i++];
    if (c >= 'A' && c <= 'Z') {
      upper_letter = true;
      c = ascii_lower(c);
    }
    plain.push_back(is_space(c) ? ' ' : c);
  }
  // "B-2", "A-11": an exhibit's pages.
  if (plain.size() >= 3 && plain[0] >= 'a' && plain[0] <= 'z' && plain[1] == '-') {
    long value = number_value(plain.substr(2));
    if (value > 0) return PageNumber{false, plain[0], value};
  }
  bool decorated = false;
  for (std::string_view decoration : kDecorations) {
    for (std::size_t at = plain.find(decoration); at != std::string::npos; at = plain.find(decoration, at)) {
      plain.replace(at, decoration.size(), " ");
      decorated = true;
    }
  }
  std::vector<std::string_view> tokens;
  std::string_view rest = plain;
  while (!rest.empty()) {
    std::size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::size_t end = rest.find(' ');
    tokens.push_back(rest.substr(0, end));
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
  }
  // "7" or "7/31" (the page and the count).
  auto arabic = [](std::string_view token) -> long {
    std::size_t slash = token.find('/');
    if (slash != std::string_view::npos && number_value(token.substr(slash + 1)) < 0) return -1;
    return number_value(token.substr(0, slash));
  };
  auto is_page_word = [](std::string_view token) { return token == "page" || token == "p." || token == "pg."; };
  if (tokens.empty()) return std::nullopt;  // a rule of dashes
  if (tokens.size() == 1) {
    if (long value = arabic(tokens[0]); value >= 0) return PageNumber{decorated, '0', value};
    if (int value = roman_value(tokens[0]); value > 0 && !upper_letter) return PageNumber{decorated, 'r', value};
    return std::nullopt;
  }
  if (tokens.size() == 2 && is_page_word(tokens[0])) {
    if (long value = arabic(tokens[1]); value >= 0) return PageNumber{true, '0', value};
    if (int value = roman_value(tokens[1]); value > 0) return PageNumber{true, 'r', value};
    return std::nullopt;
  }
  // "7 of 31", "Page 7 of 31"
  const std::size_t first = is_page_word(tokens[0]) ? 1 : 0;
  if (tokens.size() == first + 3 && tokens[first + 1] == "of" && number_value(tokens[first + 2]) >= 0) {
    if (long value = number_value(tokens[first]); value >= 0) return PageNumber{true, '0', value};
  }
  return std::nullopt;
}

// The page number at the end of `line` after a wide gap, and where the text before it
// ends; nullopt when there is none.
struct TrailingNumber {
  PageNumber number;
  std::size_t text_end = 0;
};

std::optional<TrailingNumber> read_trailing_page_number(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0 && is_space(line[end - 1])) --end;
  // The start of the last run of spaces wide enough to be a gap.
  std::size_t gap_end = end;
  while (gap_end > 0) {
    std::size_t space_end = line.find_last_of(" \t", gap_end - 1);
    if (space_end == std::string_view::npos) return std::nullopt;
    std::size_t space_begin = space_end;
    while (space_begin > 0 && (line[space_begin - 1] == ' ' || line[space_begin - 1] == '\t')) --space_begin;
    const bool wide = space_end + 1 - space_begin >= kWideGap ||
                      line.substr(space_begin, space_end + 1 - space_begin).find('\t') != std::string_view::npos;
    if (wide) {
      std::string_view head = trim(line.substr(0, space_begin));
      if (head.empty()) return std::nullopt;
      std::optional<PageNumber> number = read_page_number(line.substr(space_end + 1, end - space_end - 1));
      if (!number) return std::nullopt;
      return TrailingNumber{*number, space_begin};
    }
    gap_end = space_begin;
    // Only the last few words can be a page number ("Page 7 of 31" has four).
    if (end - gap_end > 24) return std::nullopt;
  }
  return std::nullopt;
}

// Which edge of its page a line is at: 'T' top, 'B' bottom, 0 neither; `in_band` says
// whether the PDF band put it there.
struct Edge {
  char side = 0;
  bool in_band = false;
};

Edge edge_of(const FurniturePage& page, std::size_t l) {
  const FurnitureLine& line = page.lines[l];
  if (page.height > 0 && line.top >= 0) {
    if (line.bottom <= kBandShare * page.height) return {'T', true};
    if (line.top >= (1 - kBandShare) * page.height) return {'B', true};
  }
  const std::size_t n = page.lines.size();
  const std::size_t from_bottom = n - 1 - l;
  if (l < kEdgeLines && l <= from_bottom) return {'T', false};
  if (from_bottom < kEdgeLines) return {'B', false};
  return {};
}

// The key of a redaction legend: "***Confidential Treatment Requested", "[***] = Certain
// confidential information … has been omitted".
bool is_redaction_legend(std::string_view key) {
  if (key.find("confidential treatment") != std::string_view::npos) return true;
  return key.find("***") != std::string_view::npos &&
         (key.find("confidential") != std::string_view::npos || key.find("omitted") != std::string_view::npos ||
          key.find("redacted") != std::string_view::npos);
}

struct Candidate {
  std::size_t line = 0;
  PageNumber number;
  bool trailing = false;  // at the end of a line of text
  bool mid_page = false;  // not at an edge
};

// A bare page number in the middle of a PDF page stands alone: short, centred on the
// page, with at least its own height of blank space above and below it.
// A short line in capitals: a heading ("DEFINITIONS"), which a section number alone on
// the line above belongs to.
bool reads_as_heading(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 60) return false;
  bool letters = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

// A bare page number in the middle of a page stands alone: centred (on a PDF page, on the
// middle of the text column, since a converter may shrink the text into the left half of
// the page; in plain text, indented by kCentredIndent columns or more), with blank space
// above and below it, and not above a heading.
bool stands_alone(const FurniturePage& page, std::size_t l) {
  const FurnitureLine& line = page.lines[l];
  if (line.left < 0 || line.top < 0) return false;
  if (l + 1 < page.lines.size() && reads_as_heading(page.lines[l + 1].text)) return false;
  // Blank space: the line's own height in a PDF, one blank line in text (positions are
  // line numbers there, top == bottom).
  const double height = page.height > 0 ? line.bottom - line.top : 1;
  if (height <= 0) return false;
  const bool space_above = l == 0 || line.top - page.lines[l - 1].bottom > height;
  const bool space_below = l + 1 == page.lines.size() || page.lines[l + 1].top - line.bottom > height;
  if (!space_above || !space_below) return false;
  if (page.height <= 0) return line.left >= kCentredIndent;
  if (page.width <= 0) return false;
  double column_left = line.left;
  double column_right = line.right;
  for (const FurnitureLine& other : page.lines) {
    if (other.left < 0) continue;
    column_left = std::min(column_left, other.left);
    column_right = std::max(column_right, other.right);
  }
  const double centre = (line.left + line.right) / 2;
  return std::abs(centre - (column_left + column_right) / 2) <= kCentredShare * page.width;
}

// "2    3                CONFIDENTIAL": a plain-text rendering of such a filing writes a
// printed page break on one line, columns apart: the number closing one printed page, the
// number opening the next (or only one of them) and the header under it. Returns the first
// number and the header's words as printed; nullopt for any other line ("5    PAYMENT
// TERMS" is read the same way, and told apart by its heading not repeating word for word).
struct HeadOnOneLine {
  long value = 0;
  std::string header;
};

std::optional<HeadOnOneLine> read_head_on_one_line(std::string_view text) {
  text = trim(text);
  std::vector<std::string_view> pieces;  // separated by wide gaps
  while (!text.empty()) {
    std::size_t gap = text.find(std::string(kWideGap, ' '));
    pieces.push_back(trim(text.substr(0, gap)));
    if (gap == std::string_view::npos) break;
    text = trim(text.substr(gap));
  }
  std::size_t numbers = 0;
  long value = -1;
  for (; numbers < pieces.size() && numbers < 2; ++numbers) {
    std::optional<PageNumber> number = read_page_number(pieces[numbers]);
    if (!number || number->named || number->series != '0') break;
    if (numbers == 0) value = number->value;
  }
  if (numbers == 0 || numbers == pieces.size()) return std::nullopt;
  std::string header;
  for (std::size_t i = numbers; i < pieces.size(); ++i) {
    if (read_page_number(pieces[i])) return std::nullopt;
    if (!header.empty()) header += ' ';
    header += pieces[i];
  }
  if (letter_count(running_line_key(header)) < 3) return std::nullopt;
  return HeadOnOneLine{value, std::move(header)};
}

// Point 5: an SEC filing converted to PDF keeps the printed pages' breaks in the middle of
// its pages: a bare page number ("2", "3" …) and, under it, the same header lines every
// time ("CONFIDENTIAL"). Where at least two bare numbers, counting up through the
// document, stand over the same header line, the numbers and the header lines that repeat
// under them (at the same distance) are furniture wherever they are on the page. A run
// of such numbers must count up; an exhibit that numbers its pages again starts a new run.
// The same holds for a number under the same footer line every time ("Software License …
// CONFIDENTIAL" closing one printed page, then "7" opening the next): the number and the
// footer lines that repeat over it are furniture.
void mark_numbered_page_heads(const std::vector<FurniturePage>& pages, std::vector<std::vector<Furniture>>& verdict) {
  constexpr std::size_t kHeadLines = 3;
  // The document's lines in order, across PDF pages: a printed page's number may close one
  // PDF page and its header open the next.
  std::vector<std::pair<std::size_t, std::size_t>> order;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) order.emplace_back(p, l);
  }
  auto text_at = [&](std::size_t k) { return pages[order[k].first].lines[order[k].second].text; };
  struct Head {
    std::size_t at = 0;  // index in `order`
    long value = 0;
  };
  // By the key of the line next to the number: under it (the header that opens the printed
  // page) in `heads[0]`, over it (the footer that closed the one before) in `heads[1]`.
  std::unordered_map<std::string, std::vector<Head>> heads[2];
  // The number and the header on one line (read_head_on_one_line), by the header.
  std::unordered_map<std::string, std::vector<Head>> one_line_heads;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (std::optional<HeadOnOneLine> head = read_head_on_one_line(text_at(k))) {
      one_line_heads[head->header].push_back(Head{k, head->value});
      continue;
    }
    std::optional<PageNumber> number = read_page_number(text_at(k));
    if (!number || number->named || number->series != '0') continue;
    for (int side = 0; side < 2; ++side) {
      if (side == 0 ? k + 1 >= order.size() : k == 0) continue;
      // Word for word, digits included: "ARTICLE 5" and "ARTICLE 7" are headings, not a header.
      std::string key(trim(text_at(side == 0 ? k + 1 : k - 1)));
      if (letter_count(running_line_key(key)) < 3) continue;
      heads[side][key].push_back(Head{k, number->value});
    }
  }
  auto mark = [&](std::size_t k, Furniture kind) {
    Furniture& verdict_here = verdict[order[k].first][order[k].second];
    if (verdict_here == Furniture::none) verdict_here = kind;
  };
  // The line `d` lines from the number, on the side of its running lines.
  auto away = [&](int side, const Head& head, std::size_t d) -> std::optional<std::size_t> {
    if (side == 0) return head.at + d < order.size() ? std::optional<std::size_t>(head.at + d) : std::nullopt;
    return head.at >= d ? std::optional<std::size_t>(head.at - d) : std::nullopt;
  };
  // Runs of numbers that count up, each number one more than the one before and a page's
  // lines after it: an exhibit numbers its pages from 1 again; rows of a table ("1    Monthly
  // fee", "2    Monthly fee") follow each other.
  constexpr std::size_t kMinLinesPerPrintedPage = 5;
  for (const auto& [header, all] : one_line_heads) {
    for (std::size_t first = 0; first < all.size();) {
      std::size_t end = first + 1;
      while (end < all.size() && all[end].value == all[end - 1].value + 1 &&
             all[end].at >= all[end - 1].at + kMinLinesPerPrintedPage) {
        ++end;
      }
      if (end - first >= 2) {
        for (std::size_t k = first; k < end; ++k) mark(all[k].at, Furniture::running_line);
      }
      first = end;
    }
  }
  for (int side = 0; side < 2; ++side) {
  for (const auto& [key, all] : heads[side]) {
    // Runs of numbers that count up: an exhibit numbers its pages from 1 again.
    for (std::size_t first = 0; first < all.size();) {
      std::size_t end = first + 1;
      while (end < all.size() && all[end].value > all[end - 1].value) ++end;
      const std::vector<Head> found(all.begin() + static_cast<std::ptrdiff_t>(first),
                                    all.begin() + static_cast<std::ptrdiff_t>(end));
      first = end;
      if (found.size() < 2) continue;
      // Lines further from the number that repeat at the same distance belong to the head.
      std::vector<std::unordered_map<std::string, int>> further(kHeadLines + 1);
      for (const Head& head : found) {
        for (std::size_t d = 2; d <= kHeadLines; ++d) {
          if (std::optional<std::size_t> at = away(side, head, d)) ++further[d][std::string(trim(text_at(*at)))];
        }
      }
      for (const Head& head : found) {
        mark(head.at, Furniture::page_number);
        mark(*away(side, head, 1), Furniture::running_line);
        for (std::size_t d = 2; d <= kHeadLines; ++d) {
          const std::optional<std::size_t> at = away(side, head, d);
          if (!at) break;
          const std::string further_key(trim(text_at(*at)));
          if (letter_count(running_line_key(further_key)) < 3 || further[d][further_key] < 2) break;
          mark(*at, Furniture::running_line);
        }
      }
    }
  }
  }
}

// Point 3: the edge lines that repeat as a running header or footer.
std::vector<std::vector<bool>> repeated_edge_lines(const std::vector<FurniturePage>& pages,
                                                   const std::vector<std::vector<Edge>>& edges) {
  // Repeated edge lines. In a PDF band the height must match too; outside it, only the
  // edge, and only on pages long enough to have a body between their edges.
  auto bucket_of = [](double top) { return static_cast<long>(top / kBucket); };
  auto position_key = [](const std::string& key, char place, long bucket) {
    return key + '@' + place + std::to_string(bucket);
  };
  std::unordered_map<std::string, int> pages_with_key;
  std::vector<std::vector<std::string>> keys(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const FurniturePage& page = pages[p];
    keys[p].resize(page.lines.size());
    std::unordered_set<std::string> seen_on_page;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      const Edge edge = edges[p][l];
      if (edge.side == 0) continue;
      if (!edge.in_band && page.height > 0 && page.lines.size() <= 2 * kEdgeLines) continue;
      std::string key = running_line_key(page.lines[l].text);
      if (letter_count(key) < 3) continue;  // "1." or "(a)" repeating is a coincidence
      key.insert(key.begin(), edge.side);
      std::string at = edge.in_band ? position_key(key, 'y', bucket_of(page.lines[l].top)) : position_key(key, 'e', 0);
      if (seen_on_page.insert(at).second) ++pages_with_key[at];
      keys[p][l] = std::move(key);
    }
  }
  const int needed = std::max(2, static_cast<int>((pages.size() + 1) / 2));
  std::vector<std::vector<bool>> repeated(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    repeated[p].assign(pages[p].lines.size(), false);
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) {
      const std::string& key = keys[p][l];
      if (key.empty()) continue;
      int pages_here = 0;
      if (edges[p][l].in_band) {
        // A header may sit a point or two lower on some pages.
        const long bucket = bucket_of(pages[p].lines[l].top);
        for (long b = bucket - kNearBuckets; b <= bucket + kNearBuckets; ++b) {
          auto found = pages_with_key.find(position_key(key, 'y', b));
          if (found != pages_with_key.end()) pages_here += found->second;
        }
      } else {
        auto found = pages_with_key.find(position_key(key, 'e', 0));
        if (found != pages_with_key.end()) pages_here = found->second;
      }
      // A header or footer that counts the pages ("Services Agreement, Page 2 of 2") says
      // what it is even on the one page it appears on.
      // A redaction legend is printed only on the pages that have redactions: twice is
      // enough.
      // (Only a short line: some text files hold a whole page on one line that ends with
      // its footer, and that line is not furniture.)
      const bool counts_pages = key.find("page # of #") != std::string::npos &&
                                word_count(pages[p].lines[l].text) <= kPageCountLineWords;
      if (pages_here >= needed || counts_pages || (pages_here >= 2 && is_redaction_legend(key))) {
        repeated[p][l] = true;
      }
    }
  }
  return repeated;
}

}  // namespace

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string running_line_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t skip = invisible_at(text, i)) {
      i += skip;
      continue;
    }
    char c = text[i];
    if (is_space(c)) {
      pending_space = !key.empty();
      ++i;
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    if (is_digit(c)) {
      key.push_back('#');
      while (i < text.size() && is_digit(text[i])) ++i;
      continue;
    }
    key.push_back(ascii_lower(c));
    ++i;
  }
  return key;
}

bool looks_like_page_number(std::string_view text) { return read_page_number(text).has_value(); }

bool looks_like_named_page_number(std::string_view text) {
  std::optional<PageNumber> number = read_page_number(text);
  return number && number->named;
}

bool looks_like_page_number_frame(std::string_view text) {
  std::string key = running_line_key(text);
  for (std::string_view decoration : kDecorations) {
    for (std::size_t at = key.find(decoration); at != std::string::npos; at = key.find(decoration, at)) {
      key.replace(at, decoration.size(), " ");
    }
  }
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    std::string_view word = std::string_view(key).substr(start, end - start);
    if (!word.empty() && word != "page" && word != "of" && word != "#") return false;
    start = end + 1;
  }
  return true;
}

bool looks_like_filing_stamp(std::string_view text) {
  text = trim(text);
  if (text.size() > 160 || text.substr(0, 7) != "Source:" || text.find(',') == std::string_view::npos) return false;
  // Ends with a date: digits '/' digits '/' digits.
  std::size_t i = text.size();
  int slashes = 0;
  while (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/')) slashes += text[--i] == '/';
  return slashes == 2 && i < text.size() && is_digit(text[i]) && i > 0 && (text[i - 1] == ' ' || text[i - 1] == ',');
}

bool looks_like_initials_box(std::string_view text) {
  std::string key = running_line_key(trim(text));
  if (key.substr(0, 8) != "initials" && key.substr(0, 7) != "initial") return false;
  std::string_view rest = std::string_view(key).substr(key.substr(0, 8) == "initials" ? 8 : 7);
  if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
  rest = trim(rest);
  if (rest.empty()) return false;
  // Blanks to fill in ("____ ____"), or initials already written ("/s/ IP", "CL MD").
  if (rest.find("___") != std::string_view::npos) {
    return std::all_of(rest.begin(), rest.end(), [](char c) { return c == '_' || c == ' ' || c == ':'; });
  }
  return rest.size() <= 12 && key.find(':') != std::string::npos;
}

std::string_view without_trailing_page_number(std::string_view line) {
  std::optional<TrailingNumber> trailing = read_trailing_page_number(line);
  if (!trailing) return line;
  std::string_view head = line.substr(0, trailing->text_end);
  while (!head.empty() && is_space(head.back())) head.remove_suffix(1);
  return head;
}

std::vector<std::vector<Furniture>> find_page_furniture(const std::vector<FurniturePage>& pages) {
  std::vector<std::vector<Furniture>> verdict(pages.size());
  std::vector<std::vector<Edge>> edges(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    verdict[p].assign(pages[p].lines.size(), Furniture::none);
    edges[p].resize(pages[p].lines.size());
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) edges[p][l] = edge_of(pages[p], l);
  }

  // Running lines as the page edges stand before any page number is found: a section
  // number stands over a heading, a page number over a running header.
  const std::vector<std::vector<bool>> repeated_early = repeated_edge_lines(pages, edges);

  // Page numbers: named ones at any edge; bare ones when a neighbour agrees, or when they
  // are among the outermost lines of a PDF band; alone in the middle of a PDF page when
  // the page numbers before or after agree.
  std::vector<std::vector<Candidate>> candidates(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::size_t n = pages[p].lines.size();
    for (std::size_t l = 0; l < n; ++l) {
      std::optional<PageNumber> number = read_page_number(pages[p].lines[l].text);
      if (edges[p][l].side == 0) {
        if (number && (number->named || stands_alone(pages[p], l))) candidates[p].push_back(Candidate{l, *number, false, true});
      } else if (number) {
        candidates[p].push_back(Candidate{l, *number, false, false});
      } else if (l + 1 == n) {
        if (std::optional<TrailingNumber> trailing = read_trailing_page_number(pages[p].lines[l].text)) {
          candidates[p].push_back(Candidate{l, trailing->number, true, false});
        }
      }
    }
  }
  // Same series, and the value the page offset predicts, on a page near by.
  auto agrees_with_near_page = [&](std::size_t p, const Candidate& candidate) {
    const std::size_t from = p > kNeighbourPages ? p - kNeighbourPages : 0;
    const std::size_t to = std::min(pages.size(), p + kNeighbourPages + 1);
    for (std::size_t q = from; q < to; ++q) {
      if (q == p) continue;
      const long expected = candidate.number.value + static_cast<long>(q) - static_cast<long>(p);
      for (const Candidate& other : candidates[q]) {
        if (other.number.series == candidate.number.series && other.number.value == expected) return true;
      }
    }
    return false;
  };
  // The previous page number of the series in the document is one less, or the next one
  // more (several printed pages on one PDF page).
  std::vector<std::pair<std::size_t, const Candidate*>> in_order;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const Candidate& candidate : candidates[p]) in_order.emplace_back(p, &candidate);
  }
  auto agrees_in_sequence = [&](std::size_t k) {
    const PageNumber& number = in_order[k].second->number;
    for (std::size_t j = k; j-- > 0;) {
      const PageNumber& other = in_order[j].second->number;
      if (other.series != number.series) continue;
      if (other.value == number.value - 1) return true;
      break;
    }
    for (std::size_t j = k + 1; j < in_order.size(); ++j) {
      const PageNumber& other = in_order[j].second->number;
      if (other.series != number.series) continue;
      return other.value == number.value + 1;
    }
    return false;
  };
  for (std::size_t k = 0; k < in_order.size(); ++k) {
    const std::size_t p = in_order[k].first;
    const Candidate& candidate = *in_order[k].second;
    const Edge edge = edges[p][candidate.line];
    const bool outermost_in_band =
        edge.in_band && (edge.side == 'T' ? candidate.line < kEdgeLines
                                          : pages[p].lines.size() - candidate.line <= kEdgeLines);
    bool accepted = false;
    if (candidate.mid_page) {
      accepted = agrees_in_sequence(k);
    } else {
      // A section number over its heading ("2" / "SERVICES") may follow "1" on the page
      // before: a bare number over a heading in capitals needs more than agreement.
      // A running header under the number ("2" / "CONFIDENTIAL" on every page) is no heading.
      const bool heading_follows = candidate.line + 1 < pages[p].lines.size() &&
                                   reads_as_heading(pages[p].lines[candidate.line + 1].text) &&
                                   !repeated_early[p][candidate.line + 1];
      accepted = candidate.number.named || (outermost_in_band && !candidate.trailing) ||
                 (!heading_follows && (agrees_with_near_page(p, candidate) || agrees_in_sequence(k)));
    }
    if (accepted) verdict[p][candidate.line] = candidate.trailing ? Furniture::trailing_page_number : Furniture::page_number;
  }
  // Where a page number stands in the middle of a PDF page, one printed page ends and the
  // next begins: the lines around it are edges too (the next page's own number, printed at
  // its top, and its running header), so that they are judged as at the top of a page.
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const Candidate& candidate : candidates[p]) {
      if (!candidate.mid_page || verdict[p][candidate.line] != Furniture::page_number) continue;
      const std::size_t l = candidate.line;
      for (std::size_t k = 1; k < kEdgeLines; ++k) {
        if (l >= k && edges[p][l - k].side == 0) edges[p][l - k] = Edge{'B', false};
        if (l + k < pages[p].lines.size() && edges[p][l + k].side == 0) edges[p][l + k] = Edge{'T', false};
      }
      // "2" centred at the foot of one printed page, "3" at the head of the next.
      for (std::size_t k = l + 1; k < std::min(l + 3, pages[p].lines.size()); ++k) {
        std::optional<PageNumber> next = read_page_number(pages[p].lines[k].text);
        if (next && next->series == candidate.number.series && next->value == candidate.number.value + 1) {
          verdict[p][k] = Furniture::page_number;
        }
      }
    }
  }

  // Filing stamps at an edge, or printed on two pages; initials boxes at an edge.
  std::unordered_map<std::string, std::size_t> stamp_pages;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::unordered_set<std::string> on_page;
    for (const FurnitureLine& line : pages[p].lines) {
      if (looks_like_filing_stamp(line.text)) on_page.insert(running_line_key(line.text));
    }
    for (const std::string& key : on_page) ++stamp_pages[key];
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) {
      if (verdict[p][l] != Furniture::none) continue;
      std::string_view text = pages[p].lines[l].text;
      const bool at_edge = edges[p][l].side != 0;
      if (looks_like_filing_stamp(text) && (at_edge || stamp_pages[running_line_key(text)] >= 2)) {
        verdict[p][l] = Furniture::filing_stamp;
      } else if (at_edge && looks_like_initials_box(text)) {
        verdict[p][l] = Furniture::initials;
      }
    }
  }

  mark_numbered_page_heads(pages, verdict);

  // Repeated edge lines: running headers and footers.
  const std::vector<std::vector<bool>> repeated = repeated_edge_lines(pages, edges);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) {
      if (repeated[p][l] && verdict[p][l] == Furniture::none) verdict[p][l] = Furniture::running_line;
    }
  }
  return verdict;
}

}  // namespace clausecheck
