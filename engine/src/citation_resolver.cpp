// Resolving a citation written the way a person writes it ("Part D 2.3.2", "Annex D2, para
// 5.3", "Section 5.02(b)", "cl. 7.3(a)", "Schedule 2 paragraph 1.2", "paragraph 3 of
// Schedule 4", "clause F1.1.2") to a node of the clause tree.
//
// The written citation is read as a set of part names (Schedule 2, Part D, Annex D2,
// Exhibit A, ...) and at most one clause id (7.3(a)); the words around them (clause, cl.,
// section, §, paragraph, para, of, this, commas) only separate them. A node matches when
// its own id is the clause id (numbers compared by value, so "5.2" finds a printed "5.02",
// and "1" finds "1.0") and every part written is one of its enclosing parts (a part written
// without its qualifier, "Schedule 2", also names "Call-Off Schedule 2"). Parts are a set,
// not a sequence, so "Schedule 4, 3.2" and "paragraph 3.2 of Schedule 4" are the same.
//
// Among the matches the closest wins: an exact citation first; then the node inside the
// fewest parts (none written: the main body before any schedule; "Part D 1.1": Part D's
// own 1.1 before its annexes'); if several are equally close the citation is ambiguous.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clause_label.h"

#include "clausecheck/ascii_case.h"
#include "clausecheck/structure.h"

namespace clausecheck {
namespace {

// A clause id compared by value: "5.02(b)" and "5.2(b)" are the same, "1.0" is "1".
struct ClauseId {
  std::vector<int> numbers;
  std::vector<std::string> enumerators;  // lower-cased letters of "(b)", "(iii)"
  bool operator==(const ClauseId&) const = default;
};

// Drops trailing zero components: "1.0" is clause 1 printed with a zero.
void canonicalise(ClauseId& id) {
  while (id.numbers.size() > 1 && id.numbers.back() == 0) id.numbers.pop_back();
}

// Reads "7.3(a)(ii)", "7.3 (a)", "(b)", "4(c)(1)" starting at i; returns the id and advances i.
std::optional<ClauseId> read_clause_id(std::string_view s, std::size_t& i) {
  ClauseId id;
  std::size_t j = i;
  // "F1.1.2": the letter of a lettered section is its first component.
  if (lettered_number_at(s, j)) id.numbers.push_back(s[j++] - 'A' + 1);
  while (j < s.size() && ascii_is_digit(s[j])) {
    int value = 0;
    std::size_t start = j;
    while (j < s.size() && ascii_is_digit(s[j]) && j - start < 4) value = value * 10 + (s[j++] - '0');
    id.numbers.push_back(value);
    if (j + 1 < s.size() && s[j] == '.' && ascii_is_digit(s[j + 1])) {
      ++j;
      continue;
    }
    break;
  }
  while (true) {
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size() || s[k] != '(') break;
    std::size_t close = s.find(')', k);
    if (close == std::string_view::npos || close - k > 8) break;
    std::string_view letters = s.substr(k + 1, close - k - 1);
    // "4(c)(1)": a numbered list inside a letter. Only after an id: a bare "(1)" is no
    // citation. Kept as its value, so "(01)" is "(1)".
    const bool bracketed_number = !letters.empty() && letters.size() <= 3 &&
                                  std::all_of(letters.begin(), letters.end(), ascii_is_digit);
    if (bracketed_number && (!id.numbers.empty() || !id.enumerators.empty())) {
      id.enumerators.push_back(std::to_string(std::stoi(std::string(letters))));
      j = close + 1;
      continue;
    }
    if (letters.empty() || !std::all_of(letters.begin(), letters.end(), ascii_is_alpha)) break;
    if (!alpha_value(letters) && !roman_value(letters)) break;
    id.enumerators.push_back(ascii_lower(letters));
    j = close + 1;
  }
  if (id.numbers.empty() && id.enumerators.empty()) return std::nullopt;
  if (j < s.size() && (ascii_is_alpha(s[j]) || ascii_is_digit(s[j]))) return std::nullopt;  // "5th"
  canonicalise(id);
  i = j;
  return id;
}

// A part name reduced to what identifies it: "call-off schedule 2" -> {"schedule", "2",
// "call-off"}. Appendix, Annexure and Attachment keep their own words: a person who writes
// "Attachment 6" means that and nothing else.
struct PartName {
  std::string word;       // schedule, part, annex, annexure, appendix, attachment, exhibit
  std::string id;         // "2", "D2", "A", "" for a bare "ANNEX"
  std::string qualifier;  // "joint", "call-off", "framework", "order" or ""
};

constexpr std::string_view part_words[] = {"schedule", "part", "annexure", "annex", "appendix", "attachment", "exhibit"};
constexpr std::string_view qualifiers[] = {"joint", "call-off", "framework", "order"};

// The part name at i ("Call-Off Schedule 2", "Part D", "Annex D2", "Exhibit A-1"), if any.
std::optional<PartName> read_part(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  auto word_at = [&](std::size_t at) {
    std::size_t e = at;
    while (e < s.size() && (ascii_is_alpha(s[e]) || (s[e] == '-' && e > at))) ++e;
    return ascii_lower(s.substr(at, e - at));
  };
  PartName name;
  std::string w = word_at(j);
  if (std::find(std::begin(qualifiers), std::end(qualifiers), w) != std::end(qualifiers)) {
    name.qualifier = w;
    j += w.size();
    while (j < s.size() && s[j] == ' ') ++j;
    w = word_at(j);
  }
  // "First Schedule": the ordinal before the keyword is its number (clause_label.h).
  std::string ordinal_id;
  if (const int ordinal = ordinal_part_number(w); ordinal > 0) {
    std::size_t k = j + w.size();
    while (k < s.size() && s[k] == ' ') ++k;
    const std::string next = word_at(k);
    if (k > j + w.size() && std::find(std::begin(part_words), std::end(part_words), next) != std::end(part_words)) {
      ordinal_id = std::to_string(ordinal);
      j = k;
      w = next;
    }
  }
  if (std::find(std::begin(part_words), std::end(part_words), w) == std::end(part_words)) return std::nullopt;
  name.word = w;
  j += w.size();
  if (!ordinal_id.empty()) {
    name.id = ordinal_id;
    i = j;
    return name;
  }
  std::size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  std::size_t e = k;
  while (e < s.size() && (ascii_is_alnum(s[e]) || (s[e] == '-' && e > k))) ++e;
  std::string_view id = s.substr(k, e - k);
  // An id is a number, capitals, or a letter-digit mix ("D2", "4A", "A-1"); not a word.
  const bool word_like = id.size() > 1 && std::any_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!id.empty() && k > j && !word_like) {
    name.id = std::string(id);
    j = e;
  } else if (const int spelled = k > j ? spelled_part_number(s.substr(k)) : 0; spelled > 0) {
    name.id = std::to_string(spelled);  // "Schedule One" is "Schedule 1"
    j = e;
  }
  i = j;
  return name;
}

