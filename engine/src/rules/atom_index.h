// Which rules of a pack can match a document, found in one pass over the document's words
// instead of one look-up per rule (YARA's atoms fed to one Aho-Corasick automaton; here
// the units are whole words, so the automaton is a hash table).
//
// Every pattern has atoms (Program::atoms): sets of words of which each match contains at
// least one, e.g. for
//
//     match "shall" gap(0..8) ("indemnify" | "hold harmless")
//
// the sets {shall} and {indemnify, hold}. A rule can match only in a document in which
// every one of its sets has a word. The index maps each atom word (and each atom prefix,
// "indemnif*") to the (rule, set) pairs that contain it; a document's distinct words are
// looked up once each, marking the sets they satisfy, and the rules all of whose sets are
// marked are the candidates. The cost per document is its vocabulary (times the number of
// distinct prefix lengths in the pack) plus the (rule, set) pairs its words hit: it grows
// with the rules whose words occur, not with the size of the pack.
//
// The index only decides what PikeMatcher::possible() would: a rule it leaves out is one
// whose matcher would find a set without a word in the document, so it could give no
// finding. Rules that must run whatever the words (absence rules, which report when
// nothing matches, and patterns without atoms) are always candidates.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace clausecheck::rules {

struct CompiledRule;
class DocumentIndex;

class AtomIndex {
 public:
  AtomIndex() = default;
  // REQUIRES: no rule's match has more than 32 atom sets (the compiler's limit).
  explicit AtomIndex(const std::vector<CompiledRule>& rules);

  // The indices of the rules that can match in the document, ascending (pack order).
  std::vector<std::uint32_t> candidates(const DocumentIndex& index) const;

 private:
  struct SetRef {
    std::uint32_t rule = 0;
    std::uint32_t set = 0;  // index into the rule's Program::atoms
  };
  // Sets a rule needs, as a bit mask of its atom sets (all ones for `count` sets).
  static std::uint32_t all_sets(std::size_t count) {
    return count >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << count) - 1;
  }

  std::unordered_map<std::string, std::vector<SetRef>> words_;
  std::unordered_map<std::string, std::vector<SetRef>> prefixes_;
  std::vector<std::size_t> prefix_lengths_;  // the distinct lengths of the prefixes, ascending
  std::vector<std::uint32_t> needed_;        // per rule: all_sets(its atom count)
  std::vector<std::uint32_t> always_;        // rules that run in every document, ascending
};

}  // namespace clausecheck::rules
