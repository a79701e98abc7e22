#include "pdf_paragraphs.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <iterator>

#include "clausecheck/ascii_case.h"
#include "restated_number.h"

namespace clausecheck {
namespace {

// Horizontal positions within this many points are "the same" left edge.
constexpr double kAlignTolerance = 3.0;
// A line filling at least this share of the text width (from the page's right edge) was
// wrapped by the typesetter, not ended by the author.
constexpr double kFullLineShare = 0.85;
// A wrapped line sits at most this many times the page's usual gap below the line before.
constexpr double kUsualGapShare = 1.3;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// "(a)", "(iv)", "(A)", "(12)" at the start of `text`.
bool starts_with_parenthesised_label(std::string_view text) {
  if (text.size() < 3 || text[0] != '(') return false;
  std::size_t close = text.find(')');
  if (close == std::string_view::npos || close < 2 || close > 6) return false;
  std::string_view inside = text.substr(1, close - 1);
  bool digits = std::all_of(inside.begin(), inside.end(), is_digit);
  bool lower = std::all_of(inside.begin(), inside.end(), is_lower_ascii);
  bool upper = inside.size() == 1 && is_upper_ascii(inside[0]);
  return digits || (lower && (inside.size() == 1 || inside.find_first_not_of("ivxl") == std::string_view::npos)) || upper;
}

// "… in accordance with" / "Schedule 1, Good Industry Practice …" and "… the date at" /
// "1.4 above": a cross-reference wrapped to the start of a line reads like a label. It is
// taken for a wrap when the line before stops mid-phrase (on a lowercase word or a comma,
// but not on "and"/"or", which end list items) and the usual width and alignment tests
// hold. Lettered items and bullets always start a new block.
bool ends_mid_phrase(std::string_view before) {
  char last = before.back();
  if (!((last >= 'a' && last <= 'z') || last == ',')) return false;
  return !before.ends_with(" and") && !before.ends_with(" or");
}

// "… under this Agreement. In no" / "event will Agent be liable …": a line that stops on a
// word no sentence or heading ends with (an article, a preposition, a modal, "no"), followed
// by a line starting in lower case, is one sentence however short the first line is. Some
// filings break lines where the source text did, far from the right margin.
bool dangles_into(std::string_view before, std::string_view line) {
  if (line.empty() || !is_lower_ascii(line.front())) return false;
  // "ii." / "iv)" after "…, or": a list's next item, not the rest of the sentence.
  const std::string_view first_word = line.substr(0, line.find(' '));
  if (first_word.back() == '.' || first_word.back() == ')') return false;
  const std::size_t space = before.rfind(' ');
  std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  if (word.empty() || word.size() > 5) return false;
  static constexpr std::string_view kDanglingWords[] = {
      "a",   "an",    "the",   "no",   "of",  "to",    "in",    "for",  "by",   "with", "from", "that",
      "shall", "will", "may",  "must", "be",  "not",   "any",   "all",  "such", "its",  "their", "this",
      "these", "those", "on",  "at",   "as",  "under", "upon",  "into", "and",  "or",   "is",   "are"};
  return std::any_of(std::begin(kDanglingWords), std::end(kDanglingWords),
                     [&](std::string_view dangling) { return equals_ignoring_ascii_case(word, dangling); });
}

bool starts_like_a_reference(std::string_view text) {
  if (is_digit(text.front())) return true;
  for (std::string_view word : {"Schedule ", "Clause ", "Part ", "Annex ", "Appendix ", "Section ", "Paragraph "}) {
    if (text.starts_with(word)) return true;
  }
  return false;
}

// "EXHIBIT B", "Schedule 2", "ARTICLE IV", "Annex 3-1": a document part's label alone on its
// line, the heading of an exhibit or article at the top of a page. The last line of the page
// before may end without a full stop ("[***]" or "Exh. A-1" closing the previous exhibit),
// so unless that line stops mid-phrase ("… attached as" / "Exhibit B") it is a heading, not
// a wrap. On the same page the vertical test decides ("… set forth on" / "Exhibit C." under
// an underline is a wrapped reference).
bool is_part_heading_line(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  text.remove_prefix(std::min(text.size(), text.find_first_not_of(' ')));
  if (!text.empty() && (text.back() == '.' || text.back() == ':')) text.remove_suffix(1);
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view word = text.substr(0, space);
  std::string_view id = text.substr(space + 1);
  bool keyword = false;
  for (std::string_view title : {"Exhibit", "Schedule", "Annex", "Annexure", "Appendix", "Attachment", "Article",
                                 "Section", "Clause", "Part"}) {
    if (word.size() != title.size() || word[0] != title[0]) continue;
    bool same = true;
    bool upper = true;
    for (std::size_t k = 1; k < word.size(); ++k) {
      char lower = static_cast<char>(word[k] - 'A' + 'a');
      same = same && word[k] == title[k];
      upper = upper && is_upper_ascii(word[k]) && lower == title[k];
    }
    keyword = keyword || same || upper;
  }
  if (!keyword) return false;
  std::size_t dash = id.find('-');
  std::string_view head = id.substr(0, dash);
  if (head.empty() || head.size() > 4) return false;
  // A number, a capital letter with an optional number ("A", "D2") or a roman numeral
  // ("IV"); not a word ("EXHIBIT OF" in a paragraph set in capitals).
  std::string_view number = is_upper_ascii(head[0]) ? head.substr(1) : head;
  bool numbered = std::all_of(number.begin(), number.end(), is_digit);
  bool roman = head.find_first_not_of("IVXL") == std::string_view::npos;
  if (!numbered && !roman) return false;
  if (dash == std::string_view::npos) return true;
  std::string_view tail = id.substr(dash + 1);
  return !tail.empty() && tail.size() <= 2 && std::all_of(tail.begin(), tail.end(), is_digit);
}

}  // namespace

bool starts_with_label(std::string_view text) {
  text.remove_prefix(std::min(text.size(), text.find_first_not_of(' ')));
  if (text.empty()) return false;
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x97\x8F", "\xE2\x97\xA6", "\xEF\x82\xB7", "- ", "* ", "\xE2\x80\x93 "}) {
    if (text.starts_with(bullet)) return true;
  }
  if (starts_with_parenthesised_label(text)) return true;
  if (is_digit(text[0])) {
    // "1", "1.", "1.2", "1.2.3", "12)" followed by a space or the end: a number that runs
    // on into words ("30 days") is only a label when followed by '.' or ')'.
    std::size_t i = 0;
    bool dotted = false;
    while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) {
      dotted = dotted || text[i] == '.';
      ++i;
    }
    if (i < text.size() && text[i] == ')') return true;
    return dotted && (i == text.size() || text[i] == ' ');
  }
  // "a)" / "a." lettered items.
  if (text.size() >= 2 && is_lower_ascii(text[0]) && (text[1] == ')' || (text[1] == '.' && (text.size() == 2 || text[2] == ' ')))) {
    return true;
  }
  for (std::string_view word : {"Schedule ", "Clause ", "Part ", "Annex ", "Appendix ", "Section ", "Chapter ", "SCHEDULE ",
                                "PART ", "ANNEX ", "CHAPTER "}) {
    if (text.starts_with(word)) return true;
  }
  return false;
}

