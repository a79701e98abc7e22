#include "rules/phrase_tokens.h"

#include "clausecheck/document.h"
#include "clausecheck/text.h"
#include "normaliser.h"

namespace clausecheck::rules {

PhraseTokens phrase_tokens(std::string_view phrase) {
  PhraseTokens result;
  Document document = document_from_text(phrase, "<rule phrase>");
  NormalisedText text = normalise_words(document);  // the same tokens as normalise()'s
  const Token* previous = nullptr;
  bool previous_was_wildcard = false;
  for (const Token& token : text.tokens) {
    std::string_view token_text = text.token_text(token);
    const bool glued = previous != nullptr && previous->norm_end == token.norm_begin;
    bool wildcard = false;
    if (token_text == "*" && glued && previous_was_wildcard) {
      // "indemnif**": a second star cannot widen the prefix; the author meant something else.
      result.misplaced_wildcard = true;
    } else if (token_text == "*" && glued && previous->kind != TokenKind::punct) {
      // "indemnif*": a star glued to the end of a word makes that word a prefix.
      result.tokens.back().prefix = true;
      wildcard = true;
    } else {
      // Any other star is the character itself: redactions are printed "***" or "[***]".
      result.tokens.push_back({std::string(token_text), false});
    }
    previous = &token;
    previous_was_wildcard = wildcard;
  }
  return result;
}

}  // namespace clausecheck::rules
