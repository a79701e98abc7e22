// Section numbers that Word computed and a PDF rendering lost.
//
// Word numbers a contract's sections automatically. Some PDFs made from such a file keep
// the article headings, whose keyword is typed, and drop every number Word computed:
//
//                          ARTICLE II
//                     LICENSE OF LMG TOOLS
//   Grant of License. LMG grants TAG a worldwide, nonexclusive … license …
//   TAG may Use the LMG Tools and Documentation solely to provide TPA Services …
//   Proprietary Markings and Duplication. TAG shall not remove or destroy …
//   Ownership of LMG Tools and Modifications. The LMG Tools and Documentation …
//   Protection of LMG Tools. TAG will treat … It will not be a violation of this Section
//   2.4 if TAG provides access …
//
// The document still cites the sections by number ("this Section 2.4", "Section 3.7"), and
// so does a lawyer reading it. Each paragraph that opens with a run-in title ("Grant of
// License.", "Protection of LMG Tools.") is the next section of its article: 2.1, 2.2, 2.3,
// 2.4. Paragraphs without a title are text of the section before them (its lettered items
// lost their letters too).
//
// The count is a guess, so it is kept only when the document confirms it and nothing
// contradicts it:
//   * confirmed: at least one paragraph counted as N.k says "this Section N.k" (2.4 above);
//   * contradicted: a paragraph counted as N.k says "this Section N.j" of its own article
//     with j != k, or a number printed in the article does not continue the count (a
//     "4.2" printed after one titled paragraph of Article IV continues it; a "3.2" printed
//     after two does not, and neither does a "1." or "3.1.1" among them).
// Every other document is left as it was: where the sections are printed, their titled
// sub-paragraphs ("3.1 Payment. …" then "Late Payment. …") meet the printed "3.2" and the
// count is dropped.
#include "lost_numbering.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "clausecheck/ascii_case.h"
#include "clause_label.h"

