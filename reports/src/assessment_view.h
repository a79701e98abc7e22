// What the text and HTML writers both say about an offer assessment, said once: where an
// input came from, and the inputs behind a headline figure.
#pragma once

#include <string>
#include <vector>

#include "clausecheck/offer_model.h"

namespace clausecheck {

// "clause 4.3, page 2", "your figures: offer, line 3", "assumed: no payment period stated; …".
std::string input_source_text(const ModelInput& input);

// The inputs a figure came from, in the figure's order (ids that name no input are skipped).
std::vector<const ModelInput*> figure_inputs(const Assessment& assessment, const TracedFigure& figure);

// The figure with this id, or null.
const TracedFigure* find_figure(const Assessment& assessment, std::string_view id);

// "£20,000 in month 7" or "none: the cash never falls below where it started".
std::string peak_text(double peak, int month);

// What the peak means for the provider: "That is 120.0 % of cash reserves of £25,000, or 3.6
// months of delivery cost." With no reserves it says so rather than give a share of nothing,
// and with no delivery cost it gives no months of it.
std::string reserves_text(const Assessment& assessment);

// Why the peak is what it is, in the cash flow's own terms, for a reader who has never seen the
// model: how long each invoice waits to be paid, the month the first payment arrives and how
// far out of pocket the provider is by then, and, when the lowest point comes later, that
// until then less comes in than goes out. "" when the cash never falls below where it started
// or nothing is ever paid for the work.
//   "Each invoice is raised at the end of the month it covers and paid 90 days later
//    (waiting for the prime to be paid), so the first payment arrives in month 4. By then the
//    provider is £24,800 out of pocket: the lowest point."
std::string peak_reason_text(const Assessment& assessment);

// A figure with one decimal place ("12.5"), as every assessment view prints rates, months
// and chart coordinates. Any finite double fits: the model's figures are unbounded.
std::string one_decimal(double value);

// A rate, a share or a number of days as a person writes it: "90", "12.5" (one decimal place,
// none when the figure is whole), for the tables a reader scans.
std::string plain_figure(double value);

}  // namespace clausecheck
