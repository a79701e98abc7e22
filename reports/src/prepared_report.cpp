#include "prepared_report.h"

#include <algorithm>

namespace clausecheck {

namespace {

std::vector<Finding> sorted_copy_unless_sorted(const std::vector<Finding>& findings) {
  if (in_report_order(findings)) return {};
  std::vector<Finding> sorted = findings;
  sort_for_report(sorted);
  return sorted;
}

}  // namespace

PreparedReport::PreparedReport(const AnalysedDocument& document_in, const std::vector<Finding>& report_findings)
    : document(document_in),
      sorted_copy_(sorted_copy_unless_sorted(report_findings)),
      findings(sorted_copy_.empty() ? report_findings : sorted_copy_),
      summary(summarise(findings)) {}

PreparedReport prepare_report(const Report& report) {
  // A Report without a document still yields a well-formed (empty) report, never a crash.
  static const AnalysedDocument empty_document{};
  const AnalysedDocument& document = report.document != nullptr ? *report.document : empty_document;
  return PreparedReport(document, report.findings);
}

TextSpan located_span(const Finding& finding, const Document& document) {
  if (finding.absence) return {};
  const auto size = static_cast<std::uint32_t>(document.text.size());
  const std::uint32_t begin = std::min(finding.begin, size);
  const std::uint32_t end = std::clamp(finding.end, begin, size);
  return {begin, end};
}

}  // namespace clausecheck
