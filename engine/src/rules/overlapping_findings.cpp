#include "rules/overlapping_findings.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace clausecheck::rules {
namespace {

bool foldable(const Finding& f) {
  return !f.absence && f.clause >= 0 && !f.taxonomy.empty() && f.also_clauses.empty() && f.end > f.begin;
}

bool overlap(const Finding& a, const Finding& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

void fold_overlapping_findings(std::vector<Finding>& findings) {
  // Candidates by (clause, taxonomy): few findings share one, so each group is compared
  // pairwise.
  std::map<std::pair<int, std::string>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (foldable(findings[i])) groups[{findings[i].clause, findings[i].taxonomy}].push_back(i);
  }
  std::vector<bool> folded(findings.size(), false);
  for (auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    // The more severe reading stands; on a tie, the rule first in the pack.
    std::stable_sort(members.begin(), members.end(),
                     [&](std::size_t a, std::size_t b) { return findings[a].severity > findings[b].severity; });
    for (std::size_t a = 0; a < members.size(); ++a) {
      const std::size_t keep = members[a];
      if (folded[keep]) continue;
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const std::size_t other = members[b];
        if (folded[other] || findings[other].rule_id == findings[keep].rule_id ||
            !overlap(findings[keep], findings[other])) {
          continue;
        }
        const Finding& gone = findings[other];
        findings[keep].why.push_back("also read by " + gone.rule_id + " (\"" + gone.title + "\") in \"" + gone.text +
                                     "\"; one finding stands for both");
        folded[other] = true;
      }
    }
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (folded[i]) continue;
    if (out != i) findings[out] = std::move(findings[i]);
    ++out;
  }
  findings.resize(out);
}

}  // namespace clausecheck::rules
