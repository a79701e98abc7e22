// Recovering the clause tree from a Document's blocks.
//
// The idea: read the blocks in order and keep a stack of the clauses still "open" (the
// current clause, its parent, its grandparent …). A block that starts with a label is a
// clause only if its label fits that stack:
//
//   * it *continues* an open list – same style as an open clause and one more (or two more:
//     a deleted clause) than it: "(c)" after "(b)", "4" after "3", "2.4" after "2.3";
//   * or it *starts* a list under the current clause – the first of its style: "(a)", "(i)",
//     "1.1" under "1", "1" at the top or under a Schedule;
//   * Schedule / Part / Annex headings close numbered clauses and open a new root (a Part
//     nests inside a Schedule, an Annex inside either).
//
// Anything else that looks like a label is ordinary text: a year, "3 months" at a line
// start, a number that jumps from 3 to 250, a table-of-contents line. Ambiguous labels are
// settled by the same test: "(i)" after "(h)" continues the letters, after "(a)…" text it
// starts roman numerals. Indentation is never used; numbering decides. Word's computed
// labels (Block::label) are trusted: when they fit no rule they are placed by their type.
//
// Citations: numbered clauses cite their number ("7.2"), letters and romans append to their
// parent ("7.2(b)(iii)"), and anything inside a part is prefixed by the part's citation and
// ", " ("Schedule 2, 1.1(a)", "Joint Schedule 6, Annex, 1"). "Clause 5" cites as "5".
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clausecheck/ascii_case.h"
#include "clause_label.h"
#include "clause_tree.h"
#include "clausecheck/structure.h"
#include "cross_references.h"
#include "definitions.h"
#include "lost_numbering.h"

namespace clausecheck {
namespace {

constexpr int max_sibling_gap = 2;      // "3" may follow "1" (a deleted clause), "250" may not
constexpr std::size_t max_heading_words = 10;
constexpr std::size_t max_heading_bytes = 100;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (ascii_is_blank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (ascii_is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = ascii_is_blank(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The next word of `s` at or after `pos`, which moves past it; empty when none is left.
std::string_view next_word(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && ascii_is_blank(s[pos])) ++pos;
  const std::size_t start = pos;
  while (pos < s.size() && !ascii_is_blank(s[pos])) ++pos;
  return s.substr(start, pos - start);
}

// The last word of `s` ("Officer" of "Title: Chief Executive Officer"); "" when none.
std::string_view last_word(std::string_view s) {
  s = trim(s);
  std::size_t start = s.size();
  while (start > 0 && !ascii_is_blank(s[start - 1])) --start;
  return s.substr(start);
}

bool has_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return ascii_is_alpha(c); });
}

// Whether trimmed `s` ends a list item that goes on into the next one: "… legal counsel;",
// "… banks; or", "… the Supplier, and".
bool ends_with_item_joiner(std::string_view s) {
  if (!s.empty() && (s.back() == ';' || s.back() == ',')) return true;
  for (std::string_view conjunction : {std::string_view("and"), std::string_view("or"), std::string_view("and/or")}) {
    if (s.size() > conjunction.size() + 1 && s.substr(s.size() - conjunction.size()) == conjunction) {
      const std::string_view before = trim(s.substr(0, s.size() - conjunction.size()));
      if (!before.empty() && (before.back() == ';' || before.back() == ',')) return true;
    }
  }
  return false;
}

// The line stops in the middle of a sentence: "… set out in paragraph" or "… the Buyer,".
// A list item's "; and" / "; or" is a sentence end for this purpose: the next item follows.
bool ends_mid_sentence(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  if (!(ascii_is_lower(s.back()) || s.back() == ',')) return false;
  return s.back() == ',' || !ends_with_item_joiner(s);
}

bool joins_list_items(std::string_view s) { return ends_with_item_joiner(trim(s)); }

bool ends_like_prose(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == ';' || c == ',' || c == ':';
}

// A line that reads as a title: short, no closing punctuation, starting with a capital,
// and either in capitals or with its main words capitalised ("Payment Terms", "KEY
// SUBCONTRACTORS", "Definitions"). `sentence_case_ok` admits "Payment terms" too, which is
// safe right after a top-level number but not for a free-standing line.
bool reads_as_heading(std::string_view text, bool sentence_case_ok) {
  text = trim(text);
  if (text.empty() || text.size() > max_heading_bytes || !has_letter(text)) return false;
  if (ends_like_prose(text) || word_count(text) > max_heading_words) return false;
  const unsigned char first = static_cast<unsigned char>(text.front());
  if (ascii_is_lower(first)) return false;
  if (sentence_case_ok) return true;
  std::size_t words = 0;
  std::size_t capitalised = 0;
  std::size_t i = 0;
  for (std::string_view word = next_word(text, i); !word.empty(); word = next_word(text, i)) {
    if (word.size() <= 3) continue;  // "of", "and", "the" are lower case in titles
    ++words;
    if (!ascii_is_lower(word.front())) ++capitalised;
  }
  return words == 0 || capitalised * 10 >= words * 7;
}

// A contents entry's words: no closing punctuation, or a title closed by a full stop: in
// capitals, its page number wrapped onto the next line ("9.ACKNOWLEDGMENT OF SELECTED TERMS AND
// PROVISIONS OF THE FRANCHISE AGREEMENT." / "14"), in title case ("10. Accounting Procedures;
// Right of Audit."), or ending in an abbreviation ("5.6 Vending Machines, Etc."). Prose has
// small-letter words; the clause itself, met after the list, has its label listed already.
bool ends_like_contents_entry(std::string_view s) {
  if (!ends_like_prose(s)) return true;
  if (s.back() != '.') return false;
  for (std::string_view abbreviation : {" etc.", " inc.", " ltd.", " co.", " corp."}) {
    if (s.size() > abbreviation.size() && ascii_lower(s.substr(s.size() - abbreviation.size())) == abbreviation) return true;
  }
  if (has_letter(s) && std::none_of(s.begin(), s.end(), [](char c) { return ascii_is_lower(c); })) return true;
  std::string_view title = s.substr(0, s.size() - 1);
  if (const std::optional<ClauseLabel> label = parse_leading_label(title)) title = title.substr(std::min(label->length, title.size()));
  return reads_as_heading(title, false);
}

// Page furniture a parser left in the text ("Page 5 of 80", "Source: ACME INC, 10-K,
// 3/1/2019", "Initials: ____") is never a clause's heading.
bool is_page_furniture(std::string_view text) {
  text = trim(text);
  const std::string lower = ascii_lower(text.substr(0, 12));
  if (lower.rfind("source:", 0) == 0 || lower.rfind("initial", 0) == 0) return true;
  if (lower.rfind("page ", 0) != 0) return false;
  // "Page 5" or "Page 5 of 80": nothing but the words page/of and numbers.
  std::size_t words = 0;
  std::size_t i = 0;
  for (std::string_view word = next_word(text, i); !word.empty(); word = next_word(text, i)) {
    ++words;
    const bool number = std::all_of(word.begin(), word.end(), [](char c) { return ascii_is_digit(c); });
    if (!number && word != "of" && word != "Page" && word != "PAGE" && word != "page" && word != "OF") return false;
  }
  return words >= 2 && words <= 4;
}

// ---------------------------------------------------------------------------------------
// Tables of contents: lines ending in a page number, after dot leaders, a tab or a wide gap,
// or runs of numbered title lines that end in a number.

bool ends_with_page_number(std::string_view s, std::size_t& number_start) {
  s = trim(s);
  std::size_t i = s.size();
  while (i > 0 && ascii_is_digit(s[i - 1])) --i;
  if (i == s.size() || s.size() - i > 3 || i == 0) return false;
  number_start = i;
  return true;
}

bool is_strong_contents_line(std::string_view s) {
  s = trim(s);
  std::size_t n = 0;
  if (!ends_with_page_number(s, n) || !has_letter(s)) return false;
  std::string_view before = s.substr(0, n);
  if (before.empty()) return false;
  if (before.back() == '\t') return true;
  if (before.size() >= 3 && before.substr(before.size() - 3) == "...") return true;
  std::string_view stripped = trim(before);
  if (stripped.size() >= 3 && stripped.substr(stripped.size() - 3) == "...") return true;
  if (stripped.size() >= 3 && stripped.substr(stripped.size() - 3) == "\xE2\x80\xA6") return true;  // …
  return before.size() >= 2 && before.substr(before.size() - 2) == "  " && stripped.size() + 4 <= before.size();
}

bool is_weak_contents_line(std::string_view s) {
  s = trim(s);
  std::size_t n = 0;
  if (!ends_with_page_number(s, n)) return false;
  if (n == 0 || !ascii_is_blank(s[n - 1])) return false;
  std::string_view title = trim(s.substr(0, n));
  if (!parse_leading_label(title)) return false;
  return ends_like_contents_entry(title);
}

// "Contents", "TABLE OF CONTENTS", also with the column title of the page numbers beside
// it ("TABLE OF CONTENTS Page") and on the pages after the first ("Table of Contents
// (continued)").
//
// A text rendering that joins a page's lines keeps the title's line break as a run of
// spaces: "TABLE OF CONTENTS   OVERVIEW   1.1   Introduction   10 …". What stands before
// the first such run is the title.
bool is_contents_title(std::string_view s) {
  s = trim(s);
  if (const std::size_t gap = s.find("   "); gap != std::string_view::npos) s = trim(s.substr(0, gap));
  if (!s.empty() && s.back() == ':') s.remove_suffix(1);
  std::string lower = ascii_lower(s);
  auto drop_suffix = [&lower](std::string_view suffix) {
    if (lower.size() > suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
      lower.resize(lower.size() - suffix.size());
      while (!lower.empty() && (lower.back() == ' ' || lower.back() == '\t' || lower.back() == '-')) lower.pop_back();
    }
  };
  for (std::string_view suffix : {"(continued)", "(cont'd)", "(cont.)", "continued"}) drop_suffix(suffix);
  drop_suffix("page");
  // "Table of Content", singular, heads some translated contracts' lists.
  return lower == "contents" || lower == "table of contents" || lower == "index" || lower == "contents page" ||
         lower == "content" || lower == "table of content";
}

// The schedules listed after a table of contents, without page numbers:
//
//   SCHEDULES
//   Schedule 1.84       Initial Development Plan
//   Schedule 1.99       Licensed Compound
//   Schedule 13.7.3     Arbitration
//
// Part headings with their titles one after the other, with no text of their own, are a list
// of the parts when the parts themselves follow later: read as headings, the last would hold
// the whole agreement after it, and the parts, met again at the end, would be taken for
// running headers. Three such lines in a run, at least half of them met again as headings
// further on, make a list; "SCHEDULE 3 – NOT USED", "SCHEDULE 4 – NOT USED", "SCHEDULE 5 –
// NOT USED", "SCHEDULE 6 – STAFF TRANSFER" are four parts.
void mark_runs_of_part_titles(const Document& document, const std::vector<Block>& blocks, std::vector<bool>& contents) {
  const std::size_t n = blocks.size();
  auto part_heading = [&](std::size_t i) {
    if (!blocks[i].label.empty() || contents[i]) return false;
    const std::string_view text = trim(document.block_text(blocks[i]));
    const std::optional<ClauseLabel> label = parse_leading_label(text);
    if (!label || !label->is_part()) return false;
    const std::string_view title = trim(text.substr(std::min(label->length, text.size())));
    return !title.empty() && word_count(title) <= max_heading_words && !ends_like_prose(title);
  };
  auto cited_part = [&](std::size_t i) -> std::string {
    const std::optional<ClauseLabel> label = parse_leading_label(trim(document.block_text(blocks[i])));
    return label && label->is_part() ? ascii_lower(label->cited) : std::string();
  };
  // Each part label's last heading line: an entry is met again when its label heads a line
  // after the run.
  std::map<std::string, std::size_t> last_heading;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::string cited = cited_part(i); !cited.empty()) last_heading[cited] = i;
  }
  for (std::size_t i = 0; i < n;) {
    if (!part_heading(i)) {
      ++i;
      continue;
    }
    std::size_t headings = 1;
    std::size_t last = i;
    std::size_t j = i + 1;
    for (; j < n; ++j) {
      if (trim(document.block_text(blocks[j])).empty()) continue;
      if (!part_heading(j)) break;
      ++headings;
      last = j;
    }
    std::size_t met_again = 0;
    for (std::size_t k = i; k <= last; ++k) {
      const std::string cited = part_heading(k) ? cited_part(k) : std::string();
      if (!cited.empty() && last_heading[cited] > last) ++met_again;
    }
    if (headings >= 3 && 2 * met_again >= headings) {
      for (std::size_t k = i; k <= last; ++k) contents[k] = true;
    }
    i = std::max(j, i + 1);
  }
}

// A numbered list of the document's parts, without page numbers, on a cover page:
//
//   This Agreement consists of this signature page and the following attachments:
//   1.   Nonexclusive Value Added Distributor Agreement Terms and Conditions
//   2.   EXHIBIT A: Territory
//   3.   EXHIBIT B: Value Added Distributor Support Exhibit
//   3.1 Appendix 1: Cisco Problem Prioritization and Escalation Guideline
//   4.   EXHIBIT C: Software License Agreement
//
// Read as clauses, its numbers take "1" to "8" before the terms themselves ("1.0
// DEFINITIONS", "2.0 ...", "3.1 ...") are numbered, so the terms' clauses are cited as
// numbers met again. A run of lines numbered with decimals (blank lines between them
// allowed) that are titles, in which at least three entries, and at least half of them,
// name a part ("EXHIBIT A", "Appendix 1", "Schedule 2"), is a contents list. A lettered
// list of appendices inside a clause ("(C) ... (iv) Appendix D - Insurance Certificate;")
// is the clause's own items: it is cited "(C)(iv)".
void mark_lists_of_parts(const Document& document, const std::vector<Block>& blocks, std::vector<bool>& contents) {
  const std::size_t n = blocks.size();
  auto entry = [&](std::size_t i, bool& names_part) {
    names_part = false;
    if (!blocks[i].label.empty()) return false;
    const std::string_view text = trim(document.block_text(blocks[i]));
    const std::optional<ClauseLabel> label = parse_leading_label(text);
    if (!label || label->readings.front().family != LabelFamily::decimal || ends_like_prose(text) ||
        word_count(text) > 2 * max_heading_words) {
      return false;
    }
    const std::optional<ClauseLabel> part = parse_leading_label(trim(text.substr(std::min(label->length, text.size()))));
    names_part = part && part->is_part();
    return true;
  };
  for (std::size_t i = 0; i < n;) {
    bool names_part = false;
    if (!entry(i, names_part)) {
      ++i;
      continue;
    }
    std::size_t entries = 0;
    std::size_t parts = 0;
    std::size_t last = i;
    std::size_t j = i;
    for (; j < n; ++j) {
      if (trim(document.block_text(blocks[j])).empty()) continue;
      if (!entry(j, names_part)) break;
      ++entries;
      parts += names_part;
      last = j;
    }
    if (parts >= 3 && 2 * parts >= entries) {
      for (std::size_t k = i; k <= last; ++k) contents[k] = true;
    }
    i = j;
  }
  mark_runs_of_part_titles(document, blocks, contents);
}

// A contents entry whose label is printed twice by mistake: "14.8 Non-Waiver", "14.9
// Further Assurances", "14.1 Severability" (for 14.10), "14.11 Binding Effect". The label
// met again is not the clause itself when the next line is another entry, a title without
// prose under a decimal of the same depth that the list has not had yet: the clause would
// be followed by its text ("14.1 Press Announcements. Neither Party …") or by an entry
// already listed ("14.2").
bool next_is_unlisted_entry(const Document& document, const std::vector<Block>& blocks, std::size_t index,
                            const ClauseLabel& label, const std::set<std::string>& listed) {
  const LabelReading& reading = label.readings.front();
  if (reading.family != LabelFamily::decimal || label.keyword) return false;
  for (std::size_t j = index + 1; j < blocks.size(); ++j) {
    const std::string_view text = trim(document.block_text(blocks[j]));
    if (text.empty()) continue;
    const std::optional<ClauseLabel> next = parse_leading_label(text);
    if (!next || next->keyword || listed.count(next->shown) > 0 || ends_like_prose(text) ||
        word_count(text) > 2 * max_heading_words) {
      return false;
    }
    const LabelReading& next_reading = next->readings.front();
    return next_reading.family == LabelFamily::decimal && next_reading.numbers.size() == reading.numbers.size();
  }
  return false;
}

