// The offer model (engine/include/clausecheck/offer_model.h): the hand-worked examples of
// docs/offer-model.md reproduced exactly from contract text and an offer file, then the
// properties that must hold for any input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_file.h"
#include "clausecheck/offer_model.h"

namespace clausecheck {
namespace {

Offer offer_from(const std::string& text) {
  OfferParseResult parsed = parse_offer(text);
  if (auto* error = std::get_if<OfferError>(&parsed)) {
    ADD_FAILURE() << error->describe("offer");
    return {};
  }
  return std::get<Offer>(parsed);
}

Assessment assess(const std::string& contract, const std::string& offer) {
  const AnalysedDocument doc = analyse(document_from_text(contract));
  return assess_offer(read_contract_terms(doc), offer_from(offer));
}

const ModelInput* input(const Assessment& a, const std::string& id) {
  for (const ModelInput& in : a.inputs) {
    if (in.id == id) return &in;
  }
  return nullptr;
}

std::vector<double> positions(const Assessment& a) {
  std::vector<double> out;
  for (const CashMonth& m : a.cash_flow.months) out.push_back(m.position);
  return out;
}

const std::string pay30 =
    "1. Payment\n"
    "1.1 The Subcontractor shall invoice monthly in arrears.\n"
    "1.2 The Prime shall pay each valid invoice within thirty (30) days of receipt.\n";
const std::string pay60 =
    "1. Payment\n"
    "1.1 The Subcontractor shall invoice monthly in arrears.\n"
    "1.2 The Prime shall pay each valid invoice within sixty (60) days of receipt.\n";
const std::string small_offer =
    "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n";

// ---- Example 1: monthly invoicing at 30 and at 60 days.

TEST(OfferModelExample, MonthlyInvoicingAt30Days_PeakIsOneMonthOfCost) {
  const Assessment a = assess(pay30, small_offer);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -8000, -7000, 3000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 9000);
  EXPECT_EQ(a.cash_flow.peak_month, 1);
  EXPECT_DOUBLE_EQ(a.cash_flow.revenue_at_risk, 0);
  const ModelInput* period = input(a, "payment_period");
  ASSERT_NE(period, nullptr);
  EXPECT_EQ(period->source, InputSource::contract);
  EXPECT_EQ(period->clause, "1.2");
  EXPECT_EQ(period->value_text, "30 days");
}

TEST(OfferModelExample, MonthlyInvoicingAt60Days_PeakDoubles) {
  const Assessment a = assess(pay60, small_offer);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -18000, -17000, -7000, 3000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 18000);
  EXPECT_EQ(a.cash_flow.peak_month, 2);
}

// ---- Example 2: pay when paid on top of a 30-day upstream payment.

TEST(OfferModelExample, PayWhenPaidOnA30DayUpstream_IsSixtyDaysOfWaiting) {
  const Assessment a = assess(pay30 +
                                  "1.3 The Prime shall not pay any sum unless and until it has itself received "
                                  "payment from the Authority.\n",
                              small_offer);
  EXPECT_DOUBLE_EQ(a.parameters.payment_days, 60);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -18000, -17000, -7000, 3000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 18000);
  EXPECT_EQ(a.cash_flow.peak_month, 2);
  const ModelInput* pwp = input(a, "pay_when_paid");
  ASSERT_NE(pwp, nullptr);
  EXPECT_EQ(pwp->clause, "1.3");
  const ModelInput* upstream = input(a, "upstream_payment_days");
  ASSERT_NE(upstream, nullptr);
  EXPECT_EQ(upstream->source, InputSource::assumed);
}

// ---- Example 3: 40 % on outcomes, claimed 6 months after the start, at 55 %.

const std::string outcome_contract = pay30 +
                                     "1.3 Outcome payments make up forty per cent (40%) of the Charges.\n"
                                     "1.4 Each outcome payment is claimed six (6) months after the start of the "
                                     "service.\n";
const std::string outcome_offer =
    "contract_value = £120,000\nterm = 12 months\nmonthly_delivery_cost = £8,000\n"
    "expected_outcome_rate = 55%\ninflation = 0%\n";

