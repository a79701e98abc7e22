// Section numbers that Word computed and a PDF rendering lost (see lost_numbering.cpp).
#pragma once

#include <vector>

#include "clausecheck/document.h"

namespace clausecheck {

// Gives the blocks that open an unnumbered section inside a numbered article the number
// the document itself cites them by (Block::label = "3.4"), when the document's own
// "this Section 3.4" references confirm the count and nothing printed contradicts it.
// Leaves `blocks` unchanged otherwise. `blocks` are `document`'s blocks (or pieces of them).
void restore_lost_section_numbers(const Document& document, std::vector<Block>& blocks);

}  // namespace clausecheck
