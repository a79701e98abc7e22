#include "assessment_view.h"

#include <cstdio>

namespace clausecheck {

std::string input_source_text(const ModelInput& input) {
  switch (input.source) {
    case InputSource::contract: {
      std::string where = input.clause.empty() ? "the contract" : "clause " + input.clause;
      if (input.page > 0) where += ", page " + std::to_string(input.page);
      return where;
    }
    // The provider's own figure, from an offer file or the web form (which writes one):
    // "your figures" says whose it is to a reader who never saw the file.
    case InputSource::offer: return "your figures: offer, line " + std::to_string(input.line);
    case InputSource::assumed: return "assumed: " + input.note;
  }
  return "";
}

std::vector<const ModelInput*> figure_inputs(const Assessment& assessment, const TracedFigure& figure) {
  std::vector<const ModelInput*> out;
  for (const std::string& id : figure.from) {
    for (const ModelInput& in : assessment.inputs) {
      if (in.id == id) {
        out.push_back(&in);
        break;
      }
    }
  }
  return out;
}

const TracedFigure* find_figure(const Assessment& assessment, std::string_view id) {
  for (const TracedFigure& f : assessment.figures) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

std::string one_decimal(double value) {
  char buffer[400];  // room for any double: the model's figures are finite but unbounded
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

std::string plain_figure(double value) {
  std::string text = one_decimal(value);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text == "-0" ? "0" : text;
}

std::string reserves_text(const Assessment& a) {
  std::string text = a.cash_reserves > 0 ? "That is " + one_decimal(a.reserves_used_percent) +
                                               " % of cash reserves of " + format_pounds(a.cash_reserves)
                                         : std::string("The provider has no cash reserves to meet it");
  if (a.parameters.monthly_cost > 0) text += ", or " + one_decimal(a.months_of_costs) + " months of delivery cost";
  return text + ".";
}

std::string peak_reason_text(const Assessment& a) {
  const CashFlow& flow = a.cash_flow;
  if (flow.peak_working_capital <= 0 || flow.peak_month == 0) return "";
  int first_paid = 0;
  for (const CashMonth& m : flow.months) {
    if (m.invoices_paid + m.outcomes_paid > 0) {
      first_paid = m.month;
      break;
    }
  }
  if (first_paid == 0) return "";
  const CashFlowParameters& p = a.parameters;
  const std::string period =
      p.invoice_period_months == 1 ? "the month" : "the " + std::to_string(p.invoice_period_months) + " months";
  std::string text = "Each invoice is raised " + std::string(p.paid_in_advance ? "as " + period + " it covers starts"
                                                                                 : "at the end of " + period + " it covers") +
                     " and paid " + plain_figure(p.payment_days) + " days later";
  for (const ModelInput& in : a.inputs) {
    if (in.id == "pay_when_paid" && in.value_text == "yes") text += " (waiting for the prime to be paid)";
  }
  text += ", so the first payment arrives in month " + std::to_string(first_paid) + ".";
  // Before the first payment nothing comes in, so the position only falls: the lowest point
  // is the month before it or later.
  const int before = first_paid - 1;
  if (before >= 1 && flow.months[static_cast<std::size_t>(before - 1)].position < 0) {
    text += " By then the provider is " + format_pounds(-flow.months[static_cast<std::size_t>(before - 1)].position) +
            " out of pocket";
    // A bond is cash put up, not spent: say how much of the sum it is.
    if (p.bond > 0) text += ", " + format_pounds(p.bond) + " of it the deposit or bond put up in month 1";
    text += before == flow.peak_month ? std::string(": the lowest point.") : std::string(".");
  }
  if (flow.peak_month > before) {
    text += " After that, less comes in than goes out until month " + std::to_string(flow.peak_month) +
            ", the lowest point.";
  }
  return text;
}

std::string peak_text(double peak, int month) {
  if (month == 0 || peak <= 0) return "none: the cash never falls below where it started";
  return format_pounds(peak) + " in month " + std::to_string(month);
}

}  // namespace clausecheck