// A contents entry whose decimal lost its dots in the PDF's text: "5 3 2 Repair and
// Maintenance", "5 7 Menu Service and Hygiene", "5. 16.4" (its title on the next line). Its
// label reads as the "5" the list already had, but a number follows it: it is 5.3.2, not the
// clause 5 itself met again after the list, which has words after its number.
bool lost_its_dots(std::string_view text, const ClauseLabel& label) {
  std::string_view rest = text.substr(std::min(label.length, text.size()));
  while (!rest.empty() && ascii_is_blank(rest.front())) rest.remove_prefix(1);
  return !rest.empty() && ascii_is_digit(rest.front());
}

std::vector<bool> find_contents_lines(const Document& document, const std::vector<Block>& blocks) {
  const std::size_t n = blocks.size();
  std::vector<bool> contents(n, false);
  std::vector<bool> weak(n, false);
  // A page number printed alone on the line under its entry ("14.2 Termination for
  // Convenience" then " 37") makes the entry weak too; the number line belongs to the run
  // but is not counted as an entry.
  std::vector<bool> page_below(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view text = document.block_text(blocks[i]);
    if (is_strong_contents_line(text)) contents[i] = true;
    weak[i] = is_weak_contents_line(text);
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::string_view text = trim(document.block_text(blocks[i]));
    std::size_t j = i + 1;
    while (j < n && trim(document.block_text(blocks[j])).empty()) ++j;
    if (j == n || text.empty() || !parse_leading_label(text) || !ends_like_contents_entry(text) ||
        word_count(text) > 2 * max_heading_words) {
      continue;
    }
    const std::string_view below = trim(document.block_text(blocks[j]));
    if (below.empty() || below.size() > 3 || !std::all_of(below.begin(), below.end(), ascii_is_digit)) continue;
    weak[i] = true;
    page_below[j] = true;
  }
  // Runs of three or more weak lines (blank lines between them allowed) are a contents list.
  for (std::size_t i = 0; i < n;) {
    if (!weak[i]) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::size_t count = 0;
    std::size_t last = i;
    while (j < n && (weak[j] || contents[j] || page_below[j] || trim(document.block_text(blocks[j])).empty())) {
      if (weak[j] || contents[j]) {
        ++count;
        last = j;
      } else if (page_below[j]) {
        last = j;
      }
      ++j;
    }
    if (count >= 3) {
      for (std::size_t k = i; k <= last; ++k) contents[k] = true;
    }
    i = j;
  }
  mark_lists_of_parts(document, blocks, contents);
  // After a "Contents" title, every line up to the first that is neither an entry nor blank
  // nor the wrapped second line of an entry. Entries may lack page numbers ("Section 1 – The
  // appointment"), so the list also ends where a label it already listed comes again: that
  // is the clause itself (not a number alone on its line, which may be a page number, nor
  // an entry printed twice by mistake, see next_is_unlisted_entry). A title met again a few lines after the list stopped (the list
  // goes on over a page break: "TABLE OF CONTENTS (continued)", after the page's footer)
  // continues the same list, so a label listed on its first page still ends it.
  constexpr std::size_t kContinuedTitleLines = 8;
  std::set<std::string> listed;
  std::set<std::string> lone_numbers;  // numbers alone on their lines: clause or page numbers
  std::size_t list_end = 0;  // where the last list stopped
  bool any_list = false;
  auto mistyped_entry = [&](std::size_t j, const ClauseLabel& label) {
    const std::string_view text = trim(document.block_text(blocks[j]));
    return !ends_like_prose(text) && word_count(text) <= 2 * max_heading_words &&
           next_is_unlisted_entry(document, blocks, j, label, listed);
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_contents_title(document.block_text(blocks[i]))) continue;
    std::size_t lines_between = 0;
    for (std::size_t k = list_end; any_list && k < i; ++k) lines_between += !trim(document.block_text(blocks[k])).empty();
    if (!any_list || lines_between > kContinuedTitleLines) {
      listed.clear();
      lone_numbers.clear();
    }
    any_list = true;
    std::size_t misses = 0;
    std::size_t j = i + 1;
    // Two lines without a label end the list, unless an entry follows them: "3.3" / "VAT" /
    // "Delivery Terms of Product" (an article's title whose number the furniture took) /
    // "4.1" / "Delivery Terms".
    auto entry_at = [&](std::size_t k) {
      const std::string_view text = trim(document.block_text(blocks[k]));
      const std::optional<ClauseLabel> label = parse_leading_label(text);
      return label && listed.count(label->shown) == 0 && ends_like_contents_entry(text) &&
             word_count(text) <= 2 * max_heading_words;
    };
    for (; j < n && (misses < 2 || entry_at(j)); ++j) {
      std::string_view text = trim(document.block_text(blocks[j]));
      if (text.empty()) continue;
      std::optional<ClauseLabel> label = parse_leading_label(text);
      // A number alone on its line is an entry's page number as often as its clause number
      // ("1" / "Definitions" / "5"): page numbers repeat, so it never ends the list.
      // The clause itself, met after the list, has text beside its number ("1 Definitions").
      const bool lone_number = label && label->length >= text.size() && label->decoration == LabelDecoration::none &&
                               label->readings.front().family == LabelFamily::decimal &&
                               label->readings.front().numbers.size() == 1 && !label->keyword;
      if (label && lone_number) {
        lone_numbers.insert(label->shown);
      } else if (label && !listed.insert(label->shown).second && !mistyped_entry(j, *label) &&
                 !lost_its_dots(text, *label)) {
        break;
      } else if (label && lone_numbers.count(label->shown) > 0 && !contents[j] && !weak[j]) {
        break;
      }
      if (contents[j] || weak[j]) {
        contents[j] = true;
        misses = 0;
      } else if (label && ends_like_contents_entry(text) && word_count(text) <= 2 * max_heading_words) {
        contents[j] = true;  // an entry without a page number
        misses = 0;
      } else if (!label && word_count(text) <= max_heading_words && !ends_like_prose(text)) {
        contents[j] = true;  // a title wrapped onto a second line, or an unnumbered entry
        ++misses;
      } else {
        break;
      }
    }
    list_end = j;
  }
  return contents;
}

// ---------------------------------------------------------------------------------------

struct OpenClause {
  int clause = -1;
  LabelReading reading;
  LabelDecoration decoration = LabelDecoration::none;
  PartKind part_kind = PartKind::schedule;
  bool keyword = false;  // "Section 3": its siblings are "Section 4", not a stray "4"
  // A list numbered again from 1 inside an open clause of the same style (see
  // restart_placement): a number that does not fit it may still continue the clauses outside.
  bool restarted = false;
  int list_level = -1;  // a Markdown list item's nesting depth (Block::list_level)
  bool closed = false;  // ended by a heading over unnumbered text (see closes_open_clauses)
};

ClauseKind kind_of(LabelFamily family) {
  switch (family) {
    case LabelFamily::decimal: return ClauseKind::numbered;
    case LabelFamily::lower_alpha:
    case LabelFamily::upper_alpha: return ClauseKind::lettered;
    case LabelFamily::lower_roman:
    case LabelFamily::upper_roman: return ClauseKind::roman;
    case LabelFamily::arabic: return ClauseKind::numbered;
    case LabelFamily::part: return ClauseKind::part;
  }
  return ClauseKind::numbered;
}

// Where a label goes: as a child of stack[parent_depth - 1] (0 = a root), read as `reading`.
struct Placement {
  bool found = false;
  std::size_t keep = 0;  // how many stack entries stay open below the new clause
  LabelReading reading;
  bool restarted = false;  // the clause opens a list numbered again from 1
};

// Plain text that flattened a page into one line keeps its line breaks as runs of spaces:
// "… agree as follows:   1. Subject and Scope   1.1 The initial scope …" (SEC filings as
// text). Such a block is read as several, cut before every run of three or more spaces
// followed by a label; whether each label is a clause is then decided as for any line.
//
// Other renderings lost the line breaks altogether and run the clauses together with one
// space: "… the controlling document. 1. "Products": 1.1 Ac-225 …", "… agree as follows:
// 1. DEFINITIONS 1.1 "Activity" means …". A block is also cut *inline* before a label that
// can only start a clause:
//   * a number with a dot or two levels ("2.", "2.1", "2.1.3"), or a keyword label
//     ("Section 2.1", "ARTICLE 4"), never a bare "4" or a letter ("(a)" lists run inside
//     sentences as often as they start lines);
//   * followed by a capital, a quotation mark or "[": "2.2 "Batch" shall mean",
//     "3.1 Scope"; never "2.1 of this Agreement";
//   * after the end of a sentence or list item (".", ":", ";", also before a closing quote
//     or bracket: `… (the "Parties"). 1.`), or after a heading that opens the piece
//     ("1. DEFINITIONS 1.1", "18. Shareholder Information 18.1", "RECITALS 1.").
// "… in accordance with Section 2.1 of this Agreement" and "Article 2.1 above" are never
// cut: the word before the number is not a sentence end. An inline piece starts a clause
// only when its number continues the numbering (the tree builder's usual test, without
// the allowance for an excerpt starting anywhere); otherwise it is read as the running
// text it is.
struct StructureBlocks {
  std::vector<Block> blocks;
  std::vector<bool> inline_cut;  // per block: cut from the middle of a line at one space
};

// A sentence or list item ends just before `end`: "done.", "follows:", "Product;",
// `Parties").`, `"Products":`.
bool ends_sentence(std::string_view before) {
  before = trim(before);
  std::size_t n = before.size();
  // Closing quotes and brackets after the full stop: `.")`, `.”`, `")`.
  auto strip_closer = [&](std::string_view s) {
    if (s.empty()) return s;
    if (s.back() == '"' || s.back() == ')' || s.back() == ']' || s.back() == '\'') return s.substr(0, s.size() - 1);
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99"))
      return s.substr(0, s.size() - 3);
    return s;
  };
  if (n == 0) return false;
  const char last = before.back();
  if (last == '.' || last == ':' || last == ';') return true;
  std::string_view inner = strip_closer(before);
  if (inner.size() == n) return false;
  if (!inner.empty() && (inner.back() == '.' || inner.back() == ':' || inner.back() == ';')) return true;
  inner = strip_closer(inner);  // `."` then `)`
  return !inner.empty() && (inner.back() == '.' || inner.back() == ':' || inner.back() == ';');
}

// The text before `end` closes a sentence with a full stop: "done.", `(the "Parties").`,
// `"Products."`. Not a colon or a semicolon: a list after those runs on in a PDF as often
// as it starts a line.
bool ends_full_stop(std::string_view before) {
  before = trim(before);
  for (int closers = 0; closers < 2 && !before.empty(); ++closers) {
    if (before.back() == '.') return true;
    if (before.back() == '"' || before.back() == ')' || before.back() == ']' || before.back() == '\'') {
      before.remove_suffix(1);
    } else if (before.ends_with("\xE2\x80\x9D") || before.ends_with("\xE2\x80\x99")) {
      before.remove_suffix(3);
    } else {
      return false;
    }
  }
  return !before.empty() && before.back() == '.';
}

// The piece is a number and its short title closed by a full stop: "1. Appointment of the Agents.".
// An article's title in capitals ("ARTICLE X. GENERAL PROVISIONS.") is not one: it is a
// heading on a line of its own in print, and the first item after it ("A. Entire Agreement:
// …") starts the next line (CUAD dev contracts), where a numbered clause's title runs its
// first item on as often as not.
bool is_titled_label(std::string_view piece) {
  piece = trim(piece);
  const std::optional<ClauseLabel> label = parse_leading_label(piece);
  if (!label || label->is_part() || label->readings.front().family != LabelFamily::decimal ||
      label->length >= piece.size() || piece.back() != '.') {
    return false;
  }
  const std::string_view title = trim(piece.substr(label->length, piece.size() - 1 - label->length));
  const bool capitals = std::none_of(title.begin(), title.end(), [](char c) { return ascii_is_lower(c); });
  if (label->keyword && capitals) return false;
  return !title.empty() && word_count(title) <= 8 && title.find('.') == std::string_view::npos &&
         reads_as_heading(title, false);
}

// "Schedule 1 to Limited Power of Attorney dated as of October 1, 2016 … List of Funds":
// a part's heading naming the document it belongs to, which a text rendering ran into the
// lines under it (the PDF prints "Schedule 1" on a line of its own). After the part's
// label: "to", a title in capitals ("Limited Power of Attorney", "Services Agreement") and
// then nothing or the words that go on naming that document ("dated", "between", "by").
// "Exhibit A to Services Agreement shall be amended …" is a sentence.
bool names_parent_document(std::string_view rest) {
  std::size_t i = 0;
  if (next_word(rest, i) != "to") return false;
  std::size_t title_words = 0;
  for (std::string_view word = next_word(rest, i); !word.empty(); word = next_word(rest, i)) {
    if (ascii_is_upper(word.front())) {
      ++title_words;
      continue;
    }
    if (word == "of" || word == "and" || word == "for") continue;
    return title_words >= 2 && (word == "dated" || word == "between" || word == "by" || word == "among");
  }
  return title_words >= 2;
}

// What follows a label opens a sentence or a title: a capital, a quotation mark or "[".
bool opens_sentence(std::string_view rest) {
  return !rest.empty() && (ascii_is_upper(rest.front()) || rest.front() == '"' || rest.front() == '[' ||
                           rest.substr(0, 3) == "\xE2\x80\x9C" || rest.substr(0, 3) == "\xE2\x80\x98");
}

// The piece so far is a heading: a label and a short title ("1. DEFINITIONS", "18.
// Shareholder Information", "ARTICLE 2 RIGHTS AND OBLIGATIONS") or a short line in
// capitals ("RECITALS", "BACKGROUND").
bool is_heading_piece(std::string_view piece) {
  piece = trim(piece);
  if (piece.empty()) return false;
  std::string_view title = piece;
  if (std::optional<ClauseLabel> label = parse_leading_label(piece)) {
    if (label->length >= piece.size()) return false;
    title = trim(piece.substr(label->length));
  }
  if (title.empty() || word_count(title) > 8 || ends_like_prose(title)) return false;
  const bool capitals = std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (capitals) return has_letter(title);
  return title.size() < piece.size() && reads_as_heading(title, false);
}

// The text ends with a word that the number after it completes: "SECTION 1." is one label
// (a heading in capitals before it is no reason to cut), "Contract No. 2.1" one reference.
bool names_a_number(std::string_view before) {
  before = trim(before);
  std::size_t start = before.size();
  while (start > 0 && !ascii_is_blank(before[start - 1])) --start;
  const std::string_view last = before.substr(start);
  if (last == "\xC2\xA7" || last == "No." || last == "no." || last == "NO.") return true;
  if (last.empty() || !ascii_is_alpha(last.back())) return false;
  const std::string word = ascii_lower(last);
  for (std::string_view w : {"section", "sections", "article", "articles", "clause", "clauses", "paragraph",
                             "paragraphs", "para", "subsection", "schedule", "exhibit", "annex", "appendix",
                             "part", "attachment", "item", "rule", "form", "version"}) {
    if (word == w) return true;
  }
  return false;
}

