#include "definitions.h"

#include "clausecheck/ascii_case.h"
#include "inline_space.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "clause_label.h"
#include "sentence_splitter.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

constexpr std::size_t max_term_bytes = 80;
constexpr std::size_t max_term_words = 8;
constexpr std::size_t max_definition_blocks = 40;  // a meaning longer than this is a parse error

// Opening quotes and the closing quote each expects: " " “ ” ‘ ’. A double quote typed as
// two single ones (‘‘Employee” in an English service agreement, or ''Employee'') opens once,
// so the term does not start with a stray quote.
std::size_t opening_quote(std::string_view s, std::size_t i, std::string_view& closing) {
  if (s.substr(i, 6) == "\xE2\x80\x98\xE2\x80\x98") {  // ‘‘
    closing = "\xE2\x80\x99\xE2\x80\x99";
    return 6;
  }
  if (s.substr(i, 2) == "''") {
    closing = "''";
    return 2;
  }
  if (i < s.size() && s[i] == '"') {
    closing = "\"";
    return 1;
  }
  if (s.substr(i, 3) == "\xE2\x80\x9C") {  // “
    closing = "\xE2\x80\x9D";
    return 3;
  }
  if (s.substr(i, 3) == "\xE2\x80\x98") {  // ‘
    closing = "\xE2\x80\x99";
    return 3;
  }
  // A straight single quote, as typed in many agreements ("the Distributor ('Distributor')",
  // 'Services' means): it opens only before a capital and after no letter or digit, so an
  // apostrophe ("Supplier's", "parties'") never opens a term.
  if (i < s.size() && s[i] == '\'' && i + 1 < s.size() && ascii_is_upper(s[i + 1]) &&
      (i == 0 || !ascii_is_alnum(s[i - 1]))) {
    closing = "'";
    return 1;
  }
  return 0;
}

struct QuotedTerm {
  std::size_t begin = 0;  // of the opening quote, relative to the string scanned
  std::size_t end = 0;    // one past the closing quote
  std::string_view term;
};

// The length of a quoted "we", "us", "our", "you" or "your" at s[i], or 0.
std::size_t quoted_pronoun_at(std::string_view s, std::size_t i) {
  std::string_view closing;
  const std::size_t open = opening_quote(s, i, closing);
  if (open == 0) return 0;
  for (std::string_view pronoun : {"we", "us", "our", "ours", "you", "your", "yours"}) {
    if (!starts_with_ignoring_ascii_case(s, i + open, pronoun)) continue;
    const std::size_t after = i + open + pronoun.size();
    for (std::string_view close : {closing, std::string_view("\""), std::string_view("\xE2\x80\x9D")}) {
      if (s.substr(after, close.size()) == close) return after + close.size() - i;
    }
  }
  return 0;
}

bool plausible_term(std::string_view term) {
  if (term.empty() || term.size() > max_term_bytes) return false;
  if (trim_inline_spaces(term).size() != term.size()) return false;
  const unsigned char first = static_cast<unsigned char>(term.front());
  if (!(ascii_is_upper(term.front()) || ascii_is_digit(first) || first >= 0x80)) return false;
  std::size_t words = 1;
  for (std::size_t i = 0; i < term.size();) {
    const std::size_t space = inline_space_length(term, i);
    words += space > 0 ? 1 : 0;
    i += std::max<std::size_t>(space, 1);
  }
  return words <= max_term_words;
}

// A quoted, capitalised term starting exactly at s[i]. Straight quotes also close curly ones
// (documents mix them: “Services").
std::optional<QuotedTerm> quoted_term_at(std::string_view s, std::size_t i) {
  std::string_view closing;
  const std::size_t open = opening_quote(s, i, closing);
  if (open == 0) return std::nullopt;
  const std::size_t start = i + open;
  const std::size_t limit = std::min(s.size(), start + max_term_bytes + 3);
  for (std::size_t j = start; j < limit; ++j) {
    std::size_t close = 0;
    if (s.substr(j, closing.size()) == closing) {
      // A straight single quote closes only where no letter follows: "Supplier's" goes on.
      if (closing == "'" && j + 1 < s.size() && ascii_is_alpha(s[j + 1])) continue;
      close = closing.size();
    }
    else if (s[j] == '"') close = 1;
    else if (s.substr(j, 3) == "\xE2\x80\x9D") close = 3;
    if (close == 0) continue;
    std::string_view term = s.substr(start, j - start);
    // ("the Contractor"): the article is inside the quotes, the term is "Contractor".
    if (term.size() > 4 && (term.substr(0, 4) == "the " || term.substr(0, 4) == "The ") && ascii_is_upper(term[4])) {
      term.remove_prefix(4);
    }
    // ("Servicing Agent," "you" or "your"): American usage sets the comma inside the quotes;
    // it is not part of the term.
    // The sentence's full stop too: `Hereinafter referred to as "Contractor."`.
    while (!term.empty() && (term.back() == ',' || term.back() == ';' || term.back() == '.')) term.remove_suffix(1);
    if (!plausible_term(term)) return std::nullopt;
    return QuotedTerm{i, j + close, term};
  }
  return std::nullopt;
}

