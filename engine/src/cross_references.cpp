#include "cross_references.h"

#include "clausecheck/ascii_case.h"
#include "inline_space.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "clause_label.h"

namespace clausecheck {
namespace {

constexpr std::size_t max_bracketed_title = 80;  // "(When you can share information)"
constexpr int max_range_expansion = 50;  // "clauses 4 to 6" lists 4, 5, 6; "1 to 900" only its ends

enum class RefKind { clause, part };

struct Keyword {
  std::string_view word;
  RefKind kind;
  std::string_view part_name;  // "Schedule", "Part" … for parts
};

// Longest first, so "sub-clauses" wins over "sub-clause".
constexpr std::array<Keyword, 26> keywords = {{
    {"sub-paragraphs", RefKind::clause, ""}, {"sub-paragraph", RefKind::clause, ""},
    {"subparagraphs", RefKind::clause, ""},  {"subparagraph", RefKind::clause, ""},
    {"sub-clauses", RefKind::clause, ""},    {"sub-clause", RefKind::clause, ""},
    {"subclauses", RefKind::clause, ""},     {"subclause", RefKind::clause, ""},
    {"paragraphs", RefKind::clause, ""},     {"paragraph", RefKind::clause, ""},
    {"clauses", RefKind::clause, ""},        {"clause", RefKind::clause, ""},
    {"conditions", RefKind::clause, ""},     {"condition", RefKind::clause, ""},
    {"sections", RefKind::clause, ""},       {"section", RefKind::clause, ""},
    {"articles", RefKind::clause, ""},       {"article", RefKind::clause, ""},
    {"para", RefKind::clause, ""},           {"schedules", RefKind::part, "Schedule"},
    {"schedule", RefKind::part, "Schedule"}, {"parts", RefKind::part, "Part"},
    {"part", RefKind::part, "Part"},         {"annexes", RefKind::part, "Annex"},
    {"annex", RefKind::part, "Annex"},       {"appendix", RefKind::part, "Appendix"},
}};

constexpr std::array<std::string_view, 3> part_qualifiers = {"joint", "call-off", "framework"};

// One id after a keyword: "12.3(b)(ii)", "(b)" for clauses; "4", "4A", "A", "IV" for parts.
struct Id {
  std::string text;         // as cited: "12.3(b)"
  std::vector<int> numbers;  // decimal part, for ranges
  std::size_t length = 0;
};

std::optional<Id> clause_id_at(std::string_view s, std::size_t i) {
  Id id;
  std::size_t j = i;
  // "clause F1.1", "Clause E2": the lettered numbering of UK public-sector terms
  // (clause_label.cpp, parse_lettered_decimal). Its ranges are not expanded.
  const bool lettered = lettered_number_at(s, j);
  if (lettered) ++j;
  while (j < s.size() && ascii_is_digit(s[j])) {
    int value = 0;
    const std::size_t start = j;
    while (j < s.size() && ascii_is_digit(s[j]) && j - start < 4) value = value * 10 + (s[j++] - '0');
    if (value >= 1800 && value <= 2199) return std::nullopt;  // "section 2019": a year or an Act
    id.numbers.push_back(value);
    if (j + 1 < s.size() && s[j] == '.' && ascii_is_digit(s[j + 1])) {
      ++j;
      continue;
    }
    break;
  }
  id.text = std::string(s.substr(i, j - i));  // as printed: "8.05" names clause 8.05, not 8.5
  if (lettered) id.numbers.clear();
  // Enumerators that follow directly: "12.3(b)(ii)".
  while (j < s.size() && s[j] == '(') {
    std::size_t k = j + 1;
    while (k < s.size() && ascii_is_alpha(s[k]) && k - j <= 6) ++k;
    if (k == j + 1 || k >= s.size() || s[k] != ')') break;
    std::string_view letters = s.substr(j + 1, k - j - 1);
    if (!alpha_value(letters) && !roman_value(letters)) break;
    id.text += "(" + std::string(letters) + ")";
    j = k + 1;
  }
  if (id.text.empty()) return std::nullopt;
  if (j < s.size() && (ascii_is_alpha(s[j]) || ascii_is_digit(s[j]))) return std::nullopt;  // "5th", "12a"
  id.length = j - i;
  return id;
}

std::optional<Id> part_id_at(std::string_view s, std::size_t i) {
  // "Schedule One": the number spelled out (clause_label.h), cited as printed.
  if (spelled_part_number(s.substr(i)) > 0) {
    std::size_t j = i;
    while (j < s.size() && ascii_is_alpha(s[j])) ++j;
    Id id;
    id.text = ascii_title_case(s.substr(i, j - i));
    id.length = j - i;
    return id;
  }
  std::size_t j = i;
  while (j < s.size() && ascii_is_digit(s[j]) && j - i < 3) ++j;
  if (j > i) {
    if (j < s.size() && s[j] >= 'A' && s[j] <= 'Z' && (j + 1 >= s.size() || !ascii_is_alpha(s[j + 1]))) ++j;  // "4A"
  } else {
    while (j < s.size() && s[j] >= 'A' && s[j] <= 'Z' && j - i < 4) ++j;
    std::string_view letters = s.substr(i, j - i);
    if (letters.empty() || (letters.size() > 1 && !roman_value(letters))) return std::nullopt;
  }
  if (j < s.size() && (ascii_is_alpha(s[j]) || ascii_is_digit(s[j]))) return std::nullopt;
  Id id;
  id.text = std::string(s.substr(i, j - i));
  id.length = j - i;
  return id;
}

struct Connector {
  std::size_t length = 0;
  bool range = false;
};

// ", ", " and ", " or ", " to ", "-", "–", " and/or ", " through ", " inclusive"
Connector connector_at(std::string_view s, std::size_t i) {
  std::size_t j = skip_inline_spaces(s, i);
  auto word = [&](std::string_view w) {
    return starts_with_ignoring_ascii_case(s, j, w) && inline_space_length(s, j + w.size()) > 0;
  };
  if (j < s.size() && s[j] == ',') {
    j = skip_inline_spaces(s, j + 1);
    if (word("and")) j += 3;
    else if (word("or")) j += 2;
    return {skip_inline_spaces(s, j) - i, false};
  }
  if (word("and/or")) return {skip_inline_spaces(s, j + 6) - i, false};
  if (word("and")) return {skip_inline_spaces(s, j + 3) - i, false};
  if (word("or")) return {skip_inline_spaces(s, j + 2) - i, false};
  if (word("to")) return {skip_inline_spaces(s, j + 2) - i, true};
  if (word("through")) return {skip_inline_spaces(s, j + 7) - i, true};
  if (j < s.size() && s[j] == '-') return {skip_inline_spaces(s, j + 1) - i, true};
  if (s.substr(j, 3) == "\xE2\x80\x93") return {skip_inline_spaces(s, j + 3) - i, true};  // –
  return {};
}

// The keyword a normalised word is ("clause", "sub-clause", "schedules"), or null.
const Keyword* keyword_of(std::string_view word) {
  for (const Keyword& k : keywords) {
    if (k.word == word) return &k;
  }
  return nullptr;
}

bool is_part_qualifier(std::string_view word) {
  return std::find(part_qualifiers.begin(), part_qualifiers.end(), word) != part_qualifiers.end();
}

class ReferenceFinder {
 public:
  ReferenceFinder(const Document& document, const NormalisedText& normalised, const DocumentStructure& structure)
      : document_(document), normalised_(normalised), structure_(structure), text_(document.text) {
    part_at_or_above_.reserve(structure.clauses.size());
    for (std::size_t k = 0; k < structure.clauses.size(); ++k) {
      const Clause& clause = structure.clauses[k];
      if (clause.kind == ClauseKind::part) parts_.push_back(static_cast<int>(k));
      // Parents come before their children (pre-order).
      part_at_or_above_.push_back(clause.kind == ClauseKind::part ? static_cast<int>(k)
                                  : clause.parent >= 0 ? part_at_or_above_[static_cast<std::size_t>(clause.parent)]
                                                       : -1);
    }
  }

