// The JSON report: the stable contract other tools read. Every key is documented in
// docs/report-format.md and constrained by reports/schema/clausecheck-report.schema.json;
// a change to either is a change to report_schema_version.
#include <chrono>
#include <cmath>
#include <ctime>

#include <nlohmann/json.hpp>

#include "assessment_json.h"
#include "clausecheck/reports.h"
#include "finding_json.h"
#include "parties_view.h"
#include "prepared_report.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

// The outline is the clause tree without text: enough to navigate, small enough to diff.
ordered_json outline_node(const DocumentStructure& structure, int index, int depth) {
  const Clause& clause = structure.clauses[static_cast<std::size_t>(index)];
  ordered_json node;
  node["citation"] = clause.citation;
  node["label"] = clause.label;
  node["heading"] = clause.heading;
  node["page"] = clause.page_start;
  node["page_end"] = clause.page_end;
  ordered_json children = ordered_json::array();
  // The recovered tree is bounded by the structure engineer's limits; this guard keeps a
  // malformed tree (a cycle) from recursing forever.
  if (depth < 64) {
    for (int child : clause.children) {
      if (child > index && static_cast<std::size_t>(child) < structure.clauses.size())
        children.push_back(outline_node(structure, child, depth + 1));
    }
  }
  node["children"] = std::move(children);
  return node;
}


ordered_json summary_json(const ReportSummary& summary) {
  ordered_json by_severity;
  for (Severity s : severities_high_to_low)
    by_severity[std::string(to_string(s))] = summary.by_severity[static_cast<std::size_t>(s)];
  ordered_json by_category = ordered_json::object();
  for (const auto& [category, count] : summary.by_category) by_category[category] = count;
  ordered_json node;
  node["total"] = summary.total;
  node["by_severity"] = std::move(by_severity);
  node["by_category"] = std::move(by_category);
  node["risk_score"] = summary.risk_score;
  node["risk_band"] = std::string(risk_band(summary.risk_score));
  return node;
}

}  // namespace

std::string write_report_json(const Report& report) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;
  const DocumentStructure& structure = prepared.document.structure;

  ordered_json out;
  out["$schema"] = std::string(report_schema_id);
  out["schema_version"] = std::string(report_schema_version);
  out["tool"] = {{"name", report.tool_name}, {"version", report.tool_version}};
  if (report.options.timestamp) out["generated_at"] = *report.options.timestamp;
  out["rule_pack"] = {{"name", report.rule_pack.name},
                      {"version", report.rule_pack.version},
                      {"sha256", report.rule_pack.sha256}};
  out["document"] = {{"path", d.path},
                     {"sha256", d.sha256},
                     {"format", std::string(to_string(d.format))},
                     {"pages", d.page_count},
                     {"kind", std::string(to_string(prepared.document.kind.kind))},
                     {"kind_evidence", prepared.document.kind.evidence}};
  out["parties"] = parties_json(prepared.document.parties);

  ordered_json outline = ordered_json::array();
  for (int root : structure.roots) {
    if (root >= 0 && static_cast<std::size_t>(root) < structure.clauses.size())
      outline.push_back(outline_node(structure, root, 0));
  }
  out["outline"] = std::move(outline);

  ordered_json findings = ordered_json::array();
  for (std::size_t i = 0; i < prepared.findings.size(); ++i) findings.push_back(finding_json(prepared.findings[i], "F" + std::to_string(i + 1)));
  out["findings"] = std::move(findings);

  ordered_json warnings = ordered_json::array();
  for (const Warning& w : d.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}, {"page", w.page}});
  out["warnings"] = std::move(warnings);
  out["summary"] = summary_json(prepared.summary);
  if (report.assessment != nullptr) out["assessment"] = assessment_json(*report.assessment);
  // Invalid UTF-8 from a damaged file must not abort the report: replace it with U+FFFD.
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string current_utc_timestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace clausecheck
