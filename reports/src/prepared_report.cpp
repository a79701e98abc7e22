#include "prepared_report.h"

#include <algorithm>

namespace clausecheck {

PreparedReport prepare_report(const Report& report) {
  // A Report without a document still yields a well-formed (empty) report, never a crash.
  static const AnalysedDocument empty_document{};
  const AnalysedDocument& document = report.document != nullptr ? *report.document : empty_document;
  std::vector<Finding> findings = report.findings;
  sort_for_report(findings);
  ReportSummary summary = summarise(findings);
  return PreparedReport{document, std::move(findings), std::move(summary)};
}

TextSpan located_span(const Finding& finding, const Document& document) {
  if (finding.absence) return {};
  const auto size = static_cast<std::uint32_t>(document.text.size());
  const std::uint32_t begin = std::min(finding.begin, size);
  const std::uint32_t end = std::clamp(finding.end, begin, size);
  return {begin, end};
}

}  // namespace clausecheck
