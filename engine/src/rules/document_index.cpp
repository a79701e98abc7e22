#include "rules/document_index.h"

#include <algorithm>
#include <bit>
#include <iterator>

#include "clausecheck/ascii_case.h"
#include "rules/phrase_tokens.h"

namespace clausecheck::rules {
namespace {

// A party's name as the text writes it, plain and in the possessive: "Supplier", "Supplier's",
// "Suppliers'" (the last word of a longer name only).
std::array<std::string, 3> name_forms(const std::string& word) { return {word, word + "'s", word + "'"}; }

// Ranges that tile [0, token_count): the given ranges, sorted, with any tokens between or
// around them as ranges of their own, so that no token is outside every unit.
std::vector<TokenRange> tile(std::vector<TokenRange> ranges, std::uint32_t token_count) {
  std::sort(ranges.begin(), ranges.end(), [](TokenRange a, TokenRange b) { return a.first < b.first; });
  std::vector<TokenRange> tiled;
  std::uint32_t next = 0;
  for (TokenRange range : ranges) {
    range.first = std::max(range.first, next);
    range.end = std::min(range.end, token_count);
    if (range.first >= range.end) continue;
    if (range.first > next) tiled.push_back({next, range.first});
    tiled.push_back(range);
    next = range.end;
  }
  if (next < token_count) tiled.push_back({next, token_count});
  return tiled;
}

TokenRange containing(const std::vector<TokenRange>& ranges, std::uint32_t token) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), token,
                             [](std::uint32_t t, const TokenRange& r) { return t < r.first; });
  if (it == ranges.begin()) return {token, token + 1};
  --it;
  return token < it->end ? *it : TokenRange{token, token + 1};
}

}  // namespace

DocumentIndex::DocumentIndex(const AnalysedDocument& document, Deadline deadline)
    : document_(document), deadline_(deadline) {
  const NormalisedText& text = document.text;
  token_ids_.reserve(text.tokens.size());
  // The words of a table of contents are one word no pattern names (the empty word), so
  // "14.1 Press Announcements ..... 42" matches nothing while the clause it lists does.
  std::vector<TextSpan> contents = document.structure.contents;
  std::sort(contents.begin(), contents.end(), [](TextSpan a, TextSpan b) { return a.begin < b.begin; });
  auto next_contents = contents.begin();
  for (const Token& token : text.tokens) {
    while (next_contents != contents.end() && next_contents->end <= token.begin) ++next_contents;
    const bool in_contents = next_contents != contents.end() && next_contents->begin <= token.begin;
    const std::string_view word = in_contents ? std::string_view() : text.token_text(token);
    auto [it, inserted] = ids_.emplace(word, static_cast<std::uint32_t>(positions_.size()));
    if (inserted) positions_.emplace_back();
    positions_[it->second].push_back(static_cast<std::uint32_t>(token_ids_.size()));
    token_ids_.push_back(it->second);
  }
  vocabulary_.assign(ids_.begin(), ids_.end());
  std::sort(vocabulary_.begin(), vocabulary_.end());

  mark_defined_terms();
  mark_role_names();

  std::vector<TokenRange> sentence_ranges;
  for (const Sentence& s : text.sentences) sentence_ranges.push_back({s.first_token, s.end_token});
  sentences_ = tile(std::move(sentence_ranges), token_count());

  std::vector<TokenRange> section_ranges;
  for (int root : document.structure.roots) section_ranges.push_back(clause_tokens(root));
  sections_ = tile(std::move(section_ranges), token_count());
}

// Every definition's term goes into a trie of word ids, and the text is walked once: from
// each token, as far down the trie as the following tokens lead. The cost is the number of
// tokens times the length of the longest term matched, however many definitions share a
// first word ("Service Level 1" … "Service Level 30000"), where searching each term's
// occurrences separately cost definitions x occurrences.
void DocumentIndex::mark_defined_terms() {
  terms_.assign(token_ids_.size(), {});
  struct Node {
    int definition = -1;  // the first definition whose term ends here
    std::uint32_t depth = 0;
  };
  std::vector<Node> nodes(1);  // node 0: the root
  std::unordered_map<std::uint64_t, std::uint32_t> children;  // (node << 32 | word id) -> node
  const auto child_key = [](std::uint32_t node, std::uint32_t id) { return (std::uint64_t{node} << 32) | id; };
  const auto& definitions = document_.structure.definitions;
  for (std::size_t d = 0; d < definitions.size(); ++d) {
    const PhraseTokens term = phrase_tokens(definitions[d].term);
    if (term.tokens.empty()) continue;
    std::vector<std::uint32_t> ids;
    for (const auto& token : term.tokens) {
      auto it = ids_.find(token.text);
      if (it == ids_.end()) break;  // a word the text never uses: the term never occurs
      ids.push_back(it->second);
    }
    if (ids.size() != term.tokens.size()) continue;
    std::uint32_t node = 0;
    for (std::uint32_t id : ids) {
      auto [it, inserted] = children.emplace(child_key(node, id), static_cast<std::uint32_t>(nodes.size()));
      if (inserted) nodes.push_back({-1, nodes[node].depth + 1});
      node = it->second;
    }
    if (nodes[node].definition < 0) nodes[node].definition = static_cast<int>(d);  // a repeated term: the first wins
  }
  if (nodes.size() == 1) return;
  const std::uint32_t count = token_count();
  std::uint32_t steps = 0;
  for (std::uint32_t start = 0; start < count; ++start) {
    deadline_.check_every(steps);
    std::uint32_t node = 0;
    for (std::uint32_t t = start; t < count; ++t) {
      auto it = children.find(child_key(node, token_ids_[t]));
      if (it == children.end()) break;
      node = it->second;
      if (nodes[node].definition >= 0) terms_[start] = {nodes[node].definition, nodes[node].depth};  // longer wins
    }
  }
}

