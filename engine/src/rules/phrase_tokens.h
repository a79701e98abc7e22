// Quoted phrases in rules are read exactly as document text is: normalised by the same
// code and cut into tokens by the same tokeniser, so "Sub-Contractor’s" in a rule and in
// a contract give the same tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::rules {

struct PhraseToken {
  std::string text;     // normalised token text ("indemnif" for "indemnif*")
  bool prefix = false;  // written with a trailing '*': matches any token starting with text
};

struct PhraseTokens {
  std::vector<PhraseToken> tokens;
  bool misplaced_wildcard = false;  // a '*' glued to a wildcard '*' ("indemnif**")
};

PhraseTokens phrase_tokens(std::string_view phrase);

}  // namespace clausecheck::rules