// A word after which a number is a citation, not a clause: "pursuant to 14.3", "under
// 14.3", "14.2 and 14.3".
bool introduces_citation(std::string_view word) {
  const std::string lower = ascii_lower(word);
  for (std::string_view w : {"to", "of", "in", "under", "see", "and", "or", "and/or", "with", "by", "per", "from",
                             "at", "on", "than", "through", "between", "including", "hereof", "for", "as", "is",
                             "are", "was", "the", "a", "an", "no", "nos."}) {
    if (lower == w) return true;
  }
  return false;
}

// The words after the last sentence end of `before`: "… agree as follows: AGREEMENT OF THE
// PARTIES" gives "AGREEMENT OF THE PARTIES".
std::string_view after_last_sentence_end(std::string_view before) {
  for (std::size_t i = before.size(); i > 1; --i) {
    const char c = before[i - 2];
    if ((c == '.' || c == ':' || c == ';') && ascii_is_blank(before[i - 1])) return before.substr(i);
  }
  return {};
}

// "(b) Territory. The rights …": a letter or roman numeral followed by a short title that
// ends in a full stop, the way SEC filings title their sub-clauses. Enumerations inside a
// sentence ("… (ii) return the data") never have one.
bool opens_titled_item(std::string_view rest) {
  const std::size_t stop = rest.find('.');
  if (stop == std::string_view::npos || stop == 0) return false;
  const std::string_view title = rest.substr(0, stop);
  return word_count(title) <= 6 && reads_as_heading(title, false);
}

// "E. Severability: If any provision …": the same title closed by a colon, and a sentence
// after it.
bool opens_item_titled_with_colon(std::string_view rest) {
  const std::size_t stop = rest.find(':');
  if (stop == std::string_view::npos || stop == 0 || stop + 2 >= rest.size() || rest[stop + 1] != ' ') return false;
  const std::string_view title = rest.substr(0, stop);
  return title.find('.') == std::string_view::npos && word_count(title) <= 4 && reads_as_heading(title, false) &&
         ascii_is_upper(rest[stop + 2]);
}

// "… agree as follows: 1 GRANT 1.1 Rights and Obligations. …": a bare number whose title in
// capitals is followed at once by the number's first sub-clause, or ends the paragraph
// after a full stop ("… of this Agreement. 7 PURCHASE OF PRODUCTS"), is a heading, as the
// PDF of the same contract prints it on a line of its own. A bare number before anything else
// ("… within 30 days. 2 Parties …") is too often a quantity or a page number.
enum class NumberTitle { none, before_first_child, ends_paragraph };
NumberTitle bare_number_title(const ClauseLabel& label, std::string_view rest) {
  const LabelReading& reading = label.readings.front();
  if (reading.family != LabelFamily::decimal || reading.numbers.size() != 1 || label.keyword ||
      label.decoration != LabelDecoration::none) {
    return NumberTitle::none;
  }
  const std::string child = std::to_string(reading.numbers.front()) + ".1";
  constexpr std::size_t kMaxTitleWords = 8;
  std::size_t words = 0;
  for (std::size_t pos = 0; words <= kMaxTitleWords; ++words) {
    const std::string_view word = next_word(rest, pos);
    if (words > 0 && (word == child || word == child + ".")) return NumberTitle::before_first_child;
    if (words > 0 && word.empty() && !ends_like_prose(rest)) return NumberTitle::ends_paragraph;
    const bool capitals = has_letter(word) && std::none_of(word.begin(), word.end(), [](char c) { return ascii_is_lower(c); });
    if (!capitals && word != "&" && word != "-") return NumberTitle::none;
  }
  return NumberTitle::none;
}

// What follows a label opens a quotation: a defined term, `(b) "Agents' Counsel" means …`.
bool opens_quotation(std::string_view rest) {
  return !rest.empty() && (rest.front() == '"' || rest.substr(0, 3) == "\xE2\x80\x9C" ||
                           rest.substr(0, 3) == "\xE2\x80\x98");
}

// The text before a list item ends with a colon or with a semicolon, perhaps followed by
// "and", "or" or "and/or": ":", "; ", "; and ". Returns the mark, or 0.
char list_item_joint(std::string_view before) {
  before = trim(before);
  for (std::string_view conjunction : {" and/or", " and", " or"}) {
    if (before.ends_with(conjunction)) {
      const std::string_view rest = trim(before.substr(0, before.size() - conjunction.size()));
      if (!rest.empty() && rest.back() == ';') return ';';
    }
  }
  return !before.empty() && (before.back() == ';' || before.back() == ':') ? before.back() : 0;
}

// "… in this Agreement: (a) "Agent" means …; (b) "Agents' Counsel" means …; (c) …": a list
// of definitions run on one line of text, each item a bracketed letter or numeral opening a
// quoted term, the first after a colon and the next ones after a semicolon. The PDF of the
// same contract starts a line with each of them (CUAD dev contracts: 52 of 60 such items
// after a colon or a semicolon; a list run inside a sentence rarely names defined terms).
// Taken only when the run confirms it: three items or more in sequence, each after a colon
// or a semicolon and opening a quoted term. Two (`In these Guidelines: (a) "you" …; and (b)
// "Application" means …`) run inside the sentence in print as often as not.
bool in_definitions_run(std::string_view text, std::size_t label_start, const ClauseLabel& label,
                        std::string_view before, std::string_view rest) {
  if (label.decoration != LabelDecoration::parens || !opens_quotation(rest) || list_item_joint(before) == 0) {
    return false;
  }
  // The nearest item after `from` (forward) or before it, after a colon or a semicolon, if
  // it is the one numbered `value` in `family` and opens a quoted term.
  const auto item_numbered = [&](LabelFamily family, int value, std::size_t from, bool forward) {
    const auto list_item = [&](std::size_t at) -> std::optional<ClauseLabel> {
      std::optional<ClauseLabel> item = parse_leading_label(text.substr(at));
      if (!item || item->decoration != LabelDecoration::parens || item->length >= text.size() - at ||
          list_item_joint(text.substr(0, at)) == 0) {
        return std::nullopt;
      }
      return item;
    };
    std::optional<ClauseLabel> item;
    std::size_t at = from;
    while (!item) {
      at = forward ? text.find('(', at + 1) : (at == 0 ? std::string_view::npos : text.rfind('(', at - 1));
      if (at == std::string_view::npos) return at;
      item = list_item(at);
    }
    if (!opens_quotation(trim(text.substr(at + item->length)))) return std::string_view::npos;
    const bool numbered = std::any_of(item->readings.begin(), item->readings.end(), [&](const LabelReading& r) {
      return r.family == family && r.numbers.front() == value;
    });
    return numbered ? at : std::string_view::npos;
  };
  constexpr int kRun = 3;
  for (const LabelReading& reading : label.readings) {
    if (reading.family == LabelFamily::decimal || reading.family == LabelFamily::part) continue;
    const int value = reading.numbers.front();
    int run = 1;
    std::size_t at = label_start;
    for (int previous = value - 1; run < kRun && previous >= 1; --previous, ++run) {
      at = item_numbered(reading.family, previous, at, false);
      if (at == std::string_view::npos) break;
    }
    at = label_start;
    for (int next = value + 1; run < kRun; ++next, ++run) {
      at = item_numbered(reading.family, next, at, true);
      if (at == std::string_view::npos) break;
    }
    if (run >= kRun) return true;
  }
  return false;
}

// The full stop before `end` closes a word of three letters or more, not an initial or an
// abbreviation: "… the platform." but not "M. D. Anderson", "Mr. V. Paul", "P. O. Box",
// "Acme Inc.", "U.S.".
bool full_stop_closes_word(std::string_view before) {
  before = trim(before);
  const std::string_view last = last_word(before);
  std::string_view word = last;
  while (!word.empty() && (word.back() == '.' || word.back() == '"' || word.back() == ')' || word.back() == '\'')) {
    word.remove_suffix(1);
  }
  if (word.ends_with("\xE2\x80\x9D") || word.ends_with("\xE2\x80\x99")) word.remove_suffix(3);
  // "… is described in Exhibit B. e. "Royalty" means …": a part's or a section's id ends
  // the sentence, however short.
  const std::string_view earlier = trim(before.substr(0, before.size() - last.size()));
  if (!word.empty() && word.size() <= 2 && names_a_number(earlier) && !names_a_number(before)) return true;
  if (word.size() < 3 || word.find('.') != std::string_view::npos) return false;
  const std::string lower = ascii_lower(word);
  for (std::string_view abbreviation : {"mrs", "inc", "ltd", "corp", "esq"}) {
    if (lower == abbreviation) return false;
  }
  return true;
}

// The text ends with an abbreviation spelled with full stops, "C.F.R." or "U.S.C.": a number
// after it is a section of the code it names ("… as used in 48 C.F.R. 12.212. Consistent
// with …", "15 U.S.C. 1693"), printed inside the sentence, not a clause after a sentence end.
bool ends_dotted_abbreviation(std::string_view before) {
  const std::string_view word = last_word(trim(before));
  if (word.size() < 4 || word.back() != '.') return false;
  const std::string_view inner = word.substr(0, word.size() - 1);
  return inner.find('.') != std::string_view::npos &&
         std::all_of(inner.begin(), inner.end(), [](char c) { return ascii_is_upper(c) || c == '.'; });
}

// "… the Company's website. 2. Fees and expenses a) Generally In exchange for …": the first
// item of a list (`a)`, `(a)`, `(i)`, `(A)`) opening a sentence right after its clause's
// title, when the title has no closing punctuation. Nothing but the line break parted them in
// print, and the PDF of the same contract starts a line with the item (CUAD dev contracts: 13
// of 14). A title closed by a full stop ("1. Appointment. (a) The Company …") runs its first
// item on as often as not and is left alone; so is a title that stops on a word that needs
// more ("13.1 EXCEPT IN THE CASE OF (a) ANY BREACH …": a sentence in capitals, not a title).
bool first_item_after_bare_title(const ClauseLabel& label, std::string_view before, std::string_view rest) {
  const bool first = std::any_of(label.readings.begin(), label.readings.end(),
                                 [](const LabelReading& r) { return r.numbers.front() == 1; });
  if (!first || !opens_sentence(rest)) return false;
  before = trim(before);
  const std::optional<ClauseLabel> heading = parse_leading_label(before);
  if (!heading || heading->is_part() || heading->readings.front().family != LabelFamily::decimal ||
      heading->length >= before.size()) {
    return false;
  }
  // A clause's number, not a telephone number's digits: "862.7825 Frederic A. Beckley".
  constexpr int kMaxComponent = 99;
  const std::vector<int>& numbers = heading->readings.front().numbers;
  if (std::any_of(numbers.begin(), numbers.end(), [](int n) { return n > kMaxComponent; })) return false;
  // A title, not a definition run on after its number: `1.11 "Subcontractors" means (a) …`.
  const std::string_view title = trim(before.substr(heading->length));
  if (title.empty() || !ascii_is_upper(title.front()) || title.find('"') != std::string_view::npos ||
      title.find("\xE2\x80\x9D") != std::string_view::npos || word_count(title) > 8 || !reads_as_heading(title, true)) {
    return false;
  }
  const std::string last = ascii_lower(last_word(title));
  for (std::string_view w : {"of", "the", "to", "in", "and", "or", "for", "with", "by", "on", "a", "an", "that", "if",
                             "as", "at", "from", "under"}) {
    if (last == w) return false;
  }
  return true;
}

// "-------------------------------------------------------------------------------- 1.0
// Definitions": a rule drawn across the page (a run of dashes, underscores, equals signs or
// asterisks) that a text rendering ran the next heading on to. The PDF prints the rule and the
// heading on lines of their own.
bool is_horizontal_rule(std::string_view piece) {
  piece = trim(piece);
  constexpr std::size_t kMinimumRule = 10;
  return piece.size() >= kMinimumRule && std::all_of(piece.begin(), piece.end(), [&piece](char c) {
           return c == piece.front() && (c == '-' || c == '_' || c == '=' || c == '*');
         });
}

// Whether `text[label_start..]` is a label that may start a clause in the middle of a
// line, after the piece `text[piece_start, space_begin)` (see above).
bool starts_inline_clause(std::string_view text, std::size_t piece_start, std::size_t space_begin,
                          std::size_t label_start) {
  std::optional<ClauseLabel> label = parse_leading_label(text.substr(label_start));
  if (!label || label->is_part()) return false;
  const std::string_view before = text.substr(piece_start, space_begin - piece_start);
  const std::string_view rest = text.substr(label_start + std::min(label->length, text.size() - label_start));
  const LabelReading& reading = label->readings.front();
  const std::string_view printed = text.substr(label_start, label->length);
  const bool dotted = printed.find('.') != std::string_view::npos;
  if (is_horizontal_rule(before)) return true;
  // "1. 1.1. 1.2." : a rendering that printed the numbers apart from their text. A piece
  // that is nothing but a label ends before the next dotted number.
  if (reading.family == LabelFamily::decimal && dotted && !label->keyword) {
    const std::string_view piece = trim(before);
    std::optional<ClauseLabel> alone = parse_leading_label(piece);
    if (alone && alone->length >= piece.size() && !alone->is_part()) return true;
  }
  if (reading.family != LabelFamily::decimal) {
    // "… the Products. (c) Products. The Products …": a titled letter after a sentence end.
    // "… by Customer. (b) The Company shall …", "… as follows. b) Monthly Fees …": a letter
    // or numeral in brackets after a full stop, opening a sentence, starts a line wherever a
    // PDF of the same contract shows it (CUAD, nearly always); after a comma, a semicolon or
    // an ordinary word, or going on in lower case, the list runs inside the sentence. The
    // first item run on after its clause's title ("1. Appointment. (a) The Company …") stays
    // on the title's line, as it does in print.
    const bool bracketed = label->decoration == LabelDecoration::parens ||
                           label->decoration == LabelDecoration::close_paren;
    // "… the platform. ii. Operational Services. …", "… the site. b. Entering a Request …":
    // a letter or numeral with a full stop, after a full stop that closes a word (not an
    // initial: "M. D. Anderson") and opening a sentence, starts a line in the PDF as the
    // bracketed ones do (CUAD dev contracts, every second one: 77 of 77).
    // So does the first such item right after its clause's title ("1. DEFINITIONS a.
    // "Affiliate" means …"), as the bracketed ones do (see first_item_after_bare_title).
    if (label->decoration == LabelDecoration::dot) {
      if (rest.empty() || names_a_number(before)) return false;
      if (first_item_after_bare_title(*label, before, rest)) return true;
      // "… If to COOL TECH: E. Severability: If any provision …": a letter titled with a colon
      // after the end of a sentence or a list item starts a line in print.
      if (ends_sentence(before) && opens_item_titled_with_colon(rest)) return true;
      return ends_full_stop(before) && full_stop_closes_word(before) && opens_sentence(rest) &&
             !is_titled_label(before);
    }
    if (!bracketed || rest.empty() || names_a_number(before)) return false;
    if (label->decoration == LabelDecoration::parens && ends_sentence(before) && opens_titled_item(rest)) return true;
    if (in_definitions_run(text, label_start, *label, before, rest)) return true;
    if (first_item_after_bare_title(*label, before, rest)) return true;
    return ends_full_stop(before) && opens_sentence(rest) && !is_titled_label(before);
  }
  if (!label->keyword && !dotted) {
    const NumberTitle title = bare_number_title(*label, rest);
    if (title == NumberTitle::none || names_a_number(before)) return false;
    if (title == NumberTitle::before_first_child) return ends_sentence(before) || is_heading_piece(before);
    return ends_full_stop(before);
  }
  if (!opens_sentence(rest)) return false;
  if (names_a_number(before)) return false;
  if (!label->keyword && ends_dotted_abbreviation(before)) return false;
  if (ends_sentence(before) || is_heading_piece(before)) return true;
  // "… in accordance with the Supply Agreement 3.6 Batch Testing. FUSION shall …": a text
  // rendering that lost the full stop before a sub-clause; the short title that ends in a
  // full stop marks it, as it does a titled letter. Two levels only: "3 Months." is a
  // quantity, and a reference names its keyword ("Section 3.6").
  const std::size_t stop = rest.find('.');
  const bool full_stop = stop != std::string_view::npos && (stop + 1 == rest.size() || ascii_is_blank(rest[stop + 1]));
  if (!label->keyword && reading.numbers.size() > 1 && full_stop && opens_titled_item(rest)) return true;
  // "… are expressly excluded 14.3 Conflicting Terms The parties agree …", "… Email:
  // x@skadden.com 13.4 Specific Performance. …": the same without a title closed by a full stop.
  // A number of two levels or more, opening a sentence after an ordinary word, starts a line
  // where the PDF of the same contract shows it (CUAD dev contracts: 61 of 65 such numbers
  // whose predecessor came before them); the piece is kept only when its number continues
  // the numbering, which a number cited in passing rarely does, and a word that introduces
  // a citation ("pursuant to 14.3", "and 14.3") keeps it as text.
  if (!label->keyword && reading.numbers.size() > 1 && !introduces_citation(last_word(before))) return true;
  // "… agree as follows: AGREEMENT OF THE PARTIES 1. APPOINTMENT": a heading in capitals
  // after the sentence end.
  const std::string_view tail = after_last_sentence_end(before);
  if (!tail.empty() && is_heading_piece(tail) && !parse_leading_label(trim(tail))) return true;
  // "… Schedules: Schedule "A" - United States Compliance with Securities Laws 1. Definitions
  // In this Agreement: …": a part's title (here one the label reader does not take, its id in
  // quotation marks), the last entry of a list of the parts, then the first clause. The PDF
  // prints them on lines of their own. A title in title case without a part's keyword
  // ("… as follows: Price per Unit 1. The Seller …") may end on a quantity and is left alone.
  if (reading.numbers.size() != 1 || !reads_as_heading(tail, false) || introduces_citation(last_word(tail))) {
    return false;
  }
  std::size_t pos = 0;
  const std::string first = ascii_lower(next_word(tail, pos));
  for (std::string_view part : {"schedule", "exhibit", "annex", "appendix", "attachment"}) {
    if (first == part) return true;
  }
  return false;
}

