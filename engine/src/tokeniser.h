// Tokens of normalised text: the units rule patterns match, one at a time.
//
// ICU's word break iterator finds the words; we then classify and adjust them so that a
// token is what a reader of a contract sees as one word, number or sign:
//   - whitespace is never a token;
//   - a number keeps its inner separators ("1,000", "1.5", "4.2.1"); letters glued to a
//     number are a word of their own ("£1.5m" is "£", "1.5", "m"; "10th" is "10", "th");
//   - words joined by hyphens are one word ("sub-contractor", "pay-when-paid"), because
//     in a subcontract "Sub-Contractor" and "Contractor" are different parties;
//   - every other character is a punct token of its own ("£", "%", "(", "'").
// See docs/normalisation.md.
#pragma once

#include <vector>

#include "clausecheck/text.h"
#include "normaliser.h"

namespace clausecheck {

// Tokens of `characters.text` in order, each with its byte range in the normalised text
// and the exact range of original bytes it came from.
std::vector<Token> tokenise(const CharacterMap& characters);

}  // namespace clausecheck
