// The offer assessment as a section of the HTML report (assessment_html.h).
//
// The charts are plain SVG written here, not a library: a bar per month for the cash
// position (below the zero line when the provider is carrying the contract), a dashed line
// where its reserves would be used up, and a bar per scenario for revenue at risk. Shapes
// are black, grey and white and every number that matters is also written as text beside
// its bar, so a printed black-and-white copy says the same as the screen.
#include "assessment_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "assessment_view.h"
#include "safe_text.h"

namespace clausecheck {
namespace {

std::string esc(const std::string& s) { return html_escape(s); }

std::string cash_chart_svg(const Assessment& a) {
  const std::vector<CashMonth>& months = a.cash_flow.months;
  if (months.empty()) return "";
  const double width = 680, height = 290, left = 78, right = 16, top = 34, bottom = 34;
  double lo = 0, hi = 0;
  for (const CashMonth& m : months) {
    lo = std::min(lo, m.position);
    hi = std::max(hi, m.position);
  }
  const bool show_reserves = a.cash_reserves > 0 && a.cash_reserves <= 3 * std::max(1.0, -lo);
  if (show_reserves) lo = std::min(lo, -a.cash_reserves);
  if (hi - lo < 1) hi = lo + 1;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  auto y = [&](double v) { return top + (hi - v) / (hi - lo) * plot_h; };
  const double slot = plot_w / static_cast<double>(months.size());
  const double bar = std::max(1.0, slot * 0.7);

  std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + one_decimal(width) + " " + one_decimal(height) +
                    "\" role=\"img\" aria-labelledby=\"cash-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">";
  svg += "<title id=\"cash-chart-title\">Cash position by month: lowest " +
         esc(peak_text(a.cash_flow.peak_working_capital, a.cash_flow.peak_month)) + "</title>";
  // Axis values: the top, zero and the bottom.
  for (double v : {hi, 0.0, lo}) {
    svg += "<text class=\"axis\" x=\"" + one_decimal(left - 6) + "\" y=\"" + one_decimal(y(v) + 4) + "\" text-anchor=\"end\">" +
           esc(format_pounds(v)) + "</text>";
  }
  for (std::size_t i = 0; i < months.size(); ++i) {
    const CashMonth& m = months[i];
    const double x = left + slot * static_cast<double>(i) + (slot - bar) / 2;
    const double y0 = y(std::max(0.0, m.position)), y1 = y(std::min(0.0, m.position));
    const bool below = m.position < 0;
    const bool peak = m.month == a.cash_flow.peak_month;
    svg += "<rect class=\"" + std::string(below ? "bar-below" : "bar-above") + (peak ? " bar-peak" : "") + "\" x=\"" +
           one_decimal(x) + "\" y=\"" + one_decimal(y0) + "\" width=\"" + one_decimal(bar) + "\" height=\"" + one_decimal(std::max(0.5, y1 - y0)) +
           "\"><title>Month " + std::to_string(m.month) + ": " + esc(format_pounds(m.position)) + "</title></rect>";
    if (peak && below) {
      // Named in words over the bar, just above the zero line: an outline alone is lost on
      // a dark bar and in grey print.
      svg += "<text class=\"note\" x=\"" + one_decimal(x + bar / 2) + "\" y=\"" + one_decimal(y(0) - 4) +
             "\" text-anchor=\"middle\">lowest \u25BC</text>";
    }
    const std::size_t step = months.size() > 24 ? 6 : months.size() > 12 ? 3 : 1;
    if (m.month == 1 || m.month % static_cast<int>(step) == 0) {
      svg += "<text class=\"axis\" x=\"" + one_decimal(x + bar / 2) + "\" y=\"" + one_decimal(height - bottom + 14) +
             "\" text-anchor=\"middle\">" + std::to_string(m.month) + "</text>";
    }
  }
  svg += "<line class=\"zero\" x1=\"" + one_decimal(left) + "\" x2=\"" + one_decimal(width - right) + "\" y1=\"" + one_decimal(y(0)) +
         "\" y2=\"" + one_decimal(y(0)) + "\"/>";
  if (show_reserves) {
    svg += "<line class=\"reserves\" x1=\"" + one_decimal(left) + "\" x2=\"" + one_decimal(width - right) + "\" y1=\"" +
           one_decimal(y(-a.cash_reserves)) + "\" y2=\"" + one_decimal(y(-a.cash_reserves)) + "\"/>";
    svg += "<text class=\"note\" x=\"" + one_decimal(width - right) + "\" y=\"" + one_decimal(y(-a.cash_reserves) - 4) +
           "\" text-anchor=\"end\">reserves used up (" + esc(format_pounds(a.cash_reserves)) + ")</text>";
  }
  if (a.cash_flow.peak_month > 0) {
    // Written above the plot, where no bar or line can cover it.
    svg += "<text class=\"note\" x=\"" + one_decimal(left) + "\" y=\"" + one_decimal(top - 10) + "\">Lowest point: " +
           esc(format_pounds(-a.cash_flow.peak_working_capital)) + " in month " + std::to_string(a.cash_flow.peak_month) +
           " (marked \u25BC)</text>";
  }
  svg += "<text class=\"axis\" x=\"" + one_decimal(left + plot_w / 2) + "\" y=\"" + one_decimal(height - 4) +
         "\" text-anchor=\"middle\">month</text>";
  return svg + "</svg>";
}

std::string scenario_chart_svg(const Assessment& a) {
  if (a.scenarios.empty()) return "";
  const double width = 680, label_w = 230, value_w = 90, row = 26, top = 8;
  const double height = top * 2 + row * static_cast<double>(a.scenarios.size());
  double most = 1;
  for (const Scenario& s : a.scenarios) most = std::max(most, s.revenue_at_risk);
  const double plot_w = width - label_w - value_w;
  std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + one_decimal(width) + " " + one_decimal(height) +
                    "\" role=\"img\" aria-labelledby=\"risk-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">";
  svg += "<title id=\"risk-chart-title\">Revenue at risk by scenario</title>";
  for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
    const Scenario& s = a.scenarios[i];
    const double y = top + row * static_cast<double>(i);
    const double w = plot_w * s.revenue_at_risk / most;
    svg += "<text class=\"axis\" x=\"" + one_decimal(label_w - 8) + "\" y=\"" + one_decimal(y + row * 0.65) + "\" text-anchor=\"end\">" +
           esc(s.name) + "</text>";
    svg += "<rect class=\"" + std::string(i == 0 ? "bar-below" : "bar-above") + "\" x=\"" + one_decimal(label_w) + "\" y=\"" +
           one_decimal(y + 4) + "\" width=\"" + one_decimal(std::max(0.5, w)) + "\" height=\"" + one_decimal(row - 8) + "\"/>";
    svg += "<text class=\"note\" x=\"" + one_decimal(label_w + w + 6) + "\" y=\"" + one_decimal(y + row * 0.65) + "\">" +
           esc(format_pounds(s.revenue_at_risk)) + "</text>";
  }
  return svg + "</svg>";
}

std::string source_cell(const ModelInput& in) {
  std::string html = esc(input_source_text(in));
  if (in.source == InputSource::contract && !in.quote.empty()) {
    std::string quote = in.quote.size() > 220 ? in.quote.substr(0, 220) + "\u2026" : in.quote;
    html += "<br><q>" + esc(quote) + "</q>";
  }
  if (in.source == InputSource::offer && !in.quote.empty()) html += ": <q>" + esc(in.quote) + "</q>";
  if (in.source != InputSource::assumed && !in.note.empty()) html += "<br><small>" + esc(in.note) + "</small>";
  return html;
}

}  // namespace

