// One finding where two rules of the same risk type read the same words.
#pragma once

#include <vector>

#include "clausecheck/finding.h"

namespace clausecheck::rules {

// Folds together the findings of different rules that report the same risk type (the same
// taxonomy id) on overlapping words of the same clause: "JRVS shall have the right to revise
// JRVS Price" read both as a supplier raising its price and as the prime resetting payments
// is one risk, not two. The finding kept is the one of higher severity (the first in pack
// order on a tie), in its own place; its `why` names each rule folded into it. Absence
// findings, findings without a clause or taxonomy id, and `report once` findings (which
// stand for the document) are left as they are. The order of the rest is kept.
void fold_overlapping_findings(std::vector<Finding>& findings);

}  // namespace clausecheck::rules