// "EXHIBIT A DEFINITIONS "Access Point" means …": a text rendering that ran a part's heading
// (its label and a title in capitals) into the first sentence under it, where the PDF of
// the same contract prints the heading on lines of its own. The piece so far is that
// heading, and the word at `next` goes on in lower case or opens a quotation.
bool ends_part_heading(std::string_view piece, std::string_view next) {
  piece = trim(piece);
  const std::optional<ClauseLabel> label = parse_leading_label(piece);
  if (!label || !label->is_part() || label->length >= piece.size()) return false;
  const std::string_view title = trim(piece.substr(label->length));
  const bool capitals = std::none_of(title.begin(), title.end(), [](char c) { return ascii_is_lower(c); });
  if (title.empty() || !capitals || !has_letter(title) || word_count(title) > 8) return false;
  std::size_t pos = 0;
  const std::string_view word = next_word(next, pos);
  return std::any_of(word.begin(), word.end(), [](char c) { return ascii_is_lower(c); });
}

// After a run of spaces, a label starts a line unless it is a number that ends the line:
// "2.3 Owner Cooperation    5" is a contents entry and its page number.
bool starts_line_after_gap(std::string_view rest) {
  std::optional<ClauseLabel> label = parse_leading_label(rest);
  if (!label) return false;
  const bool bare_number = label->readings.front().family == LabelFamily::decimal && !label->keyword &&
                           label->decoration == LabelDecoration::none && label->readings.front().numbers.size() == 1;
  return !(bare_number && trim(rest.substr(std::min(label->length, rest.size()))).empty());
}

// "… as set forth in           EXHIBIT H." (a wrapped line): a part named right after a word
// that introduces a citation is the sentence's cross-reference, not a part heading that
// starts a line. Taken for a heading, it would put every clause after it inside the exhibit.
bool cites_part_across_line_break(std::string_view before, std::string_view rest) {
  const std::optional<ClauseLabel> label = parse_leading_label(rest);
  if (!label || !label->is_part()) return false;
  return introduces_citation(last_word(before));
}

// "(xiii) At the time the Statement became                effective,   (i)  the  Statement …":
// a justified line puts three spaces before an item of a list running inside the sentence,
// where the line breaks the rendering flattened are much wider. A letter or roman numeral
// after a narrow gap, in the middle of a sentence and going on in lower case, is not a line
// start, as it would not be one in the PDF.
bool inline_item_after_gap(std::string_view before, std::string_view rest, std::size_t gap) {
  constexpr std::size_t kJustifiedGap = 4;
  if (gap > kJustifiedGap || !ends_mid_sentence(before)) return false;
  std::optional<ClauseLabel> label = parse_leading_label(rest);
  if (!label || label->is_part() || label->readings.front().family == LabelFamily::decimal) return false;
  const std::string_view after = trim(rest.substr(std::min(label->length, rest.size())));
  return !after.empty() && ascii_is_lower(after.front());
}

// Some text renderings keep a page's line breaks as runs of spaces of two widths: two
// spaces where a line of a paragraph wrapped ("… an Ontario corporation  with its principal
// place …") and four or more between paragraphs. Such a rendering shows itself in the gaps
// between two words inside a sentence: a few in a hundred are two spaces wide (one line in
// twenty or thirty words), next to hardly any of three. In the CUAD dev contracts that show
// it (24 of them), nine in ten or more of those two-space gaps are line ends in the PDF;
// where two spaces are the typist's or a justified line's (a seventh of all gaps or more, and
// often gaps of three spaces among them), they are not.
bool renders_line_breaks_as_two_spaces(std::string_view text) {
  std::size_t single = 0;
  std::size_t two = 0;
  std::size_t wider = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] != ' ' || text[i - 1] == ' ') continue;
    const char before = text[i - 1];
    if (!ascii_is_lower(before) && before != ',') continue;
    std::size_t j = i;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j == text.size() || !ascii_is_lower(text[j])) continue;
    const std::size_t gap = j - i;
    (gap == 1 ? single : gap == 2 ? two : wider) += 1;
    i = j;
  }
  constexpr std::size_t kMinimumEvidence = 10;  // two-space gaps: a paragraph or two of wrapped lines
  const std::size_t all = single + two;
  return two >= kMinimumEvidence && two * 100 >= 2 * all && two * 100 <= 8 * all && wider * 10 <= two;
}

StructureBlocks blocks_for_structure(const Document& document) {
  StructureBlocks out;
  if (document.format != DocumentFormat::text) {
    out.blocks = document.blocks;
    out.inline_cut.assign(out.blocks.size(), false);
    restore_lost_section_numbers(document, out.blocks);
    return out;
  }
  out.blocks.reserve(document.blocks.size());
  // A run of spaces as wide as a line break starts a line (see renders_line_breaks_as_two_spaces).
  const bool two_space_lines = renders_line_breaks_as_two_spaces(document.text);
  const std::size_t line_break_gap = two_space_lines ? 2 : 3;
  for (const Block& block : document.blocks) {
    const std::string_view text = document.block_text(block);
    std::size_t piece_start = 0;
    bool piece_inline = false;
    auto cut = [&](std::size_t end, std::size_t next_start, bool next_inline) {
      Block piece = block;
      if (piece_start > 0) piece.continues_paragraph = false;
      piece.begin = block.begin + static_cast<std::uint32_t>(piece_start);
      piece.end = block.begin + static_cast<std::uint32_t>(end);
      out.blocks.push_back(piece);
      out.inline_cut.push_back(piece_inline);
      piece_start = next_start;
      piece_inline = next_inline;
    };
    // Where the label that opens the piece ends: "2. 3. 8." is one label, not three pieces.
    auto label_end = [&text](std::size_t start) {
      const std::optional<ClauseLabel> label = parse_leading_label(text.substr(start));
      return label ? start + label->length : start;
    };
    std::size_t opening_label_end = label_end(0);
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] != ' ') {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < text.size() && text[j] == ' ') ++j;
      if (piece_start > 0 && opening_label_end < piece_start) opening_label_end = label_end(piece_start);
      if (j < text.size() && i > piece_start && j >= opening_label_end) {
        // "… under this Section  10." wrapped: a word the number completes holds it on its line.
        const std::string_view before = text.substr(piece_start, i - piece_start);
        const bool line_break = j - i >= 3 || (j - i >= line_break_gap && !names_a_number(before));
        if (line_break && starts_line_after_gap(text.substr(j)) && !cites_part_across_line_break(before, text.substr(j)) &&
            (two_space_lines || !inline_item_after_gap(before, text.substr(j), j - i))) {
          cut(i, j, false);
        } else if (starts_inline_clause(text, piece_start, i, j) ||
                   ends_part_heading(text.substr(piece_start, i - piece_start), text.substr(j))) {
          cut(i, j, true);
        }
      }
      i = j;
    }
    cut(text.size(), 0, false);
  }
  restore_lost_section_numbers(document, out.blocks);
  return out;
}

class TreeBuilder {
 public:
  explicit TreeBuilder(const Document& document) : TreeBuilder(document, blocks_for_structure(document)) {}
  TreeBuilder(const Document& document, StructureBlocks pieces)
      : document_(document), blocks_(std::move(pieces.blocks)), inline_cut_(std::move(pieces.inline_cut)) {}