TEST(OfferModelExample, FortyPercentOnOutcomes_PeakInMonthSevenAndRevenueAtRisk) {
  const Assessment a = assess(outcome_contract, outcome_offer);
  EXPECT_DOUBLE_EQ(a.parameters.outcome_share, 0.4);
  EXPECT_EQ(a.parameters.outcome_lag_months, 6);
  const std::vector<double> expected = {-8000,  -10000, -12000, -14000, -16000, -18000, -20000,
                                        -19800, -19600, -19400, -19200, -19000, -10800, -8600,
                                        -6400,  -4200,  -2000,  200,    2400};
  const std::vector<double> got = positions(a);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-6) << "month " << i + 1;
  EXPECT_NEAR(a.cash_flow.peak_working_capital, 20000, 1e-6);
  EXPECT_EQ(a.cash_flow.peak_month, 7);
  EXPECT_NEAR(a.cash_flow.revenue_received, 98400, 1e-6);
  EXPECT_NEAR(a.cash_flow.revenue_at_risk, 21600, 1e-6);
}

TEST(OfferModelExample, FortyPercentOnOutcomes_SensitivityTable) {
  const Assessment a = assess(outcome_contract, outcome_offer);
  struct Row {
    std::string name;
    double at_risk;
    double peak;
    int month;
  };
  const std::vector<Row> expected = {
      {"as stated", 21600, 20000, 7},
      {"outcome rate -20 points", 31200, 23000, 12},
      {"outcome rate -10 points", 26400, 21000, 12},
      {"outcome rate +10 points", 16800, 20000, 7},
      {"volume 50 % of indicative", 70800, 57500, 12},
      {"volume 70 % of indicative", 51120, 42100, 12},
      {"paid 30 days later than stated", 21600, 28000, 8},
  };
  ASSERT_EQ(a.scenarios.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].name);
    EXPECT_EQ(a.scenarios[i].name, expected[i].name);
    EXPECT_NEAR(a.scenarios[i].revenue_at_risk, expected[i].at_risk, 1e-6);
    EXPECT_NEAR(a.scenarios[i].peak_working_capital, expected[i].peak, 1e-6);
    EXPECT_EQ(a.scenarios[i].peak_month, expected[i].month);
  }
}

// ---- Example 4: 5 % retention released at the end.

TEST(OfferModelExample, FivePercentRetention_DeepensThePeakUntilReleased) {
  const Assessment a = assess(pay30 +
                                  "1.3 The Prime shall retain five per cent (5%) of each payment until the end of "
                                  "this Subcontract.\n",
                              "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,800\n"
                              "inflation = 0%\n");
  EXPECT_DOUBLE_EQ(a.parameters.retention, 0.05);
  const std::vector<double> expected = {-9800, -10100, -10400, 600};
  const std::vector<double> got = positions(a);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-6) << "month " << i + 1;
  EXPECT_NEAR(a.cash_flow.months[3].retention_released, 1500, 1e-6);
  EXPECT_NEAR(a.cash_flow.peak_working_capital, 10400, 1e-6);
  EXPECT_EQ(a.cash_flow.peak_month, 3);
  EXPECT_NEAR(a.cash_flow.revenue_at_risk, 0, 1e-6);
}

// ---- Example 5: service credits capped at 10 % of monthly charges.

TEST(OfferModelExample, ServiceCreditCapOfTenPercent_TakenEveryMonth) {
  const Assessment a = assess(pay30 + "1.3 Service credits shall not exceed ten per cent (10%) of the monthly "
                                      "Charges.\n",
                              small_offer);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -9000, -9000, 0}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 9000);
  EXPECT_EQ(a.cash_flow.peak_month, 1);
  EXPECT_DOUBLE_EQ(a.cash_flow.revenue_at_risk, 3000);
  const ModelInput* cap = input(a, "service_credit_cap");
  ASSERT_NE(cap, nullptr);
  EXPECT_EQ(cap->clause, "1.3");
}

// ---- Example 6: exit exposure; example 7: inflation.

TEST(OfferModelExample, ExitOnOneMonthsNotice_RedundancyCommittedCostsAndUnknownPension) {
  const Assessment a = assess(
      "1. Termination\n"
      "1.1 The Prime may terminate this Subcontract at any time and for any reason by giving one (1) month's "
      "notice.\n"
      "2. Staff\n"
      "2.1 TUPE applies to the staff who deliver the services.\n"
      "2.2 Transferring staff shall keep their membership of the Local Government Pension Scheme.\n",
      "staff_transferring = 6\naverage_salary = £26,000\ncommitted_costs = £5,000\n");
  EXPECT_DOUBLE_EQ(a.exit.notice_days, 30);
  EXPECT_DOUBLE_EQ(a.exit.redundancy, 18000);
  EXPECT_DOUBLE_EQ(a.exit.committed_costs, 5000);
  EXPECT_TRUE(a.exit.pension_applies);
  EXPECT_FALSE(a.exit.pension_exit_debt.has_value());
  EXPECT_DOUBLE_EQ(a.exit.known_total, 23000);
  EXPECT_FALSE(a.exit.liability_capped);
  const auto liability = std::find_if(a.figures.begin(), a.figures.end(),
                                      [](const TracedFigure& f) { return f.id == "liability_exposure"; });
  ASSERT_NE(liability, a.figures.end());
  EXPECT_TRUE(liability->unbounded);
}

