#include "clause_label.h"

#include "clausecheck/ascii_case.h"
#include "clausecheck/number_words.h"
#include "inline_space.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace clausecheck {
namespace {

// Spaces, tabs and the spaces the normaliser reads as such (a no-break space in
// "Schedule\u00A02", a zero-width space in "(C)\u200B Zebra has"): inline_space.h.
std::string_view skip_spaces(std::string_view s) { return s.substr(skip_inline_spaces(s, 0)); }

bool starts_with_space(std::string_view s) { return !s.empty() && skip_spaces(s).size() < s.size(); }

// UTF-8 dashes and colons that separate a label from its title: "Schedule 2 – Staff".
std::size_t separator_length(std::string_view s) {
  if (s.empty()) return 0;
  if (s.front() == ':' || s.front() == '-' || s.front() == '.') return 1;
  if (s.substr(0, 3) == "\xE2\x80\x93" || s.substr(0, 3) == "\xE2\x80\x94") return 3;  // – —
  // A soft hyphen standing for a dash: the G-Cloud framework writes "Section 1 \u00AD The appointment".
  if (s.substr(0, 2) == "\xC2\xAD") return 2;
  return 0;
}

// Skips whitespace and at most one separator ("  –  "); returns how many bytes.
std::size_t separator_run(std::string_view s) {
  std::size_t n = s.size() - skip_spaces(s).size();
  if (std::size_t sep = separator_length(s.substr(n)); sep > 0) {
    n += sep;
    n = s.size() - skip_spaces(s.substr(n)).size();
  }
  return n;
}

std::string_view first_word(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && (ascii_is_alpha(s[n]) || s[n] == '%')) ++n;
  return s.substr(0, n);
}

// "2019 was …", "1998 Act": a number in the range of years is never a clause number.
bool is_year(int n) { return n >= 1800 && n <= 2199; }

// Words that make a leading number a quantity, a date or a duration rather than a label.
bool is_quantity_word(std::string_view word) {
  static constexpr std::array<std::string_view, 44> words = {
      "million", "millions", "billion", "bn", "m", "k", "thousand", "hundred", "per",
      "percent", "pc", "%", "pounds", "pence", "euros", "dollars", "day", "days", "week",
      "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
      "working", "business", "calendar", "times", "x", "am", "pm", "st", "nd", "rd", "th",
      "gbp", "mm", "cm", "kg", "or"};
  if (word.empty()) return false;
  for (std::string_view w : words) {
    if (equals_ignoring_ascii_case(word, w)) return true;
  }
  return false;
}

bool is_month_name(std::string_view word) {
  static constexpr std::array<std::string_view, 23> months = {
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov"};
  for (std::string_view m : months) {
    if (equals_ignoring_ascii_case(word, m)) return true;
  }
  return equals_ignoring_ascii_case(word, "dec");
}

// "6.03 BUSINESS RESPONSIBILITY", "4. Working Hours", "3.2 PER COPY FEES": a capitalised
// "business", "working", "calendar" or "per", or a capital abbreviation ("PC"), that does
// not count a unit ("10 Business Days", "5 Per Cent", "10 M Euros") opens a title.
bool opens_title(std::string_view text) {
  const std::string_view word = first_word(text);
  if (word.empty() || !ascii_is_upper(word.front())) return false;
  // "2.1 PC Financial hereby engages": an abbreviation in capitals is a name, not "pc" or "m".
  const bool capital_abbreviation = word.size() <= 2 && std::all_of(word.begin(), word.end(), ascii_is_upper);
  if (!equals_ignoring_ascii_case(word, "business") && !equals_ignoring_ascii_case(word, "working") && !equals_ignoring_ascii_case(word, "calendar") && !equals_ignoring_ascii_case(word, "per") &&
      !capital_abbreviation) {
    return false;
  }
  const std::string_view unit = first_word(skip_spaces(text.substr(word.size())));
  return !unit.empty() && ascii_is_upper(unit.front()) && !is_quantity_word(unit) && !equals_ignoring_ascii_case(unit, "cent") &&
         !equals_ignoring_ascii_case(unit, "centum") && !equals_ignoring_ascii_case(unit, "annum");
}

// Text after a part or keyword label must read as a title, not as prose that merely begins
// with a reference: "Schedule 2 – Staff Transfer" yes, "Schedule 2 sets out" no.
bool reads_as_title(std::string_view rest) {
  rest = skip_spaces(rest);
  if (rest.empty()) return true;
  if (separator_length(rest) > 0) return true;
  const char c = rest.front();
  if (c == '(' || c == '[' || c == '"' || ascii_is_digit(c)) return true;
  if (static_cast<unsigned char>(c) >= 0x80) return true;  // a curly quote or accented capital
  return ascii_is_upper(c);
}

struct PartKeyword {
  std::string_view word;
  PartKind kind;
};
constexpr std::array<PartKeyword, 8> part_keywords = {{
    {"schedule", PartKind::schedule},
    {"part", PartKind::part},
    {"annex", PartKind::annex},
    {"annexure", PartKind::annex},
    {"appendix", PartKind::appendix},
    {"attachment", PartKind::annex},
    {"exhibit", PartKind::annex},
    {"statement of work", PartKind::annex},
}};

// "STATEMENT OF WORK" after a consulting agreement's signatures: a part of the Exhibit
// kind whose keyword is three words; a lawyer cites "Statement of Work".
constexpr std::string_view statement_of_work = "statement of work";
constexpr std::string_view statement_of_work_shown = "Statement of Work";

// CCS documents qualify their schedules: "Joint Schedule 6", "Call-Off Schedule 5".
constexpr std::array<std::string_view, 4> part_qualifiers = {"joint", "call-off", "framework", "order"};

// "Chapter 1 Definitions and Interpretations" over "1.1", "1.2": contracts translated from
// Chinese number their articles as chapters.
// UK conditions of contract number theirs as conditions: "Condition 7 Payment".
constexpr std::array<std::string_view, 7> clause_keywords = {"clause", "article", "section", "chapter",
                                                             "paragraph", "para", "condition"};

// A word made of letters and hyphens at the start of `s`.
std::string_view leading_word(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && (ascii_is_alpha(s[n]) || (n > 0 && s[n] == '-' && n + 1 < s.size() && ascii_is_alpha(s[n + 1])))) ++n;
  return s.substr(0, n);
}

