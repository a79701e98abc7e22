// The one JSON shape of a finding, written by every output that contains findings: the
// report (`scan --format json`, where each finding also gets its "id"), the findings list
// of write_findings_json, and the `diff --json` lists. The schema's "$defs/finding"
// (reports/schema/clausecheck-report.schema.json) describes it.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "clausecheck/finding.h"

namespace clausecheck {

// Every field of the finding, in the schema's order after "id": rule_id, severity,
// category, taxonomy, title, message, ask, reference, tags, absence, page, clause (the
// citation, "" when none), heading, span, text, captures, why. `id` is written first when
// not empty.
nlohmann::ordered_json finding_json(const Finding& finding, const std::string& id = "");

// Appends the bytes `finding_json(finding, id).dump(2)` gives for it standing `indent` spaces
// deep, without building the tree: the report's findings hold most of its text (200 MB for a
// 40 MB contract), and copying every string into a tree first doubled the work.
void append_finding_json(std::string& out, const Finding& finding, std::string_view id, unsigned indent);

}  // namespace clausecheck
