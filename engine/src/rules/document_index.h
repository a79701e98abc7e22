// Everything the matcher looks up in a document, computed once per scan and shared by all
// rules: each token's word id, where each word occurs (for the prefilter and for seeding
// matches only where a rule can start), the defined terms, and the token ranges of
// sentences and sections.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "clausecheck/engine.h"
#include "rules/compiled_pack.h"
#include "typed_values.h"

namespace clausecheck::rules {

struct TokenRange {
  std::uint32_t first = 0;  // token indices [first, end)
  std::uint32_t end = 0;
};

// The longest defined term that starts at a token.
struct TermAt {
  int definition = -1;  // index into DocumentStructure::definitions
  std::uint32_t length = 0;
};

class DocumentIndex {
 public:
  // REQUIRES: `document` outlives the index.
  // `deadline` is checked while the index is built and by the matchers that use it.
  explicit DocumentIndex(const AnalysedDocument& document, Deadline deadline = {});

  const AnalysedDocument& document() const { return document_; }
  const Deadline& deadline() const { return deadline_; }
  std::uint32_t token_count() const { return static_cast<std::uint32_t>(token_ids_.size()); }
  std::uint32_t token_id(std::uint32_t token) const { return token_ids_[token]; }

  // The document's distinct words with their ids, sorted by text.
  const std::vector<std::pair<std::string_view, std::uint32_t>>& vocabulary() const { return vocabulary_; }
  // The sorted ids of the document's words that are in `set` (exact words and prefixes).
  // Where the set names roles to except, the one-word names the document gives those parties
  // are left out (WordSet::except_role_names).
  std::vector<std::uint32_t> resolve(const WordSet& set) const;
  // How many tokens are one of `ids`.
  std::size_t count_of(const std::vector<std::uint32_t>& ids) const;
  // The sorted token positions at which any of `ids` occurs.
  std::vector<std::uint32_t> positions_of(const std::vector<std::uint32_t>& ids) const;
  // The sorted token positions of word `id` (REQUIRES: id < vocabulary().size()), without a copy.
  const std::vector<std::uint32_t>& positions_of_word(std::uint32_t id) const { return positions_[id]; }

  const TermAt& term_at(std::uint32_t token) const { return terms_[token]; }
  // How many tokens the longest name of `role` starting at `token` covers (0: none starts
  // there). A name matches as written ("Acme Services Ltd"), with "the" before it ("the
  // Supplier") and in the possessive ("Supplier's", "Suppliers'").
  std::uint32_t role_length(std::uint32_t role, std::uint32_t token) const {
    const auto& lengths = role_lengths_[role];
    return lengths.empty() ? 0 : lengths[token];
  }
  // The first value of `type` in the text of definition `definition`, if any. Safe to call
  // from several threads at once.
  std::optional<TypedValue> definition_value(int definition, ValueType type) const;

  // Units in which a pattern of a scope is searched, in document order, covering all tokens.
  const std::vector<TokenRange>& sentences() const { return sentences_; }
  const std::vector<TokenRange>& sections() const { return sections_; }
  TokenRange whole() const { return {0, token_count()}; }

  // The sentence / section containing token `token` (REQUIRES: token < token_count()).
  TokenRange sentence_of(std::uint32_t token) const;
  TokenRange section_of(std::uint32_t token) const;
  // The tokens of clause `clause` with its sub-clauses.
  TokenRange clause_tokens(int clause) const;
  // The first token that starts at or after byte `offset` of Document::text.
  std::uint32_t token_at_or_after(std::uint32_t offset) const;

 private:
  void mark_defined_terms();
  void mark_role_names();
  void drop_names_inside_other_roles();

  const AnalysedDocument& document_;
  Deadline deadline_;
  std::vector<std::uint32_t> token_ids_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<std::vector<std::uint32_t>> positions_;                  // per id
  std::vector<std::pair<std::string_view, std::uint32_t>> vocabulary_;  // sorted by text
  std::vector<TermAt> terms_;
  std::array<std::vector<std::uint8_t>, party_role_count> role_lengths_;  // per role, per token
  // Per role, the sorted word ids of its one-word names and their possessives, when the
  // document itself names the party (RoleBinding::named_by_document); else empty.
  std::array<std::vector<std::uint32_t>, party_role_count> one_word_name_ids_;
  std::vector<TokenRange> sentences_;
  std::vector<TokenRange> sections_;
  // Filled as rules ask; the rules of one document may run on several threads (scan()).
  mutable std::mutex definition_values_mutex_;
  mutable std::map<std::pair<int, int>, std::optional<TypedValue>> definition_values_;
};

}  // namespace clausecheck::rules
