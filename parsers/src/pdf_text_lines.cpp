#include "pdf_text_lines.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace clausecheck {
namespace {

double bottom(const BoundingBox& box) { return box.y + box.height; }
double right(const BoundingBox& box) { return box.x + box.width; }
double middle(const BoundingBox& box) { return box.y + box.height / 2; }

// Two vertical extents share a baseline when they overlap by at least half of the
// smaller one: a superscript footnote mark or a smaller font still joins its line, while
// the line above or below (which at most touches this one) does not.
bool share_baseline(double top_a, double bottom_a, double top_b, double bottom_b) {
  double overlap = std::min(bottom_a, bottom_b) - std::max(top_a, top_b);
  double smaller = std::min(bottom_a - top_a, bottom_b - top_b);
  if (smaller <= 0) return top_b >= top_a && bottom_b <= bottom_a;
  return overlap >= 0.5 * smaller;
}

// A clause label on its own: "(i)", "(iv)", "(c)", "8.2", "1.", "7A.", "a.", "b)". Not a bare
// number: "23" of "23rd" or "1" of "1∕2" sit as close to what follows as a label does.
bool is_label_word(std::string_view w) {
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  if (w.size() >= 3 && w.size() <= 7 && w.front() == '(' && w.back() == ')') {
    return std::all_of(w.begin() + 1, w.end() - 1, alnum);
  }
  if (w.size() == 2 && std::isalpha(static_cast<unsigned char>(w[0])) && (w[1] == '.' || w[1] == ')')) return true;
  if (w.size() < 2 || !std::isdigit(static_cast<unsigned char>(w.front()))) return false;
  const bool shape = std::all_of(w.begin(), w.end(), [&](char c) { return alnum(c) || c == '.'; });
  return shape && w.find('.') != std::string_view::npos && w.size() <= 10;
}

PdfLine assemble(std::vector<PdfWord*>& words) {
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
    if (a->box.x != b->box.x) return a->box.x < b->box.x;
    return a->box.y < b->box.y;
  });
  PdfLine line;
  double top = words.front()->box.y;
  double low = bottom(words.front()->box);
  double left = words.front()->box.x;
  double far_right = right(words.front()->box);
  const PdfWord* previous = nullptr;
  for (const PdfWord* word : words) {
    if (previous != nullptr) {
      double gap = word->box.x - right(previous->box);
      double em = std::min(word->box.height, previous->box.height);
      // An inter-word space is about a quarter of an em even in tight justified text;
      // pieces of one word split at a font change sit closer than a tenth of an em (small
      // capitals: "S" "OLAR" 0.086 em apart). Some typesetters set a clause label only a
      // hair before its text ("(i)" "notify", "(c)" "JOC", "8.2" "A Party": 0.085 em), where
      // `pdftotext` and the contract's own text print a space; a label is never the first
      // piece of a word, so after one any visible gap is a space.
      const double space = is_label_word(previous->text) ? 0.04 : 0.1;
      if (gap > space * em) line.text.push_back(' ');
    }
    line.text += word->text;
    top = std::min(top, word->box.y);
    low = std::max(low, bottom(word->box));
    left = std::min(left, word->box.x);
    far_right = std::max(far_right, right(word->box));
    ++line.word_count;
    if (line.word_count == 1) line.first_word_right = right(word->box);
    if (line.word_count == 2) line.second_word_x = word->box.x;
    previous = word;
  }
  line.box = BoundingBox{left, top, far_right - left, low - top};
  return line;
}

}  // namespace

std::vector<PdfLine> build_lines(std::vector<PdfWord> words) {
  std::erase_if(words, [](const PdfWord& word) { return word.text.empty(); });
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
    if (middle(a.box) != middle(b.box)) return middle(a.box) < middle(b.box);
    return a.box.x < b.box.x;
  });

  std::vector<PdfLine> lines;
  std::vector<PdfWord*> current;
  double line_top = 0;
  double line_bottom = 0;
  for (PdfWord& word : words) {
    // Sorted by vertical middle, a word either shares the current line's baseline or
    // starts the next line: one pass, no comparison with earlier lines.
    if (!current.empty() && share_baseline(line_top, line_bottom, word.box.y, bottom(word.box))) {
      current.push_back(&word);
      // The line's extent is that of its first (tallest-so-far) words; growing it with
      // every word would let a tall glyph swallow the next line.
      continue;
    }
    if (!current.empty()) lines.push_back(assemble(current));
    current.assign(1, &word);
    line_top = word.box.y;
    line_bottom = bottom(word.box);
  }
  if (!current.empty()) lines.push_back(assemble(current));
  return lines;
}

}  // namespace clausecheck