bool continues_paragraph(const ParagraphLine& previous, const ParagraphLine& line, double right_margin, double usual_gap) {
  std::string_view before = previous.text;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || line.text.empty()) return false;
  char last = before.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
  // Across a page break the vertical test is unavailable, so a label there always counts.
  bool wrapped_reference = line.page == previous.page && ends_mid_phrase(before) && starts_like_a_reference(line.text);
  if (line.page != previous.page && is_part_heading_line(line.text) && !ends_mid_phrase(before)) return false;
  // "… within sixty" / "(60) calendar days": the figure after its number in words.
  const bool restated = restates_number_in_words(before, line.text);
  if (starts_with_label(line.text) && !wrapped_reference && !restated) {
    return false;
  }

  // A line ending in a hyphen was broken by the typesetter even when it looks short.
  bool hyphenated = last == '-' || before.ends_with("\xC2\xAD") || before.ends_with("\xE2\x80\x90");
  double previous_right = previous.box.x + previous.box.width;
  double width = right_margin - previous.box.x;
  // The next word would have fitted on the previous line (with a space of about a third of
  // the line height) had the author not ended the paragraph there.
  double space = previous.box.height / 3;
  bool word_would_not_fit = previous_right + space + line.first_word_width > right_margin + kAlignTolerance;
  bool nearly_full = width > 0 && previous_right - previous.box.x >= kFullLineShare * width;
  if (!hyphenated && !word_would_not_fit && !nearly_full && !dangles_into(before, line.text)) return false;

  bool aligned = std::abs(line.box.x - previous.box.x) <= kAlignTolerance ||
                 std::abs(line.box.x - previous.text_x) <= kAlignTolerance ||
                 // first-line indent: the wrap goes back to the left, by at most an inch and a
                 // half (filings indent first lines by up to 1.1 in, "3.1 The Company shall pay
                 // … of the Net" then "Sales in excess …" at the margin)
                 (line.box.x < previous.box.x && previous.box.x - line.box.x <= 108) ||
                 // a hanging indent under a label the line boxes cannot measure ("11. 5   Notwithstanding
                 // …" wraps under "Notwithstanding", but its text is read as starting at "5")
                 (starts_with_label(previous.text) && line.box.x > previous.box.x && line.box.x - previous.box.x <= 72);
  if (!aligned) return false;
  if (line.page != previous.page) return true;

  double gap = line.box.y - (previous.box.y + previous.box.height);
  double height = std::max(previous.box.height, line.box.height);
  // Text typed double-spaced (older filings) puts a line or more between wrapped lines; a
  // paragraph break there is still clearly wider than the page's usual gap.
  double widest_wrap = std::max(0.8 * height, kUsualGapShare * usual_gap);
  return gap >= -0.5 * height && gap <= widest_wrap;
}

double text_column_right(const std::vector<BoundingBox>& boxes) {
  std::vector<double> rights;
  rights.reserve(boxes.size());
  for (const BoundingBox& box : boxes) rights.push_back(box.x + box.width);
  if (rights.empty()) return 0;
  const std::size_t rank = rights.size() / 10;  // 0: the widest line, for short pages
  std::nth_element(rights.begin(), rights.begin() + static_cast<std::ptrdiff_t>(rank), rights.end(), std::greater<double>());
  return rights[rank];
}

double usual_line_gap(const std::vector<BoundingBox>& boxes) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < boxes.size(); ++i) {
    const BoundingBox& above = boxes[i - 1];
    const BoundingBox& below = boxes[i];
    if (std::abs(below.x - above.x) > kAlignTolerance) continue;
    double gap = below.y - (above.y + above.height);
    if (gap > 0) gaps.push_back(gap);
  }
  if (gaps.size() < 4) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
  const double median = gaps[gaps.size() / 2];
  // Only a page set at one spacing has a usual gap: most gaps near the median. A page of
  // tables, lists and headings has gaps of every size, and its median says nothing.
  const auto near_median = std::count_if(gaps.begin(), gaps.end(), [median](double gap) {
    return gap >= 0.8 * median && gap <= 1.25 * median;
  });
  return 2 * static_cast<std::size_t>(near_median) >= gaps.size() ? median : 0;
}

}  // namespace clausecheck
