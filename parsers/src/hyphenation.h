// Words hyphenated at the end of a PDF line: "indemni-" / "fication of the Buyer" becomes
// "indemnification" / "of the Buyer", so that rules and searches see whole words.
//
// The rejoin is deliberately narrow: only when the line ends with a lowercase letter and a
// hyphen (ASCII '-', U+2010 hyphen or U+00AD soft hyphen) and the next line starts with a
// lowercase letter. "Sub-" before "Contractor", "non-" before a list, or "-" after a
// number are left alone.
#pragma once

#include <string>

namespace clausecheck {

// If `line` ends with a hyphenated word part continued at the start of `next`, moves the
// rest of the word onto `line` (without the hyphen) and removes it, with the space after
// it, from `next`. Returns true when it did. `next` may become empty.
bool rejoin_hyphenated_word(std::string& line, std::string& next);

}  // namespace clausecheck