  // The normalised words say where a reference starts and which keyword it has
  // ("Clause", "SCHEDULE", "Sub-Clause" with any dash, "Call-Off Schedule"); the original
  // text after the keyword gives its ids and the words as written.
  std::vector<CrossReference> find() {
    const std::vector<Token>& tokens = normalised_.tokens;
    std::size_t resume = 0;  // the end of the last reference read
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (tokens[t].kind != TokenKind::word || tokens[t].begin < resume) continue;
      if (const std::size_t consumed = try_reference(t); consumed > 0) resume = tokens[t].begin + consumed;
    }
    return std::move(references_);
  }

 private:
  // A reference whose first word is token t: its length in the original text, or 0.
  std::size_t try_reference(std::size_t t) {
    const std::vector<Token>& tokens = normalised_.tokens;
    const std::size_t start = tokens[t].begin;
    // Optional qualifier: "Joint Schedule 7", "Call-Off Schedule 5".
    std::string qualifier;
    if (is_part_qualifier(normalised_.token_text(tokens[t]))) {
      const std::size_t after = tokens[t].end;
      if (t + 1 >= tokens.size() || inline_space_length(text_, after) == 0 ||
          skip_inline_spaces(text_, after) != tokens[t + 1].begin) {
        return 0;
      }
      qualifier = ascii_title_case(normalised_.token_text(tokens[t]));  // "CALL-OFF", "Call‑Off": "Call-Off"
      ++t;
    }
    const Keyword* keyword = keyword_of(normalised_.token_text(tokens[t]));
    if (keyword == nullptr || (!qualifier.empty() && keyword->kind != RefKind::part)) return 0;
    std::size_t pos = tokens[t].end;
    const std::size_t id_start = skip_inline_spaces(text_, pos);
    if (id_start == pos || id_start >= text_.size()) return 0;

    std::vector<Id> ids;
    std::vector<bool> range_before;  // ids[k] is the end of a range started by ids[k - 1]
    pos = id_start;
    while (true) {
      std::optional<Id> id = keyword->kind == RefKind::clause ? clause_id_at(text_, pos) : part_id_at(text_, pos);
      if (!id) break;
      pos += id->length;
      ids.push_back(*id);
      // A title in brackets may sit between the items of a list: "Clause 10.4 (When CCS
      // can end this contract) and 10.5 (What happens if the contract ends)".
      std::size_t title = 0;
      if (const std::size_t open = skip_inline_spaces(text_, pos); open < text_.size() && text_[open] == '(') {
        const std::size_t close = text_.find(')', open);
        if (close != std::string_view::npos && close - open <= max_bracketed_title) title = close + 1 - pos;
      }
      Connector c = connector_at(text_, pos);
      std::size_t skip = c.length;
      if (c.length == 0 && title > 0) {
        c = connector_at(text_, pos + title);
        skip = c.length == 0 ? 0 : title + c.length;
      }
      if (skip == 0) break;
      std::optional<Id> next = keyword->kind == RefKind::clause ? clause_id_at(text_, pos + skip)
                                                                 : part_id_at(text_, pos + skip);
      if (!next) break;
      range_before.resize(ids.size() + 1, false);
      range_before[ids.size()] = c.range;
      pos += skip;
    }
    if (ids.empty()) return 0;
    range_before.resize(ids.size(), false);

    const auto begin = static_cast<std::uint32_t>(start);
    const auto end = static_cast<std::uint32_t>(pos);
    if (is_own_label(begin)) return pos - start;

    // "paragraph 3.2 of Schedule 4", "clause 5 of the Core Terms", "Core Terms Clause 14".
    std::string scope;  // a part citation the ids live in, when named
    bool external = preceded_by_other_document(start);
    std::uint32_t phrase_end = end;
    if (keyword->kind == RefKind::clause) {
      const std::size_t of = skip_inline_spaces(text_, pos);
      if (word_at(of, "of")) {
        const std::size_t what = skip_inline_spaces(text_, of + 2);
        if (word_at(what, "this")) {
          // "of this Agreement/Schedule": local.
        } else if (word_at(what, "the")) {
          external = true;  // "of the Core Terms", "of the Framework Agreement"
        } else {
          std::size_t inner = try_part_scope(what, scope);
          if (inner > 0) phrase_end = static_cast<std::uint32_t>(what + inner);
        }
      }
    }

    const std::string text(text_.substr(begin, phrase_end - begin));
    const int from = structure_.clause_at(begin);
    auto emit = [&](const std::string& target_id) {
      CrossReference ref;
      ref.text = text;
      ref.from_clause = from;
      ref.page = document_.page_at(begin);
      ref.begin = begin;
      ref.end = phrase_end;
      if (keyword->kind == RefKind::part) {
        ref.target = (qualifier.empty() ? "" : qualifier + " ") + std::string(keyword->part_name) + " " + target_id;
        ref.target_clause = external ? -1 : resolve_part(ref.target, from);
      } else {
        ref.target = scope.empty() ? target_id : scope + ", " + target_id;
        ref.target_clause = external ? -1 : resolve_clause(target_id, scope, from);
      }
      references_.push_back(std::move(ref));
    };
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (k > 0 && range_before[k] && expandable(ids[k - 1], ids[k])) {
        const std::vector<int>& a = ids[k - 1].numbers;
        std::string prefix;
        for (std::size_t m = 0; m + 1 < a.size(); ++m) prefix += std::to_string(a[m]) + ".";
        for (int v = a.back() + 1; v < ids[k].numbers.back(); ++v) emit(prefix + std::to_string(v));
      }
      emit(ids[k].text);
    }
    return phrase_end - start;
  }