std::string assessment_section_html(const Assessment& a) {
  const CashFlow& flow = a.cash_flow;
  std::string html = "<section class=\"assessment\" id=\"assessment\" aria-labelledby=\"assessment-title\">\n";
  html += "<h2 id=\"assessment-title\">What the offer costs</h2>\n";
  html += "<p class=\"headline\">";
  if (flow.peak_working_capital > 0) {
    // When the lowest point is where the contract ends, it never pays for itself: the cash is
    // lost, not lent, and a reader must not take it for working capital that comes back.
    const bool ends_short = !flow.months.empty() && flow.months.back().position < 0;
    html += "To take this contract on, the provider needs <strong>" + esc(format_pounds(flow.peak_working_capital)) +
            "</strong> of its own cash: the most it is out of pocket" +
            (ends_short ? std::string(", ") : std::string(" before the contract pays for itself, ")) + "reached in "
            "<strong>month " + std::to_string(flow.peak_month) + "</strong>. " + esc(reserves_text(a));
    if (a.reserves_run_out_month > 0) {
      html += " <strong>Its reserves run out in month " + std::to_string(a.reserves_run_out_month) + ".</strong>";
    }
    if (ends_short) {
      html += " <strong>The contract never pays this back: it ends " +
              esc(format_pounds(-flow.months.back().position)) + " short.</strong>";
    }
  } else {
    html += "The contract never needs the provider's own cash: payments arrive before the costs fall due.";
  }
  html += "</p>\n";
  if (const std::string reason = peak_reason_text(a); !reason.empty()) {
    html += "<p class=\"because\"><strong>Why:</strong> " + esc(reason) + "</p>\n";
  }
  if (const TracedFigure* peak = find_figure(a, "peak_working_capital")) {
    html += "<h3>The terms and figures behind it</h3>\n<ul class=\"why\">\n";
    for (const ModelInput* in : figure_inputs(a, *peak)) {
      html += "<li><strong>" + esc(in->label) + ": " + esc(in->value_text) + "</strong> <span class=\"src src-" +
              std::string(to_string(in->source)) + "\">" + esc(input_source_text(*in)) + "</span></li>\n";
    }
    html += "</ul>\n";
  }
  html += "<figure>" + cash_chart_svg(a) +
          "<figcaption>Cash position by month: money received less money spent since the start. Dark bars below "
          "the line are cash the provider must carry; white bars above it are cash in hand.</figcaption></figure>\n";

  html += "<h3>Revenue at risk</h3>\n<p>";
  if (flow.revenue_at_risk > 0) {
    html += "Of a price of " + esc(format_pounds(a.parameters.indicative_price)) + ", <strong>" +
            esc(format_pounds(flow.revenue_at_risk)) +
            "</strong> may never be paid: outcome payments not earned at the expected outcome rate, and service "
            "credits. " + esc(format_pounds(flow.revenue_received)) + " is received.";
  } else {
    // "£0 may never be paid: outcome payments … and service credits" names risks the contract
    // does not have; say plainly that the whole price comes in.
    html += "None: at the expected volume the whole price of " + esc(format_pounds(a.parameters.indicative_price)) +
            " is paid, since no part of it depends on outcomes or service credits.";
  }
  html += " The table shows what each scenario would change.</p>\n";
  html += "<figure>" + scenario_chart_svg(a) + "<figcaption>Revenue at risk by scenario.</figcaption></figure>\n";
  html += "<table class=\"scenarios\"><thead><tr><th>Scenario</th><th>Outcome rate</th><th>Volume</th>"
          "<th>Paid, days after invoice</th><th>Revenue at risk</th><th>Own cash needed</th><th>Lowest in month</th>"
          "</tr></thead><tbody>\n";
  for (const Scenario& s : a.scenarios) {
    html += "<tr><td>" + esc(s.name) + "</td><td>" + plain_figure(s.outcome_rate_percent) + " %</td><td>" +
            plain_figure(s.volume_percent) + " %</td><td>" + plain_figure(s.payment_days) + "</td><td>" +
            esc(format_pounds(s.revenue_at_risk)) + "</td><td>" + esc(format_pounds(s.peak_working_capital)) +
            "</td><td>" + std::to_string(s.peak_month) + "</td></tr>\n";
  }
  html += "</tbody></table>\n";

  const ExitExposure& exit = a.exit;
  html += "<h3>If the contract ends early</h3>\n<p>On termination for convenience with " +
          std::to_string(std::lround(exit.notice_days)) + " days' notice the provider is left to pay <strong>" +
          esc(format_pounds(exit.known_total)) + "</strong> that is known: redundancy " +
          esc(format_pounds(exit.redundancy)) + ", committed costs " + esc(format_pounds(exit.committed_costs));
  if (exit.pension_exit_debt) html += ", pension exit debt " + esc(format_pounds(*exit.pension_exit_debt));
  html += ".";
  if (exit.pension_applies && !exit.pension_exit_debt) {
    html += " <strong>Plus a pension exit debt that is not known</strong>: the contract brings a defined-benefit "
            "pension, and only the fund's actuary can estimate it.";
  }
  html += "</p>\n";
  if (exit.liability_capped) {
    html += "<p>Liability: capped (<q>" + esc(exit.liability_cap_text) + "</q>).</p>\n";
  } else {
    html += "<p class=\"unbounded\"><strong>Liability: unbounded.</strong> The contract sets no cap on the "
            "provider's liability, so no figure can be given for what a claim could cost.</p>\n";
  }
  if (find_figure(a, "service_credits_exposure") != nullptr) {
    html += "<p class=\"unbounded\"><strong>Service credits: not capped.</strong> What they can take is unbounded.</p>\n";
  }

  const InflationEffect& infl = a.inflation;
  html += "<h3>Inflation</h3>\n<p>";
  if (infl.fixed_price) {
    html += "At " + one_decimal(infl.rate_percent) + " % a year, the fixed price of " + esc(format_pounds(infl.nominal_price)) +
            " is worth " + esc(format_pounds(infl.real_price)) + " in first-year money: <strong>" +
            esc(format_pounds(infl.loss)) + "</strong> lost. In the last year a pound of the price buys " +
            one_decimal(infl.last_year_buys_percent) + " % of what it bought in the first.";
  } else {
    html += "Prices are indexed, so the price keeps its value.";
  }
  html += "</p>\n";

  html += "<h3>Every input and where it came from</h3>\n<table class=\"inputs\"><thead><tr><th>Input</th><th>Value</th>"
          "<th>From</th></tr></thead><tbody>\n";
  for (const ModelInput& in : a.inputs) {
    html += "<tr class=\"src-" + std::string(to_string(in.source)) + "\"><td>" + esc(in.label) + "</td><td>" +
            esc(in.value_text) + "</td><td>" + source_cell(in) + "</td></tr>\n";
  }
  html += "</tbody></table>\n";
  if (!a.assumed.empty()) {
    html += "<p><small>" + std::to_string(a.assumed.size()) +
            " inputs were in neither the contract nor the offer and were assumed; an offer file replaces them "
            "(docs/offer-model.md).</small></p>\n";
  }
  return html + "</section>\n";
}

}  // namespace clausecheck
