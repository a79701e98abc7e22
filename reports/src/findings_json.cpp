// Findings -> JSON: a document path and its findings, each in the report's one finding
// shape (finding_json.h), without the report around them.
#include <nlohmann/json.hpp>

#include "clausecheck/reports.h"
#include "finding_json.h"

namespace clausecheck {


std::string write_findings_json(const std::string& document_path, const std::vector<Finding>& findings) {
  nlohmann::ordered_json out;
  out["document"] = document_path;
  out["findings"] = nlohmann::ordered_json::array();
  for (const auto& f : findings) out["findings"].push_back(finding_json(f));
  // Invalid UTF-8 in a contract must not abort the report: replace it.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
