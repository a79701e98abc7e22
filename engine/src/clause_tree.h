// recover_structure() in its two stages, for analyse(), which runs the first beside
// normalise(): the clause tree and the definitions read only the extracted text and its
// blocks; the cross-references (find_cross_references) start at the normalised words.
#pragma once

#include "clausecheck/document.h"
#include "clausecheck/structure.h"

namespace clausecheck {

// The clauses, the table of contents, the citation order and the definitions of `document`:
// recover_structure() without the references.
DocumentStructure recover_clauses_and_definitions(const Document& document);

}  // namespace clausecheck