// A term whose closing quote the drafter left out, closed by the parenthesis itself: `Paul Silas
// ("Celebrity), an individual`. `inside` is the parenthesis's content; only a quote that opens
// it, with nothing after the term, is read, so a quote opening a longer aside is not.
std::optional<QuotedTerm> unclosed_quoted_term(std::string_view inside, std::size_t i) {
  std::string_view closing;
  const std::size_t open = opening_quote(inside, i, closing);
  if (open == 0) return std::nullopt;
  std::string_view term = inside.substr(i + open);
  while (!term.empty() && (term.back() == ' ' || term.back() == ',')) term.remove_suffix(1);
  if (term.find('"') != std::string_view::npos || term.find('\'') != std::string_view::npos ||
      term.find("\xE2\x80") != std::string_view::npos || !plausible_term(term)) {
    return std::nullopt;
  }
  return QuotedTerm{i, inside.size(), term};
}

// The words that say "what follows is the meaning".
constexpr std::array<std::string_view, 9> meaning_verbs = {
    "means", "shall mean", "will mean", "mean", "has the meaning", "shall have the meaning", "have the meaning",
    "includes", "shall include"};

// A meaning verb at s[i]: how many bytes to skip to reach the meaning. "means" and "shall
// mean" are skipped; "has the meaning given in clause 1.1" keeps its words, since they are
// the definition (skip 0, found).
struct MeaningVerb {
  bool found = false;
  std::size_t skip = 0;
};

MeaningVerb meaning_verb_at(std::string_view s, std::size_t i) {
  for (std::string_view verb : meaning_verbs) {
    const std::size_t after = i + verb.size();
    if (starts_with_ignoring_ascii_case(s, i, verb) &&
        (after >= s.size() || !ascii_is_alpha(s[after]))) {
      if (verb.find("meaning") != std::string_view::npos) return {true, 0};
      return {true, skip_inline_spaces(s, i + verb.size()) - i};
    }
  }
  return {};
}

bool is_definitions_heading(std::string_view heading) {
  const std::string h = ascii_lower(heading);
  return h.find("definition") != std::string::npos || h.find("interpretation") != std::string::npos ||
         h.find("defined terms") != std::string::npos;
}

bool announces_definitions(std::string_view text) {
  const std::string t = ascii_lower(text);
  return t.find("following meaning") != std::string::npos || t.find("following definitions") != std::string::npos ||
         t.find("following words and expressions") != std::string::npos;
}

struct Range {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

class DefinitionFinder {
 public:
  DefinitionFinder(const Document& document, const DocumentStructure& structure)
      : document_(document), structure_(structure) {
    // Clauses whose text (or an ancestor's heading) says it defines terms.
    in_definitions_.assign(structure.clauses.size(), false);
    for (std::size_t k = 0; k < structure.clauses.size(); ++k) {
      const Clause& c = structure.clauses[k];
      bool defines = is_definitions_heading(c.heading);
      if (!defines) {
        std::string_view body = std::string_view(document.text).substr(c.begin, c.body_end - c.begin);
        defines = announces_definitions(body.substr(0, 600));
      }
      if (c.parent >= 0 && in_definitions_[static_cast<std::size_t>(c.parent)]) defines = true;
      in_definitions_[k] = defines;
    }
  }

