// Writers for `clausecheck diff`: what a new draft changes in a contract's risks.
// Documented in docs/cli.md.
//
// Contract: both writers are pure functions of the DraftDiff and paths, deterministic (same
// diff, same bytes), throw nothing of their own and keep no state, so threads may call them at
// once.
#pragma once

#include <string>

#include "clausecheck/draft_diff.h"

namespace clausecheck {

// A terminal summary: counts, then added, changed and removed risks, each with clause,
// page, severity and title; changes show before -> after. `colour` adds ANSI colour.
std::string write_diff_text(const DraftDiff& diff, const std::string& old_path, const std::string& new_path,
                            bool colour);

// One JSON object, newline-terminated: {"old", "new", "summary", "added", "removed", "changed"}.
std::string write_diff_json(const DraftDiff& diff, const std::string& old_path, const std::string& new_path);

}  // namespace clausecheck