  DocumentStructure build() {
    const std::vector<bool> contents = find_contents_lines(document_, blocks_);
    const std::size_t n = blocks_.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (contents[i]) structure_.contents.push_back({blocks_[i].begin, blocks_[i].end});
    }
    for (std::size_t i = 0; i < n; ++i) {
      const Block& block = blocks_[i];
      std::string_view text = document_.block_text(block);
      if (trim(text).empty()) continue;
      if (consumed_heading_ == static_cast<int>(i)) {
        previous_text_ = text;
        continue;
      }
      const bool eligible = !block.continues_paragraph && !contents[i] && block.kind != BlockKind::footnote &&
                            block.kind != BlockKind::table_cell;
      inline_piece_ = inline_cut_[i];
      after_replacement_instruction_ = eligible && introduces_replacement_text(i);
      const bool quoted = in_set_out_quotation(text);
      if (eligible && !quoted && try_clause(i, text)) {
        pending_heading_ = -1;
        previous_text_ = text;
        previous_started_clause_ = true;
        continue;
      }
      // Not a clause: perhaps a heading for the clause that follows.
      const bool next_continues = i + 1 < n && blocks_[i + 1].continues_paragraph;
      // A short title-like line is a heading only if the line before did not stop
      // mid-sentence: "… of the\nPersonal Data" is the tail of a paragraph.
      const std::string_view before = trim(previous_text_);
      const bool after_sentence = before.empty() || previous_started_clause_ || !ends_mid_sentence(before);
      // After a full stop, a short sentence-case line ("Transfer on exit") is a sub-heading too.
      const bool after_full_stop = before.empty() || before.back() == '.' || before.back() == ':';
      // "[Guidance: …]" and "[Call-Off Schedule 21 …]" are template placeholders, not headings.
      const bool placeholder = !trim(text).empty() && trim(text).front() == '[';
      // A piece cut from the middle of a line that is not a clause is running text.
      // "Title: Chief Executive Officer" then "STATEMENT OF WORK": after a line ending in a
      // capitalised word (a name, a title), a line in capitals is not the tail of its sentence.
      const bool after_name = after_sentence || ascii_is_upper(last_word(before).front());
      const bool usable = eligible && !inline_piece_ && !next_continues && !placeholder && !is_page_furniture(text);
      if (usable && (block.kind == BlockKind::heading || (after_sentence && reads_as_heading(text, after_full_stop)))) {
        pending_heading_ = static_cast<int>(i);
        if (closes_open_clauses(i, text)) close_open_clauses(block.begin);
      } else if (usable && after_name && reads_as_heading(text, false) && closes_open_clauses(i, text)) {
        pending_heading_ = static_cast<int>(i);
        close_open_clauses(block.begin);
      } else {
        pending_heading_ = -1;
        if (eligible && !quoted && closes_list_of_one_sentence(text)) close_list_item(block.begin);
      }
      previous_text_ = text;
      previous_started_clause_ = false;
    }
    finish_spans();
    return std::move(structure_);
  }

 private:
  bool try_clause(std::size_t index, std::string_view text) {
    const Block& block = blocks_[index];
    std::optional<ClauseLabel> label;
    std::string_view rest;
    const bool from_word = !block.label.empty();
    if (from_word) {
      label = parse_standalone_label(block.label);
      if (!label) return false;  // a bullet or a picture number: not a clause
      rest = text;
      // A part heading numbered by Word ("Schedule 2") may still carry its title in the text.
    } else {
      label = parse_leading_label(text);
      if (!label) return false;
      rest = text.substr(std::min(label->length, text.size()));
    }
    rest = trim(rest);
    current_rest_ = rest;
    current_index_ = index;
    if (!from_word && block.kind != BlockKind::heading && label->is_part() && in_list_of_parts(index, *label)) {
      listed_parts_.insert(index);
      return false;
    }
    if (!from_word && block.kind != BlockKind::heading && !label_fits_context(*label, rest)) return false;
    if (!from_word && block.kind != BlockKind::heading && continues_inline_list(*label, index, rest)) {
      inline_items_.insert(index);
      return false;
    }
    if (!from_word && rest.empty() && is_bare_number(*label) && !next_line_is_title(index)) return false;

    if (label->is_part()) return add_part(index, *label, rest);
    if (!from_word && !label->glued.empty()) return add_compound(index, *label, rest);

    if (!from_word && add_nested_markdown_item(index, *label, rest)) return true;
    Placement placement = place(*label);
    if (!placement.found) {
      if (!from_word) return false;
      placement = force_place(*label);
    }
    add_clause(index, *label, placement, rest);
    return true;
  }

  // Markdown nests an ordered list by indenting it: "3. Term & Termination" then, indented,
  // "1. Agreement Term." and "2. Termination." are the clauses the document itself cites as
  // "Section 3.1" and "3.2" (HTML renders them under 3, numbered from 1). The item is placed
  // under the list item its indentation puts it in and numbered through it.
  bool add_nested_markdown_item(std::size_t index, const ClauseLabel& label, std::string_view rest) {
    const int level = blocks_[index].list_level;
    const LabelReading& reading = label.readings.front();
    if (document_.format != DocumentFormat::markdown || level <= 0 || reading.family != LabelFamily::decimal ||
        reading.numbers.size() != 1 || label.keyword || !label.glued.empty()) {
      return false;
    }
    std::size_t keep = stack_.size();
    while (keep > 0 && !(stack_[keep - 1].list_level >= 0 && stack_[keep - 1].list_level < level)) --keep;
    if (keep == 0 || stack_[keep - 1].reading.family != LabelFamily::decimal) return false;
    const OpenClause& parent = stack_[keep - 1];
    Placement placement;
    placement.found = true;
    placement.keep = keep;
    placement.reading = reading;
    placement.reading.numbers = parent.reading.numbers;
    placement.reading.numbers.push_back(reading.numbers.front());
    // The parent's number as cited, without the part it is in: add_clause adds that.
    const std::string& parent_citation = structure_.clauses[static_cast<std::size_t>(parent.clause)].citation;
    const std::size_t part_end = parent_citation.rfind(", ");
    ClauseLabel nested = label;
    nested.cited = (part_end == std::string::npos ? parent_citation : parent_citation.substr(part_end + 2)) + "." +
                   label.cited;
    add_clause(index, nested, placement, rest);
    return true;
  }

  // "… 14. a monthly report of user activity." then "RESPONSIBILITIES OF THE CUSTOMER" and
  // unnumbered paragraphs, "9.8 Modification. …" then "STATEMENT OF WORK" / "Nature of
  // Services:": a heading in capitals over unnumbered text ends the numbered clauses open
  // before it; what is under it belongs to none of them. A heading over
  // a label ("PAYMENT" then "5.2 …") is that clause's title and closes nothing.
  bool closes_open_clauses(std::size_t index, std::string_view text) const {
    if (!has_unclosed_clause_since_part()) return false;
    text = trim(text);
    if (std::any_of(text.begin(), text.end(), [](char c) { return ascii_is_lower(c); })) return false;
    if (parse_leading_label(text)) return false;
    // "… the following meanings:" then "DEFINITION MEANING": the clause introduced the
    // line, a table's column titles; what follows is still the clause's.
    if (const std::string_view before = trim(previous_text_); !before.empty() && before.back() == ':') return false;
    for (std::size_t j = index + 1; j < blocks_.size(); ++j) {
      const std::string_view next = trim(document_.block_text(blocks_[j]));
      if (next.empty()) continue;
      if (!blocks_[j].label.empty() || parse_leading_label(next)) return false;
      // Another line in capitals (a title in two lines, a name over a signature) closes
      // nothing yet: the last of them does.
      return !is_page_furniture(next) && std::any_of(next.begin(), next.end(), [](char c) { return ascii_is_lower(c); });
    }
    return false;
  }

  // Whether a clause opened since the innermost open part (or since the top) is still open.
  bool has_unclosed_clause_since_part() const {
    for (std::size_t k = stack_.size(); k > 0; --k) {
      if (stack_[k - 1].reading.family == LabelFamily::part) return false;
      if (!stack_[k - 1].closed) return true;
    }
    return false;
  }

  // "(vii) … by the parties hereto, or" / "(viii) in confidence, to a third party … ." /
  // "In the event of any disclosure pursuant to (i) or (ii) above, …": a list whose items
  // are parts of one sentence (joined by ";" or ",", see joins_list_items) ends with the item
  // that ends the sentence, and an unnumbered paragraph in a capital after it goes back to the
  // clause that opened the list. Items that are sentences of their own may run on in a second
  // paragraph, so only such a joined list is ended this way; a later item of the same list
  // opens the last one again (see settle_closed).
  bool closes_list_of_one_sentence(std::string_view text) const {
    if (stack_.empty()) return false;
    const OpenClause& item = stack_.back();
    if (item.closed || item.reading.family == LabelFamily::part) return false;
    const int parent = structure_.clauses[static_cast<std::size_t>(item.clause)].parent;
    if (parent < 0 || !lists_joined_as_one_sentence_.contains(parent)) return false;
    const std::string_view before = trim(previous_text_);
    const std::string_view t = trim(text);
    return !before.empty() && before.back() == '.' && !t.empty() && ascii_is_upper(t.front()) &&
           !parse_leading_label(t) && !is_page_furniture(t);
  }

  void close_list_item(std::uint32_t at) {
    stack_.back().closed = true;
    closed_at_[stack_.back().clause] = at;
    ended_with_its_list_.insert(stack_.back().clause);
  }

  // Ends the clauses open since the innermost open part (or all of them) where `at` starts.
  // They stay on the stack: a later number may still continue their lists (see place).
  void close_open_clauses(std::uint32_t at) {
    std::size_t first = stack_.size();
    while (first > 0 && stack_[first - 1].reading.family != LabelFamily::part) --first;
    for (std::size_t k = first; k < stack_.size(); ++k) {
      if (stack_[k].closed) continue;
      stack_[k].closed = true;
      closed_at_[stack_[k].clause] = at;
    }
  }

  // A clause placed under clauses a heading closed: one that continues a list inside them
  // ("5.3" after "5.2", the heading and its paragraph) shows the heading was a sub-heading,
  // and they are open again; one that would start a new list under them ("1." of a statement
  // of work after the agreement's last clause) is placed as if they had ended.
  Placement settle_closed(const ClauseLabel& label, Placement placement) {
    // The next item of a list its last item seemed to end ("(c)" after "(b) … ." and a
    // paragraph): the paragraph was that item's (see closes_list_of_one_sentence).
    if (placement.found && placement.keep < stack_.size()) {
      OpenClause& replaced = stack_[placement.keep];
      if (replaced.closed && ended_with_its_list_.erase(replaced.clause) > 0) {
        replaced.closed = false;
        closed_at_.erase(replaced.clause);
      }
    }
    std::size_t first = 0;
    while (first < stack_.size() && !stack_[first].closed) ++first;
    if (!placement.found || first == stack_.size() || placement.keep <= first) return placement;
    if (placement.keep == stack_.size()) {
      std::vector<OpenClause> saved = stack_;
      stack_.resize(first);
      Placement outside = place_open(label);
      if (outside.found) return outside;
      stack_ = std::move(saved);
    }
    for (std::size_t k = first; k < placement.keep; ++k) {
      stack_[k].closed = false;
      closed_at_.erase(stack_[k].clause);
    }
    return placement;
  }

  // "7" with no dot, no keyword and nothing after it.
  static bool is_bare_number(const ClauseLabel& label) {
    const LabelReading& reading = label.readings.front();
    return reading.family == LabelFamily::decimal && reading.numbers.size() == 1 &&
           label.decoration == LabelDecoration::none && !label.keyword;
  }

  // A number alone on its line is a clause only when a title follows ("1" / "DEFINITIONS");
  // before running text it is a page number the page furniture left behind.
  bool next_line_is_title(std::size_t index) const {
    for (std::size_t j = index + 1; j < blocks_.size(); ++j) {
      const std::string_view text = trim(document_.block_text(blocks_[j]));
      if (text.empty()) continue;
      // "27" over "EXHIBIT B", "4" over "4. EMPLOYER SPOTLIGHTS": a page number over the
      // next label, not a clause whose title is that label.
      if (blocks_[j].label.empty() && parse_leading_label(text)) return false;
      // "4" over "[Confidential Treatment Requested]": a page number over a bracketed legend.
      if (text.front() == '[') return false;
      // "13" over `EXHIBIT "B"`: a page number over a part heading the label reader does not take.
      if (opens_with_part_keyword(text)) return false;
      // "5" over "V - CONFIDENTIALITY": a page number over an article numbered in roman
      // numerals or letters and set off by a dash, which is the heading's own label.
      if (opens_with_dashed_label(text)) return false;
      return blocks_[j].kind == BlockKind::heading || reads_as_heading(text, false);
    }
    return false;
  }

  // The line opens with a roman numeral or a capital letter and a dash: "V - CONFIDENTIALITY",
  // "IV – TERM", "A — Fees".
  static bool opens_with_dashed_label(std::string_view text) {
    std::size_t i = 0;
    const std::string_view word = next_word(text, i);
    const std::string_view dash = next_word(text, i);
    if (word.empty() || word.size() > 6 || !std::all_of(word.begin(), word.end(), [](char c) { return ascii_is_upper(c); })) {
      return false;
    }
    if (word.size() > 1 && !roman_value(ascii_lower(word))) return false;
    return dash == "-" || dash == "\xE2\x80\x93" || dash == "\xE2\x80\x94";
  }

  // The line opens with a part keyword in capitals: `EXHIBIT "B"`, "SCHEDULE OF FEES".
  static bool opens_with_part_keyword(std::string_view text) {
    std::size_t i = 0;
    const std::string_view word = next_word(text, i);
    if (word.empty() || std::any_of(word.begin(), word.end(), [](char c) { return ascii_is_lower(c); })) {
      return false;
    }
    const std::string lower = ascii_lower(word);
    for (std::string_view part : {"schedule", "exhibit", "annex", "annexure", "appendix", "attachment", "addendum"}) {
      if (lower == part) return true;
    }
    return false;
  }

  // Labels that look like references or quantities when read with their neighbours.
  // "The following attachments are made part of this Agreement:" then "Attachment A -
  // ExxonMobil … Americas Inc." / "General Terms and Conditions of Sale" / "Attachment B -
  // List of ExxonMobil Affiliates" …: a list of the documents, whose entries are no
  // headings (the attachments themselves follow the signatures). The first entry follows the
  // colon; each next one follows an entry of the same kind, perhaps with the wrapped end of
  // its title between them.
  bool in_list_of_parts(std::size_t index, const ClauseLabel& label) const {
    const std::string_view previous = trim(previous_text_);
    if (!previous.empty() && previous.back() == ':' && word_count(previous) >= 3) return true;
    constexpr std::size_t kLinesBack = 2;
    for (std::size_t j = index, lines = 0; j > 0 && lines < kLinesBack; --j) {
      const std::string_view text = trim(document_.block_text(blocks_[j - 1]));
      if (text.empty()) continue;
      ++lines;
      const std::optional<ClauseLabel> before = parse_leading_label(text);
      if (before && before->is_part()) return listed_parts_.count(j - 1) > 0 && before->part_kind == label.part_kind;
      if (before || ends_like_prose(text) || word_count(text) > max_heading_words) return false;
    }
    return false;
  }

  bool label_fits_context(const ClauseLabel& label, std::string_view rest) const {
    const std::string_view previous = trim(previous_text_);
    // The line before ends in the middle of a sentence (not a heading, not a clause's title).
    const bool previous_mid_sentence =
        ends_mid_sentence(previous) && !previous_started_clause_ && !reads_as_heading(previous, false);
    if (label.is_part() || label.keyword) {
      // "Schedule 4" / "Clause 5" wrapped to the start of a line in the middle of a sentence.
      // Not a heading naming its document after a signature block ("Title: Vice President").
      const bool names_document = label.is_part() && names_parent_document(rest) &&
                                  (previous.empty() || ascii_is_upper(last_word(previous).front()));
      if (previous_mid_sentence && !names_document) return false;
      // "The following Schedules:" then "Joint Schedule 2 (Variation Form)": see in_list_of_parts.
      // A title, not a sentence: "Schedule 4 (Pricing) applies." is prose.
      if (!rest.empty() && (ends_like_prose(rest) && rest.back() != ':') && label.is_part()) return false;
      if (label.is_part() && word_count(rest) > 14 && !names_document) return false;
    }
    // "… in each case of clauses\n(a) and (b), to the extent …": a reference to letters
    // wrapped to the start of a line.
    if (!decimal_or_part(label) && ends_mid_sentence(previous) && continues_reference(rest)) return false;
    // "… set out in paragraph\n1.4 of this Schedule": a number wrapped mid-sentence. Not
    // after a heading ("1. Obligations" then "(a) one;"), and lists after ":" are fine.
    const bool decimal = label.readings.front().family == LabelFamily::decimal;
    if (decimal && previous_mid_sentence && !rest.empty() &&
        ascii_is_lower(rest.front())) {
      return false;
    }
    return true;
  }

  // "… means (a) in the case of a trust, its declaration of trust; (b) in the case of a
  // corporation, …" wrapped so that a line starts with "(b)": a list running inside a
  // sentence, not a clause. The item before it ("(a)") stands in the middle of a line of the
  // same paragraph, the line before does not end a sentence, and the item reads on in lower
  // case. A clause whose list began on its title line ("1. Appointment. (a) The Company …"
  // then "(b) The Agents …") starts with a capital.
  bool continues_inline_list(const ClauseLabel& label, std::size_t index, std::string_view rest) const {
    if (decimal_or_part(label) || rest.empty() || !ascii_is_lower(rest.front())) return false;
    const std::string_view previous = trim(previous_text_);
    if (previous.empty() || previous.back() == '.' || previous.back() == ':') return false;
    constexpr std::size_t kLinesBack = 4;
    for (const LabelReading& reading : label.readings) {
      const std::string letters = enumerator_text(reading.family, reading.numbers.front() - 1);
      if (letters.empty()) continue;
      std::string predecessor;
      switch (label.decoration) {
        case LabelDecoration::parens: predecessor = "(" + letters + ")"; break;
        case LabelDecoration::close_paren: predecessor = letters + ")"; break;
        case LabelDecoration::dot: predecessor = letters + "."; break;
        case LabelDecoration::none: continue;
      }
      for (std::size_t j = index, lines = 0; j > 0 && lines < kLinesBack; --j) {
        const Block& block = blocks_[j - 1];
        const std::string_view text = trim(document_.block_text(block));
        if (text.empty()) break;
        ++lines;
        // "… (a) the Statement, (b) the Prospectus or" / "(c) the conditions, and" / "(d) the
        // rules": the line before starts with an item already found to run inside the sentence.
        if (stands_mid_line(text, predecessor) || (inline_items_.count(j - 1) > 0 && text.starts_with(predecessor))) {
          return true;
        }
        // The lines of one paragraph go back to the one its item or clause starts on; text
        // renderings do not always mark wrapped lines, so a label says where that is.
        if (!block.continues_paragraph && (block.kind != BlockKind::paragraph || parse_leading_label(text))) break;
      }
    }
    return false;
  }

  // `label` occurs in `line` after its first word, as a word of its own: "… with respect to
  // (a) the Registration Statement", "… approvals of the Application, (c)".
  static bool stands_mid_line(std::string_view line, std::string_view label) {
    for (std::size_t at = line.find(label, 1); at != std::string_view::npos; at = line.find(label, at + 1)) {
      const char before = line[at - 1];
      const std::size_t end = at + label.size();
      const bool word_before = before == ' ' || before == ',' || before == ';' || before == ':';
      if (word_before && (end == line.size() || line[end] == ' ')) return true;
    }
    return false;
  }

  static bool decimal_or_part(const ClauseLabel& label) {
    const LabelFamily family = label.readings.front().family;
    return family == LabelFamily::decimal || family == LabelFamily::part;
  }

  // What follows a label that is referred to, not listed: "(a) and (b)", "(c) above",
  // "(ii) of Section 4".
  static bool continues_reference(std::string_view rest) {
    std::size_t i = 0;
    const std::string_view word = next_word(rest, i);
    for (std::string_view w : {"and", "or", "of", "above", "below", "hereof", "herein", "through", "to", "and/or"}) {
      if (word == w || (word.size() == w.size() + 1 && word.back() == ',' && word.substr(0, w.size()) == w)) return true;
    }
    return !rest.empty() && rest.front() == ',';
  }

  // The next non-empty block is a part line of the same kind: "Call-Off Schedule 3
  // (Continuous Improvement)" then "Call-Off Schedule 5 (Key Staff)" is a list of schedules.
  bool next_is_same_kind_part(std::size_t index, PartKind kind) const {
    for (std::size_t j = index + 1; j < blocks_.size(); ++j) {
      std::string_view text = trim(document_.block_text(blocks_[j]));
      if (text.empty()) continue;
      std::optional<ClauseLabel> next = parse_leading_label(text);
      return next && next->is_part() && next->part_kind == kind;
    }
    return false;
  }

  // "Schedule 2.3.2": a part whose id is a section number (clause_label.cpp, section_number_length).
  static bool names_section(std::string_view part_label) {
    const std::size_t space = part_label.rfind(' ');
    return space != std::string_view::npos && part_label.find('.', space) != std::string_view::npos &&
           ascii_is_digit(part_label[space + 1]);
  }

  bool add_part(std::size_t index, const ClauseLabel& label, std::string_view rest) {
    // Only "Schedule N (Title)" lines form such lists; "SCHEDULE 3 – NOT USED" then
    // "SCHEDULE 4 – STAFF TRANSFER" are two headings.
    if (blocks_[index].kind != BlockKind::heading && !rest.empty() && rest.front() == '(') {
      std::optional<ClauseLabel> previous = parse_leading_label(trim(previous_text_));
      const bool after_same_kind = previous && previous->is_part() && previous->part_kind == label.part_kind;
      if (after_same_kind || next_is_same_kind_part(index, label.part_kind)) return false;
    }
    // A part of the same kind as an open one is its sibling ("Annex 2" after "Annex 1",
    // "Annex 3" after "Annex 2 > Part 2"); otherwise a Schedule is a root and anything else
    // nests in the innermost open part ("Part 1" inside "Annex 2" inside "Joint Schedule 7").
    std::size_t keep = 0;
    bool sibling = false;
    for (std::size_t k = stack_.size(); k > 0 && !sibling; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part && open.part_kind == label.part_kind) {
        keep = k - 1;
        sibling = true;
      }
    }
    // A schedule named after a section ("Schedule 2.3.2", US style) holds no annexes: the
    // exhibits after it are the agreement's, its siblings.
    if (!sibling && label.part_kind != PartKind::schedule) {
      for (std::size_t k = stack_.size(); k > 0; --k) {
        if (stack_[k - 1].reading.family == LabelFamily::part) {
          if (!names_section(structure_.clauses[static_cast<std::size_t>(stack_[k - 1].clause)].label)) keep = k;
          break;
        }
      }
    }
    const int parent = keep > 0 ? stack_[keep - 1].clause : -1;
    std::string citation = label.cited;
    if (parent >= 0) citation = structure_.clauses[static_cast<std::size_t>(parent)].citation + ", " + citation;
    // The same part heading twice is a running header or a cross-reference line, not a
    // second part: "Joint Schedule 6 (Key Subcontractors)" at the top of every page.
    if (part_citations_.count(citation) > 0) return false;
    part_citations_.insert(citation);

    Placement placement;
    placement.found = true;
    placement.keep = keep;
    placement.reading = label.readings.front();
    std::string heading;
    // "SCHEDULE 2 – Staff Transfer" / "ANNEX: REQUIRED INSURANCES" / "Joint Schedule 1 (Definitions)".
    std::string_view title = rest;
    if (title.size() >= 2 && title.front() == '(' && title.find(')') != std::string_view::npos) {
      title = title.substr(1, title.find(')') - 1);
    }
    if (!title.empty() && reads_as_heading(title, true)) {
      heading = std::string(trim(title));
    } else if (title.empty()) {
      heading = next_line_heading(index);
    }
    add_node(index, label, placement, std::move(heading), citation);
    decimal_in_scope_ = false;
    return true;
  }

  // The title on the line after a label that stands alone: "SCHEDULE 2" / "STAFF TRANSFER".
  std::string next_line_heading(std::size_t index) {
    for (std::size_t j = index + 1; j < blocks_.size(); ++j) {
      const Block& next = blocks_[j];
      std::string_view text = trim(document_.block_text(next));
      if (text.empty()) continue;
      if (next.continues_paragraph || !next.label.empty() || parse_leading_label(text)) return {};
      // After a label standing alone, the next short line is its title whatever its case
      // (Word's small capitals come out as "key Subcontractors").
      const bool title_like = text.size() <= max_heading_bytes && word_count(text) <= max_heading_words &&
                              !ends_like_prose(text) && has_letter(text);
      if (!title_like && next.kind != BlockKind::heading) return {};
      const bool wraps = j + 1 < blocks_.size() && blocks_[j + 1].continues_paragraph;
      if (wraps) return {};
      consumed_heading_ = static_cast<int>(j);
      return std::string(text);
    }
    return {};
  }

  // A keyword title wrapped onto the next line: "Section 5 – What happens if the Supplier
  // fails to meet the terms of this" + "Framework Agreement". Empty if it reads as prose.
  std::string wrapped_title(std::size_t index, std::string_view first) const {
    std::string title(first);
    std::size_t j = index + 1;
    for (; j < blocks_.size() && blocks_[j].continues_paragraph && j <= index + 2; ++j) {
      title += " ";
      title += trim(document_.block_text(blocks_[j]));
    }
    const bool more = j < blocks_.size() && blocks_[j].continues_paragraph;
    if (more || ends_like_prose(title) || word_count(title) > 3 * max_heading_words) return {};
    return title;
  }

  // The placement rules of the file comment, for each reading of the label.
  Placement place(const ClauseLabel& label) { return settle_closed(label, place_open(label)); }

  Placement place_open(const ClauseLabel& label) {
    Placement best;
    for (const LabelReading& reading : label.readings) {
      Placement p = reading.family == LabelFamily::decimal
                        ? place_decimal(reading, label.keyword, label.decoration,
                                        label.shown.find('.') != std::string::npos)
                                                           : place_enumerator(reading, label.decoration);
      // A continuation beats starting a new list: "(i)" after "(h)" is a letter.
      if (p.found && is_continuation_) return p;
      if (p.found && !best.found) best = p;
    }
    if (!best.found) best = replacement_text_placement(label);
    return best;
  }

  // Whether block `text` lies inside a quotation set out over several paragraphs after a
  // colon, which updates the state for the blocks after it:
  //
  //   1. Second Amendment to Exhibit A. Exhibit A … is supplemented with the following:
  //        “3. Equity Trading and Transaction Settlement. The equity trading desks …
  //        4.   Fundamental Analysis. The equity investment analysts …
  //        5.   Quantitative Analysis. … for purposes of Section 5(b) of the Agreement.”
  //   2. Miscellaneous. This Second Amendment shall be effective …
  //
  // The quoted paragraphs are another document's wording: "4." and "5." are that
  // document's numbers, not clauses of this one, and read as clauses they would take "2."
  // from the amendment's own outline. A text rendering runs the quotation inside clause 1's
  // line, where its numbers never start clauses either. The quotation opens a block (an
  // opening quote mark right after a line ending in ":") and does not close in it; it ends
  // with the block that holds the closing quote mark, or after kMaxQuotedBlocks blocks when
  // none is found. Unquoted replacement text is outlined (replacement_text_placement).
  bool in_set_out_quotation(std::string_view text) {
    constexpr int kMaxQuotedBlocks = 60;
    const std::string_view t = trim(text);
    if (quoted_blocks_left_ > 0) {
      // "A. Section 13.9 is amended to add the following: “Notwithstanding …" then "B. New
      // Section 13.10 is added …": a quotation left open by its drafter ends where the clause
      // that introduced it is followed by its next number.
      if (follows_quoting_clause(t)) {
        quoted_blocks_left_ = 0;
        return false;
      }
      --quoted_blocks_left_;
      const bool closes = t.find("\xE2\x80\x9D") != std::string_view::npos ||
                          (quotation_straight_ && t.find('"') != std::string_view::npos);
      if (closes) quoted_blocks_left_ = 0;
      return true;
    }
    const std::string_view before = trim(previous_text_);
    if (before.empty() || before.back() != ':') return false;
    const bool curly = t.starts_with("\xE2\x80\x9C");
    const bool straight = !t.empty() && t.front() == '"';
    if (!curly && !straight) return false;
    const std::string_view inside = t.substr(curly ? 3 : 1);
    const bool closes_here = curly ? inside.find("\xE2\x80\x9D") != std::string_view::npos
                                   : inside.find('"') != std::string_view::npos;
    if (closes_here) return false;
    quotation_straight_ = straight;
    quoted_blocks_left_ = kMaxQuotedBlocks;
    quoting_label_ = parse_leading_label(before);
    return true;
  }

  // Whether block `t` starts with the number after that of the clause that opened the
  // quotation being read, in the same style ("A." then "B.", "1." then "2.").
  bool follows_quoting_clause(std::string_view t) const {
    if (!quoting_label_ || quoting_label_->is_part()) return false;
    const std::optional<ClauseLabel> label = parse_leading_label(t);
    if (!label || label->is_part()) return false;
    for (const LabelReading& outer : quoting_label_->readings) {
      for (const LabelReading& inner : label->readings) {
        if (!same_style(outer, quoting_label_->decoration, inner, label->decoration) || outer.numbers.empty() ||
            outer.numbers.size() != inner.numbers.size()) {
          continue;
        }
        std::vector<int> next = outer.numbers;
        ++next.back();
        if (inner.numbers == next) return true;
      }
    }
    return false;
  }

  // An amendment that sets out replacement text unquoted: "3. Section 12 is deleted and
  // replaced with the following:" then "12.0 INVENTORY BALANCE", "12.1 …"; "2. … adding the
  // following new Section 6.7:" then "6.7 …". Those numbers are the amended agreement's and
  // fit no numbering here, but a lawyer cites them as printed. The first of them nests
  // under the open clause as a list numbered again, so that the amendment's own "4." after
  // the replacement text still continues its "3.". Only numbers that cannot be quantities:
  // two levels, a dot or a keyword.
  Placement replacement_text_placement(const ClauseLabel& label) const {
    Placement p;
    p.reading = label.readings.front();
    if (!after_replacement_instruction_ || p.reading.family != LabelFamily::decimal) return p;
    const bool unmistakable = label.keyword || label.decoration != LabelDecoration::none ||
                              label.shown.find('.') != std::string::npos;
    if (!unmistakable) return p;
    p.found = true;
    p.keep = stack_.size();
    p.restarted = true;
    return p;
  }

  // The paragraph before block `index` ends by introducing replacement text: "… is hereby
  // deleted in its entirety and replaced with the following:", "… is amended to read as
  // follows:", "… by adding the following new Section 6.7:".
  bool introduces_replacement_text(std::size_t index) const {
    std::size_t j = index;
    while (j > 0 && trim(document_.block_text(blocks_[j - 1])).empty()) --j;
    if (j == 0) return false;
    std::string_view last = trim(document_.block_text(blocks_[j - 1]));
    if (last.empty() || last.back() != ':') return false;
    std::string paragraph;
    constexpr std::size_t kMaxLines = 6;
    for (std::size_t k = j, lines = 0; k > 0 && lines < kMaxLines; --k, ++lines) {
      std::string_view line = document_.block_text(blocks_[k - 1]);
      paragraph.insert(0, std::string(line) + " ");
      if (!blocks_[k - 1].continues_paragraph) break;
    }
    paragraph = ascii_lower(paragraph);
    const bool follows = paragraph.find("following") != std::string::npos || paragraph.find("as follows") != std::string::npos;
    if (!follows) return false;
    for (std::string_view verb : {"replace", "amend", "adding", "added", "insert", "restate", "to read", "substitut"}) {
      if (paragraph.find(verb) != std::string::npos) return true;
    }
    return false;
  }

  // `dotted`: the label is printed with a dot ("1.", "1.0", "2.1").
  Placement place_decimal(const LabelReading& reading, bool keyword, LabelDecoration decoration, bool dotted) {
    Placement p = place_decimal_in_order(reading, keyword, decoration);
    if (p.found) return p;
    p = restart_placement(reading, keyword, decoration, dotted);
    if (p.found) return p;
    // "2" after an orphan "1.1" (its "1" was lost, e.g. merged into the line before):
    // "2" continues the number the orphan implies, beside it.
    const std::vector<int>& numbers = reading.numbers;
    for (std::size_t k = stack_.size(); k > 0; --k) {  // a real clause at this level: no orphan
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;
      if (open.reading.family == LabelFamily::decimal && open.reading.numbers.size() <= numbers.size()) return p;
    }
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;
      if (open.reading.family != LabelFamily::decimal) continue;
      const std::vector<int>& other = open.reading.numbers;
      const std::size_t n = numbers.size();
      if (std::equal(numbers.begin(), numbers.end() - 1, other.begin()) && numbers.back() > other[n - 1] &&
          numbers.back() <= other[n - 1] + max_sibling_gap && open.keyword == keyword) {
        p.found = true;
        p.keep = k - 1;
        is_continuation_ = true;
      }
      break;
    }
    return p;
  }

  // "1." while clause 12 is open: the numbering starts again. Contracts do this in an
  // amendment or exhibit appended after the signatures, in a list of numbered paragraphs
  // inside a clause, and when the PDF lost Word's automatic numbers (every heading "1.").
  // Only an unmistakable "1" (a dot, a bracket or a keyword: "1.", "1)", "1.0", "Section 1")
  // restarts; "1.0 DEFINITIONS" after a cover page's list "1." … "8." of the attachments is
  // the agreement's own first clause. It nests under the
  // innermost open numbered clause, so the numbers after the new list can still continue
  // the clauses outside it ("6." after "5." > "1." "2."); a "1" after a "1" that has no
  // numbered sub-clauses is its sibling, so repeated "1." headings stay flat.
  Placement restart_placement(const LabelReading& reading, bool keyword, LabelDecoration decoration, bool dotted) {
    is_continuation_ = false;
    Placement p;
    p.reading = reading;
    if (reading.numbers != std::vector<int>{1} || (!keyword && !dotted && decoration == LabelDecoration::none)) return p;
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;
      if (open.reading.family != LabelFamily::decimal) continue;
      // "(c) … As used in this paragraph:" then "1. "Applicable Time" means …": a list
      // that the open letter introduces nests under it, so that "(d)" after it still
      // continues the letters (see place_enumerator).
      if (k < stack_.size() && previous_introduces_list()) {
        p.found = true;
        p.keep = stack_.size();
        p.restarted = true;
        return p;
      }
      const Clause& clause = structure_.clauses[static_cast<std::size_t>(open.clause)];
      const bool numbered_children = std::any_of(clause.children.begin(), clause.children.end(), [&](int child) {
        return structure_.clauses[static_cast<std::size_t>(child)].kind == ClauseKind::numbered;
      });
      if (open.keyword != keyword) {
        // "ARTICLE II. DELIVERY" then "1. Shipping Terms": each article numbers its
        // paragraphs from 1.
        if (!open.keyword || numbered_children) return p;
        p.found = true;
        p.keep = k;
        p.restarted = true;
        return p;
      }
      p.found = true;
      if (open.reading.numbers == std::vector<int>{1} && !numbered_children) {
        p.keep = k - 1;
        p.restarted = open.restarted;
      } else {
        p.keep = k;
        p.restarted = true;
      }
      return p;
    }
    return p;
  }

  // The stack depth to keep for `numbers` to follow an open clause below depth `below` as
  // its very next number ("5" after "4"), within the current part.
  std::optional<std::size_t> next_number_outside(const std::vector<int>& numbers, bool keyword, std::size_t below) const {
    for (std::size_t k = below; k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;
      if (open.reading.family != LabelFamily::decimal) continue;
      const std::vector<int>& other = open.reading.numbers;
      if (other.size() == numbers.size() && std::equal(numbers.begin(), numbers.end() - 1, other.begin()) &&
          numbers.back() == other.back() + 1 && open.keyword == keyword) {
        return k - 1;
      }
    }
    return std::nullopt;
  }

  Placement place_decimal_in_order(const LabelReading& reading, bool keyword, LabelDecoration decoration) {
    is_continuation_ = false;
    const std::vector<int>& numbers = reading.numbers;
    const int last = numbers.back();
    Placement p;
    p.reading = reading;
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;  // numbering restarts inside a part
      if (open.reading.family != LabelFamily::decimal) continue;
      const std::vector<int>& other = open.reading.numbers;
      if (other.size() == numbers.size() &&
          std::equal(numbers.begin(), numbers.end() - 1, other.begin())) {
        // A sibling: "2.4" after "2.3", "Section 4" after "Section 3" (but not a bare "4").
        const bool confirmed_jump = last > other.back() + max_sibling_gap && !open.restarted &&
                                    jump_is_confirmed(numbers, keyword, decoration);
        if (last > other.back() && (last <= other.back() + max_sibling_gap || confirmed_jump) &&
            open.keyword == keyword) {
          // "4. STORAGE" > "(e) … reports:" > "1." "2." "3." then "5. TRADEMARKS": the next
          // number outside the list numbered again beats a skipped number inside it.
          if (open.restarted && last > other.back() + 1) {
            if (std::optional<std::size_t> outer = next_number_outside(numbers, keyword, k - 1)) {
              p.found = true;
              p.keep = *outer;
              is_continuation_ = true;
              return p;
            }
          }
          p.found = true;
          p.keep = k - 1;
          is_continuation_ = true;
        } else if (numbers == other && open.keyword && !keyword && decoration != LabelDecoration::none &&
                   !(k < stack_.size() && previous_introduces_list())) {
          // "Section 2 – Services offered" then "2. The Supplier must …": the section's
          // first paragraph repeats its number.
          p.found = true;
          p.keep = k;
        }
        // "Section 3" after "Section 2" > "2." > "2.1": past the repeated number.
        if (p.found || !(open.restarted || (keyword && !open.keyword))) return p;
        continue;  // a list numbered again inside: try the clauses outside it
      }
      if (other.size() == numbers.size() && numbers.size() > 1) {
        // "2.1" after "1.3" with no "2" between (an unnumbered sub-heading stood there):
        // the first child of the next number, placed beside "1.3".
        const std::size_t n = numbers.size();
        const bool same_grandparent = std::equal(numbers.begin(), numbers.end() - 2, other.begin());
        if (last == 1 && same_grandparent && numbers[n - 2] > other[n - 2] &&
            numbers[n - 2] <= other[n - 2] + max_sibling_gap) {
          p.found = true;
          p.keep = k - 1;
        }
        if (p.found || !open.restarted) return p;
        continue;  // a list numbered again inside: try the clauses outside it
      }
      if (other.size() + 1 == numbers.size() && std::equal(other.begin(), other.end(), numbers.begin())) {
        // A first child: "2.1" under "2"; or "5.2" under "5" whose "5.1" was not printed as
        // one (a sub-heading without its number), when the labels after it carry on from it.
        if (last == 1 || (last <= 1 + max_sibling_gap && jump_is_confirmed(numbers, keyword, decoration))) {
          p.found = true;
          p.keep = k;
        }
        if (p.found || !open.restarted) return p;
        continue;  // a list numbered again inside: try the clauses outside it
      }
      if (other.size() + 1 < numbers.size() && std::equal(other.begin(), other.end(), numbers.begin()) &&
          std::all_of(numbers.begin() + static_cast<std::ptrdiff_t>(other.size()), numbers.end(),
                      [](int v) { return v == 1; })) {
        // "3.1.1" directly under "3": the "3.1" between them is not printed.
        p.found = true;
        p.keep = k;
        return p;
      }
      if (other.size() < numbers.size() && numbers.size() > 1) {
        // "3.1" while "2" (or "2.4") is open: the heading "3" was not recognised. Accept the
        // first child of the next number so that the rest of clause 3 is not lost.
        if (last == 1 && numbers[other.size() - 1] > other.back() &&
            numbers[other.size() - 1] <= other.back() + max_sibling_gap) {
          p.found = true;
          p.keep = k - 1;
        }
        if (p.found || !open.restarted) return p;
        continue;  // a list numbered again inside: try the clauses outside it
      }
    }
    // "A. SERVICES" then "1. The Supplier shall …": a list numbered inside a titled capital
    // letter nests in it, so that "B. FEES" after the list still continues the letters.
    if (numbers == std::vector<int>{1} && (keyword || decoration != LabelDecoration::none) &&
        opens_titled_capital_item()) {
      p.found = true;
      p.keep = stack_.size();
      p.restarted = true;
      return p;
    }
    // "8.5 Rebates" then "1. Should Datec not achieve …", "2. …", then "9.1 CPI
    // Adjustments": a list numbered from 1 under a titled clause of two or more levels nests
    // in it, so that the clauses after the list still continue the outer numbering.
    if (numbers == std::vector<int>{1} && !keyword && decoration == LabelDecoration::dot &&
        opens_list_under_titled_decimal()) {
      p.found = true;
      p.keep = stack_.size();
      p.restarted = true;
      return p;
    }
    // No numbered clause open in this part: a list starts here.
    std::size_t keep = stack_.size();
    while (keep > 0 && stack_[keep - 1].reading.family != LabelFamily::part) --keep;
    // An excerpt or an amended contract may start its numbering anywhere ("4. Term" first):
    // the first numbered clause of a scope may have any number when its label is
    // unmistakable (a dot, a keyword, two levels), never a bare "4".
    const bool scope_is_empty = !decimal_in_scope_;
    const bool unmistakable = keyword || numbers.size() > 1 || decoration != LabelDecoration::none;
    // An excerpt may start mid-list too ("11.6." then "11.7."), when the dot says so.
    const bool excerpt = scope_is_empty && numbers.size() > 1 && (keyword || decoration == LabelDecoration::dot);
    const bool first = excerpt ||
                       (std::all_of(numbers.begin() + 1, numbers.end(), [](int v) { return v == 1; }) &&
                        (numbers.front() == 1 || (scope_is_empty && unmistakable && !inline_piece_) ||
                         (last_top_number_ > 0 && numbers.front() > last_top_number_ &&
                          (numbers.front() <= last_top_number_ + max_sibling_gap ||
                           jump_is_confirmed(numbers, keyword, decoration)))));
    if (first) {
      p.found = true;
      p.keep = keep;
    }
    return p;
  }

  // "1." then "14." in an excerpt or a contract with clauses redacted: a number that jumps
  // further than a deleted clause or two is a clause only when the numbered labels after
  // it carry on from it ("14.1" or "15." next), as a quantity or a year never does. Only
  // an unmistakable label (a dot, a keyword, two levels) that opens a line of its own.
  bool jump_is_confirmed(const std::vector<int>& numbers, bool keyword, LabelDecoration decoration) const {
    const bool unmistakable = keyword || numbers.size() > 1 || decoration == LabelDecoration::dot;
    if (!unmistakable || inline_piece_) return false;
    constexpr std::size_t kBlocksAhead = 80;
    for (std::size_t j = current_index_ + 1; j < blocks_.size() && j <= current_index_ + kBlocksAhead; ++j) {
      const Block& block = blocks_[j];
      if (block.continues_paragraph || !block.label.empty()) continue;
      const std::optional<ClauseLabel> next = parse_leading_label(trim(document_.block_text(block)));
      if (!next || next->is_part()) {
        if (next) return false;  // a new Schedule or Exhibit starts its own numbering
        continue;
      }
      const LabelReading& reading = next->readings.front();
      if (reading.family != LabelFamily::decimal) continue;  // "(a)" items inside the clause
      const std::vector<int>& after = reading.numbers;
      if (next->keyword != keyword && after.size() == numbers.size()) return false;
      const bool first_child = after.size() == numbers.size() + 1 &&
                               std::equal(numbers.begin(), numbers.end(), after.begin()) && after.back() == 1;
      const bool next_sibling = after.size() == numbers.size() &&
                                std::equal(numbers.begin(), numbers.end() - 1, after.begin()) &&
                                after.back() == numbers.back() + 1;
      return first_child || next_sibling;
    }
    return false;
  }

  // The innermost open clause is a decimal of two or more levels whose line is a title
  // ("8.5 Rebates") or introduces a list ("8.5 Rebates apply as follows:"), and the next
  // label of as many levels continues its numbering ("8.6", "9.1"), not a new one ("1.1"
  // of a schedule whose heading was not read).
  bool opens_list_under_titled_decimal() const {
    if (stack_.empty()) return false;
    const OpenClause& open = stack_.back();
    if (open.reading.family != LabelFamily::decimal || open.reading.numbers.size() < 2 || open.keyword) return false;
    if (!line_is_title_or_lead_in(open)) return false;
    const std::vector<int>& outer = open.reading.numbers;
    constexpr std::size_t kBlocksAhead = 80;
    for (std::size_t j = current_index_ + 1; j < blocks_.size() && j <= current_index_ + kBlocksAhead; ++j) {
      const Block& block = blocks_[j];
      if (block.continues_paragraph) continue;
      const std::optional<ClauseLabel> next = parse_leading_label(trim(document_.block_text(block)));
      if (!next) continue;
      if (next->is_part()) return false;
      const LabelReading& reading = next->readings.front();
      if (reading.family != LabelFamily::decimal || reading.numbers.size() != outer.size()) continue;
      return reading.numbers > outer && reading.numbers.front() <= outer.front() + max_sibling_gap;
    }
    return false;
  }

  // The innermost open clause is a capital letter or roman numeral whose line is a title
  // ("A. SERVICES", "II. Fees") or introduces a list ("B. The Supplier shall:"), not a
  // recital that reads as a sentence ("A. The Company is engaged in …").
  //
  // The last recital may run on into the words that end the recitals ("D. The parties agree
  // that these recitals shall be considered a term of this Agreement. NOW, THEREFORE, the
  // parties agree:", one line in a flattened text): that colon leads into the agreement
  // itself, whose clauses are not the recital's items.
  bool opens_titled_capital_item() const {
    if (stack_.empty()) return false;
    const OpenClause& open = stack_.back();
    if (open.reading.family != LabelFamily::upper_alpha && open.reading.family != LabelFamily::upper_roman) return false;
    if (open.decoration == LabelDecoration::none) return false;
    return line_is_title_or_lead_in(open) && !first_line_ends_the_recitals(open);
  }

  bool first_line_ends_the_recitals(const OpenClause& open) const {
    const std::string folded = ascii_lower(first_line(open));
    for (std::string_view formula : {"now, therefore", "now therefore", "now, it is agreed", "now it is agreed"}) {
      if (folded.find(formula) != std::string::npos) return true;
    }
    return false;
  }

  // The line open clause `open` starts on, label included.
  std::string_view first_line(const OpenClause& open) const {
    const Clause& clause = structure_.clauses[static_cast<std::size_t>(open.clause)];
    const std::string_view rest = std::string_view(document_.text).substr(clause.begin);
    return rest.substr(0, rest.find('\n'));
  }

  // Whether the first line of open clause `open`, after its label, is a title ("SERVICES",
  // "Rebates") or ends with a colon ("The Supplier shall:").
  bool line_is_title_or_lead_in(const OpenClause& open) const {
    const std::string_view line = trim(first_line(open));
    const std::optional<ClauseLabel> label = parse_leading_label(line);
    if (!label) return false;
    const std::string_view title = trim(line.substr(std::min(label->length, line.size())));
    if (title.empty()) return false;
    return title.back() == ':' || reads_as_heading(title, false);
  }

  Placement place_enumerator(const LabelReading& reading, LabelDecoration decoration) {
    is_continuation_ = false;
    Placement p;
    p.reading = reading;
    const int value = reading.numbers.front();
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      // A numbered list inside a letter ("(c) … as follows:" "1." "2.") is passed over:
      // "(d)" after it continues "(c)".
      if (open.reading.family == LabelFamily::decimal && open.restarted && k >= 2 && is_enumerator(stack_[k - 2])) {
        continue;
      }
      if (open.reading.family == LabelFamily::part || open.reading.family == LabelFamily::decimal) break;
      if (!same_style(open.reading, open.decoration, reading, decoration)) {
        // A slip of case in print: "(A) RIGHT OF FIRST REFUSAL. …" then "(b) CLIENT shall …"
        // continues the same list, when the letter is the next one and nothing else fits.
        if (k == stack_.size() && is_case_slip(open, reading, decoration) && value == open.reading.numbers.front() + 1 &&
            !has_open_style(reading, decoration)) {
          p.found = true;
          p.keep = k - 1;
          is_continuation_ = true;
          return p;
        }
        continue;
      }
      const int previous = open.reading.numbers.front();
      if (value > previous && value <= previous + max_sibling_gap) {
        p.found = true;
        p.keep = k - 1;
        is_continuation_ = true;
        return p;
      }
      if (value == 1) {
        // "(v) "Information" means data which:" then "(i) was known …": a list of the same
        // style nested in the item that introduces it. So is a list of an outer item's style
        // under an item of another ("I. SERVICES" > "B. … UTEK agrees to:" then "I. Make
        // itself available …", "II. …", then "C."): the colon opens a list, it does not start
        // the outer one again. Otherwise the list restarts: a sibling of the old first item.
        p.found = true;
        p.keep = previous_introduces_list() ? stack_.size() : k - 1;
        return p;
      }
      // "(vi)" after that nested "(ii)": the outer list may go on.
    }
    // A list starts under the current clause, never directly under a Schedule or Annex:
    // lettered lines there come from tables and forms, not from the numbered paragraphs;
    // unless the item is a sentence ("EXHIBIT A" then "(a) Recipient acknowledges that …",
    // "ATTACHMENT A" then the recitals "A. Erchonia is engaged in …").
    const std::string_view rest = trim(current_rest_);
    const bool sentence = word_count(rest) >= 6 && ascii_is_upper(rest.front()) &&
                          (decoration == LabelDecoration::parens || decoration == LabelDecoration::dot);
    // Bracketed numbers start a list only inside a clause: "(1) ABC Limited … and (2) XYZ Ltd"
    // before the first clause are the parties, not clauses.
    if (reading.family == LabelFamily::arabic && (stack_.empty() || stack_.back().reading.family == LabelFamily::part)) {
      return p;
    }
    if (value == 1 && (stack_.empty() || stack_.back().reading.family != LabelFamily::part || sentence)) {
      p.found = true;
      p.keep = stack_.size();
    } else if (value == 2 && first_item_inline(reading, decoration)) {
      p.found = true;
      p.keep = stack_.size();
    }
    return p;
  }

  // "1. Appointment of the Agents. (a) The Company hereby appoints …" then "(b) The Agents
  // agree …" on a line of its own: the list's first item ran on after the numbered
  // clause's title, so its second item opens the list. Only a bracketed letter or numeral
  // after a sentence end on the clause's first line counts.
  bool first_item_inline(const LabelReading& reading, LabelDecoration decoration) const {
    if (decoration != LabelDecoration::parens || stack_.empty()) return false;
    const OpenClause& open = stack_.back();
    if (open.reading.family != LabelFamily::decimal) return false;
    const Clause& clause = structure_.clauses[static_cast<std::size_t>(open.clause)];
    std::string_view line = std::string_view(document_.text).substr(clause.begin);
    line = line.substr(0, line.find('\n'));
    const std::string_view first = reading.family == LabelFamily::lower_alpha   ? "(a) "
                                   : reading.family == LabelFamily::upper_alpha ? "(A) "
                                   : reading.family == LabelFamily::lower_roman ? "(i) "
                                                                                : "(I) ";
    const std::size_t at = line.find(first);
    return at != std::string_view::npos && at >= 2 && ends_sentence(line.substr(0, at));
  }

  static bool is_enumerator(const OpenClause& open) {
    return open.reading.family != LabelFamily::part && open.reading.family != LabelFamily::decimal;
  }

  // The text before the block being read ends by introducing a list: "… as follows:".
  bool previous_introduces_list() const {
    const std::string_view before = trim(previous_text_);
    return !before.empty() && before.back() == ':';
  }

  static bool is_case_slip(const OpenClause& open, const LabelReading& reading, LabelDecoration decoration) {
    const bool letters = (open.reading.family == LabelFamily::upper_alpha && reading.family == LabelFamily::lower_alpha) ||
                         (open.reading.family == LabelFamily::lower_alpha && reading.family == LabelFamily::upper_alpha);
    // "(i)", "(v)", "(x)" after "(H)", "(U)", "(W)" more likely start roman numerals under it.
    const int value = reading.numbers.front();
    const bool roman_letter = value == 9 || value == 22 || value == 24;
    return letters && open.decoration == decoration && !roman_letter;
  }

  // A list of this style is open below the nearest numbered clause or part.
  bool has_open_style(const LabelReading& reading, LabelDecoration decoration) const {
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part || open.reading.family == LabelFamily::decimal) return false;
      if (same_style(open.reading, open.decoration, reading, decoration)) return true;
    }
    return false;
  }

  // Word said this is a numbered paragraph; put it where its type says.
  Placement force_place(const ClauseLabel& label) {
    Placement p;
    p.found = true;
    p.reading = label.readings.front();
    if (p.reading.family == LabelFamily::decimal) {
      std::size_t keep = stack_.size();
      while (keep > 0) {
        const OpenClause& open = stack_[keep - 1];
        if (open.reading.family == LabelFamily::part) break;
        if (open.reading.family == LabelFamily::decimal && open.reading.numbers.size() < p.reading.numbers.size()) break;
        --keep;
      }
      p.keep = keep;
      return p;
    }
    std::size_t keep = stack_.size();
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part || open.reading.family == LabelFamily::decimal) break;
      if (same_style(open.reading, open.decoration, p.reading, label.decoration)) {
        keep = k - 1;
        break;
      }
    }
    p.keep = keep;
    return p;
  }

  // "4.2(a)(iii) The Supplier …": the number's node (open already, or placed as any number)
  // and a node under it for each enumerator; the last node is labelled as printed.
  bool add_compound(std::size_t index, const ClauseLabel& label, std::string_view rest) {
    std::size_t under = 0;  // stack depth of the node the next enumerator goes under
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const OpenClause& open = stack_[k - 1];
      if (open.reading.family == LabelFamily::part) break;
      if (open.reading.family != LabelFamily::decimal) continue;
      if (open.reading.numbers == label.readings.front().numbers && open.keyword == label.keyword) under = k;
      break;
    }
    const bool number_open = under > 0;
    if (!number_open) {
      const Placement placement = place(label);
      if (!placement.found) return false;
      ClauseLabel number = label;
      number.glued.clear();
      add_clause(index, number, placement, {}, false);
      under = stack_.size();
    }
    std::string printed = label.shown;
    for (std::size_t g = 0; g < label.glued.size(); ++g) {
      std::optional<ClauseLabel> enumerator = parse_standalone_label(label.glued[g]);
      if (!enumerator) break;
      printed += label.glued[g];
      Placement placement = place(*enumerator);
      // "(b)" of "4.2(b)" continues the "(a)" open under 4.2; otherwise it goes straight
      // under the node before it in the compound.
      const bool continues = number_open && g == 0 && placement.found && placement.keep >= under;
      if (!placement.found) placement.reading = enumerator->readings.front();
      if (!continues) placement.keep = under;
      placement.found = true;
      if (g + 1 == label.glued.size()) enumerator->shown = printed;
      add_clause(index, *enumerator, placement, g + 1 == label.glued.size() ? rest : std::string_view{});
      under = stack_.size();
    }
    return true;
  }

  void add_clause(std::size_t index, const ClauseLabel& label, const Placement& placement, std::string_view rest,
                  bool heading_may_follow = true) {
    const int parent = placement.keep > 0 ? stack_[placement.keep - 1].clause : -1;
    std::string citation;
    if (placement.reading.family == LabelFamily::decimal) {
      citation = label.cited;
      // Prefix with the nearest enclosing part: "Schedule 2, 1.1". A top-level Part whose
      // numbering carries on from the clauses before it ("PART B – DELIVERY" then "3.") only
      // groups clauses: a lawyer cites "clause 3.1", not "Part B, 3.1". That is decided at
      // the part's first numbered clause.
      // "(c) The Client represents as follows:" then "1.", "2.": a numbered list inside a
      // letter cites through it, "4(c)(1)", as the letters inside a number do.
      // So does a list inside a clause of two levels or more, "8.5(1)" (see
      // opens_list_under_titled_decimal): "1" alone would cite the document's clause 1.
      const bool inside_decimal = parent >= 0 && placement.reading.numbers.size() == 1 &&
                                  stack_[placement.keep - 1].reading.family == LabelFamily::decimal &&
                                  stack_[placement.keep - 1].reading.numbers.size() >= 2;
      const bool inside_item = parent >= 0 && placement.reading.numbers.size() == 1 &&
                               (structure_.clauses[static_cast<std::size_t>(parent)].kind == ClauseKind::lettered ||
                                structure_.clauses[static_cast<std::size_t>(parent)].kind == ClauseKind::roman ||
                                inside_decimal);
      if (inside_item) citation = structure_.clauses[static_cast<std::size_t>(parent)].citation + "(" + label.cited + ")";
      // The nearest enclosing part, looked up rather than walked to: a long document whose
      // clauses nest deeper and deeper would make the walk cost its depth at every clause.
      if (const int up = !inside_item && parent >= 0 ? part_ancestor_[static_cast<std::size_t>(parent)] : -1; up >= 0) {
        const Clause& ancestor = structure_.clauses[static_cast<std::size_t>(up)];
        signed char& grouping = part_groups_only_[static_cast<std::size_t>(up)];
        if (grouping < 0) {
          const bool continues = placement.reading.numbers.size() == 1 &&
                                 placement.reading.numbers.front() == last_top_number_ + 1;
          grouping = continues && ancestor.parent < 0 && part_kinds_[static_cast<std::size_t>(up)] == PartKind::part;
        }
        if (grouping == 0) citation = ancestor.citation + ", " + citation;
      }
      if (placement.reading.numbers.size() == 1 && !inside_decimal) last_top_number_ = placement.reading.numbers.front();
      decimal_in_scope_ = true;
    } else if (parent >= 0) {
      const Clause& p = structure_.clauses[static_cast<std::size_t>(parent)];
      citation = p.citation + (p.kind == ClauseKind::part ? ", " : "") + label.cited;
    } else {
      citation = label.cited;
    }
    std::string heading;
    if (placement.reading.family == LabelFamily::decimal) {
      const bool top = placement.reading.numbers.size() == 1;
      const bool wraps = index + 1 < blocks_.size() && blocks_[index + 1].continues_paragraph;
      // "Section 5 – What happens if the Supplier fails to meet the terms of this Framework
      // Agreement": after a keyword label a long title is still a title.
      const bool long_title = label.keyword && !ends_like_prose(rest) && word_count(rest) <= 2 * max_heading_words &&
                              !rest.empty() && !ascii_is_lower(rest.front());
      if (!rest.empty() && wraps && long_title) {
        heading = wrapped_title(index, rest);
      } else if (!rest.empty() && !wraps && (reads_as_heading(rest, top) || long_title)) {
        heading = std::string(rest);
      } else if (rest.empty() && heading_may_follow) {
        heading = next_line_heading(index);
      }
    }
    int heading_block = -1;
    if (heading.empty() && pending_heading_ >= 0 && placement.reading.family == LabelFamily::decimal) {
      heading = std::string(trim(document_.block_text(blocks_[static_cast<std::size_t>(pending_heading_)])));
      heading_block = pending_heading_;
    }
    add_node(index, label, placement, std::move(heading), std::move(citation), heading_block);
  }

  int add_node(std::size_t index, const ClauseLabel& label, const Placement& placement, std::string heading,
               std::string citation, int heading_block = -1) {
    // A sibling in a list numbered again ("2." after a restarted "1.") is in that list too.
    bool restarted = placement.restarted;
    if (placement.keep < stack_.size()) {
      const OpenClause& replaced = stack_[placement.keep];
      restarted = restarted || (replaced.restarted && replaced.reading.family == placement.reading.family &&
                                replaced.reading.numbers.size() == placement.reading.numbers.size());
    }
    stack_.resize(placement.keep);
    const int parent = placement.keep > 0 ? stack_[placement.keep - 1].clause : -1;
    Clause clause;
    clause.label = label.shown;
    clause.citation = std::move(citation);
    clause.heading = std::move(heading);
    clause.kind = kind_of(placement.reading.family);
    clause.parent = parent;
    clause.depth = parent >= 0 ? structure_.clauses[static_cast<std::size_t>(parent)].depth + 1 : 0;
    const std::size_t first_block = heading_block >= 0 ? static_cast<std::size_t>(heading_block) : index;
    clause.begin = blocks_[first_block].begin;
    clause.page_start = blocks_[index].page;
    const int id = static_cast<int>(structure_.clauses.size());
    if (parent >= 0 && !structure_.clauses[static_cast<std::size_t>(parent)].children.empty() &&
        joins_list_items(previous_text_)) {
      lists_joined_as_one_sentence_.insert(parent);
    }
    if (parent >= 0) {
      structure_.clauses[static_cast<std::size_t>(parent)].children.push_back(id);
    } else {
      structure_.roots.push_back(id);
    }
    structure_.clauses.push_back(std::move(clause));
    part_kinds_.push_back(label.part_kind);
    part_groups_only_.push_back(-1);
    part_ancestor_.push_back(structure_.clauses.back().kind == ClauseKind::part ? id
                             : parent >= 0                                    ? part_ancestor_[static_cast<std::size_t>(parent)]
                                                                              : -1);
    stack_.push_back(OpenClause{id, placement.reading, label.decoration, label.part_kind, label.keyword, restarted,
                                document_.format == DocumentFormat::markdown ? blocks_[index].list_level : -1});
    return id;
  }

  // Spans: a clause runs to the start of the next clause that is not inside it.
  void finish_spans() {
    std::vector<Clause>& clauses = structure_.clauses;
    const std::size_t n = clauses.size();
    std::vector<std::size_t> subtree(n, 1);
    for (std::size_t k = n; k > 0; --k) {
      const int parent = clauses[k - 1].parent;
      if (parent >= 0) subtree[static_cast<std::size_t>(parent)] += subtree[k - 1];
    }
    const auto text_end = static_cast<std::uint32_t>(document_.text.size());
    auto end_before = [&](std::size_t next, std::uint32_t begin) {
      if (next >= n) return text_end;
      std::uint32_t end = clauses[next].begin;
      if (end > begin && document_.text[end - 1] == '\n') --end;
      return std::max(end, begin);
    };
    for (std::size_t k = 0; k < n; ++k) {
      Clause& c = clauses[k];
      c.end = end_before(k + subtree[k], c.begin);
      if (const auto closed = closed_at_.find(static_cast<int>(k)); closed != closed_at_.end()) {
        std::uint32_t end = closed->second;
        if (end > c.begin && document_.text[end - 1] == '\n') --end;
        c.end = std::min(c.end, std::max(end, c.begin));
      }
      c.body_end = c.children.empty() ? c.end
                                      : std::min(c.end, end_before(static_cast<std::size_t>(c.children.front()), c.begin));
      c.page_end = std::max(c.page_start, document_.page_at(c.end > c.begin ? c.end - 1 : c.begin));
    }
    make_citations_unique(subtree);
    structure_.citation_order.resize(n);
    for (std::size_t k = 0; k < n; ++k) structure_.citation_order[k] = static_cast<int>(k);
    std::stable_sort(structure_.citation_order.begin(), structure_.citation_order.end(), [&](int a, int b) {
      return clauses[static_cast<std::size_t>(a)].citation < clauses[static_cast<std::size_t>(b)].citation;
    });
  }

  // A citation met again (an amendment appended after the signatures restarts at "1", a
  // second "Exhibit A"): the k-th node with it, in document order, cites "<citation> [k]".
  // What is cited through it is renamed with it ("Exhibit A [2], 1.1", "2 [2](a)"); a
  // renamed "2"'s "2.1" is not (it does not cite through "2") and is disambiguated on its
  // own if it repeats. `subtree[k]`: how many clauses node k's subtree holds, itself
  // included (in pre-order, its descendants are the clauses after it up to that count).
  void make_citations_unique(const std::vector<std::size_t>& subtree) {
    std::vector<Clause>& clauses = structure_.clauses;
    // The clauses holding each citation: what is built on a citation is found by prefix in
    // the sorted citations and by position in the subtree, not by walking the subtree,
    // which costs the document's size at every repeat when the tree nests deep.
    std::map<std::string, std::set<std::size_t>, std::less<>> holders;
    for (std::size_t k = 0; k < clauses.size(); ++k) holders[clauses[k].citation].insert(k);
    const auto move_citation = [&](std::size_t k, std::string citation) {
      auto old = holders.find(clauses[k].citation);
      old->second.erase(k);
      if (old->second.empty()) holders.erase(old);
      clauses[k].citation = std::move(citation);
      holders[clauses[k].citation].insert(k);
    };
    std::map<std::string, int> seen;
    std::vector<std::size_t> built_on;
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      int& count = seen[clauses[k].citation];
      if (++count == 1) continue;
      const std::string old_citation = clauses[k].citation;
      std::string renamed = old_citation + " [" + std::to_string(count) + "]";
      while (seen.count(renamed) > 0) renamed = old_citation + " [" + std::to_string(++count) + "]";
      // Descendants whose citation is built on the node's: "Exhibit A, 1" and "2(a)".
      built_on.clear();
      for (const std::string& joint : {std::string(", "), std::string("(")}) {
        const std::string prefix = old_citation + joint;
        for (auto it = holders.lower_bound(prefix);
             it != holders.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
          if (it->first.size() <= old_citation.size() + 1) continue;  // "2(" alone cites nothing through "2"
          for (auto d = it->second.upper_bound(k); d != it->second.end() && *d < k + subtree[k]; ++d) {
            built_on.push_back(*d);
          }
        }
      }
      for (const std::size_t d : built_on) move_citation(d, renamed + clauses[d].citation.substr(old_citation.size()));
      move_citation(k, renamed);
      seen[renamed] = 1;
    }
  }

  const Document& document_;
  const std::vector<Block> blocks_;  // the document's blocks, flattened text lines cut apart
  const std::vector<bool> inline_cut_;  // per block: cut from the middle of a line (see above)
  bool inline_piece_ = false;  // the block being read is such a piece: no excerpt allowance
  DocumentStructure structure_;
  std::vector<OpenClause> stack_;
  std::set<std::string> part_citations_;
  std::map<int, std::uint32_t> closed_at_;  // clause -> where a heading over running text ended it
  std::set<int> lists_joined_as_one_sentence_;  // clauses whose items are joined by ";" or "," (see add_node)
  std::set<int> ended_with_its_list_;  // items closed by close_list_item, until a later item reopens them
  std::set<std::size_t> inline_items_;  // blocks starting with an item of a list inside a sentence
  std::set<std::size_t> listed_parts_;  // blocks that are entries of a list of parts (in_list_of_parts)
  std::vector<PartKind> part_kinds_;             // per clause; meaningful for parts
  std::vector<signed char> part_groups_only_;    // per part: -1 undecided, 1 cited without prefix
  std::vector<int> part_ancestor_;               // per clause: itself if a part, else its nearest part ancestor, or -1
  std::string_view previous_text_;
  bool previous_started_clause_ = false;
  int pending_heading_ = -1;
  int consumed_heading_ = -1;
  int last_top_number_ = 0;
  bool decimal_in_scope_ = false;  // a numbered clause since the document or the current part began
  bool is_continuation_ = false;
  bool after_replacement_instruction_ = false;  // the block being read follows "… replaced with the following:"
  int quoted_blocks_left_ = 0;     // inside a quotation set out after a colon (in_set_out_quotation)
  bool quotation_straight_ = false;  // that quotation opened with '"', not a curly quote
  std::optional<ClauseLabel> quoting_label_;  // the label of the clause that opened that quotation
  std::string_view current_rest_;  // the text after the label being placed
  std::size_t current_index_ = 0;  // the block being placed
};

}  // namespace

