// summary.csv: the batch summary for a spreadsheet. One header line, one line per input.
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "clausecheck/batch_summary.h"

namespace clausecheck {
namespace {

// A cell as RFC 4180 wants it. Paths and messages come from untrusted files: a leading
// = + - @ would make a spreadsheet evaluate the cell, and so would a tab or carriage return
// before one (spreadsheets trim them), so such a cell starts with a quote (OWASP's advice
// for CSV injection).
std::string csv_cell(std::string_view text) {
  std::string cell;
  const bool risky = !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
  if (risky) cell += '\'';
  cell.append(text);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

// "PAY-03.long-payment-terms (high, 7.2, p. 4): Long payment terms; …"
std::string top_findings_cell(const std::vector<TopFinding>& findings) {
  std::string out;
  for (const TopFinding& f : findings) {
    if (!out.empty()) out += "; ";
    out += f.rule_id + " (" + std::string(to_string(f.severity));
    if (!f.clause.empty()) out += ", " + f.clause;
    if (f.page > 0) out += ", p. " + std::to_string(f.page);
    out += "): " + f.title;
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

// Whole pounds as a plain number a spreadsheet sorts ("20000"), empty when not assessed.
std::string pounds_cell(const std::optional<double>& amount) {
  if (!amount || !std::isfinite(*amount)) return "";
  // Through the double, not an integer: no amount overflows.
  char digits[400];
  double pounds = std::round(*amount);
  if (pounds == 0) pounds = 0;  // -0.4 rounds to -0, which would print as "-0"
  std::snprintf(digits, sizeof digits, "%.0f", pounds);
  return digits;
}

}  // namespace

std::string write_summary_csv(const std::vector<BatchRow>& rows) {
  std::string out =
      "path,status,reason,risk_score,risk_band,findings,critical,high,medium,low,info,top_findings,"
      "format,pages,sha256,rule_pack_sha256,reports,peak_working_capital,revenue_at_risk\r\n";
  for (const BatchRow& r : rows) {
    const bool scanned = r.status != BatchStatus::error;
    auto count = [&](Severity s) { return scanned ? std::to_string(r.by_severity[static_cast<int>(s)]) : ""; };
    out += csv_cell(r.path) + ',' + std::string(to_string(r.status)) + ',' + csv_cell(r.reason) + ',' +
           (scanned ? std::to_string(r.risk_score) : "") + ',' +
           (scanned ? std::string(risk_band(r.risk_score)) : "") + ',' + (scanned ? std::to_string(r.total) : "") +
           ',' + count(Severity::critical) + ',' + count(Severity::high) + ',' + count(Severity::medium) + ',' +
           count(Severity::low) + ',' + count(Severity::info) + ',' + csv_cell(top_findings_cell(r.top_findings)) +
           ',' + r.format + ',' + (scanned ? std::to_string(r.pages) : "") + ',' + r.sha256 + ',' +
           r.rule_pack_sha256 + ',' + csv_cell(joined(r.reports)) + ',' + pounds_cell(r.peak_working_capital) + ',' +
           pounds_cell(r.revenue_at_risk) + "\r\n";
  }
  return out;
}

}  // namespace clausecheck