  static bool expandable(const Id& a, const Id& b) {
    if (a.numbers.empty() || a.numbers.size() != b.numbers.size()) return false;
    if (a.text.find('(') != std::string::npos || b.text.find('(') != std::string::npos) return false;
    if (!std::equal(a.numbers.begin(), a.numbers.end() - 1, b.numbers.begin())) return false;
    return b.numbers.back() > a.numbers.back() && b.numbers.back() - a.numbers.back() <= max_range_expansion;
  }

  // "Schedule 4" / "Joint Schedule 7" at `at`: fills the part citation, returns its length.
  // `word` (lower case) at `at`, in any case, followed by an inline space.
  bool word_at(std::size_t at, std::string_view word) const {
    return starts_with_ignoring_ascii_case(text_, at, word) && inline_space_length(text_, at + word.size()) > 0;
  }

  std::size_t try_part_scope(std::size_t at, std::string& scope) {
    std::size_t pos = at;
    std::string qualifier;
    for (std::string_view q : part_qualifiers) {
      if (word_at(pos, q)) {
        qualifier = std::string(text_.substr(pos, q.size()));
        pos = skip_inline_spaces(text_, pos + q.size());
        break;
      }
    }
    for (const Keyword& k : keywords) {
      if (k.kind != RefKind::part || !starts_with_ignoring_ascii_case(text_, pos, k.word)) continue;
      const std::size_t id_at = skip_inline_spaces(text_, pos + k.word.size());
      std::optional<Id> id = part_id_at(text_, id_at);
      if (!id) return 0;
      if (!qualifier.empty()) qualifier = ascii_title_case(qualifier) + " ";
      scope = qualifier + std::string(k.part_name) + " " + id->text;
      return id_at + id->length - at;
    }
    return 0;
  }

