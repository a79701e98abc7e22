// Cross-references: "subject to clause 12.3", "in accordance with Schedule 4",
// "clauses 4 to 6", "paragraph 3.2 of Schedule 4", "sub-clause (b)".
//
// Each reference is resolved to the clause it names when the document has it: first in the
// part (schedule, annex) the reference sits in, then in the main body, then anywhere with
// that citation. A bare "(b)" ("sub-clause (b)") is resolved relative to the clause it
// appears in: a sibling or child of it. Ranges ("clauses 4 to 6") and lists ("clauses 4
// and 5") give one reference per number named. A clause's own label at its start is never a
// reference; references to other documents ("Clause 14 of the Core Terms") are kept but
// left unresolved.
#pragma once

#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {

// REQUIRES: `normalised` is normalise(document); structure.clauses and citation_order
// already recovered for `document`. A reference starts at a normalised word that is a
// keyword ("clause", "schedule", "sub-clause") or a part qualifier ("call-off"); its ids
// and span are read in the original text.
std::vector<CrossReference> find_cross_references(const Document& document, const NormalisedText& normalised,
                                                  const DocumentStructure& structure);

}  // namespace clausecheck