TEST(OfferModelExample, FixedPriceOverTwoYearsAtFivePercent_LosesItsSecondYearsValue) {
  const Assessment a = assess("1. Price\n1.1 The Charges are fixed for the term of this Subcontract.\n",
                              "contract_value = £240,000\nterm = 24 months\ninflation = 5%\n");
  EXPECT_TRUE(a.inflation.fixed_price);
  EXPECT_NEAR(a.inflation.real_price, 120000 + 120000 / 1.05, 1e-6);
  EXPECT_NEAR(a.inflation.loss, 5714.2857142857, 1e-6);
  EXPECT_NEAR(a.inflation.last_year_buys_percent, 95.238095238, 1e-6);
}

// ---- Example 8: quarterly invoicing.

TEST(OfferModelExample, QuarterlyInvoicing_CarriesThreeMonthsOfCostBeforeTheFirstPayment) {
  const std::string quarterly =
      "1. Payment\n"
      "1.1 The Subcontractor shall invoice quarterly in arrears.\n"
      "1.2 The Prime shall pay each valid invoice within thirty (30) days of receipt.\n";
  const Assessment a =
      assess(quarterly, "contract_value = £60,000\nterm = 6 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n");
  EXPECT_EQ(a.parameters.invoice_period_months, 3);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -18000, -27000, -6000, -15000, -24000, 6000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 27000);
  EXPECT_EQ(a.cash_flow.peak_month, 3);
  const ModelInput* period = input(a, "invoice_period");
  ASSERT_NE(period, nullptr);
  EXPECT_EQ(period->source, InputSource::contract);
  EXPECT_EQ(period->clause, "1.1");
  // Monthly, the same contract needs a third of the cash.
  const Assessment monthly =
      assess(pay30, "contract_value = £60,000\nterm = 6 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n");
  EXPECT_DOUBLE_EQ(monthly.cash_flow.peak_working_capital, 9000);
}

// ---- Example 12: invoiced quarterly in advance.

TEST(OfferModelExample, QuarterlyInAdvanceAtSixtyDays_CashArrivesBeforeMostOfTheWork) {
  const std::string offer = "contract_value = £60,000\nterm = 6 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n";
  const std::string paid_in_60 = "1.2 The Prime shall pay each valid invoice within sixty (60) days of receipt.\n";
  const Assessment a = assess("1. Payment\n1.1 The Subcontractor shall invoice quarterly in advance.\n" + paid_in_60, offer);
  EXPECT_TRUE(a.parameters.paid_in_advance);
  EXPECT_EQ(a.parameters.invoice_period_months, 3);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, 12000, 3000, -6000, 15000, 6000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 9000);
  EXPECT_EQ(a.cash_flow.peak_month, 1);
  EXPECT_NEAR(a.cash_flow.revenue_received, 60000, 1e-6);
  const ModelInput* advance = input(a, "payment_in_advance");
  ASSERT_NE(advance, nullptr);
  EXPECT_EQ(advance->source, InputSource::contract);
  EXPECT_EQ(advance->clause, "1.1");
  // In arrears, the same contract needs four times the cash, and ends where it does in advance.
  const Assessment arrears =
      assess("1. Payment\n1.1 The Subcontractor shall invoice quarterly in arrears.\n" + paid_in_60, offer);
  EXPECT_FALSE(arrears.parameters.paid_in_advance);
  EXPECT_EQ(positions(arrears), (std::vector<double>{-9000, -18000, -27000, -36000, -15000, -24000, -24000, 6000}));
  EXPECT_DOUBLE_EQ(arrears.cash_flow.peak_working_capital, 36000);
  EXPECT_EQ(arrears.cash_flow.peak_month, 4);
}

// ---- Example 9: a management fee kept from each payment.

