// Clause labels: recognising "1.1", "(a)", "iv.", "Clause 5", "Schedule 2" at the start of
// a line, and knowing which label may follow which.
//
// A label alone does not say where it sits in the tree: "(i)" is the ninth letter after
// "(h)" but the first roman numeral after "(a)". So parsing yields every plausible
// *reading* of a label (family + ordinal), and the clause tree (clause_tree.cpp) picks the
// reading that continues the numbering it has seen. Readings of the same family and
// decoration form one *style*; siblings share a style and count up by one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

enum class LabelFamily {
  decimal,      // 1 / 1.1 / 1.1.1, also "Clause 5", "Article 3", "Section 4", "Paragraph 2"
  lower_alpha,  // a, b, … z, aa, bb
  upper_alpha,  // A, B, …
  lower_roman,  // i, ii, iii, iv …
  upper_roman,  // I, II, …
  arabic,       // (1), (2): numbered items in brackets, as statutory and Australian drafting number sub-clauses
  part,         // Schedule 2, Part A, Annex 1, Appendix B
};

// How the label is dressed: "(a)" and "a)" and "a." are different styles, so an "a)"
// list inside an "(a)" list nests instead of continuing it.
enum class LabelDecoration { none, dot, parens, close_paren };

// Part-type labels rank: a Part sits inside a Schedule, an Annex (Exhibit, Attachment)
// inside either, an Appendix inside any of them ("Attachment 6" > "Appendix A").
enum class PartKind { schedule, part, annex, appendix };

struct LabelReading {
  LabelFamily family = LabelFamily::decimal;
  // decimal: the components (1.2.3 -> {1,2,3}); letters and romans: one ordinal (a=1, iv=4);
  // part: one ordinal when the id is a number, letter or roman, else empty ("ANNEX").
  std::vector<int> numbers;
};

struct ClauseLabel {
  std::string shown;     // canonical as displayed: "1.1", "(a)", "a)", "Clause 5", "Schedule 2"
  std::string cited;     // as it appears in a citation: "1.1", "(a)", "5", "Schedule 2"
  LabelDecoration decoration = LabelDecoration::none;
  std::vector<LabelReading> readings;  // at least one; two for i/v/x ("(i)": letter 9, roman 1)
  PartKind part_kind = PartKind::schedule;  // meaningful when readings[0].family == part
  bool keyword = false;  // introduced by Clause/Article/Section/Paragraph
  std::size_t length = 0;  // bytes of the block text the label (and its separator) occupies
  // Enumerators printed right after a decimal, as one compound label: "(a)(iii)" of
  // "4.2(a)(iii) The Supplier". The clause tree makes a node for each of them.
  std::vector<std::string> glued;

  bool is_part() const { return readings.front().family == LabelFamily::part; }
};

// The label at the start of `line` (a block's text), if the line begins with one followed
// by a space, tab, or the end of the line ("1. DEFINITIONS", "(a) the Supplier",
// "SCHEDULE 2 – Staff Transfer"). Leading whitespace is skipped. Rejects what is not a
// label on its face: years, amounts ("1.5 million"), dates ("1 January 2020"), durations
// ("3 months"). Whether the number fits the numbering so far is the caller's decision.
std::optional<ClauseLabel> parse_leading_label(std::string_view line);

// A label given on its own, as Word computes it ("7.2", "(b)", "1.", "Schedule 2").
std::optional<ClauseLabel> parse_standalone_label(std::string_view label);

// Same style: same family, same decoration and (for decimals) same depth.
bool same_style(const LabelReading& a, LabelDecoration da, const LabelReading& b, LabelDecoration db);

// Ordinal <-> text for letters and roman numerals ("iv" -> 4, 27 -> "aa").
std::optional<int> roman_value(std::string_view text);
std::optional<int> alpha_value(std::string_view text);
// A part's id spelled out as a word at the start of `text`, "One" to "Twenty" ("SCHEDULE ONE"),
// or an ordinal before a part keyword ("First" of "First Schedule"): its number, else 0.
int spelled_part_number(std::string_view text);
// Whether a lettered section's number starts at `i` of `s` ("F1.1.2", "E2"): a capital followed
// by a digit (parse_lettered_decimal reads such labels; references and citations name them).
inline bool lettered_number_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= '0' && s[i + 1] <= '9';
}
int ordinal_part_number(std::string_view word);
// The letters of an ordinal in a letter or roman family, as printed without decoration:
// (lower_alpha, 27) -> "aa", (upper_roman, 4) -> "IV"; empty for other families.
std::string enumerator_text(LabelFamily family, int value);

}  // namespace clausecheck
