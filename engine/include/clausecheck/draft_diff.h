// Comparing the findings of two drafts of one contract: what a provider needs between
// negotiation rounds. Pure logic over findings; the front end scans both drafts.
//
// Findings are matched by rule and by the text of their clause, never by position or
// clause number: a new draft often inserts a clause and renumbers the rest, and that
// must not read as "every risk removed and added again".
//   1. Same rule, same clause text (normalised: case, spacing, punctuation and a leading
//      clause number ignored): the same risk, unchanged; changed only if its severity,
//      message or matched words differ (a rule pack edited between the two scans).
//   2. Among the rest, same rule and clause texts sharing at least half of their words
//      (Jaccard similarity of the word sets >= 0.5), best pairs first: the clause was
//      reworded, the risk is changed ("sixty days" became "ninety days").
//   3. Whatever is left: removed (only in the old draft) or added (only in the new).
// Absence findings (no clause) match by rule alone.
//
// Contract: diff_drafts() reads its arguments only and returns a value; the same inputs give
// the same DraftDiff in the same order. It throws nothing of its own and keeps no state, so
// threads may call it at once.
#pragma once

#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/finding.h"

namespace clausecheck {

struct ChangedFinding {
  Finding before;
  Finding after;
  std::vector<std::string> changes;  // "severity", "message", "text", "clause", in this order
};

struct DraftDiff {
  std::vector<Finding> added;            // highest severity first, then page, position, rule
  std::vector<Finding> removed;
  std::vector<ChangedFinding> changed;   // in the same order, by `after`
  int unchanged = 0;
};

// REQUIRES: each finding's `clause` indexes its own document's structure (or is -1).
DraftDiff diff_drafts(const AnalysedDocument& old_draft, const std::vector<Finding>& old_findings,
                      const AnalysedDocument& new_draft, const std::vector<Finding>& new_findings);

// The words of a clause as the matcher compares them: lowercase letters and digits, a
// leading clause number ("7.2", "(b)") dropped. Exposed for tests.
std::vector<std::string> clause_words_for_matching(std::string_view clause_text);

}  // namespace clausecheck
