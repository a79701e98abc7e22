// Which PDF lines continue the paragraph of the line before them.
//
// A PDF has no paragraphs, only lines. A wrapped line must not be mistaken for the start
// of a clause (a line that happens to begin "30 days" is not clause 30), so each line is
// marked as continuing the previous one when it looks like a typesetter's wrap:
//   - the previous line was full: this line's first word would not have fitted after it
//     within the text width (a paragraph's last line stops short, even in ragged-right
//     text), or it ends in a hyphen, or it stops on a word no sentence ends with ("… In
//     no" / "event will …", the next line in lower case); and it does not end a sentence
//     (. ! ? :) or a list item (;);
//   - this line does not start with a clause label or bullet ("1.2", "(a)", "•"), unless
//     it is a wrapped cross-reference ("… in accordance with" / "Schedule 1, …");
//   - across a page break, this line is not a part's label alone ("EXHIBIT B", "ARTICLE
//     IV"), unless the line before stops mid-phrase ("… attached hereto as" / "Exhibit C");
//   - on the same page: the vertical gap is at most about a line's leading (or, on a page
//     set double-spaced, about the page's usual gap between wrapped lines), and this line
//     starts at the previous line's left edge, or at its text after a hanging label
//     ("1.1   In this Schedule …" wraps under "In"; within an inch right of a labelled
//     line's edge when the label itself has a space, "11. 5   Notwithstanding"), or left of
//     a first-line indent;
//   - across a page break: the horizontal test alone, since the gap is the page's margin.
#pragma once

#include <string_view>
#include <vector>

#include "clausecheck/document.h"

namespace clausecheck {

struct ParagraphLine {
  std::string_view text;
  int page = 1;
  BoundingBox box;
  double text_x = 0;  // where the line's text starts after a leading label, else box.x
  double first_word_width = 0;
};

// `right_margin` is the rightmost text edge seen on the previous line's page; `usual_gap`
// the page's usual vertical gap between consecutive aligned lines (usual_line_gap), 0 when
// unknown.
bool continues_paragraph(const ParagraphLine& previous, const ParagraphLine& line, double right_margin,
                         double usual_gap = 0);

// The median vertical gap between consecutive lines of one page that start at the same left
// edge, most of them a paragraph's wrapped lines: about a fifth of a line in single-spaced
// text, a whole line or more in text typed double-spaced. 0 with fewer than four such pairs.
// `boxes` are the page's body lines in reading order.
double usual_line_gap(const std::vector<BoundingBox>& boxes);

// The right edge of a page's text column: the right edge that at least a tenth of the page's
// body lines reach (the largest edge for a page of under ten lines). The widest line alone is
// not the column: a stray note set to the right ("[Indemnification by VerticalNet]" at 490
// pt) or a line running past the margin on a page whose column ends at 287 pt would make
// every full line look short, and every line end a paragraph. `boxes` are the page's body
// lines; 0 when there are none.
double text_column_right(const std::vector<BoundingBox>& boxes);

// True when `text` starts with a clause label or a bullet: "1", "1.", "1.2.3", "(a)",
// "a)", "(iv)", "•", "●", "-", "Schedule"/"Clause"/"Part"/"Annex" with a number.
bool starts_with_label(std::string_view text);

}  // namespace clausecheck