int DocumentStructure::clause_at(std::uint32_t offset) const {
  // Pre-order means begins never decrease: the last clause starting at or before offset,
  // then up its ancestors until one's span holds offset.
  auto it = std::upper_bound(clauses.begin(), clauses.end(), offset,
                             [](std::uint32_t off, const Clause& c) { return off < c.begin; });
  if (it == clauses.begin()) return -1;
  int index = static_cast<int>(it - clauses.begin()) - 1;
  while (index >= 0) {
    const Clause& c = clauses[static_cast<std::size_t>(index)];
    if (offset >= c.begin && (offset < c.end || (c.begin == c.end && offset == c.begin))) return index;
    index = c.parent;
  }
  return -1;
}

int DocumentStructure::find_citation(std::string_view citation) const {
  if (citation_order.size() != clauses.size()) {
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      if (clauses[k].citation == citation) return static_cast<int>(k);
    }
    return -1;
  }
  auto it = std::lower_bound(citation_order.begin(), citation_order.end(), citation, [this](int index, std::string_view c) {
    return clauses[static_cast<std::size_t>(index)].citation < c;
  });
  if (it == citation_order.end() || clauses[static_cast<std::size_t>(*it)].citation != citation) return -1;
  return *it;
}

DocumentStructure recover_clauses_and_definitions(const Document& document) {
  DocumentStructure structure = TreeBuilder(document).build();
  structure.definitions = find_definitions(document, structure);
  return structure;
}

DocumentStructure recover_structure(const Document& document, const NormalisedText& text) {
  // The clause tree and definitions read the extracted text and its blocks; references
  // start at the normalised words.
  DocumentStructure structure = recover_clauses_and_definitions(document);
  structure.references = find_cross_references(document, text, structure);
  return structure;
}

}  // namespace clausecheck
