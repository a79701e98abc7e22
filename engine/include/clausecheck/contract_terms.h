// The terms of a contract that decide what it costs a provider in cash: how long invoices
// wait, whether payment waits for the prime to be paid, retention, the share of the price
// paid on outcomes and how late, service credits and their cap, whether any volume is
// guaranteed, notice for termination for convenience, TUPE and pensions, fixed prices,
// the liability cap, the term and the contract value.
//
// Each term is read from one sentence of the analysed document with the same typed-value
// reader the rules use (typed_values.h), and keeps the clause, page and words it came from,
// so every figure the offer model computes traces back to the contract. A term the contract
// does not state is returned with `stated == false`: the model then assumes a default and
// says so (docs/offer-model.md lists the words each term is read from and every default).
//
// Contract: read_contract_terms() reads only the analysed document it is given and returns
// a value; a term it cannot find is `stated == false`, never an error, and it throws nothing
// of its own. It keeps no state, so any number of threads may call it at once.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "clausecheck/engine.h"

namespace clausecheck {

enum class ContractTermId {
  payment_period,      // DURATION: days from invoice to payment
  pay_when_paid,       // flag; `value`: days after the prime is paid, when the sentence says
  retention,           // PERCENT held back from each payment
  retention_release,   // DURATION after the end of the term when retention is released
  outcome_share,       // PERCENT of the price paid only on outcomes
  outcome_lag,         // DURATION from delivery to the outcome payment being claimed
  service_credits,     // flag: the contract deducts service credits
  service_credit_cap,  // PERCENT of monthly charges that credits may reach
  volume_guarantee,    // flag: true when a minimum volume is guaranteed; `value`: the minimum
  termination_notice,  // DURATION of notice for termination for convenience
  tupe,                // flag: staff may transfer under TUPE
  pension_scheme,      // flag: staff keep a defined-benefit pension (LGPS, NHS, Fair Deal)
  fixed_price,         // flag: true when prices are fixed, false when indexed
  liability_cap,       // flag: true when the provider's liability is capped; `value`: MONEY cap if stated
  term_length,         // DURATION of the contract
  contract_value,      // MONEY: total value of the contract, stated or (see `note`) a price per
                       // month, quarter or year times the stated term (less any price reduction)
  invoice_period,      // months between invoices (or instalments): 1 monthly, 3 quarterly
  management_fee,      // flag: the provider's payments bear a management fee or charge (kept by
                       // the prime or paid over); `value`: its PERCENT, when the contract gives it
  bond,                // flag: the provider puts up a deposit or performance bond; `value` in `basis`
  bond_release,        // DURATION after the end of the term when the deposit or bond is returned
  price_reduction,     // PERCENT by which the price falls each year of the term
  payment_in_advance,  // flag: each invoice is raised (or paid) at the start of the period it
                       // pays for, not at its end: the cash arrives before the work is done
};
inline constexpr std::size_t contract_term_count = 22;

// "payment_period", "pay_when_paid", …: the spelling of reports and docs.
std::string_view to_string(ContractTermId id);
// "Payment period", "Pay when paid", …: for a reader.
std::string_view term_label(ContractTermId id);

struct ContractTerm {
  ContractTermId id = ContractTermId::payment_period;
  bool stated = false;     // found in the contract
  bool flag = false;       // for flag terms: what the contract says (see ContractTermId)
  double value = 0;        // DURATION: calendar days; PERCENT: 10 for 10%; MONEY: pounds
  bool has_value = false;  // `value` was read from the contract's words
  std::string value_text;  // the original words of the value: "sixty (60) days"
  // Where the contract says it: the sentence's span and words, its clause and page.
  std::string clause;      // citation, "" when the sentence is in no numbered clause
  std::string heading;     // the clause's heading or its nearest headed ancestor's
  int page = 0;
  std::uint32_t begin = 0;  // byte span of the sentence in Document::text
  std::uint32_t end = 0;
  std::string text;        // the sentence's original words
  // What `value` measures, for a term whose value may be written in more than one way: a
  // bond is "GBP", "percent of annual charges", "percent of contract value" or "months of
  // charges". Empty for every other term (its unit is in ContractTermId).
  std::string basis;
  // How a value not stated as such was worked out from the contract's words: "£148,000 per
  // year over the 24-month term (clause 2.1)". Empty when the value is as written.
  std::string note;
};

struct ContractTerms {
  ContractTerms() {
    for (std::size_t i = 0; i < contract_term_count; ++i) terms[i].id = static_cast<ContractTermId>(i);
  }
  std::array<ContractTerm, contract_term_count> terms;

  const ContractTerm& operator[](ContractTermId id) const { return terms[static_cast<std::size_t>(id)]; }
  ContractTerm& operator[](ContractTermId id) { return terms[static_cast<std::size_t>(id)]; }
};

// The share of the first year's price paid for month `month` (1-based) when the price falls
// by `reduction_percent` on each anniversary (ContractTermId::price_reduction): 1 in the first
// twelve months, then (1 - r)^(whole years before the month). 0 % gives 1 throughout.
double price_share_in_month(double reduction_percent, int month);

// Reads every term above from `document`; the first sentence (in document order) that
// states a term is the one kept. Pure: no I/O, deterministic.
ContractTerms read_contract_terms(const AnalysedDocument& document);

}  // namespace clausecheck
