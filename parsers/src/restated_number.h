// A line that opens with the figure for the number its previous line ends with in words.
//
// Contracts write most quantities twice, "sixty (60) days", and a line often breaks between
// the two: "… within sixty" / "(60) calendar days of receipt". The second line then opens
// like a list item "(60)", and a reader that starts a paragraph there cuts the sentence in
// two (the payment term loses its number, the notice period its unit). The text and PDF
// line readers both ask this before taking a parenthesised number for a label.
#pragma once

#include <string_view>

namespace clausecheck {

// True when `line` starts "(N)" and `before` ends with a spelled number ("sixty",
// "forty-five", "one hundred and twenty"): the two lines are one sentence.
bool restates_number_in_words(std::string_view before, std::string_view line);

}  // namespace clausecheck
