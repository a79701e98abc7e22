// Reads what kind of document a file is (clausecheck/document_kind.h).
#pragma once

#include "clausecheck/document.h"
#include "clausecheck/document_kind.h"
#include "clausecheck/structure.h"

namespace clausecheck {

// REQUIRES: `structure` was recovered from `document`.
DocumentKindReading find_document_kind(const Document& document, const DocumentStructure& structure);

}  // namespace clausecheck
