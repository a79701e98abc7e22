// The one order in which every report lists findings, so that reports are deterministic
// whatever order the matcher produced them in.
#include <algorithm>
#include <tuple>

#include "clausecheck/reports.h"

namespace clausecheck {

namespace {

// Highest severity first; then reading order; then enough fields to make it total.
bool before_in_report(const Finding& a, const Finding& b) {
  return std::forward_as_tuple(b.severity, a.page, a.begin, a.rule_id, a.end, a.title, a.message) <
         std::forward_as_tuple(a.severity, b.page, b.begin, b.rule_id, b.end, b.title, b.message);
}

}  // namespace

void sort_for_report(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), before_in_report);
}

bool in_report_order(const std::vector<Finding>& findings) {
  return std::is_sorted(findings.begin(), findings.end(), before_in_report);
}

}  // namespace clausecheck
