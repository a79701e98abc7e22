// Findings -> JSON, as `clausecheck scan` writes them. Every field of a Finding is written,
// always, in the order of finding.h, so that consumers can rely on the shape.
#include <nlohmann/json.hpp>

#include "clausecheck/reports.h"

namespace clausecheck {

namespace {

using nlohmann::ordered_json;

ordered_json capture_json(const CapturedValue& c) {
  return {{"name", c.name},   {"type", c.type}, {"text", c.text},
          {"value", c.value}, {"unit", c.unit}, {"span", {{"begin", c.begin}, {"end", c.end}}}};
}

ordered_json finding_json(const Finding& f) {
  ordered_json captures = ordered_json::array();
  for (const auto& c : f.captures) captures.push_back(capture_json(c));
  ordered_json clause = nullptr;
  if (f.clause >= 0) clause = {{"index", f.clause}, {"citation", f.clause_citation}, {"heading", f.heading}};
  return {{"rule_id", f.rule_id},
          {"title", f.title},
          {"category", f.category},
          {"taxonomy", f.taxonomy},
          {"severity", std::string(to_string(f.severity))},
          {"message", f.message},
          {"ask", f.ask},
          {"reference", f.reference},
          {"tags", f.tags},
          {"absence", f.absence},
          {"page", f.page},
          {"clause", clause},
          {"span", {{"begin", f.begin}, {"end", f.end}}},
          {"text", f.text},
          {"captures", captures},
          {"why", f.why}};
}

}  // namespace

std::string write_findings_json(const std::string& document_path, const std::vector<Finding>& findings) {
  ordered_json out;
  out["document"] = document_path;
  out["findings"] = ordered_json::array();
  for (const auto& f : findings) out["findings"].push_back(finding_json(f));
  // Invalid UTF-8 in a contract must not abort the report: replace it.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
