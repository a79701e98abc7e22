// The compact per-document record of a batch, and the order of the summary.
#include <algorithm>
#include <tuple>

#include "clausecheck/batch_summary.h"

namespace clausecheck {

std::string_view to_string(BatchStatus status) {
  switch (status) {
    case BatchStatus::ok: return "ok";
    case BatchStatus::warning: return "warning";
    case BatchStatus::error: return "error";
  }
  return "error";
}

std::optional<BatchStatus> parse_batch_status(std::string_view text) {
  for (BatchStatus s : {BatchStatus::ok, BatchStatus::warning, BatchStatus::error}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

BatchRow make_batch_row(const Report& report) {
  BatchRow row;
  row.rule_pack_sha256 = report.rule_pack.sha256;
  if (report.document != nullptr) {
    const Document& d = report.document->document;
    row.path = d.path;
    row.format = std::string(to_string(d.format));
    row.pages = d.page_count;
    row.sha256 = d.sha256;
    for (const Warning& w : d.warnings) {
      if (!row.reason.empty()) row.reason += "; ";
      row.reason += w.message;
    }
    row.status = d.warnings.empty() ? BatchStatus::ok : BatchStatus::warning;
  }
  const ReportSummary summary = summarise(report.findings);
  row.total = summary.total;
  row.by_severity = summary.by_severity;
  row.risk_score = summary.risk_score;
  std::vector<Finding> ordered = report.findings;
  sort_for_report(ordered);
  for (std::size_t i = 0; i < ordered.size() && i < batch_top_findings; ++i) {
    const Finding& f = ordered[i];
    row.top_findings.push_back({f.rule_id, f.severity, f.title, f.clause_citation, f.page});
  }
  return row;
}

void sort_batch_rows(std::vector<BatchRow>& rows) {
  std::sort(rows.begin(), rows.end(), [](const BatchRow& a, const BatchRow& b) {
    const bool a_error = a.status == BatchStatus::error;
    const bool b_error = b.status == BatchStatus::error;
    return std::tie(b_error, b.risk_score, a.path) < std::tie(a_error, a.risk_score, b.path);
  });
}

}  // namespace clausecheck
