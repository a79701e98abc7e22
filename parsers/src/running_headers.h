// Running headers, footers and page numbers of a paginated document.
//
// They are printed on every page but are not part of any clause: "Page 3 of 12" inside
// clause 7.2 would corrupt its text and every finding quoted from it. A line is treated
// as running matter when it sits in the top or bottom band of its page and either
//   - reads as a page number: "3", "- 3 -", "Page 3", "Page 3 of 12", "3 of 12",
//     "Page | 3", a lone roman numeral; or
//   - repeats, with its digits ignored, at about the same height on at least half of the
//     pages (and on at least two): "Framework Ref: RM6100 … Page 3" / "… Page 4". The
//     height matters: a title in the body of page 1 worded like the running header is kept.
// Text is compared after dropping invisible characters (zero-width spaces, soft hyphens)
// and case, so a producer's hidden characters do not hide a repeated footer.
//
// Cost: one hash-map count over the band lines of all pages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

// What the detector needs to know about one line.
struct PageLineInfo {
  std::string_view text;
  double top = 0;     // in points from the top of the page
  double bottom = 0;
};

struct PageLines {
  double height = 0;  // page height in points
  std::vector<PageLineInfo> lines;  // top to bottom
};

// For each page, for each line: true when the line is running matter.
std::vector<std::vector<bool>> find_running_lines(const std::vector<PageLines>& pages);

// True when `text` reads as a page number on its own ("7", "- 7 -", "Page 7 of 31").
bool looks_like_page_number(std::string_view text);

// The comparison key of a line: invisible characters dropped, ASCII lowercased, each run
// of digits replaced by '#', runs of spaces collapsed. Exposed for tests.
std::string running_line_key(std::string_view text);

}  // namespace clausecheck
