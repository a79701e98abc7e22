// The other clauses a finding stands for (a `report once` rule's), as reports write them.
#pragma once

#include <string>

#include "clausecheck/finding.h"

namespace clausecheck {

// "also 2.12, 6.1", or "" when the finding stands for its own clause only.
std::string also_clauses_note(const Finding& finding);

}  // namespace clausecheck