TEST(OfferModelExample, FifteenPercentManagementFee_IsACostOnEachPayment_NotRevenueAtRisk) {
  const Assessment a = assess(pay30 +
                                  "1.3 The Prime shall deduct from each payment a management fee of fifteen per cent "
                                  "(15%) of the invoiced amount.\n",
                              small_offer);
  EXPECT_DOUBLE_EQ(a.parameters.management_fee, 0.15);
  EXPECT_EQ(positions(a), (std::vector<double>{-9000, -9500, -10000, -1500}));
  std::vector<double> fees;
  for (const CashMonth& m : a.cash_flow.months) fees.push_back(m.management_fees);
  EXPECT_EQ(fees, (std::vector<double>{0, 1500, 1500, 1500}));
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 10000);
  EXPECT_EQ(a.cash_flow.peak_month, 3);
  EXPECT_DOUBLE_EQ(a.cash_flow.revenue_at_risk, 0);
  EXPECT_DOUBLE_EQ(a.cash_flow.total_costs, 27000 + 4500);
}

TEST(OfferModelExample, ManagementFeeWithoutARate_IsAssumedZeroAndSaysSo_UntilTheOfferGivesIt) {
  const std::string contract = pay30 +
                               "1.3 The Prime shall deduct a supply chain management charge from each payment, "
                               "calculated under its charging policy.\n";
  const Assessment unknown = assess(contract, small_offer);
  const ModelInput* fee = input(unknown, "management_fee");
  ASSERT_NE(fee, nullptr);
  EXPECT_EQ(fee->source, InputSource::assumed);
  EXPECT_EQ(fee->clause, "1.3");
  EXPECT_NE(std::find(unknown.assumed.begin(), unknown.assumed.end(), "management_fee"), unknown.assumed.end());
  const Assessment given = assess(contract, small_offer + "management_fee = 15%\n");
  EXPECT_DOUBLE_EQ(given.parameters.management_fee, 0.15);
  EXPECT_EQ(positions(given), (std::vector<double>{-9000, -9500, -10000, -1500}));
}

// ---- Example 10: a deposit of a month's price, returned 90 days after the end.

TEST(OfferModelExample, DepositOfOneMonthsPrice_PaidOutAtTheStartAndBackAfterTheEnd) {
  const Assessment a = assess(pay30 +
                                  "1.3 On signing, the Subcontractor shall pay the Prime a cash deposit equal to one "
                                  "(1) month's Charges, which shall be returned within ninety (90) days after the end "
                                  "of the term.\n",
                              small_offer);
  EXPECT_DOUBLE_EQ(a.parameters.bond, 10000);
  EXPECT_EQ(positions(a), (std::vector<double>{-19000, -18000, -17000, -7000, -7000, 3000}));
  EXPECT_DOUBLE_EQ(a.cash_flow.months[0].bond_paid, 10000);
  EXPECT_DOUBLE_EQ(a.cash_flow.months[5].bond_returned, 10000);
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 19000);
  EXPECT_EQ(a.cash_flow.peak_month, 1);
  EXPECT_DOUBLE_EQ(a.cash_flow.revenue_at_risk, 0);
  const ModelInput* bond = input(a, "bond");
  ASSERT_NE(bond, nullptr);
  EXPECT_EQ(bond->source, InputSource::contract);
  EXPECT_EQ(bond->value_text, "\xC2\xA3" "10,000");
  const ModelInput* back = input(a, "bond_release");
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->source, InputSource::contract);
}

// ---- Example 11: a price that falls by 10 % a year.

TEST(OfferModelExample, PriceFallingTenPercentAYear_SecondYearPaysNoMoreThanItCosts) {
  const Assessment a = assess(pay30 +
                                  "1.3 The Charges shall be reduced by ten per cent (10%) on each anniversary of the "
                                  "commencement date.\n",
                              "contract_value = £228,000\nterm = 24 months\nmonthly_delivery_cost = £9,000\n"
                              "inflation = 0%\n");
  EXPECT_NEAR(a.parameters.monthly_charge, 10000, 1e-6);
  std::vector<double> expected;
  double position = -9000;
  expected.push_back(position);
  for (int m = 2; m <= 13; ++m) expected.push_back(position += 1000);  // £10,000 in, £9,000 out
  for (int m = 14; m <= 24; ++m) expected.push_back(position);         // £9,000 in, £9,000 out
  expected.push_back(position += 9000);                                // month 25: the last invoice
  const std::vector<double> got = positions(a);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-6) << "month " << i + 1;
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 9000);
  EXPECT_NEAR(a.cash_flow.revenue_received, 228000, 1e-6);
  EXPECT_NEAR(a.cash_flow.months.back().position, 12000, 1e-6);
}

// ---- Missing terms are assumed and said so, never silently zero.