void DocumentIndex::mark_role_names() {
  const std::uint32_t count = token_count();
  auto the = ids_.find("the");
  for (std::size_t r = 0; r < party_role_count; ++r) {
    const RoleBinding& binding = document_.parties.roles[r];
    std::vector<std::uint8_t>& lengths = role_lengths_[r];
    for (const std::string& name : binding.names) {
      PhraseTokens tokens = phrase_tokens(name);
      if (tokens.tokens.empty() || tokens.tokens.size() + 1 > max_role_tokens) continue;
      const std::string last = tokens.tokens.back().text;
      // The one-word names of a party the document itself names, for the fixed words that
      // give way to them (WordSet::except_role_names).
      if (tokens.tokens.size() == 1 && binding.named_by_document()) {
        for (const std::string& form : name_forms(last)) {
          if (auto it = ids_.find(form); it != ids_.end()) one_word_name_ids_[r].push_back(it->second);
        }
      }
      // The possessive as the tokeniser cuts it: "Supplier's" is one word, but "D2'S" is two
      // ("d2", "'s"), so each form is the whole name with its ending, tokenised again.
      std::vector<PhraseTokens> forms;
      for (const std::string& ending : name_forms(last)) {
        tokens.tokens.back().text = ending;
        forms.push_back(tokens);
      }
      // (A name that ends in a letter keeps its possessive in one word: no need to tokenise
      // again, which costs a normalisation pass per name.)
      const bool ends_in_letter = !name.empty() && ascii_is_alpha(name.back());
      for (std::string_view suffix : {"'s", "'"}) {
        if (ends_in_letter) break;
        PhraseTokens retokenised = phrase_tokens(name + std::string(suffix));
        if (retokenised.tokens.size() != tokens.tokens.size() && !retokenised.tokens.empty() &&
            retokenised.tokens.size() + 1 <= max_role_tokens) {
          forms.push_back(std::move(retokenised));
        }
      }
      for (const PhraseTokens& form : forms) {
        std::vector<std::uint32_t> ids;
        for (const auto& token : form.tokens) {
          auto it = ids_.find(token.text);
          if (it == ids_.end()) break;
          ids.push_back(it->second);
        }
        if (ids.size() != form.tokens.size()) continue;
        if (lengths.empty()) lengths.assign(count, 0);
        for (std::uint32_t start : positions_[ids[0]]) {
          if (start + ids.size() > count) continue;
          if (!std::equal(ids.begin(), ids.end(), token_ids_.begin() + start)) continue;
          lengths[start] = std::max<std::uint8_t>(lengths[start], static_cast<std::uint8_t>(ids.size()));
        }
      }
    }
    std::sort(one_word_name_ids_[r].begin(), one_word_name_ids_[r].end());
    one_word_name_ids_[r].erase(std::unique(one_word_name_ids_[r].begin(), one_word_name_ids_[r].end()),
                                one_word_name_ids_[r].end());
    if (lengths.empty() || the == ids_.end()) continue;
    // "the Supplier": the article belongs to the mention, so a match's span includes it.
    for (std::uint32_t t : positions_[the->second]) {
      if (t + 1 < count && lengths[t + 1] > 0 && lengths[t] == 0) {
        lengths[t] = static_cast<std::uint8_t>(lengths[t + 1] + 1);
      }
    }
  }
  drop_names_inside_other_roles();
}

// A name that is the tail of another role's longer name is that other party: "Provider" in
// "the Lead Provider" (the counterparty) is not a mention of the provider, nor "Contractor"
// in "Main Contractor". Each role keeps only the starts that no other role's mention,
// starting earlier, already covers.
void DocumentIndex::drop_names_inside_other_roles() {
  const std::uint32_t count = token_count();
  std::array<std::vector<std::uint32_t>, party_role_count> covered_until;  // per role: end of the mention covering each token
  for (std::size_t r = 0; r < party_role_count; ++r) {
    const std::vector<std::uint8_t>& lengths = role_lengths_[r];
    if (lengths.empty()) continue;
    covered_until[r].assign(count, 0);
    std::uint32_t end = 0;
    for (std::uint32_t t = 0; t < count; ++t) {
      if (lengths[t] > 0) end = std::max(end, t + lengths[t]);
      covered_until[r][t] = end;  // a mention starting at or before t reaches `end`
    }
  }
  for (std::size_t r = 0; r < party_role_count; ++r) {
    std::vector<std::uint8_t>& lengths = role_lengths_[r];
    if (lengths.empty()) continue;
    for (std::uint32_t t = 1; t < count; ++t) {
      if (lengths[t] == 0) continue;
      for (std::size_t other = 0; other < party_role_count; ++other) {
        if (other == r || covered_until[other].empty()) continue;
        // Another role's mention started before t and runs at least as far as this one.
        if (covered_until[other][t - 1] >= t + lengths[t]) {
          lengths[t] = 0;
          break;
        }
      }
    }
  }
}

