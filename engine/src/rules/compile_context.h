// What every phase of the rule compiler shares while it compiles one pack: where a piece
// of syntax came from (for located diagnostics), the table of named patterns, and the
// tokens of every quoted phrase, read once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rules/compiled_pack.h"
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
// Hashed, not ordered: a named pattern is expanded in every rule that uses it, so the
// compiler looks phrases up some hundred thousand times per pack, and comparing each with a
// dozen others down a tree was a tenth of compiling the default pack. (A hash map's
// elements stay where they are as it grows, so the references handed out stay valid.)
class PhraseCache {
 public:
  const PhraseTokens& tokens(const std::string& phrase) {
    auto it = tokens_.find(phrase);
    if (it == tokens_.end()) it = tokens_.emplace(phrase, phrase_tokens(phrase)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, PhraseTokens> tokens_;
};

// The word set of each syntax node that always matches one token from a fixed list of words
// (ProgramBuilder::single_word_set), or nullopt, by the node's address: the pack's syntax
// trees do not move while it compiles. An alternation is asked at each level of nesting
// as it is emitted, and a named pattern once per rule that expands it; working the set out
// again each time (tokens looked up, sets merged and sorted) was a tenth of compiling the
// default pack.
struct SingleWordSets {
  std::unordered_map<const PatternNode*, std::optional<WordSet>> by_node;
};

}  // namespace clausecheck::rules
