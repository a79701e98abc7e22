// The 0-100 risk score of a document's findings: one number to rank a pile of contracts by.
//
// The score is meant for triage, not as a verdict, so it has three properties a lawyer can
// predict (docs/report-format.md works through examples):
//   - weighted by severity: one critical finding outweighs several low ones;
//   - diminishing returns: the same rule firing again adds half of what it added the time
//     before, so a boilerplate phrase repeated in twenty clauses does not swamp the score;
//   - bounded: the weighted sum S is mapped to 100 * (1 - e^(-S / 50)), which rises
//     steeply for the first serious findings and never exceeds 100.
// Absence findings (a missing protection) count like any other finding.
#pragma once

#include <vector>

#include "clausecheck/finding.h"

namespace clausecheck {

// Points one finding of each severity adds the first time its rule fires.
inline constexpr double risk_weight_info = 0;
inline constexpr double risk_weight_low = 3;
inline constexpr double risk_weight_medium = 8;
inline constexpr double risk_weight_high = 20;
inline constexpr double risk_weight_critical = 40;
// Each further finding of the same rule counts this fraction of the one before it.
inline constexpr double risk_repeat_factor = 0.5;
// The weighted sum at which the score reaches 1 - 1/e (63).
inline constexpr double risk_scale = 50;

double risk_weight(Severity severity);

// The weighted sum S described above. Independent of the order of `findings`.
double weighted_risk(const std::vector<Finding>& findings);

// round(100 * (1 - e^(-S / risk_scale))), in [0, 100].
int risk_score(const std::vector<Finding>& findings);

}  // namespace clausecheck
