#include "rules/atom_index.h"

#include <algorithm>
#include <string_view>

#include "rules/compiled_pack.h"
#include "rules/document_index.h"

namespace clausecheck::rules {

AtomIndex::AtomIndex(const std::vector<CompiledRule>& rules) {
  needed_.reserve(rules.size());
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    const std::vector<WordSet>& atoms = rules[r].match.atoms;
    // An absence rule reports when its pattern is missing, so it runs whatever the words.
    if (rules[r].info.absence || atoms.empty()) {
      needed_.push_back(0);
      always_.push_back(r);
      continue;
    }
    needed_.push_back(all_sets(atoms.size()));
    for (std::uint32_t s = 0; s < atoms.size(); ++s) {
      for (const std::string& word : atoms[s].words) words_[word].push_back({r, s});
      for (const std::string& prefix : atoms[s].prefixes) {
        prefixes_[prefix].push_back({r, s});
        prefix_lengths_.push_back(prefix.size());
      }
    }
  }
  std::sort(prefix_lengths_.begin(), prefix_lengths_.end());
  prefix_lengths_.erase(std::unique(prefix_lengths_.begin(), prefix_lengths_.end()), prefix_lengths_.end());
}

std::vector<std::uint32_t> AtomIndex::candidates(const DocumentIndex& index) const {
  std::vector<std::uint32_t> marked(needed_.size(), 0);  // per rule: the sets a word satisfied
  std::vector<std::uint32_t> found = always_;
  const auto mark = [&](const std::vector<SetRef>& refs) {
    for (const SetRef ref : refs) {
      std::uint32_t& sets = marked[ref.rule];
      if (sets == needed_[ref.rule]) continue;
      sets |= std::uint32_t{1} << ref.set;
      if (sets == needed_[ref.rule]) found.push_back(ref.rule);
    }
  };
  std::string key;  // reused, so a look-up does not allocate
  for (const auto& entry : index.vocabulary()) {
    const std::string_view word = entry.first;
    key.assign(word);
    if (auto it = words_.find(key); it != words_.end()) mark(it->second);
    for (const std::size_t length : prefix_lengths_) {
      if (length > word.size()) break;
      key.assign(word.substr(0, length));
      if (auto it = prefixes_.find(key); it != prefixes_.end()) mark(it->second);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace clausecheck::rules