  // "Core Terms Clause 14": a reference into another document of the same contract.
  bool preceded_by_other_document(std::size_t at) const {
    std::size_t i = at;
    while (std::size_t space = inline_space_length_before(text_, i)) i -= space;
    std::string_view before = text_.substr(i >= 10 ? i - 10 : 0, i >= 10 ? 10 : i);
    return ascii_lower(before).find("core terms") != std::string::npos;
  }

  // A clause's own label at its start ("Clause 5 Payment", "SCHEDULE 2") names itself.
  bool is_own_label(std::uint32_t begin) const {
    if (document_.blocks.empty()) return false;
    const Block& block = document_.blocks[document_.block_at(begin)];
    const std::size_t first = std::min<std::size_t>(block.end, skip_inline_spaces(text_, block.begin));
    if (first != begin) return false;
    const int c = structure_.clause_at(begin);
    if (c < 0) return false;
    const Clause& clause = structure_.clauses[static_cast<std::size_t>(c)];
    return equals_ignoring_ascii_case(text_.substr(begin, clause.label.size()), clause.label);
  }

  // "Annex 1" is cited "Schedule 2, Annex 1" when it belongs to a schedule: try the exact
  // citation, then inside the parts around the reference, then the first part so named.
  int resolve_part(const std::string& target, int from) const {
    if (int found = structure_.find_citation(target); found >= 0) return found;
    for (int c = enclosing_part(from); c >= 0; c = enclosing_part(parent_of(c))) {
      const Clause& clause = structure_.clauses[static_cast<std::size_t>(c)];
      if (int found = structure_.find_citation(clause.citation + ", " + target); found >= 0) return found;
      // "this Schedule 6" written inside "Call-Off Schedule 6" names the schedule it is in.
      const std::string& label = clause.label;
      if (label.size() > target.size() && label.compare(label.size() - target.size(), target.size(), target) == 0 &&
          label[label.size() - target.size() - 1] == ' ') {
        return c;
      }
    }
    const std::string suffix = ", " + target;
    for (int part : parts_) {
      const std::string& citation = structure_.clauses[static_cast<std::size_t>(part)].citation;
      if (citation.size() > suffix.size() && citation.compare(citation.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return part;
      }
    }
    return -1;
  }

  int resolve_clause(const std::string& id, const std::string& scope, int from) const {
    if (!scope.empty()) return structure_.find_citation(scope + ", " + id);
    if (id.front() == '(') {
      // "sub-clause (b)": a child of this clause, else a sibling or an ancestor's child.
      for (int c = from; c >= 0; c = structure_.clauses[static_cast<std::size_t>(c)].parent) {
        const Clause& clause = structure_.clauses[static_cast<std::size_t>(c)];
        const std::string prefix = clause.kind == ClauseKind::part ? clause.citation + ", " : clause.citation;
        if (int found = structure_.find_citation(prefix + id); found >= 0) return found;
      }
      return structure_.find_citation(id);
    }
    // Inside a schedule, "paragraph 1.4" means that schedule's paragraph 1.4.
    for (int c = enclosing_part(from); c >= 0; c = enclosing_part(parent_of(c))) {
      const Clause& clause = structure_.clauses[static_cast<std::size_t>(c)];
      if (int found = structure_.find_citation(clause.citation + ", " + id); found >= 0) return found;
    }
    return structure_.find_citation(id);
  }

  const Document& document_;
  const NormalisedText& normalised_;
  const DocumentStructure& structure_;
  std::string_view text_;
  std::vector<int> parts_;  // the few part clauses, for suffix lookups
  // Per clause: itself if a part, else its nearest part ancestor, or -1. Looking parts up
  // instead of walking the ancestors keeps a deeply nested outline linear.
  std::vector<int> part_at_or_above_;
  int enclosing_part(int clause) const {
    return clause >= 0 ? part_at_or_above_[static_cast<std::size_t>(clause)] : -1;
  }
  int parent_of(int clause) const { return structure_.clauses[static_cast<std::size_t>(clause)].parent; }
  std::vector<CrossReference> references_;
};

}  // namespace

std::vector<CrossReference> find_cross_references(const Document& document, const NormalisedText& normalised,
                                                  const DocumentStructure& structure) {
  return ReferenceFinder(document, normalised, structure).find();
}

}  // namespace clausecheck
