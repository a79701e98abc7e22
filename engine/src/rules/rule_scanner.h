// Runs compiled rules over an analysed document and turns matches into Findings.
#pragma once

#include <vector>

#include "clausecheck/finding.h"
#include "rules/compiled_pack.h"
#include "rules/document_index.h"

namespace clausecheck::rules {

// Appends the findings of `rule` on the indexed document to `findings`, in document order,
// at most one per clause (the first match in it) unless `every_match`.
void scan_rule(const CompiledRule& rule, const DocumentIndex& index, std::vector<Finding>& findings,
               bool every_match = false);

}  // namespace clausecheck::rules