bool same_part(const PartName& written, const PartName& node) {
  if (written.word != node.word || ascii_lower(written.id) != ascii_lower(node.id)) return false;
  return written.qualifier.empty() || written.qualifier == node.qualifier;
}

struct WrittenCitation {
  std::vector<PartName> parts;
  std::optional<ClauseId> clause;
};

constexpr std::string_view filler_words[] = {
    "clauses", "clause", "cl", "cls", "sub-clause", "subclause", "conditions", "condition", "sections", "section", "sec", "articles", "article",
    "art", "paragraphs", "paragraph", "para", "paras", "sub-paragraph", "subparagraph", "of", "the", "this", "in", "to",
    "and", "s"};

std::optional<WrittenCitation> parse_written(std::string_view s) {
  WrittenCitation out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == ',' || c == ';' || c == '.' || c == '\t' || c == '-') {
      ++i;
      continue;
    }
    if (s.substr(i, 2) == "\xC2\xA7" || s.substr(i, 2) == "\xC2\xA0") {  // § and no-break space
      i += 2;
      continue;
    }
    if (ascii_is_digit(c) || c == '(' || lettered_number_at(s, i)) {
      std::optional<ClauseId> id = read_clause_id(s, i);
      if (!id || out.clause) return std::nullopt;  // two clause ids: not one citation
      out.clause = std::move(id);
      continue;
    }
    if (ascii_is_alpha(c)) {
      if (std::optional<PartName> part = read_part(s, i)) {
        out.parts.push_back(std::move(*part));
        continue;
      }
      std::size_t e = i;
      while (e < s.size() && (ascii_is_alpha(s[e]) || s[e] == '-')) ++e;
      const std::string word = ascii_lower(s.substr(i, e - i));
      if (std::find(std::begin(filler_words), std::end(filler_words), word) == std::end(filler_words)) {
        // "Article IV": a roman clause number after an Article or Section keyword.
        if (auto r = roman_value(word); r && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                                                          s.begin() + static_cast<std::ptrdiff_t>(e),
                                                          [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
          if (out.clause) return std::nullopt;
          out.clause = ClauseId{{*r}, {}};
          i = e;
          continue;
        }
        return std::nullopt;  // a word that is neither a part, a keyword nor a number
      }
      i = e;
      continue;
    }
    return std::nullopt;
  }
  if (out.parts.empty() && !out.clause) return std::nullopt;
  return out;
}

