// What every writer starts from: the report's document (never null), its findings in
// report order, and their summary. Computed once per writer call.
#pragma once

#include <vector>

#include "clausecheck/reports.h"

namespace clausecheck {

struct PreparedReport {
  // Borrows the report's findings when they are already in report order (the document
  // pipeline sorts them once), and sorts a copy only when they are not: a large contract's
  // tens of thousands of findings are not copied and freed again for every writer.
  PreparedReport(const AnalysedDocument& document, const std::vector<Finding>& report_findings);
  PreparedReport(const PreparedReport&) = delete;  // `findings` may refer to `sorted_copy_`
  PreparedReport& operator=(const PreparedReport&) = delete;

  const AnalysedDocument& document;

 private:
  std::vector<Finding> sorted_copy_;

 public:
  const std::vector<Finding>& findings;  // sorted by sort_for_report
  ReportSummary summary;
};

PreparedReport prepare_report(const Report& report);

// A finding's span clamped to the extracted text; empty for absence findings and for
// spans outside the text. Writers never index the text with an unchecked span.
TextSpan located_span(const Finding& finding, const Document& document);

// The severities from highest to lowest, the order summaries list them in.
inline constexpr Severity severities_high_to_low[] = {Severity::critical, Severity::high, Severity::medium,
                                                      Severity::low, Severity::info};

}  // namespace clausecheck
