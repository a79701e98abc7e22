// The offer model's assessment as the `assessment` object of the JSON report.
#pragma once

#include <nlohmann/json.hpp>

#include "clausecheck/offer_model.h"

namespace clausecheck {

nlohmann::ordered_json assessment_json(const Assessment& assessment);

}  // namespace clausecheck
