// Building the WordSets (compiled_pack.h) a program tests tokens against: one word of a
// phrase, and unions of sets (an alternation of words, the start words of a program).
#pragma once

#include <vector>

#include "rules/compiled_pack.h"
#include "rules/phrase_tokens.h"

namespace clausecheck::rules {

// The set of one phrase token: the word itself, or the prefix of "indemnif*".
WordSet word_set_of(const PhraseToken& token);

// Adds the words and prefixes of `from` to `into`, keeping both sorted and unique.
void merge_into(WordSet& into, const WordSet& from);

// The union of `sets` (sorting once, not once per set).
WordSet merge_all(const std::vector<WordSet>& sets);

}  // namespace clausecheck::rules