TEST(OfferModelAssumptions, EmptyContractAndOffer_EveryDrivingTermIsReportedAsAssumed) {
  const Assessment a = assess("This page says nothing about money.\n", "");
  for (const char* id : {"term", "contract_value", "payment_period", "retention", "outcome_share", "service_credits",
                         "volume_guarantee", "monthly_delivery_cost", "inflation", "fixed_price", "cash_reserves",
                         "termination_notice", "staff_transferring", "liability_cap", "invoice_period",
                         "management_fee", "bond", "price_reduction", "payment_in_advance"}) {
    SCOPED_TRACE(id);
    const ModelInput* in = input(a, id);
    ASSERT_NE(in, nullptr);
    EXPECT_EQ(in->source, InputSource::assumed);
    EXPECT_FALSE(in->note.empty());
    EXPECT_NE(std::find(a.assumed.begin(), a.assumed.end(), id), a.assumed.end());
  }
  // With no term at all, the model still runs on its stated defaults.
  EXPECT_EQ(a.parameters.term_months, 12);
  EXPECT_GT(a.cash_flow.peak_working_capital, 0);
}

TEST(OfferModelTrace, EveryFigureCitesOnlyInputsThatExist) {
  const Assessment a = assess(outcome_contract, outcome_offer);
  ASSERT_FALSE(a.figures.empty());
  for (const TracedFigure& f : a.figures) {
    SCOPED_TRACE(f.id);
    EXPECT_FALSE(f.from.empty());
    for (const std::string& id : f.from) EXPECT_NE(input(a, id), nullptr) << id;
  }
  const auto peak = std::find_if(a.figures.begin(), a.figures.end(),
                                 [](const TracedFigure& f) { return f.id == "peak_working_capital"; });
  ASSERT_NE(peak, a.figures.end());
  for (const char* id : {"payment_period", "outcome_share", "outcome_lag", "expected_outcome_rate"}) {
    EXPECT_NE(std::find(peak->from.begin(), peak->from.end(), id), peak->from.end()) << id;
  }
}

// ---- Properties over many random cash flows.

CashFlowParameters random_parameters(std::mt19937& rng) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  CashFlowParameters p;
  p.term_months = 1 + static_cast<int>(rng() % 36);
  p.monthly_charge = 1000 + 20000 * unit(rng);
  p.indicative_price = p.monthly_charge * p.term_months;
  p.volume = 0.3 + 0.7 * unit(rng);
  p.outcome_share = unit(rng) < 0.5 ? 0 : unit(rng);
  p.outcome_rate = unit(rng);
  p.outcome_lag_months = static_cast<int>(rng() % 12);
  p.payment_days = static_cast<double>(rng() % 120);
  p.retention = unit(rng) < 0.5 ? 0 : 0.1 * unit(rng);
  p.retention_release_days = static_cast<double>(rng() % 120);
  p.service_credit_rate = unit(rng) < 0.5 ? 0 : 0.15 * unit(rng);
  p.monthly_cost = p.monthly_charge * (0.5 + unit(rng));
  p.mobilisation_cost = unit(rng) < 0.5 ? 0 : 5000 * unit(rng);
  p.inflation = 0.1 * unit(rng);
  const int periods[] = {1, 1, 3, 6, 12};
  p.invoice_period_months = periods[rng() % 5];
  p.price_reduction = unit(rng) < 0.5 ? 0 : 0.1 * unit(rng);
  p.management_fee = unit(rng) < 0.5 ? 0 : 0.2 * unit(rng);
  p.bond = unit(rng) < 0.5 ? 0 : p.monthly_charge * 3 * unit(rng);
  p.bond_release_days = static_cast<double>(rng() % 120);
  p.paid_in_advance = unit(rng) < 0.3;
  // The price at 100 % volume: each later year at the reduced price.
  p.indicative_price = 0;
  for (int m = 1; m <= p.term_months; ++m) {
    p.indicative_price += p.monthly_charge * price_share_in_month(p.price_reduction * 100, m);
  }
  return p;
}

// A contract paid before its costs fall due needs no cash: its peak is 0, never -0, which the
// JSON report and summary.csv would print as "-0.0" and "-0" (the good-practice subcontract
// of corpus/subcontracts did, on the stated defaults).
TEST(OfferModelProperty, CashNeverBelowZero_PeakIsZeroNotMinusZero) {
  const Assessment a = assess(pay30, "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £0\n");
  EXPECT_EQ(a.cash_flow.peak_month, 0);
  EXPECT_EQ(a.cash_flow.peak_working_capital, 0);
  EXPECT_FALSE(std::signbit(a.cash_flow.peak_working_capital));
  for (const Scenario& s : a.scenarios) EXPECT_FALSE(std::signbit(s.peak_working_capital)) << s.name;
}

