// Finds the parties of a contract and the role each plays (clausecheck/parties.h).
#pragma once

#include "clausecheck/document.h"
#include "clausecheck/parties.h"
#include "clausecheck/structure.h"

namespace clausecheck {

// REQUIRES: `structure` was recovered from `document` (its definitions are filled in).
PartyRoles find_party_roles(const Document& document, const DocumentStructure& structure,
                            const AnalysisOptions& options);

}  // namespace clausecheck
