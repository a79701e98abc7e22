// summary.jsonl: the batch summary for programs, and the state `scan --resume` reads back.
#include <cmath>

#include <nlohmann/json.hpp>

#include "clausecheck/batch_summary.h"

namespace clausecheck {
namespace {

using ordered_json = nlohmann::ordered_json;

constexpr std::array<Severity, 5> severities_high_first = {Severity::critical, Severity::high, Severity::medium,
                                                           Severity::low, Severity::info};

}  // namespace

std::string write_summary_jsonl_row(const BatchRow& r) {
  ordered_json row;
  row["path"] = r.path;
  row["status"] = to_string(r.status);
  row["reason"] = r.reason;
  if (r.status == BatchStatus::error) row["error_kind"] = r.error_kind;
  row["risk_score"] = r.risk_score;
  row["risk_band"] = risk_band(r.risk_score);
  ordered_json counts;
  counts["total"] = r.total;
  for (Severity s : severities_high_first) counts[std::string(to_string(s))] = r.by_severity[static_cast<int>(s)];
  row["counts"] = counts;
  ordered_json top = ordered_json::array();
  for (const TopFinding& f : r.top_findings) {
    top.push_back(ordered_json{{"rule_id", f.rule_id},
                               {"severity", to_string(f.severity)},
                               {"title", f.title},
                               {"clause", f.clause},
                               {"page", f.page}});
  }
  row["top_findings"] = top;
  row["document"] = ordered_json{{"format", r.format}, {"pages", r.pages}, {"sha256", r.sha256}};
  row["rule_pack_sha256"] = r.rule_pack_sha256;
  row["reports"] = r.reports;
  if (r.peak_working_capital && r.revenue_at_risk) {
    // Whole pounds; an integer while it is one exactly, beyond that (only from absurd offers)
    // a rounded double rather than an integer that overflows.
    auto pounds = [](double amount) {
      const double whole = std::round(amount);
      return std::fabs(whole) < 9e15 ? ordered_json(static_cast<long long>(whole)) : ordered_json(whole);
    };
    row["offer_model"] = ordered_json{{"peak_working_capital", pounds(*r.peak_working_capital)},
                                      {"revenue_at_risk", pounds(*r.revenue_at_risk)},
                                      {"offer_sha256", r.offer_sha256}};
  }
  // Replacement rather than an exception for invalid UTF-8 in a path or message.
  return row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string write_summary_jsonl(const std::vector<BatchRow>& rows) {
  std::string out;
  for (const BatchRow& r : rows) out += write_summary_jsonl_row(r);
  return out;
}

std::optional<BatchRow> read_summary_jsonl_row(std::string_view line) {
  const nlohmann::json row = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!row.is_object()) return std::nullopt;
  try {
    BatchRow r;
    r.path = row.at("path").get<std::string>();
    auto status = parse_batch_status(row.at("status").get<std::string>());
    if (!status) return std::nullopt;
    r.status = *status;
    r.reason = row.at("reason").get<std::string>();
    if (row.contains("error_kind")) r.error_kind = row.at("error_kind").get<std::string>();
    r.risk_score = row.at("risk_score").get<int>();
    const auto& counts = row.at("counts");
    r.total = counts.at("total").get<int>();
    for (Severity s : severities_high_first) {
      r.by_severity[static_cast<int>(s)] = counts.at(std::string(to_string(s))).get<int>();
    }
    for (const auto& f : row.at("top_findings")) {
      auto severity = parse_severity(f.at("severity").get<std::string>());
      if (!severity) return std::nullopt;
      r.top_findings.push_back({f.at("rule_id").get<std::string>(), *severity, f.at("title").get<std::string>(),
                                f.at("clause").get<std::string>(), f.at("page").get<int>()});
    }
    const auto& document = row.at("document");
    r.format = document.at("format").get<std::string>();
    r.pages = document.at("pages").get<int>();
    r.sha256 = document.at("sha256").get<std::string>();
    r.rule_pack_sha256 = row.at("rule_pack_sha256").get<std::string>();
    r.reports = row.at("reports").get<std::vector<std::string>>();
    if (row.contains("offer_model")) {
      r.peak_working_capital = row.at("offer_model").at("peak_working_capital").get<double>();
      r.revenue_at_risk = row.at("offer_model").at("revenue_at_risk").get<double>();
      // Required: a row from before the offer was recorded cannot say which offer it used.
      r.offer_sha256 = row.at("offer_model").at("offer_sha256").get<std::string>();
    }
    return r;
  } catch (const nlohmann::json::exception&) {
    // A row of another version, or edited by hand: not trusted, the document is re-scanned.
    return std::nullopt;
  }
}

}  // namespace clausecheck
