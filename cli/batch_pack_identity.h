// The identity of a rule pack as reports carry it: which rules produced the findings.
#pragma once

#include <string>
#include <vector>

#include "clausecheck/reports.h"

namespace clausecheck::cli {

// Name: "default" for the bundled pack, else the last component of the first path.
// Version: the tool's version (rule packs carry no version of their own yet).
// sha256: over every rule file's name and bytes in load order, so that editing, adding,
// removing or renaming a rule file changes it and `scan --resume` re-scans.
RulePackIdentity identify_rule_pack(const std::vector<std::string>& rule_paths);

}  // namespace clausecheck::cli
