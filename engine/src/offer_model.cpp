// The offer model (offer_model.h). The formulas and hand-worked examples that the tests
// reproduce are in docs/offer-model.md; this file follows that page's order: settle the
// inputs, run the cash flow, then the scenarios, exit exposure and inflation.
//
// Time runs in whole months. Money for the work of month m is invoiced at the end of month m
// and arrives ceil(payment days / 30) months later, so 30 days is the next month and 45 or
// 60 days the month after. A month is 30 days here as in the typed-value reader, so "two
// months" of payment is exactly two months of waiting.
#include "clausecheck/offer_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clausecheck {
namespace {

using Id = ContractTermId;
using Field = OfferField;

int months_to_wait(double days) {
  if (days <= 0) return 0;
  return static_cast<int>(std::ceil(days / 30.0 - 1e-9));
}

// A length of time in whole months of the calendar: 24 months, 2 years and 730 days are 24.
int calendar_months(double days) { return std::max(0, static_cast<int>(std::lround(days * 12.0 / 365.0))); }

std::string format_number(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string days_text(double days) { return format_number(days, days == std::floor(days) ? 0 : 1) + " days"; }
std::string percent_text(double percent) {
  return format_number(percent, percent == std::floor(percent) ? 0 : 1) + " %";
}

// Builds the list of inputs, each with where it came from.
class Inputs {
 public:
  explicit Inputs(const ContractTerms& terms, const Offer& offer) : terms_(terms), offer_(offer) {}

  ModelInput& from_contract(Id id, std::string value_text, std::string note = "") {
    const ContractTerm& t = terms_[id];
    ModelInput in;
    in.id = std::string(to_string(id));
    in.label = std::string(term_label(id));
    in.value_text = std::move(value_text);
    in.source = InputSource::contract;
    in.clause = t.clause;
    in.page = t.page;
    in.quote = t.text;
    // A value the reader worked out or assumed from the contract's words says how
    // ("payable on receipt of invoice": 0 days assumed).
    in.note = note.empty() ? t.note : std::move(note);
    return add(std::move(in));
  }
  ModelInput& from_offer(Field field, std::string label, std::string value_text, std::string note = "") {
    const OfferFigure& f = offer_[field];
    ModelInput in;
    in.id = std::string(to_string(field));
    in.label = std::move(label);
    in.value_text = std::move(value_text);
    in.source = InputSource::offer;
    in.line = f.line;
    in.quote = f.text;
    in.note = std::move(note);
    return add(std::move(in));
  }
  ModelInput& assumed(std::string id, std::string label, std::string value_text, std::string note) {
    ModelInput in;
    in.id = std::move(id);
    in.label = std::move(label);
    in.value_text = std::move(value_text);
    in.source = InputSource::assumed;
    in.note = std::move(note);
    return add(std::move(in));
  }
  std::vector<ModelInput> take() { return std::move(list_); }

 private:
  ModelInput& add(ModelInput in) {
    list_.push_back(std::move(in));
    return list_.back();
  }
  const ContractTerms& terms_;
  const Offer& offer_;
  std::vector<ModelInput> list_;
};

double cost_in_month(const CashFlowParameters& p, int month) {
  return p.monthly_cost * std::pow(1.0 + p.inflation, (month - 1) / 12);
}

}  // namespace

std::string_view to_string(InputSource source) {
  switch (source) {
    case InputSource::contract: return "contract";
    case InputSource::offer: return "offer";
    case InputSource::assumed: return "assumed";
  }
  return "assumed";
}

std::string format_pounds(double amount) {
  if (!std::isfinite(amount)) return "not a number";  // never from a valid offer; said, not printed as garbage
  // Printed from the double rather than through an integer, so no amount can overflow.
  std::string digits = format_number(std::round(std::fabs(amount)), 0);
  const bool negative = amount < 0 && digits != "0";
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return std::string(negative ? "-" : "") + "\xC2\xA3" + grouped;
}

CashFlow run_cash_flow(const CashFlowParameters& p) {
  CashFlow flow;
  const int term = std::max(1, p.term_months);
  const int pay_lag = months_to_wait(p.payment_days);
  const int period = std::max(1, p.invoice_period_months);
  const bool outcomes = p.outcome_share > 0;
  const int last_claim = term + (outcomes ? p.outcome_lag_months : 0);
  const int release_month = last_claim + months_to_wait(p.retention_release_days);
  const int bond_month = p.bond > 0 ? term + months_to_wait(p.bond_release_days) : 0;
  // The last invoice is paid at the end of the term plus the wait, or, in advance, the wait
  // after the last period starts.
  const int last_period_start = (term - 1) / period * period + 1;
  const int last_invoice_paid = p.paid_in_advance ? std::max(1, last_period_start - 1 + pay_lag) : term + pay_lag;
  const int horizon = std::max({term, last_invoice_paid, outcomes ? last_claim + pay_lag : 0,
                                p.retention > 0 ? release_month : 0, bond_month});
  flow.months.resize(static_cast<std::size_t>(horizon));
  for (int m = 1; m <= horizon; ++m) flow.months[static_cast<std::size_t>(m - 1)].month = m;
  auto at = [&](int month) -> CashMonth& { return flow.months[static_cast<std::size_t>(month - 1)]; };

  double retained = 0;
  for (int m = 1; m <= term; ++m) {
    const double charge = p.monthly_charge * p.volume * price_share_in_month(p.price_reduction * 100.0, m);
    // The month's invoice: the part not tied to outcomes, less service credits (which cannot
    // take it below nothing). It is raised at the end of its invoicing period (or of the
    // term), so a quarterly invoice carries three months of work. Invoiced in advance, it is
    // raised as the period starts (the end of the month before) and paid `pay_lag` months
    // later: at 30 days, in the period's first month.
    const double invoice = std::max(0.0, charge * (1.0 - p.outcome_share) - charge * p.service_credit_rate);
    const int period_start = (m - 1) / period * period + 1;
    const int paid = p.paid_in_advance ? std::max(1, period_start - 1 + pay_lag)
                                       : std::min(term, period_start - 1 + period) + pay_lag;
    at(paid).invoices_paid += invoice * (1.0 - p.retention);
    at(paid).management_fees += invoice * p.management_fee;
    retained += invoice * p.retention;
    if (outcomes) {
      const double outcome = charge * p.outcome_share * p.outcome_rate;
      at(m + p.outcome_lag_months + pay_lag).outcomes_paid += outcome * (1.0 - p.retention);
      at(m + p.outcome_lag_months + pay_lag).management_fees += outcome * p.management_fee;
      retained += outcome * p.retention;
    }
    at(m).costs += cost_in_month(p, m);
  }
  at(1).costs += p.mobilisation_cost;
  if (retained > 0) at(release_month).retention_released += retained;
  if (p.bond > 0) {
    at(1).bond_paid += p.bond;
    at(bond_month).bond_returned += p.bond;
  }

  double position = 0;
  double lowest = 0;
  for (CashMonth& month : flow.months) {
    const double revenue = month.invoices_paid + month.outcomes_paid + month.retention_released;
    month.net = revenue + month.bond_returned - month.costs - month.management_fees - month.bond_paid;
    position += month.net;
    month.position = position;
    flow.revenue_received += revenue;
    flow.total_costs += month.costs + month.management_fees;
    if (position < lowest - 1e-9) {
      lowest = position;
      flow.peak_month = month.month;
    }
  }
  // Never below zero: 0, not -0 (which reports would print as "-0").
  flow.peak_working_capital = lowest < 0 ? -lowest : 0.0;
  flow.revenue_at_risk = std::max(0.0, p.indicative_price - flow.revenue_received);
  return flow;
}

Assessment assess_offer(const ContractTerms& terms, const Offer& offer) {
  Assessment a;
  Inputs inputs(terms, offer);
  CashFlowParameters& p = a.parameters;
  std::vector<std::string> assumed;
  auto assume = [&](std::string id, std::string label, std::string value_text, std::string note) {
    assumed.push_back(id);
    inputs.assumed(std::move(id), std::move(label), std::move(value_text), std::move(note));
  };

  // --- The term, in months.
  double term_days = 365;
  if (offer[Field::term].given) {
    term_days = offer[Field::term].value;
    inputs.from_offer(Field::term, "Term", std::to_string(calendar_months(term_days)) + " months");
  } else if (terms[Id::term_length].stated) {
    term_days = terms[Id::term_length].value;
    inputs.from_contract(Id::term_length, std::to_string(calendar_months(term_days)) + " months");
  } else {
    assume("term", "Term", "12 months", "the contract states no term and the offer gives none");
  }
  p.term_months = std::max(1, calendar_months(term_days));
  const std::string term_id = offer[Field::term].given || !terms[Id::term_length].stated ? "term" : "term_length";

  // --- The price.
  double price = 120000;
  std::string value_id = "contract_value";
  if (offer[Field::contract_value].given) {
    price = offer[Field::contract_value].value;
    inputs.from_offer(Field::contract_value, "Contract value", format_pounds(price));
  } else if (offer[Field::unit_price].given && offer[Field::expected_volume].given) {
    price = offer[Field::unit_price].value * offer[Field::expected_volume].value;
    value_id = "unit_price";
    inputs.from_offer(Field::unit_price, "Unit price", format_pounds(offer[Field::unit_price].value));
    inputs.from_offer(Field::expected_volume, "Expected volume over the term",
                      format_number(offer[Field::expected_volume].value, 0),
                      "contract value = unit price x expected volume = " + format_pounds(price));
  } else if (terms[Id::contract_value].stated) {
    price = terms[Id::contract_value].value;
    inputs.from_contract(Id::contract_value, format_pounds(price), terms[Id::contract_value].note);
  } else {
    assume("contract_value", "Contract value", format_pounds(price),
           "neither the contract nor the offer gives a value; give contract_value in the offer");
  }
  p.indicative_price = price;
  // A price that falls each year: the first year's monthly charge is what spreads the price
  // over the term with each later year paid less.
  if (terms[Id::price_reduction].stated) {
    p.price_reduction = terms[Id::price_reduction].value / 100.0;
    inputs.from_contract(Id::price_reduction, percent_text(terms[Id::price_reduction].value) + " a year",
                         "the price falls on each anniversary; costs do not");
  } else {
    assume("price_reduction", "Price reduction a year", "0 %", "no fall in the price over the term stated");
  }
  double months_paid = 0;
  for (int m = 1; m <= p.term_months; ++m) months_paid += price_share_in_month(p.price_reduction * 100.0, m);
  p.monthly_charge = price / months_paid;

  // --- When invoices are paid.
  double period = 30;
  if (terms[Id::payment_period].stated) {
    period = terms[Id::payment_period].value;
    inputs.from_contract(Id::payment_period, days_text(period));
  } else {
    assume("payment_period", "Payment period", "30 days",
           "no payment period stated; 30 days is the statutory default for late payment");
  }
  p.payment_days = period;
  std::vector<std::string> payment_ids = {"payment_period"};
  if (terms[Id::pay_when_paid].stated) {
    const double after_prime = terms[Id::pay_when_paid].has_value ? terms[Id::pay_when_paid].value : period;
    double upstream = 30;
    if (offer[Field::upstream_payment_days].given) {
      upstream = offer[Field::upstream_payment_days].value;
      inputs.from_offer(Field::upstream_payment_days, "Days the prime waits to be paid", days_text(upstream));
    } else {
      assume("upstream_payment_days", "Days the prime waits to be paid", "30 days",
             "pay when paid: the prime's own customer is assumed to pay it in 30 days");
    }
    p.payment_days = upstream + after_prime;
    inputs.from_contract(Id::pay_when_paid, "yes",
                         "payment waits for the prime to be paid: " + days_text(upstream) + " + " +
                             days_text(after_prime) + " = " + days_text(p.payment_days));
    payment_ids.push_back("pay_when_paid");
    payment_ids.push_back("upstream_payment_days");
  }

  // --- How often invoices are raised.
  if (terms[Id::invoice_period].stated) {
    p.invoice_period_months = std::max(1, static_cast<int>(std::lround(terms[Id::invoice_period].value)));
    inputs.from_contract(Id::invoice_period, p.invoice_period_months == 1
                                                 ? std::string("monthly")
                                                 : "every " + std::to_string(p.invoice_period_months) + " months");
  } else {
    assume("invoice_period", "Invoicing period", "monthly", "no invoicing period stated: assumed monthly in arrears");
  }
  if (terms[Id::payment_in_advance].stated) {
    p.paid_in_advance = true;
    inputs.from_contract(Id::payment_in_advance, "yes",
                         "each invoice is raised as its period starts, so the cash comes before the work");
  } else {
    assume("payment_in_advance", "Paid in advance", "no",
           "no payment in advance stated: each invoice is raised at the end of the period it covers");
  }

  // --- Retention.
  if (terms[Id::retention].stated) {
    p.retention = terms[Id::retention].value / 100.0;
    inputs.from_contract(Id::retention, percent_text(terms[Id::retention].value));
    if (terms[Id::retention_release].stated) {
      p.retention_release_days = terms[Id::retention_release].value;
      inputs.from_contract(Id::retention_release, days_text(p.retention_release_days) + " after the last claim");
    } else {
      p.retention_release_days = p.payment_days;
      assume("retention_release", "Retention released", days_text(p.payment_days) + " after the last claim",
             "release not stated: assumed paid with the last payment");
    }
  } else {
    p.retention_release_days = p.payment_days;
    assume("retention", "Retention", "0 %", "no retention stated");
  }

  // --- A management fee kept from each payment (or paid over by the provider).
  const ContractTerm& fee = terms[Id::management_fee];
  if (offer[Field::management_fee].given) {
    p.management_fee = offer[Field::management_fee].value / 100.0;
    inputs.from_offer(Field::management_fee, "Management fee", percent_text(offer[Field::management_fee].value) + " of each payment");
  } else if (fee.stated && fee.has_value) {
    p.management_fee = fee.value / 100.0;
    inputs.from_contract(Id::management_fee, percent_text(fee.value) + " of each payment");
  } else if (fee.stated) {
    assumed.push_back("management_fee");
    ModelInput& in = inputs.from_contract(Id::management_fee, "rate not stated",
                                          "the contract takes a management fee but gives no rate: assumed 0 %; give "
                                          "management_fee in the offer");
    in.source = InputSource::assumed;
  } else {
    assume("management_fee", "Management fee", "none", "no management fee stated");
  }

  // --- Outcomes.
  std::vector<std::string> outcome_ids;
  if (terms[Id::outcome_share].stated) {
    p.outcome_share = terms[Id::outcome_share].value / 100.0;
    inputs.from_contract(Id::outcome_share, percent_text(terms[Id::outcome_share].value));
    outcome_ids = {"outcome_share", "outcome_lag", "expected_outcome_rate"};
    if (terms[Id::outcome_lag].stated) {
      p.outcome_lag_months = calendar_months(terms[Id::outcome_lag].value);
      inputs.from_contract(Id::outcome_lag, std::to_string(p.outcome_lag_months) + " months");
    } else {
      p.outcome_lag_months = 3;
      assume("outcome_lag", "Outcome payment lag", "3 months",
             "the contract does not say how long after delivery an outcome is claimed");
    }
  } else {
    assume("outcome_share", "Share of price paid on outcomes", "0 %", "no share of the price tied to outcomes stated");
  }
  double rate = 50;
  if (offer[Field::expected_outcome_rate].given) {
    rate = offer[Field::expected_outcome_rate].value;
    inputs.from_offer(Field::expected_outcome_rate, "Expected outcome rate", percent_text(rate));
  } else if (p.outcome_share > 0) {
    assume("expected_outcome_rate", "Expected outcome rate", "50 %", "the offer gives no expected outcome rate");
  }
  p.outcome_rate = rate / 100.0;

  // --- Service credits.
  std::vector<std::string> credit_ids;
  bool credits_unbounded = false;
  if (terms[Id::service_credit_cap].stated) {
    double expected = 100;
    if (offer[Field::service_credits_expected].given) {
      expected = offer[Field::service_credits_expected].value;
      inputs.from_offer(Field::service_credits_expected, "Service credits expected, share of the cap",
                        percent_text(expected));
    } else {
      assume("service_credits_expected", "Service credits expected, share of the cap", "100 %",
             "credits are assumed to reach their cap every month");
    }
    p.service_credit_rate = terms[Id::service_credit_cap].value / 100.0 * expected / 100.0;
    inputs.from_contract(Id::service_credit_cap, percent_text(terms[Id::service_credit_cap].value) + " of monthly charges");
    credit_ids = {"service_credit_cap", "service_credits_expected"};
  } else if (terms[Id::service_credits].stated) {
    credits_unbounded = true;
    inputs.from_contract(Id::service_credits, "not capped",
                         "service credits with no cap: not in the cash flow, and no limit on what they take");
    credit_ids = {"service_credits"};
  } else {
    assume("service_credits", "Service credits", "none", "no service credits stated");
  }

  // --- A deposit or bond: paid out at the start, given back after the end.
  const ContractTerm& bond = terms[Id::bond];
  std::vector<std::string> bond_ids;
  if (offer[Field::bond_amount].given) {
    p.bond = offer[Field::bond_amount].value;
    inputs.from_offer(Field::bond_amount, "Deposit or performance bond", format_pounds(p.bond));
    bond_ids.push_back("bond_amount");
  } else if (bond.stated && bond.has_value) {
    const double first_year = p.monthly_charge * 12;  // a year's price at the start
    std::string how;
    if (bond.basis == "percent of annual charges") {
      p.bond = first_year * bond.value / 100.0;
      how = percent_text(bond.value) + " of a year's price (" + format_pounds(first_year) + ")";
    } else if (bond.basis == "percent of contract value") {
      p.bond = price * bond.value / 100.0;
      how = percent_text(bond.value) + " of the contract value";
    } else if (bond.basis == "months of charges") {
      p.bond = p.monthly_charge * bond.value;
      how = format_number(bond.value, bond.value == std::floor(bond.value) ? 0 : 1) + " months of the price";
    } else {
      p.bond = bond.value;
    }
    inputs.from_contract(Id::bond, format_pounds(p.bond), how);
    bond_ids.push_back("bond");
  } else if (bond.stated) {
    assumed.push_back("bond");
    ModelInput& in = inputs.from_contract(Id::bond, "amount not stated",
                                          "the contract asks for a deposit or bond but gives no amount: assumed £0; "
                                          "give bond_amount in the offer");
    in.source = InputSource::assumed;
  } else {
    assume("bond", "Deposit or performance bond", "none", "no deposit or bond stated");
  }
  if (p.bond > 0) {
    if (terms[Id::bond_release].stated) {
      p.bond_release_days = terms[Id::bond_release].value;
      inputs.from_contract(Id::bond_release, days_text(p.bond_release_days) + " after the end of the term");
    } else {
      p.bond_release_days = p.payment_days;
      assume("bond_release", "Deposit or bond returned", days_text(p.payment_days) + " after the end of the term",
             "return not stated: assumed with the last payment");
    }
    bond_ids.push_back("bond_release");
  }

  // --- Volume.
  const bool volume_guaranteed = terms[Id::volume_guarantee].stated && terms[Id::volume_guarantee].flag;
  if (terms[Id::volume_guarantee].stated) {
    inputs.from_contract(Id::volume_guarantee, volume_guaranteed ? "guaranteed" : "not guaranteed");
  } else {
    assume("volume_guarantee", "Volume guarantee", "not guaranteed", "no volume guarantee stated");
  }

  // --- Costs and reserves.
  if (offer[Field::monthly_delivery_cost].given) {
    p.monthly_cost = offer[Field::monthly_delivery_cost].value;
    inputs.from_offer(Field::monthly_delivery_cost, "Monthly delivery cost", format_pounds(p.monthly_cost));
  } else {
    p.monthly_cost = p.monthly_charge * 0.95;
    assume("monthly_delivery_cost", "Monthly delivery cost", format_pounds(p.monthly_cost),
           "not given: assumed 95 % of the monthly charge");
  }
  if (offer[Field::mobilisation_cost].given) {
    p.mobilisation_cost = offer[Field::mobilisation_cost].value;
    inputs.from_offer(Field::mobilisation_cost, "Mobilisation cost", format_pounds(p.mobilisation_cost));
  }
  double inflation = 3;
  if (offer[Field::inflation].given) {
    inflation = offer[Field::inflation].value;
    inputs.from_offer(Field::inflation, "Inflation a year", percent_text(inflation));
  } else {
    assume("inflation", "Inflation a year", "3 %", "not given: assumed 3 % a year");
  }
  p.inflation = inflation / 100.0;
  const bool fixed = !terms[Id::fixed_price].stated || terms[Id::fixed_price].flag;
  if (terms[Id::fixed_price].stated) {
    inputs.from_contract(Id::fixed_price, fixed ? "fixed" : "indexed");
  } else {
    assume("fixed_price", "Fixed price", "fixed", "no indexation stated: prices assumed fixed for the term");
  }
  if (!fixed) p.inflation = 0;  // indexed prices rise with costs: the model holds both flat
  if (offer[Field::cash_reserves].given) {
    a.cash_reserves = offer[Field::cash_reserves].value;
    inputs.from_offer(Field::cash_reserves, "Cash reserves", format_pounds(a.cash_reserves));
  } else {
    a.cash_reserves = 3 * p.monthly_cost;
    assume("cash_reserves", "Cash reserves", format_pounds(a.cash_reserves),
           "not given: assumed three months of delivery cost");
  }

  // --- The stated case and the scenarios.
  a.cash_flow = run_cash_flow(p);
  a.reserves_used_percent = a.cash_reserves > 0 ? 100.0 * a.cash_flow.peak_working_capital / a.cash_reserves : 0;
  a.months_of_costs = p.monthly_cost > 0 ? a.cash_flow.peak_working_capital / p.monthly_cost : 0;
  for (const CashMonth& m : a.cash_flow.months) {
    if (a.cash_reserves + m.position < -1e-9) {
      a.reserves_run_out_month = m.month;
      break;
    }
  }
  auto scenario = [&](std::string name, CashFlowParameters q) {
    const CashFlow f = run_cash_flow(q);
    a.scenarios.push_back(Scenario{std::move(name), q.outcome_rate * 100, q.volume * 100, q.payment_days,
                                   f.revenue_received, f.revenue_at_risk, f.peak_working_capital, f.peak_month});
  };
  scenario("as stated", p);
  if (p.outcome_share > 0) {
    for (int points : {-20, -10, 10}) {
      CashFlowParameters q = p;
      q.outcome_rate = std::clamp(p.outcome_rate + points / 100.0, 0.0, 1.0);
      scenario("outcome rate " + std::string(points > 0 ? "+" : "") + std::to_string(points) + " points", q);
    }
  }
  if (!volume_guaranteed) {
    for (int percent : {50, 70}) {
      CashFlowParameters q = p;
      q.volume = percent / 100.0;
      scenario("volume " + std::to_string(percent) + " % of indicative", q);
    }
  }
  {
    CashFlowParameters q = p;
    q.payment_days = p.payment_days + 30;
    q.retention_release_days = p.retention_release_days + 30;
    scenario("paid 30 days later than stated", q);
  }

  // --- Exit exposure.
  ExitExposure& exit = a.exit;
  if (terms[Id::termination_notice].stated) {
    exit.notice_days = terms[Id::termination_notice].value;
    inputs.from_contract(Id::termination_notice, days_text(exit.notice_days));
  } else {
    exit.notice_days = 90;
    assume("termination_notice", "Notice of termination for convenience", "90 days",
           "no notice for termination for convenience stated");
  }
  if (terms[Id::tupe].stated) inputs.from_contract(Id::tupe, terms[Id::tupe].flag ? "yes" : "no");
  double staff = 0;
  if (offer[Field::staff_transferring].given) {
    staff = offer[Field::staff_transferring].value;
    inputs.from_offer(Field::staff_transferring, "Staff transferring", format_number(staff, 0));
  } else {
    assume("staff_transferring", "Staff transferring", "0",
           terms[Id::tupe].stated && terms[Id::tupe].flag ? "the contract brings TUPE but the offer gives no staff: give staff_transferring"
                                  : "no staff transfer stated");
  }
  double salary = 25000;
  double weeks = 6;
  if (staff > 0) {
    if (offer[Field::average_salary].given) {
      salary = offer[Field::average_salary].value;
      inputs.from_offer(Field::average_salary, "Average salary", format_pounds(salary));
    } else {
      assume("average_salary", "Average salary", format_pounds(salary), "not given: assumed £25,000 a year");
    }
    if (offer[Field::redundancy_weeks].given) {
      weeks = offer[Field::redundancy_weeks].value;
      inputs.from_offer(Field::redundancy_weeks, "Redundancy pay, weeks per person", format_number(weeks, 1));
    } else {
      assume("redundancy_weeks", "Redundancy pay, weeks per person", "6",
             "not given: assumed 6 weeks' pay per person");
    }
  }
  exit.redundancy = staff * (salary / 52.0) * weeks;
  if (offer[Field::committed_costs].given) {
    exit.committed_costs = offer[Field::committed_costs].value;
    inputs.from_offer(Field::committed_costs, "Committed costs after exit", format_pounds(exit.committed_costs));
  }
  exit.pension_applies = terms[Id::pension_scheme].stated && terms[Id::pension_scheme].flag;
  if (exit.pension_applies) inputs.from_contract(Id::pension_scheme, "yes");
  if (offer[Field::pension_exit_debt].given) {
    exit.pension_exit_debt = offer[Field::pension_exit_debt].value;
    inputs.from_offer(Field::pension_exit_debt, "Pension exit debt", format_pounds(*exit.pension_exit_debt));
  }
  exit.known_total = exit.redundancy + exit.committed_costs + exit.pension_exit_debt.value_or(0);
  exit.liability_capped = terms[Id::liability_cap].stated && terms[Id::liability_cap].flag;
  if (terms[Id::liability_cap].stated) {
    exit.liability_cap_text = terms[Id::liability_cap].has_value ? terms[Id::liability_cap].value_text
                                                                 : terms[Id::liability_cap].text;
    inputs.from_contract(Id::liability_cap, exit.liability_capped ? "capped" : "unlimited");
  } else {
    assume("liability_cap", "Liability cap", "none found", "no cap on the provider's liability found: unbounded");
  }

  // --- Inflation on a fixed price.
  InflationEffect& infl = a.inflation;
  infl.rate_percent = inflation;
  infl.fixed_price = fixed;
  infl.nominal_price = price;
  const double real_rate = fixed ? inflation / 100.0 : 0.0;
  for (int m = 1; m <= p.term_months; ++m) {
    infl.real_price += p.monthly_charge * price_share_in_month(p.price_reduction * 100.0, m) /
                       std::pow(1.0 + real_rate, (m - 1) / 12);
  }
  infl.loss = infl.nominal_price - infl.real_price;
  infl.last_year_buys_percent = 100.0 / std::pow(1.0 + real_rate, (p.term_months - 1) / 12);

  // --- The headline figures and what each came from.
  std::vector<std::string> cash_ids = {value_id, "expected_volume", term_id};
  cash_ids.insert(cash_ids.end(), {"price_reduction", "invoice_period", "payment_in_advance"});
  cash_ids.insert(cash_ids.end(), payment_ids.begin(), payment_ids.end());
  cash_ids.insert(cash_ids.end(), {"retention", "retention_release", "management_fee"});
  cash_ids.insert(cash_ids.end(), bond_ids.begin(), bond_ids.end());
  cash_ids.insert(cash_ids.end(), outcome_ids.begin(), outcome_ids.end());
  cash_ids.insert(cash_ids.end(), credit_ids.begin(), credit_ids.end());
  cash_ids.insert(cash_ids.end(), {"monthly_delivery_cost", "mobilisation_cost", "inflation", "fixed_price"});
  std::vector<std::string> risk_ids = {value_id, "expected_volume", term_id};
  risk_ids.insert(risk_ids.end(), outcome_ids.begin(), outcome_ids.end());
  risk_ids.insert(risk_ids.end(), credit_ids.begin(), credit_ids.end());
  std::vector<std::string> exit_ids = {"termination_notice", "tupe", "staff_transferring", "average_salary",
                                       "redundancy_weeks", "pension_scheme", "pension_exit_debt", "committed_costs"};
  a.inputs = inputs.take();
  // Only inputs that exist are cited.
  auto present = [&](std::vector<std::string> ids) {
    std::vector<std::string> out;
    for (const std::string& id : ids) {
      const bool known = std::any_of(a.inputs.begin(), a.inputs.end(), [&](const ModelInput& in) { return in.id == id; });
      if (known && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
  };
  a.figures.push_back({"peak_working_capital", "Peak working capital", a.cash_flow.peak_working_capital, false,
                       present(cash_ids)});
  std::vector<std::string> reserve_ids = cash_ids;
  reserve_ids.push_back("cash_reserves");
  a.figures.push_back({"reserves_used", "Share of reserves it uses (%)", a.reserves_used_percent, false,
                       present(reserve_ids)});
  a.figures.push_back({"revenue_at_risk", "Revenue at risk", a.cash_flow.revenue_at_risk, false, present(risk_ids)});
  if (credits_unbounded) {
    a.figures.push_back({"service_credits_exposure", "Service credits", 0, true, present({"service_credits"})});
  }
  a.figures.push_back({"exit_exposure", "Exit exposure (known costs)", exit.known_total, false, present(exit_ids)});
  if (!exit.liability_capped) {
    a.figures.push_back({"liability_exposure", "Liability", 0, true, present({"liability_cap"})});
  }
  a.figures.push_back({"inflation_loss", "Real value lost to inflation", infl.loss, false,
                       present({value_id, "expected_volume", term_id, "price_reduction", "inflation", "fixed_price"})});
  a.assumed = std::move(assumed);
  return a;
}

}  // namespace clausecheck
