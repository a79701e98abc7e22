// The semantic check of a `where` condition: whether its literal fits the captured value's
// type, and the literal resolved to the number the matcher compares (compiled_pack.h,
// Comparison); or, for a comparison of two captures, whether they can be compared. Literals are read by the document reader (typed_values.h), so a rule and a
// contract agree on units, on the calendar and on what is too large to be a number.
#pragma once

#include <optional>
#include <string>

#include "rules/compiled_pack.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

// The comparison `condition` makes on the value captured in `slot` (a typed capture), or
// nullopt with `problem` set to the message for the literal's position: a literal of
// another type, a DURATION without a unit, a date not in the calendar, a number too large
// to read, an unknown unit. Never throws.
std::optional<Comparison> resolve_condition(const ConditionSyntax& condition, const CaptureSlot& slot,
                                            std::string& problem);

// The comparison `condition` makes between the values captured in `left` and `right`
// (`short < long`), slots not yet filled in; or nullopt with `problem` set: the same capture
// on both sides, captures of two types, or a field that is not `days` of a DURATION.
std::optional<CaptureComparison> resolve_capture_comparison(const ConditionSyntax& condition, const CaptureSlot& left,
                                                            const CaptureSlot& right, std::string& problem);

}  // namespace clausecheck::rules