TEST(OfferModelProperty, LaterPaymentNeverLowersPeakWorkingCapital) {
  std::mt19937 rng(20261205);
  for (int i = 0; i < 2000; ++i) {
    const CashFlowParameters p = random_parameters(rng);
    CashFlowParameters later = p;
    later.payment_days += 1 + static_cast<double>(rng() % 90);
    EXPECT_GE(run_cash_flow(later).peak_working_capital + 1e-6, run_cash_flow(p).peak_working_capital)
        << "case " << i << ": " << p.payment_days << " -> " << later.payment_days << " days";
  }
}

TEST(OfferModelProperty, HigherOutcomeRateNeverRaisesRevenueAtRisk) {
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    const CashFlowParameters p = random_parameters(rng);
    CashFlowParameters better = p;
    better.outcome_rate = std::min(1.0, p.outcome_rate + 0.01 + 0.5 * static_cast<double>(rng() % 100) / 100.0);
    EXPECT_LE(run_cash_flow(better).revenue_at_risk, run_cash_flow(p).revenue_at_risk + 1e-6) << "case " << i;
  }
}

TEST(OfferModelProperty, CashInPlusRevenueAtRiskIsThePrice) {
  std::mt19937 rng(11);
  for (int i = 0; i < 500; ++i) {
    const CashFlowParameters p = random_parameters(rng);
    const CashFlow f = run_cash_flow(p);
    EXPECT_NEAR(f.revenue_received + f.revenue_at_risk, p.indicative_price, 1e-6 * p.indicative_price) << i;
  }
}

// In arrears a longer invoicing period makes the provider wait longer; in advance it pays
// more of the work before it is done.
TEST(OfferModelProperty, LessFrequentInvoicingNeverLowersPeakWorkingCapitalInArrears_NorRaisesItInAdvance) {
  std::mt19937 rng(3);
  for (int i = 0; i < 2000; ++i) {
    CashFlowParameters monthly = random_parameters(rng);
    monthly.invoice_period_months = 1;
    CashFlowParameters quarterly = monthly;
    quarterly.invoice_period_months = 3;
    const double monthly_peak = run_cash_flow(monthly).peak_working_capital;
    const double quarterly_peak = run_cash_flow(quarterly).peak_working_capital;
    if (monthly.paid_in_advance) {
      EXPECT_LE(quarterly_peak, monthly_peak + 1e-6) << "case " << i;
    } else {
      EXPECT_GE(quarterly_peak + 1e-6, monthly_peak) << "case " << i;
    }
  }
}

TEST(OfferModelProperty, PaymentInAdvanceNeverRaisesPeakWorkingCapital_AndReceivesTheSameRevenue) {
  std::mt19937 rng(11);
  for (int i = 0; i < 2000; ++i) {
    CashFlowParameters arrears = random_parameters(rng);
    arrears.paid_in_advance = false;
    CashFlowParameters advance = arrears;
    advance.paid_in_advance = true;
    const CashFlow later = run_cash_flow(arrears);
    const CashFlow sooner = run_cash_flow(advance);
    EXPECT_LE(sooner.peak_working_capital, later.peak_working_capital + 1e-6) << "case " << i;
    EXPECT_NEAR(sooner.revenue_received, later.revenue_received, 1e-6 * std::max(1.0, later.revenue_received))
        << "case " << i;
  }
}

TEST(OfferModelProperty, AManagementFeeOrABondNeverLowersPeakWorkingCapital_AndABondIsNotRevenue) {
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    CashFlowParameters p = random_parameters(rng);
    p.management_fee = 0;
    p.bond = 0;
    const CashFlow plain = run_cash_flow(p);
    CashFlowParameters fee = p;
    fee.management_fee = 0.01 + 0.2 * static_cast<double>(rng() % 100) / 100.0;
    EXPECT_GE(run_cash_flow(fee).peak_working_capital + 1e-6, plain.peak_working_capital) << "case " << i;
    CashFlowParameters bond = p;
    bond.bond = 1 + static_cast<double>(rng() % 50000);
    const CashFlow bonded = run_cash_flow(bond);
    EXPECT_GE(bonded.peak_working_capital + 1e-6, plain.peak_working_capital) << "case " << i;
    EXPECT_NEAR(bonded.revenue_received, plain.revenue_received, 1e-6) << "case " << i;
    // Every pound put up comes back: the end position is unchanged.
    EXPECT_NEAR(bonded.months.back().position, plain.months.back().position, 1e-6 * bond.bond) << "case " << i;
  }
}

// ---- The offer file: bad files name the field and the line.

std::string error_of(const std::string& text) {
  OfferParseResult parsed = parse_offer(text);
  if (std::holds_alternative<Offer>(parsed)) return "(no error)";
  return std::get<OfferError>(parsed).describe("offer.txt");
}

