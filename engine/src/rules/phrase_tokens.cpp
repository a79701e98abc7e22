#include "rules/phrase_tokens.h"

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck::rules {

PhraseTokens phrase_tokens(std::string_view phrase) {
  PhraseTokens result;
  Document document = document_from_text(phrase, "<rule phrase>");
  NormalisedText text = normalise(document);
  const Token* previous = nullptr;
  for (const Token& token : text.tokens) {
    std::string_view token_text = text.token_text(token);
    if (token_text == "*") {
      // "indemnif*": a star glued to the end of a word makes that word a prefix.
      bool glued = previous != nullptr && previous->kind != TokenKind::punct && previous->norm_end == token.norm_begin &&
                   !result.tokens.empty() && !result.tokens.back().prefix;
      if (glued) {
        result.tokens.back().prefix = true;
      } else {
        result.misplaced_wildcard = true;
      }
    } else {
      result.tokens.push_back({std::string(token_text), false});
    }
    previous = &token;
  }
  return result;
}

}  // namespace clausecheck::rules
