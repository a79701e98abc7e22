// What every phase of the rule compiler shares while it compiles one pack: where a piece
// of syntax came from (for located diagnostics), the table of named patterns, and the
// tokens of every quoted phrase, read once.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "rules/phrase_tokens.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

// The rule file a piece of syntax was read from: its path and text, for diagnostics.
struct FileContext {
  std::string_view path;
  std::string_view text;
};

// A `pattern name = …` definition and the file it is in.
struct NamedPattern {
  const PatternDefinitionSyntax* definition = nullptr;
  FileContext file;
};

using PatternTable = std::map<std::string, NamedPattern>;

// Quoted phrases are tokenised through normalise(); a pack repeats many phrases, and the
// compiler looks at each several times, so the tokens are kept for the whole compilation.
class PhraseCache {
 public:
  const PhraseTokens& tokens(const std::string& phrase) {
    auto it = tokens_.find(phrase);
    if (it == tokens_.end()) it = tokens_.emplace(phrase, phrase_tokens(phrase)).first;
    return it->second;
  }

 private:
  std::map<std::string, PhraseTokens> tokens_;
};

}  // namespace clausecheck::rules
