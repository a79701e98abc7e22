// The one JSON shape of a finding, written by every output that contains findings: the
// report (`scan --format json`, where each finding also gets its "id"), the findings list
// of write_findings_json, and the `diff --json` lists. The schema's "$defs/finding"
// (reports/schema/clausecheck-report.schema.json) describes it.
#pragma once

#include <nlohmann/json.hpp>

#include "clausecheck/finding.h"

namespace clausecheck {

// Every field of the finding, in the schema's order after "id": rule_id, severity,
// category, taxonomy, title, message, ask, reference, tags, absence, page, clause (the
// citation, "" when none), heading, span, text, captures, why. `id` is written first when
// not empty.
nlohmann::ordered_json finding_json(const Finding& finding, const std::string& id = "");

}  // namespace clausecheck
