// The identity of a rule pack as reports carry it: which rules produced the findings.
#pragma once

#include <string>
#include <vector>

#include "clausecheck/reports.h"
#include "clausecheck/rules.h"

namespace clausecheck::cli {

// Name: "default" for the bundled pack, else the last component of the first path.
// Version: the tool's version (rule packs carry no version of their own yet).
// sha256: over every rule file's name and bytes in load order, so that editing, adding,
// removing or renaming a rule file changes it and `scan --resume` re-scans. `sources` are
// the very bytes that were compiled (load_rule_pack passes them), never a second read of
// the files, which could differ from what ran.
RulePackIdentity identify_rule_pack(const std::vector<std::string>& rule_paths, const std::vector<RuleSource>& sources);

}  // namespace clausecheck::cli
