// The offer assessment for the terminal (`clausecheck assess`): the cash needed and why
// first, then revenue at risk and its scenarios, exit exposure, inflation, and every input
// with where it came from. Plain text, 80 columns, deterministic.
#include <cmath>
#include <cstdio>

#include "assessment_view.h"
#include "clausecheck/reports.h"
#include "safe_text.h"
#include "text_wrap.h"

namespace clausecheck {
namespace {

std::string pad(std::string s, std::size_t width) {
  while (display_width(s) < width) s += ' ';
  return s;
}
std::string pad_left(std::string s, std::size_t width) {
  while (display_width(s) < width) s = ' ' + s;
  return s;
}

}  // namespace

std::string write_assessment_text(const Report& report) {
  if (report.assessment == nullptr) return "";
  const Assessment& a = *report.assessment;
  const std::string path = report.document != nullptr ? report.document->document.path : std::string();
  std::string out = wrap("What the offer costs: " + path, "", "  ");
  out += "\n";

  const CashFlow& flow = a.cash_flow;
  std::string headline = "Cash needed to take the contract on: " + peak_text(flow.peak_working_capital, flow.peak_month);
  out += wrap(headline, "", "  ");
  if (flow.peak_working_capital > 0) {
    std::string reserves = reserves_text(a);
    if (a.reserves_run_out_month > 0) {
      reserves += " The reserves run out in month " + std::to_string(a.reserves_run_out_month) + ".";
    }
    out += wrap(reserves, "  ", "  ");
  }
  if (const std::string reason = peak_reason_text(a); !reason.empty()) out += wrap("Why: " + reason, "  ", "  ");
  if (const TracedFigure* peak = find_figure(a, "peak_working_capital")) {
    out += "  The terms and figures behind it:\n";
    for (const ModelInput* in : figure_inputs(a, *peak)) {
      out += wrap(in->label + ": " + in->value_text + " (" + input_source_text(*in) + ")", "  - ", "    ");
    }
  }
  out += "\n";

  out += wrap("Revenue at risk: " + format_pounds(flow.revenue_at_risk) + " of a price of " +
                  format_pounds(a.parameters.indicative_price) + " (received: " + format_pounds(flow.revenue_received) +
                  ")",
              "", "  ");
  out += "  " + pad("scenario", 34) + pad_left("at risk", 12) + pad_left("peak cash", 12) + "  month\n";
  for (const Scenario& s : a.scenarios) {
    out += "  " + pad(s.name, 34) + pad_left(format_pounds(s.revenue_at_risk), 12) +
           pad_left(format_pounds(s.peak_working_capital), 12) + "  " + std::to_string(s.peak_month) + "\n";
  }
  out += "\n";

  const ExitExposure& exit = a.exit;
  std::string exit_text = "Exit exposure on termination for convenience (" + std::to_string(std::lround(exit.notice_days)) +
                          " days' notice): " + format_pounds(exit.known_total) + " known (redundancy " +
                          format_pounds(exit.redundancy) + ", committed costs " + format_pounds(exit.committed_costs);
  if (exit.pension_exit_debt) exit_text += ", pension exit debt " + format_pounds(*exit.pension_exit_debt);
  exit_text += ")";
  if (exit.pension_applies && !exit.pension_exit_debt) {
    exit_text += ", plus a pension exit debt that is not known: the contract brings a defined-benefit pension; ask the "
                 "fund's actuary";
  }
  out += wrap(exit_text + ".", "", "  ");
  if (exit.liability_capped) {
    out += wrap("Liability: capped (" + exit.liability_cap_text + ").", "", "  ");
  } else {
    out += wrap("Liability: UNBOUNDED. The contract sets no cap on the provider's liability, so no figure can be given.",
                "", "  ");
  }
  if (find_figure(a, "service_credits_exposure") != nullptr) {
    out += wrap("Service credits: not capped, so what they can take is unbounded.", "", "  ");
  }
  out += "\n";

  const InflationEffect& infl = a.inflation;
  if (infl.fixed_price) {
    out += wrap("Inflation: at " + one_decimal(infl.rate_percent) + " % a year the fixed price of " +
                    format_pounds(infl.nominal_price) + " is worth " + format_pounds(infl.real_price) +
                    " in first-year money (" + format_pounds(infl.loss) + " lost); the last year's pound buys " +
                    one_decimal(infl.last_year_buys_percent) + " % of the first's.",
                "", "  ");
  } else {
    out += wrap("Inflation: prices are indexed, so the price keeps its value.", "", "  ");
  }
  out += "\n";

  out += "Inputs:\n";
  for (const ModelInput& in : a.inputs) {
    std::string line = in.label + ": " + in.value_text + " (" + input_source_text(in) + ")";
    if (in.source != InputSource::assumed && !in.note.empty()) line += "; " + in.note;
    out += wrap(line, "  - ", "    ");
  }
  if (!a.assumed.empty()) {
    out += "\n";
    out += wrap(std::to_string(a.assumed.size()) +
                    " inputs were neither in the contract nor in the offer and were assumed (above). Give them in an "
                    "offer file (--offer) to replace the defaults; docs/offer-model.md lists the fields.",
                "", "");
  }
  return out;
}

}  // namespace clausecheck
