// Report writers. Each output format is its own writer over the same analysed document
// and findings; every writer is deterministic (same input, byte-identical output).
//
// Contract: the writers read the Report they are given and return text; they throw nothing
// of their own, keep no state and may be called from several threads at once. The only input
// that is not in the Report is current_utc_timestamp(), which the caller sets in ReportOptions::timestamp,
// so that a writer's output depends on its argument alone.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"

namespace clausecheck {

// The structured document as written by `clausecheck extract`: keys `document`,
// `clauses`, `definitions`, `references`, `warnings`. Documented in docs/extract-format.md.
std::string write_extract_json(const AnalysedDocument& document);

// The findings of one scan without the report around them (one JSON object, newline
// terminated): {"document": path, "findings": [...]}, each finding in the report's finding
// shape (the schema's "$defs/finding", without "id"), in the order given.
std::string write_findings_json(const std::string& document_path, const std::vector<Finding>& findings);

// ---- Scan reports (JSON, HTML, SARIF, terminal text). Documented in docs/report-format.md.

// The identity of the JSON report contract; the schema is reports/schema/clausecheck-report.schema.json.
inline constexpr std::string_view report_schema_id = "urn:clausecheck:report-schema:1";
inline constexpr std::string_view report_schema_version = "1.6.0";

// Which rules produced the findings: a lawyer must be able to tell two runs apart.
struct RulePackIdentity {
  std::string name;
  std::string version;
  std::string sha256;  // hex digest of the pack's sources, as the rule loader computes it
};

struct ReportOptions {
  // When set (RFC 3339 UTC, e.g. from current_utc_timestamp()), written as `generated_at`.
  // Off by default, so that the same inputs give byte-identical reports.
  std::optional<std::string> timestamp;
  // How many threads a writer may use (the caller's choice): the JSON writer writes a large
  // report's findings in as many pieces at once and joins them in order, the same bytes.
  unsigned threads = 1;
};

// Everything a writer needs. The Report does not own the analysed document: REQUIRES the
// document outlives the Report (a null pointer is written as an empty document).
struct Report {
  std::string tool_name = "clausecheck";
  std::string tool_version;
  RulePackIdentity rule_pack;
  const AnalysedDocument* document = nullptr;
  std::vector<Finding> findings;  // any order: writers sort them (see sort_for_report)
  ReportOptions options;
  // What the offer costs (docs/offer-model.md), when assessed: JSON `assessment` and an HTML
  // section. Not owned: REQUIRES it outlives the Report. Null: no assessment.
  const Assessment* assessment = nullptr;
};

// Counts and the 0-100 risk score of a set of findings (formula in docs/report-format.md).
struct ReportSummary {
  int total = 0;
  std::array<int, 5> by_severity{};      // indexed by Severity (info .. critical)
  std::map<std::string, int> by_category;  // category -> count, ordered by name
  int risk_score = 0;
};

ReportSummary summarise(const std::vector<Finding>& findings);
// "none" (0), "low" (1-24), "medium" (25-49), "high" (50-74), "critical" (75-100).
std::string_view risk_band(int risk_score);

// The order every writer lists findings in: severity (highest first), page, span begin,
// rule id, then span end, title and message so that the order is total.
void sort_for_report(std::vector<Finding>& findings);
// Whether `findings` are already in the order sort_for_report gives.
bool in_report_order(const std::vector<Finding>& findings);

// The JSON report: the stable, versioned contract (one object, newline-terminated).
std::string write_report_json(const Report& report);
// One self-contained HTML page: the contract text with findings highlighted in place.
std::string write_report_html(const Report& report);
// SARIF 2.1.0, for editors and code-review tools.
std::string write_report_sarif(const Report& report);
// The terminal pre-check: top risks first, each with clause, page, the risk and the ask.
// `colour` adds ANSI colour; the caller decides (e.g. when stdout is a terminal).
std::string write_report_text(const Report& report, bool colour);

// The offer assessment for the terminal: the cash a provider needs to take the contract
// on and why, revenue at risk, exit exposure and inflation, then every input with where it
// came from. REQUIRES report.assessment. Documented in docs/offer-model.md.
std::string write_assessment_text(const Report& report);

// The list of asks: one numbered request per finding with an ask, highest risk first,
// each with its clause and why, as plain text a provider can send to the prime.
std::string write_asks_text(const Report& report);

// The output formats of `clausecheck scan --format`, spelled "json", "html", "sarif", "text".
enum class ReportFormat { json, html, sarif, text };
std::string_view to_string(ReportFormat format);
std::optional<ReportFormat> parse_report_format(std::string_view name);
// The file name extension for a format, without the dot: "json", "html", "sarif", "txt".
std::string_view file_extension(ReportFormat format);
// Writes `report` in `format`; `colour` applies to text only.
std::string write_report(const Report& report, ReportFormat format, bool colour = false);

// The current time as RFC 3339 UTC ("2026-11-24T16:01:07Z"), for ReportOptions::timestamp.
std::string current_utc_timestamp();

// ---- Evaluation of a rule pack against labelled documents (`clausecheck eval`).
// Documented in docs/eval.md.
struct Evaluation;  // clausecheck/evaluation.h

// A table per taxonomy type with overall totals, then every miss and false alarm.
std::string write_evaluation_text(const Evaluation& evaluation);
// The same as one JSON object, newline-terminated.
std::string write_evaluation_json(const Evaluation& evaluation);

}  // namespace clausecheck
