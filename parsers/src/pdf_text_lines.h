// Lines of text rebuilt from the words Poppler finds on a PDF page.
//
// Poppler's word list comes in its own reading order, which splits a clause number in the
// margin ("1.1") from the text beside it when it guesses they are two columns. A lawyer
// reads "1.1  Appointment" as one line, so lines are rebuilt here from the words' boxes:
// words whose vertical extents overlap enough share a baseline and form one line, the
// line's words are ordered left to right, and a space is put between two words only when
// there is a visible gap between them (Poppler also splits words where the font changes).
//
// Cost: one sort of the page's words by height on the page and one sort per line by x,
// so O(n log n) per page; no pairwise comparison of words.
#pragma once

#include <string>
#include <vector>

#include "clausecheck/document.h"

namespace clausecheck {

// One word as Poppler reports it: UTF-8 text and its box in points, origin top-left.
struct PdfWord {
  std::string text;
  BoundingBox box;
};

// One rebuilt line of a page.
struct PdfLine {
  std::string text;       // the words joined, a single space where there is a gap
  BoundingBox box;        // union of the words' boxes
  double first_word_right = 0;  // right edge of the first word (a clause label, often)
  double second_word_x = -1;    // left edge of the second word, -1 if there is none
  int word_count = 0;
};

// Groups `words` into lines, top to bottom. Words with empty text are ignored.
std::vector<PdfLine> build_lines(std::vector<PdfWord> words);

}  // namespace clausecheck
