// Building the WordSets (compiled_pack.h) a program tests tokens against: one word of a
// phrase, and unions of sets (an alternation of words, the start words of a program).
#pragma once

#include <vector>

#include "rules/compiled_pack.h"
#include "rules/phrase_tokens.h"

namespace clausecheck::rules {

// The set of one phrase token: the word itself, or the prefix of "indemnif*".
WordSet word_set_of(const PhraseToken& token);

// The union of `sets` (sorting once, not once per set).
WordSet merge_all(const std::vector<WordSet>& sets);
// The union of the sets `sets` points to (sorting once, not once per set).
WordSet merge_all(const std::vector<const WordSet*>& sets);

}  // namespace clausecheck::rules