  std::vector<Definition> find() {
    const std::size_t n = document_.blocks.size();
    bool announced = false;  // the text before the first clause announced a definitions list
    for (std::size_t i = 0; i < n; ++i) {
      const Block& block = document_.blocks[i];
      std::string_view text = document_.block_text(block);
      const int clause = structure_.clause_at(block.begin);
      if (clause < 0 && announces_definitions(text)) announced = true;
      const bool listing = (clause >= 0 && in_definitions_[static_cast<std::size_t>(clause)]) ||
                           (clause < 0 && announced) || block.kind == BlockKind::table_cell;
      if (listing && !block.continues_paragraph) {
        if (std::optional<std::size_t> last = list_entry(i, clause)) {
          for (std::size_t k = i; k <= *last; ++k) inline_definitions(k, clause);
          row_floor_ = *last;
          i = *last;
          continue;
        }
      } else if (!block.continues_paragraph) {
        quoted_means_anywhere(i, clause);
      }
      inline_definitions(i, clause);
      if (!listing || ends_row(text) || i == 0) row_floor_ = i;
    }
    std::stable_sort(definitions_.begin(), definitions_.end(),
                     [](const Definition& a, const Definition& b) { return a.begin < b.begin; });
    return std::move(definitions_);
  }

 private:
  bool starts_with_label(const Block& block) const {
    if (!block.label.empty()) return true;
    auto label = parse_leading_label(document_.block_text(block));
    return label && !label->is_part();
  }

  // The block's text after its clause label, if it starts with one ("1.1 "Term" means").
  std::size_t text_start(const Block& block, std::string_view text) const {
    if (!block.label.empty()) return skip_inline_spaces(text, 0);
    if (auto label = parse_leading_label(text); label && !label->is_part()) return skip_inline_spaces(text, label->length);
    return skip_inline_spaces(text, 0);
  }

  // The paragraph that starts at block i: it and the blocks that continue it.
  std::size_t paragraph_end_block(std::size_t i) const {
    std::size_t j = i;
    while (j + 1 < document_.blocks.size() && document_.blocks[j + 1].continues_paragraph &&
           j - i < max_definition_blocks) {
      ++j;
    }
    return j;
  }

  void add(std::string_view term, std::uint32_t begin, std::uint32_t meaning_begin, std::uint32_t end, int clause,
           bool inline_definition) {
    add(term, begin, {{meaning_begin, std::max(meaning_begin, end)}}, end, clause, inline_definition);
  }