TEST(OfferFile, ValuesAreReadAsContractsWriteThem) {
  const Offer offer = offer_from(
      "# a comment\n\ncontract_value = £1.5m\nterm: two years\nexpected_outcome_rate = 55 per cent\n"
      "staff_transferring = 6   # the whole team\nupstream_payment_days = 10 working days\n");
  EXPECT_DOUBLE_EQ(offer[OfferField::contract_value].value, 1500000);
  EXPECT_EQ(offer[OfferField::contract_value].line, 3);
  EXPECT_DOUBLE_EQ(offer[OfferField::term].value, 730);
  EXPECT_DOUBLE_EQ(offer[OfferField::expected_outcome_rate].value, 55);
  EXPECT_DOUBLE_EQ(offer[OfferField::staff_transferring].value, 6);
  EXPECT_DOUBLE_EQ(offer[OfferField::upstream_payment_days].value, 14);
  EXPECT_FALSE(offer[OfferField::cash_reserves].given);
}

TEST(OfferFile, UnknownField_IsNamedWithItsLine) {
  EXPECT_EQ(error_of("term = 12 months\nmonthly_cost = £5,000\n").rfind("offer.txt:2: monthly_cost: unknown field", 0),
            0u);
}

TEST(OfferFile, NegativeCost_IsRefused) {
  EXPECT_EQ(error_of("monthly_delivery_cost = -£5,000\n"),
            "offer.txt:1: monthly_delivery_cost: must not be negative (got \"-£5,000\")");
}

TEST(OfferFile, PercentageOver100_IsRefused) {
  EXPECT_EQ(error_of("\nexpected_outcome_rate = 155%\n"),
            "offer.txt:2: expected_outcome_rate: a percentage cannot be over 100 (got \"155%\")");
}

TEST(OfferFile, WrongUnit_SaysWhatWasExpectedAndWhatWasGiven) {
  EXPECT_EQ(error_of("monthly_delivery_cost = 30 days\n"),
            "offer.txt:1: monthly_delivery_cost: expected an amount in pounds, such as £22,000, got \"30 days\", "
            "which is a length of time");
  EXPECT_EQ(error_of("term = £5,000\n"),
            "offer.txt:1: term: expected a length of time, such as 30 days or 24 months, got \"£5,000\", which is an "
            "amount of money");
  EXPECT_EQ(error_of("contract_value = $600,000\n"),
            "offer.txt:1: contract_value: must be in pounds (got \"$600,000\", in USD)");
  EXPECT_EQ(error_of("inflation = 4\n"),
            "offer.txt:1: inflation: expected a percentage, such as 55%, got \"4\", which is a plain number");
  EXPECT_EQ(error_of("monthly_delivery_cost = £22,000 a month\n").rfind("offer.txt:1: monthly_delivery_cost: expected", 0),
            0u);
}

TEST(OfferFile, RepeatedFieldAndLineWithoutValue_AreRefused) {
  EXPECT_EQ(error_of("term = 1 year\nterm = 2 years\n"), "offer.txt:2: term: given twice (first on line 1)");
  EXPECT_EQ(error_of("just some words\n"), "offer.txt:1: expected `field = value`, got \"just some words\"");
  EXPECT_EQ(error_of("staff_transferring = 2.5\n"),
            "offer.txt:1: staff_transferring: must be a whole number of people (got \"2.5\")");
}

TEST(OfferFile, FiguresBeyondTheirLimit_AreRefusedNamingTheLimit) {
  EXPECT_EQ(error_of("contract_value = £2,000,000,000,000\n"),
            "offer.txt:1: contract_value: must be at most £1,000,000,000,000 (got \"£2,000,000,000,000\")");
  EXPECT_EQ(error_of("term = 51 years\n"), "offer.txt:1: term: must be at most 50 years (got \"51 years\")");
  EXPECT_EQ(error_of("upstream_payment_days = 6 years\n"),
            "offer.txt:1: upstream_payment_days: must be at most 5 years (got \"6 years\")");
  EXPECT_EQ(error_of("expected_volume = 2000000000\n"),
            "offer.txt:1: expected_volume: must be at most 1,000,000,000 (got \"2000000000\")");
  // Each within its limit, but the contract value they make is not: named at the later line.
  EXPECT_EQ(error_of("unit_price = £1,000,000\n# the whole country\nexpected_volume = 100000000\n"),
            "offer.txt:3: expected_volume: unit_price x expected_volume must be at most £1,000,000,000,000 (got "
            "\"£1,000,000\" x \"100000000\")");
  // At the limit is accepted.
  EXPECT_EQ(error_of("contract_value = £1,000,000,000,000\nterm = 50 years\n"), "(no error)");
}

