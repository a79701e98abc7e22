// The `assessment` object of the JSON report (schema 1.3.0; each month's management fees and
// bond since 1.4.0): the offer model's inputs with where each came from, the month-by-month
// cash flow, the scenarios, exit exposure, inflation and the headline figures with the inputs
// each came from (docs/offer-model.md).
#include "assessment_json.h"

#include <cmath>

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

// Money to the penny, so that reports stay byte-identical across machines.
double pence(double amount) { return std::round(amount * 100.0) / 100.0; }

ordered_json input_json(const ModelInput& in) {
  ordered_json node;
  node["id"] = in.id;
  node["label"] = in.label;
  node["value"] = in.value_text;
  node["source"] = std::string(to_string(in.source));
  node["clause"] = in.clause;
  node["page"] = in.page;
  node["line"] = in.line;
  node["quote"] = in.quote;
  node["note"] = in.note;
  return node;
}

}  // namespace

ordered_json assessment_json(const Assessment& a) {
  ordered_json out;
  ordered_json figures = ordered_json::array();
  for (const TracedFigure& f : a.figures) {
    ordered_json node;
    node["id"] = f.id;
    node["label"] = f.label;
    // An unbounded exposure has no number: null, never a large value.
    if (f.unbounded)
      node["value"] = nullptr;
    else
      node["value"] = pence(f.value);
    node["unbounded"] = f.unbounded;
    node["from"] = f.from;
    figures.push_back(std::move(node));
  }
  out["figures"] = std::move(figures);
  out["peak_month"] = a.cash_flow.peak_month;
  out["cash_reserves"] = pence(a.cash_reserves);
  out["months_of_costs"] = pence(a.months_of_costs);
  out["reserves_run_out_month"] = a.reserves_run_out_month;
  ordered_json inputs = ordered_json::array();
  for (const ModelInput& in : a.inputs) inputs.push_back(input_json(in));
  out["inputs"] = std::move(inputs);
  out["assumed"] = a.assumed;
  ordered_json months = ordered_json::array();
  for (const CashMonth& m : a.cash_flow.months) {
    months.push_back({{"month", m.month},
                      {"invoices_paid", pence(m.invoices_paid)},
                      {"outcomes_paid", pence(m.outcomes_paid)},
                      {"retention_released", pence(m.retention_released)},
                      {"costs", pence(m.costs)},
                      {"management_fees", pence(m.management_fees)},
                      {"bond_paid", pence(m.bond_paid)},
                      {"bond_returned", pence(m.bond_returned)},
                      {"net", pence(m.net)},
                      {"position", pence(m.position)}});
  }
  out["cash_flow"] = std::move(months);
  ordered_json scenarios = ordered_json::array();
  for (const Scenario& s : a.scenarios) {
    scenarios.push_back({{"name", s.name},
                         {"outcome_rate_percent", pence(s.outcome_rate_percent)},
                         {"volume_percent", pence(s.volume_percent)},
                         {"payment_days", pence(s.payment_days)},
                         {"revenue_received", pence(s.revenue_received)},
                         {"revenue_at_risk", pence(s.revenue_at_risk)},
                         {"peak_working_capital", pence(s.peak_working_capital)},
                         {"peak_month", s.peak_month}});
  }
  out["scenarios"] = std::move(scenarios);
  ordered_json exit;
  exit["notice_days"] = pence(a.exit.notice_days);
  exit["redundancy"] = pence(a.exit.redundancy);
  exit["committed_costs"] = pence(a.exit.committed_costs);
  exit["pension_applies"] = a.exit.pension_applies;
  if (a.exit.pension_exit_debt)
    exit["pension_exit_debt"] = pence(*a.exit.pension_exit_debt);
  else
    exit["pension_exit_debt"] = nullptr;
  exit["known_total"] = pence(a.exit.known_total);
  exit["liability_capped"] = a.exit.liability_capped;
  exit["liability_cap_text"] = a.exit.liability_cap_text;
  out["exit"] = std::move(exit);
  out["inflation"] = {{"rate_percent", pence(a.inflation.rate_percent)},
                      {"fixed_price", a.inflation.fixed_price},
                      {"nominal_price", pence(a.inflation.nominal_price)},
                      {"real_price", pence(a.inflation.real_price)},
                      {"loss", pence(a.inflation.loss)},
                      {"last_year_buys_percent", pence(a.inflation.last_year_buys_percent)}};
  return out;
}

}  // namespace clausecheck
