// Character-level normalisation with an exact byte map back to the original.
//
// normalise() (text.h) runs three stages: this one, which turns the original UTF-8 into the
// canonical lower-case string rules match against; the tokeniser; the sentence splitter.
// This header exposes the first stage so the later stages and the tests can use the map
// that NormalisedText does not carry: where each normalised byte's original character
// ends. See docs/normalisation.md for what is unified and why.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck {

// How U+00AD SOFT HYPHEN is read. Unicode says it is invisible (a place where a word may
// be hyphenated at a line end), and Word documents use it that way: "indem\u00ADnity" is
// "indemnity". Some PDF producers, however, map every visible hyphen glyph to U+00AD (the
// UK G-Cloud 8 framework has no U+002D at all: "Call\u00ADOff", "Section 1 \u00AD The
// appointment"); dropping those would glue "Call-Off" into "calloff".
enum class SoftHyphenUse { invisible, visible_hyphen };

// `visible_hyphen` when `original` uses U+00AD as its hyphen: it contains no U+002D and
// at least one U+00AD next to whitespace or a line end (an invisible soft hyphen only ever
// sits inside a word). Otherwise `invisible`.
SoftHyphenUse detect_soft_hyphen_use(std::string_view original);

// True for a code point that the normaliser turns into a space between two words on one
// line (Unicode white space or a control, except the line and paragraph breaks \n \r \f \v
// U+0085 U+2028 U+2029) or drops as invisible (zero-width space, joiners, direction marks,
// byte order mark). The soft hyphen is not one: it sits inside a word. inline_space.h reads
// document text with this, so structure and matching agree on what separates words.
bool is_inline_space_or_invisible(char32_t c);

// True for the invisible ones among those: the characters the normaliser drops rather than
// reads as a space, so that the words either side of them stay one word ("thir\u200Bty").
bool is_invisible(char32_t c);

struct CharacterMap {
  std::string text;  // normalised, case-folded UTF-8, whitespace collapsed, no leading
                     // or trailing space
  // For normalised byte i: the original bytes [to_original[i], original_end[i]) are the
  // character (or, for a base letter with combining marks, the character sequence) it
  // came from. to_original has text.size() + 1 entries, the last one original.size();
  // original_end has text.size() entries.
  std::vector<std::uint32_t> to_original;
  std::vector<std::uint32_t> original_end;
};

// NFKC, full case folding, the unifications of docs/normalisation.md, whitespace collapsed.
// Invalid UTF-8 becomes U+FFFD, mapped to the bad bytes. Never fails.
CharacterMap normalise_characters(std::string_view original,
                                  SoftHyphenUse soft_hyphen = SoftHyphenUse::invisible);

// normalise() without its last stage: the text and its tokens, no sentences. For a rule's
// phrase, a defined term or a party's name (rules/phrase_tokens.cpp), which only want the
// words: the compiler reads thousands of phrases per pack, and splitting each into
// sentences was almost half of reading them.
NormalisedText normalise_words(const Document& document);

}  // namespace clausecheck