std::vector<std::uint32_t> DocumentIndex::resolve(const WordSet& set) const {
  std::vector<std::uint32_t> ids;
  for (const auto& word : set.words) {
    auto it = ids_.find(word);
    if (it != ids_.end()) ids.push_back(it->second);
  }
  for (const auto& prefix : set.prefixes) {
    auto it = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), prefix,
                               [](const auto& entry, const std::string& p) { return entry.first < p; });
    for (; it != vocabulary_.end() && it->first.substr(0, prefix.size()) == prefix; ++it) ids.push_back(it->second);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (std::size_t r = 0; r < party_role_count; ++r) {
    if ((set.except_role_names & (1u << r)) == 0 || one_word_name_ids_[r].empty()) continue;
    std::vector<std::uint32_t> kept;
    std::set_difference(ids.begin(), ids.end(), one_word_name_ids_[r].begin(), one_word_name_ids_[r].end(),
                        std::back_inserter(kept));
    ids = std::move(kept);
  }
  if (set.role_names != 0) {
    for (std::size_t r = 0; r < party_role_count; ++r) {
      if ((set.role_names & (1u << r)) == 0) continue;
      ids.insert(ids.end(), one_word_name_ids_[r].begin(), one_word_name_ids_[r].end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return ids;
}

std::size_t DocumentIndex::count_of(const std::vector<std::uint32_t>& ids) const {
  std::size_t count = 0;
  for (auto id : ids) count += positions_[id].size();
  return count;
}

std::vector<std::uint32_t> DocumentIndex::positions_of(const std::vector<std::uint32_t>& ids) const {
  // Each word's positions are already sorted: one word's are copied, a few are merged, and
  // only many (a short prefix's words) are sorted. A common word ("the", "shall") has
  // tens of thousands of positions in a long contract, and a rule asks for them once per
  // scan, so the sort was a large part of a scan with many rules.
  std::vector<std::uint32_t> positions;
  const std::size_t count = count_of(ids);
  positions.reserve(count);
  constexpr std::size_t most_merged = 8;
  if (ids.size() > most_merged && count >= token_count() / 64) {
    // Many words with many positions (the start words of a rule of many alternatives):
    // a bit per token, read in order, costs less than sorting them.
    std::vector<std::uint64_t> bits((token_count() + 63) / 64, 0);
    for (auto id : ids) {
      for (std::uint32_t at : positions_[id]) bits[at / 64] |= std::uint64_t{1} << (at % 64);
    }
    for (std::size_t w = 0; w < bits.size(); ++w) {
      for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
        positions.push_back(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
    return positions;
  }
  for (auto id : ids) {
    const auto middle = static_cast<std::ptrdiff_t>(positions.size());
    positions.insert(positions.end(), positions_[id].begin(), positions_[id].end());
    if (ids.size() <= most_merged) std::inplace_merge(positions.begin(), positions.begin() + middle, positions.end());
  }
  if (ids.size() > most_merged) std::sort(positions.begin(), positions.end());
  return positions;
}

std::optional<TypedValue> DocumentIndex::definition_value(int definition, ValueType type) const {
  auto key = std::pair{definition, static_cast<int>(type)};
  {
    const std::lock_guard lock(definition_values_mutex_);
    auto cached = definition_values_.find(key);
    if (cached != definition_values_.end()) return cached->second;
  }
  std::optional<TypedValue> found;
  const Definition& d = document_.structure.definitions[static_cast<std::size_t>(definition)];
  std::uint32_t first = token_at_or_after(d.begin);
  std::uint32_t end = token_at_or_after(d.end);
  for (std::uint32_t t = first; t < end && !found; ++t) found = read_typed_value(document_.text, t, type, end);
  const std::lock_guard lock(definition_values_mutex_);
  definition_values_.emplace(key, found);
  return found;
}

TokenRange DocumentIndex::sentence_of(std::uint32_t token) const { return containing(sentences_, token); }
TokenRange DocumentIndex::section_of(std::uint32_t token) const { return containing(sections_, token); }

TokenRange DocumentIndex::clause_tokens(int clause) const {
  const Clause& c = document_.structure.clauses[static_cast<std::size_t>(clause)];
  return {token_at_or_after(c.begin), token_at_or_after(c.end)};
}

std::uint32_t DocumentIndex::token_at_or_after(std::uint32_t offset) const {
  const auto& tokens = document_.text.tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, std::uint32_t o) { return t.begin < o; });
  return static_cast<std::uint32_t>(it - tokens.begin());
}

}  // namespace clausecheck::rules
