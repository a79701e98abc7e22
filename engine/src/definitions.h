// Defined terms: where a contract says what its capitalised words mean.
//
// Two sources. A definitions list – the clause or schedule headed "Definitions" or
// "Interpretation", or a two-column table of term | meaning – where each entry reads
// `"Term" means …`, `"Term": …`, `Term means …` or `"Term" has the meaning given in …`.
// And inline definitions anywhere in the text: `(the "Prime Contract")`, `("Authority")`,
// `(hereinafter "X")`, `(each a "Party" and together the "Parties")`.
//
// Every definition found is kept, ordered by position in the text, even when a term is
// defined twice: the first is the one that governs, later ones are evidence a reviewer may
// want to see (a schedule redefining a term). Callers wanting one per term take the first
// with a given normalised_term.
#pragma once

#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"

namespace clausecheck {

// REQUIRES: structure.clauses already recovered for `document` (clause_at works).
std::vector<Definition> find_definitions(const Document& document, const DocumentStructure& structure);

}  // namespace clausecheck
