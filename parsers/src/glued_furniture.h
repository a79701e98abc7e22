// Running headers and footers glued onto the text of a plain-text page.
//
// Text renderings that join each page's lines into paragraphs (CUAD's and EDGAR's .txt
// files) glue the running header to the first paragraph of a page and the footer to the
// last one:
//
//   "Supply Agreement - FUSION 7. Termination 7.1 Termination by …"
//   "… are defined as FPI-1175 and [***]. Page 1 of 13 CONFIDENTIAL"
//   "Contract No.: DDCX S DG KC 201812130044 9.4 Upon the termination …"
//   "… for any acts of such authorities. Confidential Page 2 of 7 Initials: CL MD"
//
// Such a line is text, not furniture, so the line classifier (page_furniture.h) must not
// drop it; the words glued to it are furniture. A run of words at the start (or end) of an
// edge line (one of the first or last kGluedEdgeLines lines of its page) is cut when:
//   * the same words, compared as running_line_key compares lines (case and numbers
//     ignored), start (end) an edge line, glued or alone, on at least half the pages and
//     on at least three, with numbers that are the same on every page ("Contract No.
//     201812130044") or count with the pages ("Page 4 of 60", "Page 5 of 60"), and the run
//     has three letters and three words or a number: a header or footer. The run never
//     ends on a clause number ("Supply Agreement - FUSION 7." keeps its "7.");
//   * or it is a page number that names itself: "Page 7 of 31", "Page 7" (at an edge of any
//     page, as the line classifier takes it).
// The longest such run is cut. A line that is one such run as a whole is left to the line
// classifier; a header and a footer glued together leave nothing.
//
// Counter-examples that stay: a body sentence that happens to end two pages ("… of this
// Agreement."), three pages of a nine-page contract starting with the same words, pages
// that each start with an article ("ARTICLE 2 -- RESPONSIBILITIES", "ARTICLE 5 --
// COMPENSATION": the numbers neither repeat nor count the pages), the words "Page 3 of the
// Order Form" (not a page number).
#pragma once

#include <cstddef>
#include <vector>

#include "page_furniture.h"

namespace clausecheck {

// How many lines at the top and at the bottom of a page may carry glued furniture.
inline constexpr std::size_t kGluedEdgeLines = 3;

// What to keep of a line: the bytes [begin, end) of its text. The whole text when nothing
// is glued to it; begin == end when the whole line is furniture.
struct KeptText {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// For each page, for each line, what is left once glued headers and footers are cut.
std::vector<std::vector<KeptText>> find_glued_furniture(const std::vector<FurniturePage>& pages);

}  // namespace clausecheck
