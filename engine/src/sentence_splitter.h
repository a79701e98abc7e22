// Sentences of a document: the narrowest scope a rule can ask for.
//
// ICU's English sentence break iterator (with CLDR's English abbreviation exceptions
// through FilteredBreakIteratorBuilder) proposes the breaks; our own rules then remove the
// ones contract text does not mean: after the abbreviations lawyers use ("cl.", "Ltd.",
// "No.", "e.g.", "i.e.", "etc.", "Sch.", "s.", "v." …, in any letter case) and after a bare
// clause number ("4.2." at the start of a line). A block that does not continue the
// paragraph of the block before it always starts a sentence, so a heading or a new clause
// is never glued to the text above it. See docs/normalisation.md.
#pragma once

#include <string_view>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck {

// Sentences of `document` in order, each spanning at least one token of `tokens` (the
// tokens of normalise(document), in order). Breaks are found on the original text, whose
// letter case ICU needs ("... the Supplier. The Buyer ..."). Each sentence's byte range is
// from its first token's begin to its last token's end.
std::vector<Sentence> split_sentences(const Document& document, const std::vector<Token>& tokens);

// True when `before` (text up to a full stop, trailing space trimmed) ends with an
// abbreviation contracts use and its full stop, as a whole word, in any case: "Ltd.", "No.",
// "cl.", "e.g.", "P.O.". Such a full stop does not end a sentence.
bool ends_with_abbreviation(std::string_view before);

}  // namespace clausecheck
