#include "rules/word_set.h"

#include <algorithm>
#include <string>

namespace clausecheck::rules {
namespace {

void sort_unique(std::vector<std::string>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

}  // namespace

WordSet word_set_of(const PhraseToken& token) {
  WordSet set;
  (token.prefix ? set.prefixes : set.words).push_back(token.text);
  return set;
}

WordSet merge_all(const std::vector<const WordSet*>& sets) {
  WordSet merged;
  for (const WordSet* set : sets) {
    merged.words.insert(merged.words.end(), set->words.begin(), set->words.end());
    merged.prefixes.insert(merged.prefixes.end(), set->prefixes.begin(), set->prefixes.end());
  }
  sort_unique(merged.words);
  sort_unique(merged.prefixes);
  return merged;
}

WordSet merge_all(const std::vector<WordSet>& sets) {
  std::vector<const WordSet*> pointers;
  pointers.reserve(sets.size());
  for (const auto& set : sets) pointers.push_back(&set);
  return merge_all(pointers);
}

}  // namespace clausecheck::rules
