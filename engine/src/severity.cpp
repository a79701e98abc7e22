#include "clausecheck/finding.h"

namespace clausecheck {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
    case Severity::critical: return "critical";
  }
  return "medium";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity s : {Severity::info, Severity::low, Severity::medium, Severity::high, Severity::critical}) {
    if (text == to_string(s)) return s;
  }
  return std::nullopt;
}

}  // namespace clausecheck
