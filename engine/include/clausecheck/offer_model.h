// The offer model: what a contract's terms cost a provider in cash and risk.
//
// From the contract's own terms (contract_terms.h) and the provider's figures (offer_file.h)
// it computes, month by month over the term, the cash that comes in (invoices when they are
// paid, outcome payments when they arrive, retention when it is released, less service
// credits) and goes out (delivery costs rising with inflation), and from that:
//   - peak working capital: the deepest the provider's cash falls below where it started,
//     and the month it happens;
//   - revenue at risk: the part of the price it will not receive at the expected outcome
//     rate and service credits, with a sensitivity table;
//   - exit exposure: what a termination for convenience leaves the provider to pay, and
//     whether its liability is capped at all (an uncapped liability is unbounded, never a
//     number);
//   - inflation: what a fixed price is really worth by the end of the term.
// Every input says where it came from (a clause, a line of the offer file, or a default that
// the report says was assumed), and every headline figure lists the inputs it came from.
// The formulas, with hand-worked examples, are in docs/offer-model.md. Pure: no I/O.
//
// Contract: run_cash_flow() and assess_offer() are pure functions of their arguments: the
// same terms and offer give the same Assessment on every run. Missing figures are assumed and
// flagged as assumptions (InputSource), never errors; nothing here throws of its own or keeps
// state, so threads may call them at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clausecheck/contract_terms.h"
#include "clausecheck/offer_file.h"

namespace clausecheck {

// The numbers the month-by-month cash flow runs on, once every input is settled.
struct CashFlowParameters {
  int term_months = 12;
  double monthly_charge = 0;           // the price for one month at 100 % volume
  double volume = 1;                   // share of the indicative volume delivered (0..1)
  double outcome_share = 0;            // share of the price paid only on outcomes (0..1)
  double outcome_rate = 0;             // share of outcome payments earned (0..1)
  int outcome_lag_months = 0;          // from delivery to the outcome being claimed
  double payment_days = 30;            // from invoice to cash, pay-when-paid included
  double retention = 0;                // share of each payment held back (0..1)
  double retention_release_days = 30;  // after the last claim, when retention is paid
  double service_credit_rate = 0;      // share of the month's charge deducted as credits (0..1)
  double monthly_cost = 0;             // delivery cost a month in the first year
  double mobilisation_cost = 0;        // spent in month 1
  double inflation = 0;                // yearly rise in costs (0.03 for 3 %); prices stay fixed
  double indicative_price = 0;         // the price at 100 % volume over the term
  int invoice_period_months = 1;       // months of work each invoice covers: 1 monthly, 3 quarterly
  bool paid_in_advance = false;        // each invoice is raised at the start of its period, not the end
  double price_reduction = 0;          // share by which the price falls on each anniversary (0..1)
  double management_fee = 0;           // share of each payment kept by the prime or paid over (0..1)
  double bond = 0;                     // deposit or bond paid out in month 1, in pounds
  double bond_release_days = 30;       // after the end of the term, when the bond comes back
};

struct CashMonth {
  int month = 0;                 // 1-based
  double invoices_paid = 0;      // cash in: payments for delivery, net of credits and retention
  double outcomes_paid = 0;      // cash in: outcome payments, net of retention
  double retention_released = 0; // cash in
  double costs = 0;              // cash out: delivery (and mobilisation) costs
  double management_fees = 0;    // cash out: the management fee on this month's payments
  double bond_paid = 0;          // cash out: a deposit or bond put up
  double bond_returned = 0;      // cash in: the deposit or bond given back
  double net = 0;                // in less out this month
  double position = 0;           // cumulative net cash since month 1 (before reserves)
};

struct CashFlow {
  std::vector<CashMonth> months;     // month 1 to the last month with cash in or out
  double peak_working_capital = 0;   // max(0, -lowest position)
  int peak_month = 0;                // first month at the lowest position; 0 when never below zero
  double revenue_received = 0;       // all payments for the work (a bond given back is not revenue)
  double revenue_at_risk = 0;        // indicative price less revenue received
  double total_costs = 0;            // delivery costs and management fees
};

// The month-by-month cash flow (docs/offer-model.md, "The cash flow").
CashFlow run_cash_flow(const CashFlowParameters& parameters);

// Where an input came from.
enum class InputSource { contract, offer, assumed };
std::string_view to_string(InputSource source);

// One input of the model, as a report shows it.
struct ModelInput {
  std::string id;           // "payment_period", "monthly_delivery_cost", …
  std::string label;        // "Payment period"
  std::string value_text;   // "60 days", "£23,500", "55 %", "yes", "not capped"
  InputSource source = InputSource::assumed;
  std::string clause;       // contract: citation
  int page = 0;             // contract: page
  std::string quote;        // contract: the sentence; offer: the value as written
  int line = 0;             // offer: line of the file
  std::string note;         // why a default was assumed, or how the input was used
};

// A headline figure and the inputs it came from.
struct TracedFigure {
  std::string id;                  // "peak_working_capital", …
  std::string label;
  double value = 0;
  bool unbounded = false;          // no number can be given (an uncapped liability)
  std::vector<std::string> from;   // ModelInput ids
};

struct Scenario {
  std::string name;                // "as stated", "outcome rate -20 points", …
  double outcome_rate_percent = 0;
  double volume_percent = 100;
  double payment_days = 0;
  double revenue_received = 0;
  double revenue_at_risk = 0;
  double peak_working_capital = 0;
  int peak_month = 0;
};

struct ExitExposure {
  double notice_days = 0;
  double redundancy = 0;                  // staff × weekly pay × weeks
  double committed_costs = 0;
  bool pension_applies = false;           // the contract brings a defined-benefit pension
  std::optional<double> pension_exit_debt;  // given in the offer; unknown otherwise
  double known_total = 0;                 // redundancy + committed costs + pension debt if known
  bool liability_capped = false;
  std::string liability_cap_text;         // the cap's words, when capped
};

struct InflationEffect {
  double rate_percent = 0;
  bool fixed_price = true;
  double nominal_price = 0;      // the price over the term
  double real_price = 0;         // in first-year pounds
  double loss = 0;               // nominal - real
  double last_year_buys_percent = 100;  // what the last year's payments buy, against the first
};

struct Assessment {
  std::vector<ModelInput> inputs;
  CashFlowParameters parameters;  // the settled numbers of the stated case
  CashFlow cash_flow;
  double cash_reserves = 0;
  double reserves_used_percent = 0;   // peak working capital / reserves
  double months_of_costs = 0;         // peak working capital / monthly cost
  int reserves_run_out_month = 0;     // first month reserves + position < 0; 0 when never
  std::vector<Scenario> scenarios;    // the stated case first
  ExitExposure exit;
  InflationEffect inflation;
  std::vector<TracedFigure> figures;  // the headline figures, in report order
  std::vector<std::string> assumed;   // ids of inputs assumed, in input order
};

// "£23,500": whole pounds with thousands separated, as every report writes money.
std::string format_pounds(double amount);

// The whole model: settles each input (contract, then offer, then a stated default), runs
// the cash flow for the stated case and each scenario, and the exit and inflation figures.
Assessment assess_offer(const ContractTerms& terms, const Offer& offer);

}  // namespace clausecheck