// A node's own identity: its enclosing parts (outermost first) and, unless it is a part
// itself, its clause id read from the last segment of its citation.
struct NodeIdentity {
  std::vector<PartName> parts;  // enclosing parts, and the node itself when it is a part
  std::optional<ClauseId> clause;
};

PartName part_of(const Clause& part) {
  std::size_t i = 0;
  std::optional<PartName> name = read_part(part.label, i);
  if (!name) return PartName{ascii_lower(part.label), "", ""};
  return *name;
}

NodeIdentity identity_of(const DocumentStructure& structure, int index) {
  NodeIdentity identity;
  const Clause& node = structure.clauses[static_cast<std::size_t>(index)];
  for (int up = index; up >= 0; up = structure.clauses[static_cast<std::size_t>(up)].parent) {
    const Clause& c = structure.clauses[static_cast<std::size_t>(up)];
    if (c.kind == ClauseKind::part) identity.parts.insert(identity.parts.begin(), part_of(c));
  }
  if (node.kind != ClauseKind::part) {
    // The " [2]" that tells a repeated citation apart is not part of what people write.
    std::string unmarked;
    for (std::size_t i = 0; i < node.citation.size(); ++i) {
      if (node.citation.compare(i, 2, " [") == 0) {
        const std::size_t close = node.citation.find(']', i);
        if (close != std::string::npos) {
          i = close;
          continue;
        }
      }
      unmarked.push_back(node.citation[i]);
    }
    std::string_view tail = unmarked;
    if (const std::size_t comma = tail.rfind(", "); comma != std::string_view::npos) tail = tail.substr(comma + 2);
    // "Section 4" and "Article IV" cite by their number; "§4.2" by what follows the sign.
    std::size_t i = 0;
    while (i < tail.size() && !ascii_is_digit(tail[i]) && tail[i] != '(' && !lettered_number_at(tail, i)) ++i;
    if (i < tail.size()) {
      if (auto id = read_clause_id(tail, i)) identity.clause = std::move(*id);
    } else if (auto r = roman_value(tail.substr(tail.rfind(' ') == std::string_view::npos ? 0 : tail.rfind(' ') + 1))) {
      identity.clause = ClauseId{{*r}, {}};
    }
  }
  return identity;
}

bool matches(const WrittenCitation& written, const NodeIdentity& node) {
  if (written.clause.has_value() != node.clause.has_value()) return false;
  if (written.clause && !(*written.clause == *node.clause)) return false;
  if (!written.clause) {
    // A part alone: the node is the last part written, inside the others.
    if (node.parts.empty() || !same_part(written.parts.back(), node.parts.back())) return false;
  }
  return std::all_of(written.parts.begin(), written.parts.end(), [&](const PartName& p) {
    return std::any_of(node.parts.begin(), node.parts.end(), [&](const PartName& n) { return same_part(p, n); });
  });
}

}  // namespace

CitationMatch resolve_citation(const DocumentStructure& structure, std::string_view written) {
  CitationMatch result;
  if (int exact = structure.find_citation(written); exact >= 0) {
    result.status = CitationMatch::Status::found;
    result.clause = exact;
    result.candidates = {exact};
    return result;
  }
  std::optional<WrittenCitation> parsed = parse_written(written);
  if (!parsed) return result;
  std::vector<int> closest;  // the candidates inside the fewest parts
  std::size_t fewest_parts = 0;
  for (bool retry = true; retry;) {
    for (std::size_t k = 0; k < structure.clauses.size(); ++k) {
      const NodeIdentity node = identity_of(structure, static_cast<int>(k));
      if (!matches(*parsed, node)) continue;
      result.candidates.push_back(static_cast<int>(k));
      if (closest.empty() || node.parts.size() < fewest_parts) {
        closest.clear();
        fewest_parts = node.parts.size();
      }
      if (node.parts.size() == fewest_parts) closest.push_back(static_cast<int>(k));
    }
    // "4(c)(1)" where the outline has no such item (its "(1)" items were not taken as a
    // list): the clause that holds it, "4(c)".
    retry = closest.empty() && parsed->clause && !parsed->clause->enumerators.empty() &&
            ascii_is_digit(parsed->clause->enumerators.back().front());
    if (retry) parsed->clause->enumerators.pop_back();
  }
  if (closest.size() == 1) {
    result.status = CitationMatch::Status::found;
    result.clause = closest.front();
  } else if (!closest.empty()) {
    result.status = CitationMatch::Status::ambiguous;
  }
  return result;
}

}  // namespace clausecheck