TEST(OfferFile, EmptyText_IsAnOfferOnTheStatedDefaults) {
  // The engine reads an empty offer as every default (the web form with nothing filled in);
  // the command line refuses an empty offer *file* as a likely mistake (assess_cli_test).
  const OfferParseResult parsed = parse_offer("");
  ASSERT_TRUE(std::holds_alternative<Offer>(parsed));
  for (const OfferFigure& f : std::get<Offer>(parsed).figures) EXPECT_FALSE(f.given);
}

// ---- Extreme offers: every figure stays a number a report can print.

void expect_every_figure_finite(const Assessment& a) {
  for (const TracedFigure& f : a.figures) EXPECT_TRUE(std::isfinite(f.value)) << f.id;
  for (const Scenario& s : a.scenarios) {
    EXPECT_TRUE(std::isfinite(s.revenue_at_risk) && std::isfinite(s.peak_working_capital)) << s.name;
  }
  for (const CashMonth& m : a.cash_flow.months) EXPECT_TRUE(std::isfinite(m.position)) << m.month;
  EXPECT_TRUE(std::isfinite(a.reserves_used_percent) && std::isfinite(a.months_of_costs));
  EXPECT_TRUE(std::isfinite(a.inflation.real_price) && std::isfinite(a.inflation.last_year_buys_percent));
}

TEST(OfferModelExtremes, TrillionPoundContractOverFiftyYears_StaysFiniteAndPrintsEveryDigit) {
  const Assessment a = assess(outcome_contract,
                              "contract_value = £1,000,000,000,000\nterm = 50 years\ninflation = 100%\n"
                              "monthly_delivery_cost = £1,000,000,000,000\nstaff_transferring = 1000000\n"
                              "average_salary = £1,000,000,000,000\nredundancy_weeks = 520\n");
  expect_every_figure_finite(a);
  EXPECT_EQ(a.parameters.term_months, 600);
  // Costs double each year for 50 years: far beyond any integer type, printed from the double.
  EXPECT_GT(a.cash_flow.peak_working_capital, 1e25);
  const std::string peak = format_pounds(a.cash_flow.peak_working_capital);
  EXPECT_EQ(peak.rfind("£", 0), 0u) << peak;
  EXPECT_GT(peak.size(), 30u) << peak;
  EXPECT_EQ(peak.find_first_not_of("£0123456789,"), std::string::npos) << peak;
  EXPECT_EQ(format_pounds(1e12), "£1,000,000,000,000");
}

TEST(OfferModelExtremes, ZeroVolume_IsAContractWorthNothing_NotANaN) {
  const Assessment a = assess(outcome_contract, "unit_price = £410\nexpected_volume = 0\ncash_reserves = £0\n");
  expect_every_figure_finite(a);
  EXPECT_DOUBLE_EQ(a.parameters.indicative_price, 0);
  EXPECT_DOUBLE_EQ(a.cash_flow.revenue_at_risk, 0);
  // The default cost is 95 % of a charge of nothing: nothing is spent, nothing is needed.
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 0);
  EXPECT_DOUBLE_EQ(a.reserves_used_percent, 0);
  EXPECT_EQ(a.reserves_run_out_month, 0);
}

TEST(OfferModelExtremes, ZeroVolumeWithCosts_NeedsEveryPoundOfTheCosts) {
  const Assessment a = assess(pay30, "unit_price = £410\nexpected_volume = 0\nterm = 3 months\n"
                                     "monthly_delivery_cost = £1,000\ninflation = 0%\ncash_reserves = £0\n");
  expect_every_figure_finite(a);
  EXPECT_DOUBLE_EQ(a.cash_flow.peak_working_capital, 3000);
  EXPECT_EQ(a.cash_flow.peak_month, 3);
  EXPECT_EQ(a.reserves_run_out_month, 1);
  EXPECT_DOUBLE_EQ(a.reserves_used_percent, 0) << "no reserves: a share of nothing is not given as a number";
}

TEST(OfferModelExtremes, ZeroCostsAndZeroTerm_StayFinite) {
  const Assessment a = assess(pay30, "contract_value = £0\nterm = 0 days\nmonthly_delivery_cost = £0\n");
  expect_every_figure_finite(a);
  EXPECT_EQ(a.parameters.term_months, 1);
  EXPECT_DOUBLE_EQ(a.months_of_costs, 0);
}

}  // namespace
}  // namespace clausecheck