// Zero-width characters some PDF producers put between the digits of a number
// ("4.\u200B6.3"): they are not printed, so the label is "4.6.3".
std::size_t zero_width_at(std::string_view s, std::size_t i) {
  for (std::string_view mark : {std::string_view("\xE2\x80\x8B"), std::string_view("\xE2\x80\x8C"),
                                std::string_view("\xE2\x80\x8D"), std::string_view("\xE2\x81\xA0")}) {
    if (s.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// A one- or two-digit component after "N. " that is the rest of the number, not the text:
// "2. 1 Lot 1" is clause 2.1 printed with a space (a PDF that justified the label), but
// "2. 30 days" and "2. 1,000 shares" are not. The component must be followed by a
// capitalised word (not a month or a unit) or end the line.
bool spaced_component_at(std::string_view s, std::size_t i) {
  std::size_t digits = 0;
  while (i + digits < s.size() && ascii_is_digit(s[i + digits])) ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::size_t after = i + digits;
  if (after == s.size()) return true;
  if (!ascii_is_blank(s[after])) return false;
  std::size_t k = after;
  while (k < s.size() && ascii_is_blank(s[k])) ++k;
  if (k >= s.size() || !ascii_is_upper(s[k])) return false;
  const std::string_view word = first_word(s.substr(k));
  return !is_quantity_word(word) && !is_month_name(word);  // "1. 12 March", "2. 3 Business Days"
}

// A one- or two-digit component after "N. " closed by its own dot: "2. 3. 8." and "1. 1."
// are clauses 2.3.8 and 1.1 of a contract typed with a space after every dot (a lawyer
// cites them "2.3.8"). "2. 3.5 million" and "1. 2.5%" are not: the dot must end the number.
bool dotted_spaced_component_at(std::string_view s, std::size_t i) {
  std::size_t digits = 0;
  while (i + digits < s.size() && ascii_is_digit(s[i + digits])) ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::size_t after = i + digits;
  return after < s.size() && s[after] == '.' && (after + 1 == s.size() || ascii_is_blank(s[after + 1]));
}

// "1.2.3" (with an optional final '.') at the start of s; returns components and length.
// Invisible zero-width characters inside the number are read through, and so is one space
// after the first component's dot when a component follows it (see spaced_component_at)
// or one closed by a dot of its own ("2. 3. 8. Confidential", see
// dotted_spaced_component_at), and after each next dot of a number spaced so far. "1.3. 2."
// is two numbers, "1.3." and "2.".
std::size_t scan_decimal(std::string_view s, std::vector<int>& numbers, bool& trailing_dot) {
  std::size_t i = 0;
  numbers.clear();
  trailing_dot = false;
  bool spaced = false;  // a component was read after "N. "
  while (i < s.size() && ascii_is_digit(s[i])) {
    std::size_t start = i;
    int value = 0;
    while (i < s.size() && ascii_is_digit(s[i]) && i - start < 4) value = value * 10 + (s[i++] - '0');
    if (i < s.size() && ascii_is_digit(s[i])) return 0;  // five digits or more: not a label
    numbers.push_back(value);
    const std::size_t dot = i + zero_width_at(s, i);
    if (dot < s.size() && s[dot] == '.') {
      std::size_t next = dot + 1;
      next += zero_width_at(s, next);
      if (next < s.size() && ascii_is_digit(s[next])) {
        i = next;
        continue;
      }
      if (next + 1 < s.size() && s[next] == ' ' && (numbers.size() == 1 || spaced) &&
          (dotted_spaced_component_at(s, next + 1) || spaced_component_at(s, next + 1))) {
        i = next + 1;
        spaced = true;
        continue;
      }
      trailing_dot = true;
      i = dot + 1;
    }
    break;
  }
  if (numbers.size() > 8) return 0;
  return i;
}

// The number as printed, without a trailing dot: "8.05" stays "8.05" (a lawyer cites
// 8.05), "1.0" stays "1.0". `length` is what scan_decimal consumed; the spaces and
// zero-width characters it read through are not part of the label.
std::string printed_decimal(std::string_view s, std::size_t length, bool trailing_dot) {
  std::string out;
  const std::string_view number = s.substr(0, trailing_dot ? length - 1 : length);
  for (std::size_t i = 0; i < number.size();) {
    if (const std::size_t invisible = zero_width_at(number, i); invisible > 0) {
      i += invisible;
    } else if (number[i] == ' ') {
      ++i;
    } else {
      out.push_back(number[i++]);
    }
  }
  return out;
}

// The components the numbering compares: "1.0" (a heading numbered with a zero, followed by
// 1.1, 1.2) is clause 1, so 1.1 nests under it and 2.0 follows it.
std::vector<int> numbering_of(std::vector<int> numbers) {
  while (numbers.size() > 1 && numbers.back() == 0) numbers.pop_back();
  return numbers;
}

// The length of a section number at the start of `s` that names a schedule, "6.1", "1.1(u)",
// "2.3(a)(ii)": at least two dotted components, each of at most three digits, then any
// bracketed sub-clause ids; 0 when `s` does not start with one. It must end the word.
std::size_t section_number_length(std::string_view s) {
  std::size_t i = 0;
  int components = 0;
  while (true) {
    std::size_t digits = 0;
    while (i + digits < s.size() && digits < 4 && ascii_is_digit(s[i + digits])) ++digits;
    if (digits == 0 || digits > 3) return 0;
    i += digits;
    ++components;
    if (i + 1 < s.size() && s[i] == '.' && ascii_is_digit(s[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (components < 2) return 0;
  while (i < s.size() && s[i] == '(') {
    std::size_t k = i + 1;
    while (k < s.size() && k - i <= 4 && ascii_is_alnum(s[k])) ++k;
    if (k == i + 1 || k >= s.size() || s[k] != ')') break;
    i = k + 1;
  }
  if (i < s.size() && (ascii_is_alnum(s[i]) || s[i] == '.')) return 0;
  return i;
}

}  // namespace

int ordinal_part_number(std::string_view word) {
  const std::optional<int> ordinal = word.empty() ? std::nullopt : lookup_ordinal_day(ascii_lower(word));
  return ordinal && *ordinal <= 20 ? *ordinal : 0;
}

// "Schedule shall", "Part of" spell no number.
int spelled_part_number(std::string_view id_text) {
  const std::string_view word = leading_word(id_text);
  if (word.empty() || word.size() >= id_text.size() + 1) return 0;
  if (word.size() < id_text.size() && (ascii_is_alnum(id_text[word.size()]) || id_text[word.size()] == '-')) return 0;
  const std::optional<NumberWord> number = lookup_number_word(ascii_lower(word));
  if (!number || number->value < 1 || number->value > 20) return 0;
  return static_cast<int>(number->value);
}

namespace {

// "THE FIRST SCHEDULE", "Second Schedule – Prices", "Third Annex": the ordinal before the
// keyword, as older UK and Commonwealth agreements name their schedules. Cited as printed.
std::optional<ClauseLabel> parse_ordinal_part(std::string_view s) {
  const std::size_t whole = s.size();
  std::string_view word = leading_word(s);
  if (equals_ignoring_ascii_case(word, "the")) {
    s = skip_spaces(s.substr(word.size()));
    word = leading_word(s);
  }
  const int ordinal = ordinal_part_number(word);
  if (ordinal == 0) return std::nullopt;
  const std::string_view after = skip_spaces(s.substr(word.size()));
  if (after.size() == s.size() - word.size()) return std::nullopt;  // "FirstSchedule"
  const std::string_view keyword_word = leading_word(after);
  const PartKeyword* keyword = nullptr;
  for (const PartKeyword& k : part_keywords) {
    // "the first part of the Services" is prose far more often than a heading.
    if (k.kind != PartKind::part && equals_ignoring_ascii_case(keyword_word, k.word)) keyword = &k;
  }
  if (keyword == nullptr) return std::nullopt;
  const std::string_view rest = after.substr(keyword_word.size());
  if (!rest.empty() && !starts_with_space(rest) && separator_length(rest) == 0) return std::nullopt;
  if (!reads_as_title(rest)) return std::nullopt;
  ClauseLabel label;
  label.shown = ascii_title_case(word) + " " + ascii_title_case(keyword_word);
  label.cited = label.shown;
  label.readings.push_back(LabelReading{LabelFamily::part, {ordinal}});
  label.part_kind = keyword->kind;
  label.length = (whole - after.size()) + keyword_word.size() + separator_run(rest);
  return label;
}

std::optional<ClauseLabel> parse_part(std::string_view s) {
  std::string qualifier;
  const std::size_t whole = s.size();
  std::string_view word = leading_word(s);
  for (std::string_view q : part_qualifiers) {
    if (equals_ignoring_ascii_case(word, q)) {
      qualifier = ascii_title_case(word) + " ";
      s = skip_spaces(s.substr(word.size()));
      word = leading_word(s);
      break;
    }
  }
  if (equals_ignoring_ascii_case(word, "statement") && s.size() >= statement_of_work.size() &&
      equals_ignoring_ascii_case(s.substr(0, statement_of_work.size()), statement_of_work) &&
      (s.size() == statement_of_work.size() || !ascii_is_alpha(s[statement_of_work.size()]))) {
    word = s.substr(0, statement_of_work.size());
  }
  const PartKeyword* keyword = nullptr;
  for (const PartKeyword& k : part_keywords) {
    if (equals_ignoring_ascii_case(word, k.word)) keyword = &k;
  }
  if (keyword == nullptr) return std::nullopt;
  std::size_t consumed = word.size();
  std::string_view after = s.substr(consumed);
  std::string_view id_text = skip_spaces(after);
  const std::size_t gap = after.size() - id_text.size();

  // The id: "2", "4A", "A", "IV".
  std::size_t id_len = 0;
  while (id_len < id_text.size() && id_len < 4 && (ascii_is_digit(id_text[id_len]) || ascii_is_alpha(id_text[id_len]))) ++id_len;
  // "Schedule 6.1 – Presentation of Licensed Trademarks", "Schedule 1.1(u)": a schedule named
  // after the section that calls for it, as US agreements number them.
  const std::size_t section_numbered = keyword->kind == PartKind::schedule ? section_number_length(id_text) : 0;
  if (section_numbered > 0) id_len = section_numbered;
  // "Exhibit 10.11" at the top of an SEC filing is the filing's exhibit number, not a part.
  if (section_numbered == 0 && id_len + 1 < id_text.size() && id_text[id_len] == '.' && ascii_is_digit(id_text[id_len + 1])) {
    return std::nullopt;
  }
  // "SCHEDULE ONE", "Schedule Twelve": the number spelled out.
  const int spelled = spelled_part_number(id_text);
  if (spelled > 0) id_len = leading_word(id_text).size();
  std::string_view id = id_text.substr(0, id_len);
  if (id_len < id_text.size() && (ascii_is_digit(id_text[id_len]) || ascii_is_alpha(id_text[id_len]))) id = {};

  // "Exhibit A-1", "Exhibit AA-2", "Schedule 2-1": one of a series of parts; the number
  // after the hyphen is its ordinal.
  std::size_t series_len = 0;
  int series_value = 0;
  if (!id.empty() && id.size() <= 2 && id_len + 1 < id_text.size() && id_text[id_len] == '-') {
    std::size_t k = id_len + 1;
    while (k < id_text.size() && k - id_len <= 2 && ascii_is_digit(id_text[k])) series_value = series_value * 10 + (id_text[k++] - '0');
    const bool ends = k == id_text.size() || !(ascii_is_digit(id_text[k]) || ascii_is_alpha(id_text[k]) || id_text[k] == '-');
    const bool base_ok = std::all_of(id.begin(), id.end(), ascii_is_digit) ||
                         (std::all_of(id.begin(), id.end(), ascii_is_upper) && alpha_value(id).has_value());
    if (k > id_len + 1 && ends && base_ok) series_len = k - id_len;
  }
  LabelReading reading;
  reading.family = LabelFamily::part;
  if (series_len > 0 && gap > 0) {
    reading.numbers.push_back(series_value);
    id = id_text.substr(0, id_len + series_len);
  } else if (spelled > 0 && gap > 0) {
    reading.numbers.push_back(spelled);
  } else if (section_numbered > 0 && gap > 0) {
    // Its ordinal is the section's first number; such schedules follow the sections.
    int value = 0;
    for (std::size_t k = 0; k < id.size() && ascii_is_digit(id[k]); ++k) value = value * 10 + (id[k] - '0');
    reading.numbers.push_back(value);
  } else if (!id.empty() && gap > 0) {
    if (ascii_is_digit(id.front())) {
      std::size_t digits = 0;
      int value = 0;
      while (digits < id.size() && ascii_is_digit(id[digits])) value = value * 10 + (id[digits++] - '0');
      // "4A" is allowed, "4th" or "12345" is not.
      if (digits < id.size() && !(id.size() - digits == 1 && ascii_is_upper(id[digits]))) return std::nullopt;
      reading.numbers.push_back(value);
    } else if (auto r = roman_value(id); r && id.size() > 1 && std::all_of(id.begin(), id.end(), ascii_is_upper)) {
      reading.numbers.push_back(*r);
    } else if (id.size() == 1 && ascii_is_upper(id.front())) {
      reading.numbers.push_back(id.front() - 'A' + 1);
    } else if (id.size() >= 2 && ascii_is_upper(id.front()) && std::all_of(id.begin() + 1, id.end(), ascii_is_digit)) {
      // "Annex D2", "Exhibit A1": the second annex of Part D. Its ordinal is the number.
      int value = 0;
      for (std::size_t k = 1; k < id.size(); ++k) value = value * 10 + (id[k] - '0');
      reading.numbers.push_back(value);
    } else {
      id = {};  // a word follows the keyword: "Part of", "Schedule shall"
    }
  } else {
    id = {};
  }
  if (!id.empty()) consumed += gap + id.size();
  std::string_view rest = s.substr(consumed);
  if (id.empty()) {
    // A bare keyword is a heading only in capitals or followed by a separator:
    // "ANNEX: REQUIRED INSURANCES", "APPENDIX". Never "Part of" or "Schedule shall".
    std::string_view r = skip_spaces(rest);
    const bool capitals = std::all_of(word.begin(), word.end(), [](char c) { return !ascii_is_lower(c); });
    if (!(r.empty() || separator_length(r) > 0) || (!capitals && !r.empty() && r.front() != ':')) return std::nullopt;
    if (keyword->kind == PartKind::part) return std::nullopt;
  }
  // "Schedule 1 to Limited Power of Attorney": the heading names the document the part
  // belongs to ("Schedule 1 to the Agreement" is a reference; the tree builder decides).
  const std::string_view to_title = skip_spaces(rest);
  const bool names_document = to_title.size() > 3 && to_title.substr(0, 3) == "to " && ascii_is_upper(to_title[3]);
  if (!reads_as_title(rest) && !names_document) return std::nullopt;
  if (!rest.empty() && !starts_with_space(rest) && separator_length(rest) == 0 && rest.front() != '(') return std::nullopt;
  // "Schedule 14 (Key Performance Indicators) is used in …": a sentence, not a title.
  if (std::string_view r = skip_spaces(rest); !r.empty() && r.front() == '(') {
    const std::size_t close = r.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view after_parenthesis = skip_spaces(r.substr(close + 1));
    if (!after_parenthesis.empty() && !reads_as_title(after_parenthesis)) return std::nullopt;
  }

  ClauseLabel label;
  label.shown = qualifier + (keyword->word == statement_of_work ? std::string(statement_of_work_shown)
                                                                 : ascii_title_case(keyword->word));
  if (!id.empty()) {
    label.shown += " ";
    label.shown += spelled > 0 ? ascii_title_case(id) : std::string(id);
  }
  label.cited = label.shown;
  label.readings.push_back(reading);
  label.part_kind = keyword->kind;
  label.length = (whole - s.size()) + consumed + separator_run(rest);
  return label;
}

std::optional<ClauseLabel> parse_keyword_clause(std::string_view s) {
  std::string_view word = leading_word(s);
  bool found = false;
  for (std::string_view k : clause_keywords) found = found || equals_ignoring_ascii_case(word, k);
  if (!found) return std::nullopt;
  std::string_view after = s.substr(word.size());
  std::string_view num = skip_spaces(after);
  if (num.size() == after.size()) return std::nullopt;  // "Clause5"
  std::vector<int> numbers;
  bool trailing_dot = false;
  std::size_t len = scan_decimal(num, numbers, trailing_dot);
  std::string printed;
  if (len > 0 && !numbers.empty()) {
    printed = printed_decimal(num, len, trailing_dot);
  } else {
    // "ARTICLE IV": Articles and Sections are often numbered in capital roman numerals.
    std::size_t n = 0;
    while (n < num.size() && ascii_is_upper(num[n])) ++n;
    const std::optional<int> value = roman_value(num.substr(0, n));
    const bool roman_keyword = equals_ignoring_ascii_case(word, "article") || equals_ignoring_ascii_case(word, "section") ||
                               equals_ignoring_ascii_case(word, "chapter");
    if (!value || !roman_keyword) return std::nullopt;
    numbers = {*value};
    printed = std::string(num.substr(0, n));
    len = n;
    if (len < num.size() && num[len] == '.') {
      trailing_dot = true;
      ++len;
    }
  }
  std::string_view rest = num.substr(len);
  // "Section 1.1.License Grant": a PDF that lost the space after the dot.
  const bool glued_title = trailing_dot && !rest.empty() && ascii_is_upper(rest.front());
  if (!rest.empty() && !starts_with_space(rest) && separator_length(rest) == 0 && !glued_title) return std::nullopt;
  if (!trailing_dot && !reads_as_title(rest)) return std::nullopt;
  ClauseLabel label;
  label.keyword = true;
  label.cited = printed;
  std::string keyword = ascii_title_case(word);
  if (keyword == "Para") keyword = "Paragraph";
  label.shown = keyword + " " + label.cited;
  label.readings.push_back(LabelReading{LabelFamily::decimal, numbering_of(numbers)});
  label.decoration = trailing_dot ? LabelDecoration::dot : LabelDecoration::none;
  label.length = (s.size() - rest.size()) + separator_run(rest);
  return label;
}

// "(a)(iii)" directly after a number and before a space or the end of the line: each
// bracket holds one to five letters, all lower or all upper case. Empty if anything else.
std::vector<std::string> glued_enumerators(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size() && s[i] == '(') {
    std::size_t j = i + 1;
    while (j < s.size() && ascii_is_alpha(s[j]) && j - i <= 5) ++j;
    if (j == i + 1 || j >= s.size() || s[j] != ')') return {};
    const std::string_view letters = s.substr(i + 1, j - i - 1);
    if (!std::all_of(letters.begin(), letters.end(), ascii_is_lower) && !std::all_of(letters.begin(), letters.end(), ascii_is_upper)) {
      return {};
    }
    if (!roman_value(letters) && !alpha_value(letters)) return {};
    out.emplace_back(s.substr(i, j + 1 - i));
    i = j + 1;
  }
  if (i < s.size() && !ascii_is_blank(s[i])) return {};
  return out;
}

std::optional<ClauseLabel> parse_decimal(std::string_view s) {
  std::vector<int> numbers;
  bool trailing_dot = false;
  std::size_t len = scan_decimal(s, numbers, trailing_dot);
  if (len == 0) return std::nullopt;
  const std::string printed = printed_decimal(s, len, trailing_dot);
  LabelDecoration decoration = trailing_dot ? LabelDecoration::dot : LabelDecoration::none;
  if (!trailing_dot && len < s.size() && s[len] == ')') {
    decoration = LabelDecoration::close_paren;
    ++len;
  }
  // "4.2(a)(iii) The Supplier": letters or roman numerals glued to a two-level number.
  std::vector<std::string> glued = glued_enumerators(s.substr(len));
  if (!glued.empty() && (numbers.size() < 2 || decoration != LabelDecoration::none)) glued.clear();
  for (const std::string& e : glued) len += e.size();
  std::string_view rest = s.substr(len);
  // "1.5m", "1,000", "12/03" are not labels; "10.Dividing the bills" (a PDF that lost the
  // space after the dot) is.
  // "4.1Formation of the Channel": PDFs that lose the gap after a tab stop glue the title to
  // a two-level number; a capital then a lower-case letter is a word, "1.5MW" is not.
  // "1.9MD Anderson represents": a glued abbreviation in capitals before a capitalised word
  // is a name; "1.5MW of power" is a quantity.
  std::size_t capitals = 0;
  while (capitals < rest.size() && ascii_is_upper(rest[capitals])) ++capitals;
  const bool glued_abbreviation = capitals >= 2 && capitals <= 4 && capitals + 2 < rest.size() && rest[capitals] == ' ' &&
                                  ascii_is_upper(rest[capitals + 1]) && ascii_is_lower(rest[capitals + 2]);
  const bool glued_word = numbers.size() > 1 && decoration == LabelDecoration::none && rest.size() >= 2 &&
                          ascii_is_upper(rest[0]) && (ascii_is_lower(rest[1]) || glued_abbreviation);
  // "2.3.1a valid and current Certificate": a three-level number glued to a lower-case word
  // that runs on into the sentence ("4.2.1a The" is a label "4.2.1a", not handled here).
  std::size_t word_end = 0;
  while (word_end < rest.size() && ascii_is_lower(rest[word_end])) ++word_end;
  const bool glued_lower_word = numbers.size() > 2 && decoration == LabelDecoration::none && word_end > 0 &&
                                word_end + 1 < rest.size() && rest[word_end] == ' ' && ascii_is_lower(rest[word_end + 1]);
  if (!rest.empty() && !starts_with_space(rest) && !(decoration == LabelDecoration::dot && ascii_is_upper(rest.front())) &&
      !glued_word && !glued_lower_word) {
    return std::nullopt;
  }
  if (is_year(numbers.front())) return std::nullopt;
  const std::string_view next = skip_spaces(rest);
  const std::string_view word = first_word(next);
  if ((is_quantity_word(word) && !opens_title(next)) || is_month_name(word)) return std::nullopt;
  if (!next.empty() && (next.front() == '%' || next.front() == '/' || next.front() == '-' ||
                        next.front() == 'x' || next.front() == '=')) {
    return std::nullopt;
  }
  // "3 months", "5 the Supplier", "3 (Framework Prices)": a bare integer (no dot) is a label
  // only before a capital ("1 Definitions", "2 The Supplier") or alone on its line.
  if (numbers.size() == 1 && decoration == LabelDecoration::none && !next.empty() && !ascii_is_upper(next.front()) &&
      static_cast<unsigned char>(next.front()) < 0x80) {
    return std::nullopt;
  }
  ClauseLabel label;
  label.shown = printed;
  label.cited = label.shown;
  label.decoration = decoration;
  label.readings.push_back(LabelReading{LabelFamily::decimal, numbering_of(numbers)});
  label.length = len + (rest.size() - next.size());
  label.glued = std::move(glued);
  return label;
}

// "§4.2" / "§ 4.02": a section sign is the Section keyword; shown as "§4.2", cited "4.2".
std::optional<ClauseLabel> parse_section_sign(std::string_view s) {
  const std::string_view num = skip_spaces(s.substr(2));
  std::vector<int> numbers;
  bool trailing_dot = false;
  const std::size_t len = scan_decimal(num, numbers, trailing_dot);
  if (len == 0 || numbers.empty()) return std::nullopt;
  const std::string_view rest = num.substr(len);
  if (!rest.empty() && !starts_with_space(rest) && separator_length(rest) == 0) return std::nullopt;
  if (!trailing_dot && !reads_as_title(rest)) return std::nullopt;
  ClauseLabel label;
  label.keyword = true;
  label.cited = printed_decimal(num, len, trailing_dot);
  label.shown = "\xC2\xA7" + label.cited;
  label.readings.push_back(LabelReading{LabelFamily::decimal, numbering_of(numbers)});
  label.decoration = trailing_dot ? LabelDecoration::dot : LabelDecoration::none;
  label.length = (s.size() - rest.size()) + separator_run(rest);
  return label;
}

// "(a)", "a)", "a.", "(iv)", "IV." – letters and roman numerals.
// "(1) The Principal must pay …": a number in brackets at a line start numbers the items of a
// clause ("clause 4(1)"). One or two digits, then text, as for a bracketed letter; "(1,000)"
// and "(2020)" are not items.
std::optional<ClauseLabel> parse_bracketed_number(std::string_view s) {
  std::size_t i = 1;
  int value = 0;
  while (i < s.size() && ascii_is_digit(s[i]) && i < 3) value = value * 10 + (s[i++] - '0');
  if (i == 1 || i >= s.size() || s[i] != ')' || value == 0) return std::nullopt;
  const std::string_view rest = s.substr(i + 1);
  const bool glued_word = rest.size() >= 2 && ascii_is_upper(rest[0]) && ascii_is_lower(rest[1]);
  if (!rest.empty() && !starts_with_space(rest) && !glued_word) return std::nullopt;
  const std::string_view next = skip_spaces(rest);
  // A bracketed figure before a unit or a sum is a quantity: "(2) years", "(5) per cent".
  if (is_quantity_word(first_word(next)) && !opens_title(next)) return std::nullopt;
  ClauseLabel label;
  label.decoration = LabelDecoration::parens;
  label.readings.push_back(LabelReading{LabelFamily::arabic, {value}});
  label.shown = "(" + std::to_string(value) + ")";
  label.cited = label.shown;
  label.length = i + 1 + (rest.size() - next.size());
  return label;
}

std::optional<ClauseLabel> parse_enumerator(std::string_view s) {
  LabelDecoration decoration = LabelDecoration::none;
  std::size_t i = 0;
  if (!s.empty() && s.front() == '(') {
    if (s.size() > 1 && ascii_is_digit(s[1])) return parse_bracketed_number(s);
    decoration = LabelDecoration::parens;
    i = 1;
  }
  const std::size_t start = i;
  while (i < s.size() && ascii_is_alpha(s[i]) && i - start < 7) ++i;
  std::string_view letters = s.substr(start, i - start);
  if (letters.empty() || i >= s.size()) return std::nullopt;
  if (decoration == LabelDecoration::parens) {
    if (s[i] != ')') return std::nullopt;
  } else if (s[i] == ')') {
    decoration = LabelDecoration::close_paren;
  } else if (s[i] == '.') {
    decoration = LabelDecoration::dot;
  } else {
    return std::nullopt;
  }
  ++i;
  std::string_view rest = s.substr(i);
  // "(a)During the term": a bracketed label glued to a capitalised word (a PDF that lost the
  // gap); "e.g." and "(a)(i)" are not labels.
  // "a.Of BII", "b.XENCOR shall": a lower-case dotted letter glued to a capitalised word the
  // same way ("e.g.", "i.e." and "U.S." are not: a dot or a capital letter comes first).
  const bool glued_word = (decoration == LabelDecoration::parens && rest.size() >= 2 && ascii_is_upper(rest[0]) &&
                           (ascii_is_lower(rest[1]) || rest[1] == ' ')) ||
                          (decoration == LabelDecoration::dot && ascii_is_lower(s[start]) && rest.size() >= 2 &&
                           ascii_is_upper(rest[0]) && ascii_is_alpha(rest[1]));
  if (!rest.empty() && !starts_with_space(rest) && !glued_word) return std::nullopt;
  const bool all_lower = std::all_of(letters.begin(), letters.end(), ascii_is_lower);
  const bool all_upper = std::all_of(letters.begin(), letters.end(), ascii_is_upper);
  if (!all_lower && !all_upper) return std::nullopt;

  ClauseLabel label;
  label.decoration = decoration;
  if (auto r = roman_value(letters)) {
    label.readings.push_back(LabelReading{all_lower ? LabelFamily::lower_roman : LabelFamily::upper_roman, {*r}});
  }
  if (auto a = alpha_value(letters)) {
    label.readings.push_back(LabelReading{all_lower ? LabelFamily::lower_alpha : LabelFamily::upper_alpha, {*a}});
  }
  if (label.readings.empty()) return std::nullopt;
  // "A." and "I." open too many sentences ("I. Smith", "A. N. Other"): a dotted capital needs
  // text after it, and a dotted single letter must not be followed by another initial.
  const std::string_view next = skip_spaces(rest);
  if (decoration == LabelDecoration::dot && next.size() >= 2 && ascii_is_upper(next[0]) && next[1] == '.') return std::nullopt;
  switch (decoration) {
    case LabelDecoration::parens: label.shown = "(" + std::string(letters) + ")"; break;
    case LabelDecoration::close_paren: label.shown = std::string(letters) + ")"; break;
    default: label.shown = std::string(letters) + "."; break;
  }
  label.cited = "(" + std::string(letters) + ")";
  label.length = i + (rest.size() - next.size());
  return label;
}

}  // namespace

std::optional<int> roman_value(std::string_view text) {
  if (text.empty() || text.size() > 7) return std::nullopt;
  auto digit = [](char c) -> int {
    switch (ascii_lower(c)) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const int v = digit(text[k]);
    if (v == 0) return std::nullopt;
    const int next = k + 1 < text.size() ? digit(text[k + 1]) : 0;
    total += v < next ? -v : v;
  }
  if (total <= 0 || total > 39) return std::nullopt;
  // Only the canonical spelling counts: "iiii" and "vx" are not numerals.
  static constexpr std::array<std::string_view, 10> units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  std::string canonical(static_cast<std::size_t>(total / 10), 'x');
  canonical += units[static_cast<std::size_t>(total % 10)];
  if (!equals_ignoring_ascii_case(canonical, text)) return std::nullopt;
  return total;
}

std::string enumerator_text(LabelFamily family, int value) {
  if (value <= 0) return {};
  const bool upper = family == LabelFamily::upper_alpha || family == LabelFamily::upper_roman;
  std::string text;
  if (family == LabelFamily::lower_alpha || family == LabelFamily::upper_alpha) {
    if (value > 52) return {};
    const char letter = static_cast<char>('a' + (value - 1) % 26);
    text.assign(value > 26 ? 2 : 1, letter);
  } else if (family == LabelFamily::arabic) {
    return std::to_string(value);
  } else if (family == LabelFamily::lower_roman || family == LabelFamily::upper_roman) {
    if (value > 39) return {};
    static constexpr std::array<std::string_view, 10> units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    text.assign(static_cast<std::size_t>(value / 10), 'x');
    text += units[static_cast<std::size_t>(value % 10)];
  } else {
    return {};
  }
  if (upper) {
    for (char& c : text) c = ascii_upper(c);
  }
  return text;
}

std::optional<int> alpha_value(std::string_view text) {
  if (text.size() == 1 && ascii_is_alpha(text[0])) return ascii_lower(text[0]) - 'a' + 1;
  if (text.size() == 2 && text[0] == text[1] && ascii_is_alpha(text[0])) return 26 + ascii_lower(text[0]) - 'a' + 1;
  return std::nullopt;
}

// "F1.1.2 prepared by or for the Contractor", "H1 Termination": UK public-sector standard terms
// number their sections with a letter and clauses within them ("A1 Interpretation", "E2.3",
// "F1.1.1"). The letter is the first component (F = 6), so "F1" follows "E5" and "F1.1" nests
// under "F1" as "6.1.1" would under "6.1"; the label is shown and cited as printed. Only a
// capital glued to the number, and the number read as parse_decimal reads one ("A4 paper" and
// "Q1 2020" are not labels: a bare number needs a capital after it).
std::optional<ClauseLabel> parse_lettered_decimal(std::string_view s) {
  if (!lettered_number_at(s, 0)) return std::nullopt;
  std::optional<ClauseLabel> label = parse_decimal(s.substr(1));
  if (!label || !label->glued.empty() || label->decoration == LabelDecoration::close_paren) return std::nullopt;
  LabelReading& reading = label->readings.front();
  reading.numbers.insert(reading.numbers.begin(), s[0] - 'A' + 1);
  label->shown = std::string(1, s[0]) + label->shown;
  label->cited = label->shown;
  label->length += 1;
  return label;
}

std::optional<ClauseLabel> parse_leading_label(std::string_view line) {
  std::string_view s = skip_spaces(line);
  const std::size_t indent = line.size() - s.size();
  if (s.empty()) return std::nullopt;
  std::optional<ClauseLabel> label;
  if (ascii_is_digit(s.front())) {
    label = parse_decimal(s);
  } else if (ascii_is_alpha(s.front())) {
    label = parse_part(s);
    if (!label) label = parse_ordinal_part(s);
    if (!label) label = parse_keyword_clause(s);
    if (!label) label = parse_lettered_decimal(s);
    if (!label) label = parse_enumerator(s);
  } else if (s.front() == '(') {
    label = parse_enumerator(s);
  } else if (s.substr(0, 2) == "\xC2\xA7") {
    label = parse_section_sign(s);
  }
  if (label) label->length += indent;
  return label;
}

std::optional<ClauseLabel> parse_standalone_label(std::string_view text) {
  std::string_view s = skip_spaces(text);
  while (!s.empty() && ascii_is_blank(s.back())) s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  std::optional<ClauseLabel> label = parse_leading_label(s);
  if (!label) return std::nullopt;
  // The whole label must have been read: "1.1" yes, "1.1a" no.
  std::string_view rest = skip_spaces(s.substr(std::min(label->length, s.size())));
  if (!rest.empty()) return std::nullopt;
  label->length = 0;
  return label;
}

bool same_style(const LabelReading& a, LabelDecoration da, const LabelReading& b, LabelDecoration db) {
  if (a.family != b.family) return false;
  if (a.family == LabelFamily::decimal) return a.numbers.size() == b.numbers.size();
  if (a.family == LabelFamily::part) return true;
  return da == db;
}

}  // namespace clausecheck