namespace clausecheck {
namespace {

constexpr std::size_t max_title_words = 8;
constexpr std::size_t max_title_bytes = 80;

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && ascii_is_space(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_left(s);
  while (!s.empty() && ascii_is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool ends_with_full_stop(std::string_view s) { return !s.empty() && s.back() == '.'; }

// "Inc. The", "Mr. Smith": a full stop after these ends an abbreviation, not a title.
bool is_abbreviation(std::string_view word) {
  constexpr std::array<std::string_view, 14> abbreviations = {"inc", "co",  "corp", "ltd", "no", "nos", "mr",
                                                              "mrs", "ms",  "dr",   "st",  "jr", "sr",  "vs"};
  for (std::string_view a : abbreviations) {
    if (equals_ignoring_ascii_case(word, a)) return true;
  }
  return false;
}

// Words a title leaves in lower case: "Compliance with Laws", "Ownership of LMG Tools".
bool is_title_small_word(std::string_view word) {
  constexpr std::array<std::string_view, 22> small = {"a",    "an",   "and",  "as",   "at",     "by",    "for",   "from",
                                                      "in",   "into", "of",   "on",   "or",     "over",  "the",   "to",
                                                      "upon", "with", "under", "after", "within", "without"};
  for (std::string_view w : small) {
    if (word == w) return true;
  }
  return false;
}

// The paragraph opens with a run-in title: a few words in title case closed by a full stop
// and followed by a sentence: "Protection of LMG Tools. TAG will …", "Agreement. The parties
// agree …", or alone on its line. Not "TAG may Use the LMG Tools …" (no full stop among the first words) nor "The
// Supplier shall pay." (a sentence: "shall" is not capitalised).
bool opens_with_run_in_title(std::string_view text) {
  text = trim_left(text);
  if (text.empty() || !ascii_is_upper(text.front())) return false;
  const std::size_t stop = text.find('.');
  if (stop == std::string_view::npos || stop == 0 || stop > max_title_bytes) return false;
  std::string_view after = trim_left(text.substr(stop + 1));
  // The title alone on its line ("Reimbursement for Termination Assistance."), or followed by
  // the sentence it introduces.
  if (!after.empty()) {
    if (!ascii_is_blank(text[stop + 1])) return false;
    const bool opens_sentence = ascii_is_upper(after.front()) || after.front() == '"' ||
                                after.substr(0, 3) == "\xE2\x80\x9C";  // “
    if (!opens_sentence) return false;
  }
  const std::string_view title = text.substr(0, stop);
  std::size_t words = 0;
  std::string_view last;
  std::size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() && ascii_is_blank(title[i])) ++i;
    const std::size_t start = i;
    while (i < title.size() && !ascii_is_blank(title[i])) ++i;
    std::string_view word = title.substr(start, i - start);
    if (word.empty()) break;
    // "Binding Nature, Assignment, and Subcontracting."
    if (word.size() > 1 && word.back() == ',' && i < title.size()) word.remove_suffix(1);
    for (char c : word) {
      if (!(ascii_is_alpha(c) || c == '-' || c == '&' || c == '\'')) return false;
    }
    if (!ascii_is_alpha(word.front())) return false;
    if (!ascii_is_upper(word.front()) && !is_title_small_word(word)) return false;
    ++words;
    last = word;
  }
  return words >= 1 && words <= max_title_words && last.size() >= 2 && !is_abbreviation(last);
}

// "ARTICLE III" / "Article 4 …": the article's number, when the block opens with one.
std::optional<int> article_number(std::string_view text) {
  text = trim_left(text);
  if (!starts_with_ignoring_ascii_case(text, 0, "article")) return std::nullopt;
  const std::optional<ClauseLabel> label = parse_leading_label(text);
  if (!label || !label->keyword) return std::nullopt;
  std::optional<int> number;
  for (const LabelReading& reading : label->readings) {
    if (reading.numbers.size() != 1) continue;
    if (reading.family == LabelFamily::upper_roman || reading.family == LabelFamily::lower_roman) return reading.numbers[0];
    if (reading.family == LabelFamily::decimal) number = reading.numbers[0];
  }
  return number;
}

// "this Section 2.4" in `span`: calls `seen(2, 4)` for each.
template <typename Seen>
void for_each_self_reference(std::string_view span, Seen seen) {
  constexpr std::string_view this_word = "this";
  constexpr std::string_view section_word = "section";
  for (std::size_t at = 0; at + this_word.size() < span.size(); ++at) {
    if (!starts_with_ignoring_ascii_case(span, at, this_word) || (at > 0 && ascii_is_alpha(span[at - 1]))) continue;
    std::size_t k = at + this_word.size();
    if (k >= span.size() || !ascii_is_space(span[k])) continue;
    while (k < span.size() && ascii_is_space(span[k])) ++k;  // the line may break here
    if (!starts_with_ignoring_ascii_case(span, k, section_word)) continue;
    k += section_word.size();
    if (k >= span.size() || !ascii_is_space(span[k])) continue;
    while (k < span.size() && ascii_is_space(span[k])) ++k;
    int article = 0;
    int section = 0;
    std::size_t digits = 0;
    while (k < span.size() && ascii_is_digit(span[k]) && digits < 3) article = article * 10 + (span[k++] - '0'), ++digits;
    if (digits == 0 || k + 1 >= span.size() || span[k] != '.' || !ascii_is_digit(span[k + 1])) continue;
    ++k;
    digits = 0;
    while (k < span.size() && ascii_is_digit(span[k]) && digits < 3) section = section * 10 + (span[k++] - '0'), ++digits;
    if (k < span.size() && span[k] == '.' && k + 1 < span.size() && ascii_is_digit(span[k + 1])) continue;  // 2.4.1
    seen(article, section);
  }
}

}  // namespace

void restore_lost_section_numbers(const Document& document, std::vector<Block>& blocks) {
  struct Counted {
    std::size_t block;
    int article;
    int section;
  };
  std::vector<Counted> counted;
  std::vector<bool> wrapped_titles;  // counted blocks the PDF joined to the paragraph before
  std::vector<std::size_t> boundaries;  // blocks that end a counted section's text
  std::size_t contradictions = 0;
  int article = 0;  // 0: outside any article
  int section = 0;
  bool counted_in_article = false;
  bool printed_conflict = false;
  auto close_article = [&] {
    if (counted_in_article && printed_conflict) ++contradictions;
    article = 0;
    section = 0;
    counted_in_article = false;
    printed_conflict = false;
  };
  std::string_view previous_text;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    const std::string_view previous = previous_text;
    previous_text = trim(document.block_text(block));
    // A wrapped line goes on with its paragraph, unless the line before ended a sentence and
    // this one opens with a title (the PDF left no gap between the two paragraphs).
    const bool wrapped = block.continues_paragraph && !(ends_with_full_stop(previous) &&
                                                        opens_with_run_in_title(document.block_text(block)));
    if (wrapped) continue;
    if (!block.label.empty()) return;  // numbered by the format: nothing was lost
    const std::string_view text = trim_left(document.block_text(block));
    if (text.empty()) continue;
    if (std::optional<int> number = article_number(text)) {
      close_article();
      article = *number;
      boundaries.push_back(i);
      continue;
    }
    const std::optional<ClauseLabel> label = parse_leading_label(text);
    if (label && label->is_part()) {
      close_article();
      boundaries.push_back(i);
      continue;
    }
    if (article == 0) continue;
    if (label) {
      // "… will not be a violation of this" / "Section 2.4 if …": a reference wrapped onto
      // the next line, not a label.
      if (!previous.empty() && (ascii_is_lower(previous.back()) || previous.back() == ',')) continue;
      const LabelReading& reading = label->readings.front();
      if (reading.family != LabelFamily::decimal) continue;  // "(a)": text of a section
      // "421 South 9th Street": a bare number is an address or a quantity as often as a label.
      if (reading.numbers.size() == 1 && label->decoration == LabelDecoration::none && !label->keyword) continue;
      boundaries.push_back(i);
      if (reading.numbers.size() == 2 && reading.numbers[0] == article && reading.numbers[1] == section + 1) {
        section = reading.numbers[1];
      } else {
        printed_conflict = true;
      }
      continue;
    }
    if (!opens_with_run_in_title(text)) continue;
    ++section;
    counted_in_article = true;
    counted.push_back(Counted{i, article, section});
    wrapped_titles.push_back(block.continues_paragraph);
    boundaries.push_back(i);
  }
  close_article();
  if (counted.empty() || contradictions > 0) return;

  std::size_t confirmed = 0;
  std::size_t next_boundary = 0;
  for (const Counted& c : counted) {
    while (next_boundary < boundaries.size() && boundaries[next_boundary] <= c.block) ++next_boundary;
    const std::uint32_t begin = blocks[c.block].begin;
    const std::uint32_t end = next_boundary < boundaries.size() ? blocks[boundaries[next_boundary]].begin
                                                                : static_cast<std::uint32_t>(document.text.size());
    const std::string_view span = std::string_view(document.text).substr(begin, end - begin);
    for_each_self_reference(span, [&](int article_cited, int section_cited) {
      if (article_cited != c.article) return;
      if (section_cited == c.section) {
        ++confirmed;
      } else {
        ++contradictions;
      }
    });
  }
  if (confirmed == 0 || contradictions > 0) return;
  for (std::size_t k = 0; k < counted.size(); ++k) {
    Block& block = blocks[counted[k].block];
    block.label = std::to_string(counted[k].article) + "." + std::to_string(counted[k].section);
    if (wrapped_titles[k]) block.continues_paragraph = false;
  }
}

}  // namespace clausecheck