  // The meaning is read from `pieces` of the text (the lines of a row, in reading order);
  // the definition's span is [begin, end).
  void add(std::string_view term, std::uint32_t begin, const std::vector<Range>& pieces, std::uint32_t end, int clause,
           bool inline_definition = false) {
    Definition d;
    d.term = std::string(term);
    d.normalised_term = normalise_string(term);
    std::string meaning;
    // Wrapped lines are joined with one space, and a run of the spaces the normaliser reads
    // as white space (a no-break space as much as a space) is one space; invisible characters
    // are dropped, so they never split a word. Trailing ";" or "; and" ends a list entry.
    bool space = false;
    for (const Range& piece : pieces) {
      std::string_view raw = std::string_view(document_.text).substr(piece.begin, piece.end - std::min(piece.end, piece.begin));
      space = !meaning.empty();
      for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] == '\n') {
          space = !meaning.empty();
          ++i;
          continue;
        }
        if (const std::size_t length = inline_space_length(raw, i)) {
          if (!is_invisible_at(raw, i)) space = !meaning.empty();
          i += length;
          continue;
        }
        if (space) meaning.push_back(' ');
        space = false;
        meaning.push_back(raw[i++]);
      }
    }
    for (std::string_view tail : {std::string_view("; and"), std::string_view("; or"), std::string_view(";"),
                                  std::string_view(",")}) {
      if (meaning.size() >= tail.size() && meaning.compare(meaning.size() - tail.size(), tail.size(), tail) == 0) {
        meaning.resize(meaning.size() - tail.size());
        break;
      }
    }
    d.definition = std::move(meaning);
    d.clause = clause;
    d.page = document_.page_at(begin);
    d.begin = begin;
    d.end = end;
    d.inline_definition = inline_definition;
    definitions_.push_back(std::move(d));
  }

  // `"Term" means …` at the start of a paragraph, outside a definitions list too: the
  // quoted form is unambiguous.
  void quoted_means_anywhere(std::size_t i, int clause) {
    const Block& block = document_.blocks[i];
    std::string_view text = document_.block_text(block);
    const std::size_t start = text_start(block, text);
    auto quoted = quoted_term_at(text, start);
    if (!quoted) return;
    std::size_t after = skip_inline_spaces(text, quoted->end);
    const MeaningVerb verb = meaning_verb_at(text, after);
    if (!verb.found) return;
    const std::size_t meaning = after + verb.skip;
    const std::size_t last = paragraph_end_block(i);
    add(quoted->term, block.begin + static_cast<std::uint32_t>(start), block.begin + static_cast<std::uint32_t>(meaning),
        document_.blocks[last].end, clause, false);
  }

  // One entry of a definitions list or table starting at block i: the last block it used,
  // or nullopt when the block is not an entry.
  std::optional<std::size_t> list_entry(std::size_t i, int clause) {
    const Block& block = document_.blocks[i];
    std::string_view text = document_.block_text(block);
    const std::size_t start = text_start(block, text);
    if (start >= text.size()) return std::nullopt;
    std::string_view term;
    std::size_t after = 0;
    if (auto quoted = quoted_term_at(text, start)) {
      term = quoted->term;
      after = quoted->end;
    } else {
      // Term means … : a capitalised phrase followed by a meaning verb.
      std::size_t j = start;
      std::size_t words = 0;
      while (j < text.size() && words < max_term_words) {
        if (!ascii_is_upper(text[j]) && !ascii_is_digit(text[j])) break;
        std::size_t w = j;
        while (w < text.size() && inline_space_length(text, w) == 0 && text[w] != ':') ++w;
        ++words;
        const std::size_t next = skip_inline_spaces(text, w);
        if (w < text.size() && text[w] == ':') {
          term = text.substr(start, w - start);
          after = w;
          break;
        }
        if (meaning_verb_at(text, next).found) {
          term = text.substr(start, w - start);
          after = next;
          break;
        }
        j = next;
      }
      // In a table the term cell stands alone: "Affected Party" | "the party seeking …".
      if (term.empty() && block.kind == BlockKind::table_cell) {
        const std::string_view whole = trim_inline_spaces(text.substr(start));
        if (plausible_term(whole) && whole != ascii_lower(whole) && !std::all_of(whole.begin(), whole.end(), [](char c) {
              return !ascii_is_lower(c);
            })) {
          term = whole;
          after = text.size();
        }
      }
      if (term.empty()) return std::nullopt;
    }
    std::size_t pos = skip_inline_spaces(text, after);
    if (pos < text.size() && (text[pos] == ':' || text[pos] == '-')) pos = skip_inline_spaces(text, pos + 1);
    if (text.substr(pos, 3) == "\xE2\x80\x93") pos = skip_inline_spaces(text, pos + 3);
    pos += meaning_verb_at(text, pos).skip;
    const auto term_begin = block.begin + static_cast<std::uint32_t>(start);

    if (block.kind == BlockKind::table_cell) {
      if (pos < text.size()) {
        add(term, term_begin, {{block.begin + static_cast<std::uint32_t>(pos), block.end}}, block.end, clause);
        return i;
      }
      // The term cell stands alone: its meaning is the next cell.
      if (i + 1 >= document_.blocks.size() || document_.blocks[i + 1].kind != BlockKind::table_cell) return std::nullopt;
      const Block& cell = document_.blocks[i + 1];
      std::string_view cell_text = document_.block_text(cell);
      std::size_t skip = skip_inline_spaces(cell_text, 0);
      skip += meaning_verb_at(cell_text, skip).skip;  // the meaning cell often repeats "means"
      if (skip < cell_text.size() && cell_text[skip] == ':') skip = skip_inline_spaces(cell_text, skip + 1);
      if (skip >= cell_text.size()) return std::nullopt;
      add(term, term_begin, {{cell.begin + static_cast<std::uint32_t>(skip), cell.end}}, cell.end, clause);
      return i + 1;
    }

    // A row of a definitions list runs to the line that ends with ";" or "." (or "; and").
    // In a two-column PDF the term sits in the middle of its row, so the row's first lines
    // come before the term's line: take the lines since the previous row ended.
    std::vector<Range> pieces;
    std::uint32_t span_begin = term_begin;
    const bool row_complete = ends_row(text);
    if (!row_complete || pos >= text.size()) {
      std::vector<std::size_t> before;
      for (std::size_t k = i; k > row_floor_ + 1 && k + 6 > i && before.size() < 6; --k) {
        const std::size_t prev = k - 1;
        const Block& b = document_.blocks[prev];
        std::string_view t = document_.block_text(b);
        const std::size_t s0 = skip_inline_spaces(t, 0);
        if (s0 >= t.size()) continue;
        if (ends_row(t) || quoted_term_at(t, s0) || !has_lower(t) || starts_clause(prev) ||
            structure_.clause_at(b.begin) != clause || b.kind == BlockKind::table_cell) {
          break;
        }
        before.push_back(prev);
      }
      for (auto it = before.rbegin(); it != before.rend(); ++it) {
        const Block& b = document_.blocks[*it];
        pieces.push_back({b.begin, b.end});
        span_begin = std::min(span_begin, b.begin);
      }
    }
    if (pos < text.size()) pieces.push_back({block.begin + static_cast<std::uint32_t>(pos), block.end});
    std::size_t last = i;
    if (!row_complete) {
      for (std::size_t j = i + 1; j < document_.blocks.size() && j - i <= max_definition_blocks; ++j) {
        const Block& next = document_.blocks[j];
        std::string_view t = document_.block_text(next);
        const std::size_t s0 = skip_inline_spaces(t, 0);
        if (s0 >= t.size()) continue;
        if (quoted_term_at(t, s0) || starts_clause(j) || structure_.clause_at(next.begin) != clause ||
            next.kind == BlockKind::table_cell) {
          break;
        }
        pieces.push_back({next.begin + static_cast<std::uint32_t>(j == i + 1 && pos >= text.size()
                                                                     ? s0 + meaning_verb_at(t, s0).skip
                                                                     : 0),
                          next.end});
        last = j;
        if (ends_row(t)) break;
      }
    }
    if (pieces.empty()) return std::nullopt;
    add(term, std::min(span_begin, term_begin), pieces, document_.blocks[last].end, clause);
    return last;
  }

  bool starts_clause(std::size_t block) const {
    const int c = structure_.clause_at(document_.blocks[block].begin);
    return c >= 0 && structure_.clauses[static_cast<std::size_t>(c)].begin == document_.blocks[block].begin;
  }

  static bool has_lower(std::string_view t) { return std::any_of(t.begin(), t.end(), ascii_is_lower); }

  // The line ends a list entry: "…;", "….", "…:", "…; and", "…; or".
  static bool ends_row(std::string_view t) {
    while (!t.empty()) {
      const std::size_t space = t.back() == '\r' ? 1 : inline_space_length_before(t, t.size());
      if (space == 0) break;
      t.remove_suffix(space);
    }
    if (t.empty()) return false;
    const char c = t.back();
    if (c == ';' || c == '.' || c == ':') return true;
    for (std::string_view tail : {std::string_view("; and"), std::string_view("; or"), std::string_view(", and")}) {
      if (t.size() >= tail.size() && t.substr(t.size() - tail.size()) == tail) return true;
    }
    return false;
  }

  // (the "Prime Contract"), ("Authority"), (hereinafter "X"), (each a "Party" and together
  // the "Parties"): a parenthesis holding only quoted terms and these linking words. A PDF
  // line is a block, so the parenthesis may close on the next line ("(the\n"Authority")")
  // and its defining words may start lines above it; both are read in the document text.
  void inline_definitions(std::size_t i, int clause) {
    const Block& block = document_.blocks[i];
    const std::string_view all = document_.text;
    std::string_view text = document_.block_text(block);
    // ("herein": "(referred to herein as "El Pollo Loco" or "Franchisor")", "(herein called …)".)
    static constexpr std::array<std::string_view, 21> fillers = {
        "the", "a", "an", "each", "together", "hereinafter", "collectively", "jointly", "severally", "individually",
        "referred", "to", "as", "and", "or", "called", "being", "both", "all", "hereafter", "herein"};
    std::size_t open = text.find('(');
    while (open != std::string_view::npos) {
      const std::size_t open_at = block.begin + open;
      const std::size_t close_at = all.find(')', open_at + 1);
      if (close_at == std::string_view::npos || close_at - open_at > 200) break;
      std::string_view inside = all.substr(open_at + 1, close_at - open_at - 1);
      std::vector<QuotedTerm> terms;
      bool only_fillers = true;
      std::string previous_word;
      std::size_t k = 0;
      while (k < inside.size() && only_fillers) {
        if (std::size_t space = inline_space_length(inside, k)) {
          k += space;
          continue;
        }
        if (inside[k] == ',' || inside[k] == ';' || inside[k] == '\n' || inside[k] == '\r') {
          ++k;
          continue;
        }
        if (auto q = quoted_term_at(inside, k)) {
          terms.push_back(*q);
          k = q->end;
          continue;
        }
        if (auto q = unclosed_quoted_term(inside, k)) {
          terms.push_back(*q);
          k = q->end;
          continue;
        }
        // (the "Supplier", "we" or "us"): pronouns a party is called are not terms, but do
        // not stop the parenthesis from defining one (party_roles.cpp reads them).
        if (std::size_t pronoun = quoted_pronoun_at(inside, k)) {
          k += pronoun;
          continue;
        }
        std::size_t w = k;
        while (w < inside.size() && ascii_is_alpha(inside[w])) ++w;
        const std::string word = ascii_lower(inside.substr(k, w - k));
        // ("Athlete" and together with Wade Enterprises, collectively "Wade"): the party the
        // new term joins is named after "together with", up to the comma or the next term.
        // The party with its group, the same way: "Tri City National Bank, a Wisconsin corporation
        // (including its Affiliates, "Customer")".
        // ("Network Affiliate" and with NCM, each a "Party" ...) the same way.
        if (word == "including" ||
            (word == "with" && (previous_word == "together" || previous_word == "collectively" || previous_word == "and"))) {
          std::string_view closing;
          while (w < inside.size() && inside[w] != ',' && opening_quote(inside, w, closing) == 0) ++w;
          previous_word.clear();
          k = w;
          continue;
        }
        only_fillers = w > k && std::find(fillers.begin(), fillers.end(), word) != fillers.end();
        previous_word = word;
        k = w;
      }
      if (only_fillers && !terms.empty()) {
        const std::size_t from = defining_words_start(i, open_at);
        for (const QuotedTerm& q : terms) {
          add(q.term, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(from),
              static_cast<std::uint32_t>(std::max(open_at, from)), clause, true);
          Definition& d = definitions_.back();
          d.end = static_cast<std::uint32_t>(close_at + 1);
        }
      }
      if (close_at >= block.end) break;  // the rest of the block is inside this parenthesis
      open = text.find('(', close_at - block.begin + 1);
    }
    hereinafter_definitions(i, clause);
  }

  // The same without a parenthesis, as translated contracts write it: `JSC NOC KazakhOil,
  // hereinafter referred to as the "Company", in the person of ...`, and as many US ones do:
  // `Cano Petroleum, Inc., …, referred to in this agreement as "Sponsor" or "Cano"`, `(on
  // behalf of itself and its Affiliates, individually and collectively referred to as
  // "Bellicum")`. Only after these leads, so an ordinary quoted word in a sentence is not
  // taken for a definition; a lead that opens a parenthesis of linking words only was read
  // by inline_definitions.
  void hereinafter_definitions(std::size_t i, int clause) {
    const Block& block = document_.blocks[i];
    const std::string_view text = document_.block_text(block);
    // Each lead ends in a space or a line break: a PDF's line may end at "Hereinafter referred
    // to as" and the term start the next ("\u201cCustomer\u201d").
    static constexpr std::array<std::string_view, 8> leads = {
        "hereinafter referred to as", "hereinafter referred to", "hereinafter called", "hereinafter",
        "referred to in this agreement as", "referred to herein as", "referred to as", "hereafter referred to as"};
    for (std::size_t at = 0; at < text.size(); ++at) {
      std::size_t k = at;
      bool found = false;
      std::string_view matched_lead;
      for (std::string_view lead : leads) {
        const std::size_t after = at + lead.size();
        if (starts_with_ignoring_ascii_case(text, at, lead) && (after == text.size() || text[after] == ' ' || text[after] == '\n')) {
          k = after;
          while (k < text.size() && (text[k] == ' ' || text[k] == '\n')) ++k;
          matched_lead = lead;
          found = true;
          break;
        }
      }
      if (!found) continue;
      if (at > 0 && (text[at - 1] == '(' || ascii_is_alpha(text[at - 1]))) {
        at = k - 1;  // read with its parenthesis, or a word ending in "…referred": skip the lead
        continue;
      }
      const std::size_t at_document = block.begin + at;
      // The names joined before the lead sit within a parenthesis's reach of it.
      const std::size_t reach = at > 300 ? at - 300 : 0;
      if (names_defined_together(text.substr(reach, at - reach))) {
        at = k - 1;
        continue;
      }
      // Two parties named this way in one sentence: the second's words start after the first's
      // name ("… referred to as "Company" or "Boyd", and Cano Petroleum, Inc., …").
      const std::size_t previous_end =
          !definitions_.empty() && definitions_.back().end <= at_document ? definitions_.back().end : 0;
      const std::size_t from = defining_words_start(i, at_document, previous_end);
      const std::size_t first_new = definitions_.size();
      // The term on the next line, a block of its own in a PDF's layout: `… Israel. Hereinafter
      // referred to as` / `"Customer"`.
      // Only a lead that names ("… referred to as", "… called") and a line that is the term alone:
      // "… as set out hereinafter" before a definitions list's entry is no party's name.
      if (k >= text.size() && matched_lead != "hereinafter") {
        std::size_t following = i + 1;  // the next line with words on it
        while (following < document_.blocks.size() && skip_inline_spaces(document_.block_text(document_.blocks[following]), 0) >=
                                                          document_.block_text(document_.blocks[following]).size()) {
          ++following;
        }
        if (following >= document_.blocks.size()) continue;
        const Block& next_block = document_.blocks[following];
        const std::string_view next_text = document_.block_text(next_block);
        std::size_t n = skip_inline_spaces(next_text, 0);
        if (starts_with_ignoring_ascii_case(next_text, n, "as ")) n = skip_inline_spaces(next_text, n + 3);  // "… referred to" / "as …"
        if (starts_with_ignoring_ascii_case(next_text, n, "the ")) n += 4;
        const std::optional<QuotedTerm> q = quoted_term_at(next_text, n);
        std::size_t rest = 0;  // what follows the term on its line: a full stop at most
        for (std::size_t r = q ? q->end : 0; q && r < next_text.size(); ++r) rest += !ascii_is_space(next_text[r]);
        const bool alone = q && rest <= 1;
        if (alone && !already_defined_at(q->term, next_block.begin + q->begin)) {
          add(q->term, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(from),
              static_cast<std::uint32_t>(std::max(at_document, from)), clause, true);
          definitions_.back().end = static_cast<std::uint32_t>(next_block.begin + q->end);
        }
        continue;
      }
      for (;;) {
        if (starts_with_ignoring_ascii_case(text, k, "the ")) k += 4;
        const std::optional<QuotedTerm> q = quoted_term_at(text, k);
        if (!q) break;
        if (!already_defined_at(q->term, block.begin + q->begin)) {
          add(q->term, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(from),
              static_cast<std::uint32_t>(std::max(at_document, from)), clause, true);
        }
        // The names given together end together, as those of one parenthesis do: they name
        // one party.
        for (std::size_t d = first_new; d < definitions_.size(); ++d) {
          definitions_[d].end = static_cast<std::uint32_t>(block.begin + q->end);
        }
        at = k = q->end;
        // `as "Company" or "Boyd"`: a second name for the same party.
        std::size_t next = skip_inline_spaces(text, k);
        if (next < text.size() && text[next] == ',') next = skip_inline_spaces(text, next + 1);
        bool joined = false;
        for (std::string_view joiner : {"or ", "and "}) {
          if (starts_with_ignoring_ascii_case(text, next, joiner)) {
            next += joiner.size();
            joined = true;
            break;
          }
        }
        if (!joined) break;
        k = next;
      }
    }
  }

  // `before` ends with two or more names joined as one: "("Roche US"; Roche Basel and Roche US
  // together referred to as "Roche")" names two parties at once, not a third.
  bool names_defined_together(std::string_view before) const {
    const std::size_t open = before.find_last_of("(;");
    if (open == std::string_view::npos) return false;
    std::string_view rest = before.substr(open + 1);
    while (!rest.empty() && !ascii_is_alpha(rest.back())) rest.remove_suffix(1);
    for (std::string_view together : {" together", " collectively", " jointly"}) {
      if (rest.ends_with(together)) rest.remove_suffix(together.size());
    }
    std::size_t parts = 0;
    while (!rest.empty()) {
      while (!rest.empty() && !ascii_is_alpha(rest.front())) rest.remove_prefix(1);
      std::size_t cut = rest.find(" and ");
      std::string_view part = rest.substr(0, cut);
      if (part.starts_with("the ")) part.remove_prefix(4);
      if (!is_name(part)) return false;
      ++parts;
      rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 5);
    }
    return parts >= 2;
  }

  // Every word of `part` is capitalised: "Roche Basel", not "on behalf of itself".
  static bool is_name(std::string_view part) {
    if (part.empty()) return false;
    for (std::size_t at = 0; at < part.size();) {
      if (!ascii_is_upper(part[at])) return false;
      const std::size_t space = part.find(' ', at);
      if (space == std::string_view::npos) break;
      at = space + 1;
    }
    return true;
  }

  // A definition of `term` that already covers the quoted term at document offset `quote_at`
  // (the parenthesis "(collectively referred to as "Parties")" was read as a whole).
  // Such a parenthesis was read just before, with this block: only the last few definitions
  // are looked at, so a text of many definitions stays linear.
  bool already_defined_at(std::string_view term, std::size_t quote_at) const {
    const std::size_t recent = std::min<std::size_t>(definitions_.size(), 8);
    return std::any_of(definitions_.end() - static_cast<std::ptrdiff_t>(recent), definitions_.end(),
                       [&](const Definition& d) { return d.term == term && d.end > quote_at && d.begin <= quote_at; });
  }

  // The full stop just before `after` ends a sentence: a space or line break follows it, and
  // it closes no abbreviation ("P.O. Box", "Inc.") and does not run on into a number or a
  // lower-case word ("Friedrich-Ebert-Str. 68", "4061 Glencoe Ave. in Marina del Rey"), as
  // the addresses of a parties clause write them, and is no initial ("R. C. Boyd").
  static bool ends_sentence(std::string_view all, std::size_t after) {
    if (after >= all.size() || (inline_space_length(all, after) == 0 && all[after] != '\n')) return false;
    if (ends_with_abbreviation(all.substr(0, after))) return false;
    // An initial: "R. C. Boyd Enterprises, LLC".
    if (after >= 2 && ascii_is_upper(all[after - 2]) && (after == 2 || !ascii_is_alpha(all[after - 3]))) return false;
    const std::size_t next = skip_inline_spaces(all, after);
    return next >= all.size() || !(ascii_is_digit(all[next]) || ascii_is_lower(all[next]));
  }

  // Where the defining words of an inline definition start: back from its "(" (at document
  // offset `open_at`, in block i) to the start of its sentence or list item. The walk
  // crosses into earlier lines of the same paragraph ("(1) ACME LIMITED, … whose
  // registered office is at 40 Canal\nStreet, Leeds (the "Contractor")"), at most
  // max_defining_blocks of them; it stops after ";", ":", ")" or a full stop, and at a
  // line that starts with a clause or list label. It goes no further back than `stop_at`
  // (the end of the definition before, when there is one).
  std::size_t defining_words_start(std::size_t i, std::size_t open_at, std::size_t stop_at = 0) const {
    constexpr std::size_t max_defining_blocks = 6;
    const std::string_view all = document_.text;
    std::size_t j = i;
    std::size_t from = open_at;
    for (;;) {
      const Block& b = document_.blocks[j];
      const std::size_t floor = b.begin + text_start(b, document_.block_text(b));
      if (stop_at > floor && stop_at <= from) {
        while (from > stop_at) {
          const char c = all[from - 1];
          if (c == ';' || c == ':' || c == ')' || (c == '.' && ends_sentence(all, from))) break;
          --from;
        }
        if (from == stop_at) return skip_inline_spaces(all, from);
      }
      while (from > floor) {
        const char c = all[from - 1];
        if (c == ';' || c == ':' || c == ')' || (c == '.' && ends_sentence(all, from))) {
          return skip_inline_spaces(all, from);
        }
        --from;
      }
      if (starts_with_label(b) || j == 0 || i - j >= max_defining_blocks || !b.continues_paragraph ||
          ends_row(document_.block_text(document_.blocks[j - 1]))) {
        return skip_inline_spaces(all, floor);
      }
      --j;
      from = document_.blocks[j].end;
    }
  }

  const Document& document_;
  const DocumentStructure& structure_;
  std::vector<bool> in_definitions_;
  std::size_t row_floor_ = 0;  // the block where the last definitions-list row ended
  std::vector<Definition> definitions_;
};

}  // namespace

std::vector<Definition> find_definitions(const Document& document, const DocumentStructure& structure) {
  return DefinitionFinder(document, structure).find();
}

}  // namespace clausecheck
