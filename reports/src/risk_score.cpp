#include "risk_score.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "clausecheck/reports.h"

namespace clausecheck {

double risk_weight(Severity severity) {
  switch (severity) {
    case Severity::info: return risk_weight_info;
    case Severity::low: return risk_weight_low;
    case Severity::medium: return risk_weight_medium;
    case Severity::high: return risk_weight_high;
    case Severity::critical: return risk_weight_critical;
  }
  return risk_weight_medium;
}

double weighted_risk(const std::vector<Finding>& findings) {
  // A rule's heaviest findings take the largest shares, so the sum does not depend on the
  // order the caller passes the findings in.
  std::map<std::string, std::vector<double>> weights_by_rule;
  for (const Finding& f : findings) weights_by_rule[f.rule_id].push_back(risk_weight(f.severity));
  double sum = 0;
  for (auto& [rule, weights] : weights_by_rule) {
    std::sort(weights.begin(), weights.end(), std::greater<>());
    double share = 1;
    for (double w : weights) {
      sum += w * share;
      share *= risk_repeat_factor;
    }
  }
  return sum;
}

int risk_score(const std::vector<Finding>& findings) {
  const double sum = weighted_risk(findings);
  const double score = 100.0 * (1.0 - std::exp(-sum / risk_scale));
  return std::clamp(static_cast<int>(std::lround(score)), 0, 100);
}

ReportSummary summarise(const std::vector<Finding>& findings) {
  ReportSummary summary;
  summary.total = static_cast<int>(findings.size());
  for (const Finding& f : findings) {
    ++summary.by_severity[static_cast<std::size_t>(f.severity)];
    ++summary.by_category[f.category];
  }
  summary.risk_score = risk_score(findings);
  return summary;
}

std::string_view risk_band(int score) {
  if (score <= 0) return "none";
  if (score < 25) return "low";
  if (score < 50) return "medium";
  if (score < 75) return "high";
  return "critical";
}

}  // namespace clausecheck
