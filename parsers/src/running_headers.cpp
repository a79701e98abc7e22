#include "running_headers.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <unordered_set>

namespace clausecheck {
namespace {

// Share of the page height, from the top and from the bottom, where running matter lives.
constexpr double kBandShare = 0.15;
// Only the outermost lines of a band can be a page number on its own: a bare "12" deeper
// in is more likely a table cell or a clause number.
constexpr std::size_t kOutermostLines = 4;
// Repeated lines are compared at about the same height: buckets of 4 points, and a line
// matches its own bucket and the two on either side (within about 10 points).
constexpr double kBucket = 4.0;
constexpr long kNearBuckets = 2;

// Invisible characters some producers put inside words (UTF-8 encodings):
// soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
constexpr std::string_view kInvisible[] = {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8C",
                                           "\xE2\x80\x8D", "\xE2\x81\xA0", "\xEF\xBB\xBF"};
// Dashes and bars that decorate page numbers: "- 3 -", "— 3 —", "Page | 3".
constexpr std::string_view kDecorations[] = {"-", "|", "\xE2\x80\x93", "\xE2\x80\x94"};

std::size_t invisible_at(std::string_view text, std::size_t i) {
  for (std::string_view mark : kInvisible) {
    if (text.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// A lower-case roman page number up to xxxix ("iv", "xii"): front matter is numbered so.
// Strict form, so that words made of the same letters ("civil", "vi" … "lxv") are not.
bool is_roman_numeral(std::string_view token) {
  std::size_t i = 0;
  while (i < token.size() && i < 3 && token[i] == 'x') ++i;
  std::string_view units = token.substr(i);
  static constexpr std::string_view kUnits[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  if (units.empty()) return i > 0;
  return std::find(std::begin(kUnits), std::end(kUnits), units) != std::end(kUnits);
}

std::size_t letter_count(std::string_view key) {
  return static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }));
}

}  // namespace

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
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      pending_space = !key.empty();
      ++i;
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    if (c >= '0' && c <= '9') {
      key.push_back('#');
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
      continue;
    }
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    ++i;
  }
  return key;
}

bool looks_like_page_number(std::string_view text) {
  std::string key = running_line_key(text);
  for (std::string_view decoration : kDecorations) {
    for (std::size_t at = key.find(decoration); at != std::string::npos; at = key.find(decoration, at)) {
      key.replace(at, decoration.size(), " ");
    }
  }
  std::vector<std::string_view> tokens;
  std::string_view rest = key;
  while (!rest.empty()) {
    std::size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::size_t end = rest.find(' ');
    tokens.push_back(rest.substr(0, end));
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
  }
  auto is = [&](std::initializer_list<std::string_view> expected) {
    return std::equal(tokens.begin(), tokens.end(), expected.begin(), expected.end());
  };
  if (tokens.size() == 1) return tokens[0] == "#" || tokens[0] == "#/#" || is_roman_numeral(tokens[0]);
  return is({"page", "#"}) || is({"page", "#", "of", "#"}) || is({"#", "of", "#"}) ||
         is({"page", "#/#"}) || is({"p.", "#"}) || (tokens.size() == 2 && tokens[0] == "page" &&
                                                     is_roman_numeral(tokens[1]));
}

std::vector<std::vector<bool>> find_running_lines(const std::vector<PageLines>& pages) {
  std::vector<std::vector<bool>> running(pages.size());
  // Which band a line is in: 'T' top, 'B' bottom, 0 neither.
  auto band_of = [](const PageLines& page, const PageLineInfo& line) -> char {
    if (page.height <= 0) return 0;
    if (line.bottom <= kBandShare * page.height) return 'T';
    if (line.top >= (1 - kBandShare) * page.height) return 'B';
    return 0;
  };

  // Count, for each band + key + vertical position (in buckets of kBucket points), the
  // pages it appears on. Position matters: a document's title printed in the body of page 1
  // with the same words as the running header above it is not running matter.
  auto bucket_of = [](double top) { return static_cast<long>(top / kBucket); };
  auto position_key = [](const std::string& key, long bucket) { return key + '@' + std::to_string(bucket); };
  std::unordered_map<std::string, int> pages_with_key;
  std::vector<std::vector<std::string>> keys(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const PageLines& page = pages[p];
    keys[p].resize(page.lines.size());
    std::unordered_set<std::string> seen_on_page;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      char band = band_of(page, page.lines[l]);
      if (band == 0) continue;
      std::string key = running_line_key(page.lines[l].text);
      if (letter_count(key) < 3) continue;  // "1." or "(a)" repeating is a coincidence
      key.insert(key.begin(), band);
      std::string at = position_key(key, bucket_of(page.lines[l].top));
      if (seen_on_page.insert(at).second) ++pages_with_key[at];
      keys[p][l] = std::move(key);
    }
  }

  const int needed = std::max(2, static_cast<int>((pages.size() + 1) / 2));
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const PageLines& page = pages[p];
    running[p].assign(page.lines.size(), false);
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      char band = band_of(page, page.lines[l]);
      if (band == 0) continue;
      bool outermost = band == 'T' ? l < kOutermostLines : page.lines.size() - l <= kOutermostLines;
      if (outermost && looks_like_page_number(page.lines[l].text)) {
        running[p][l] = true;
        continue;
      }
      const std::string& key = keys[p][l];
      if (key.empty()) continue;
      // Pages with the same line near the same height (a header may sit a point or two
      // lower on some pages).
      int pages_here = 0;
      const long bucket = bucket_of(page.lines[l].top);
      for (long b = bucket - kNearBuckets; b <= bucket + kNearBuckets; ++b) {
        auto found = pages_with_key.find(position_key(key, b));
        if (found != pages_with_key.end()) pages_here += found->second;
      }
      if (pages_here >= needed) running[p][l] = true;
    }
  }
  return running;
}

}  // namespace clausecheck
