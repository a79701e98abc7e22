// The provider's own figures for an offer: what the contract is worth, what delivering it
// costs each month, the cash it holds, the outcome rate it expects, the staff who would
// transfer, inflation. A small text format a finance officer can write by hand, one
// `field = value` per line, with values in the words a contract uses ("£22,000",
// "24 months", "55%"), read by the same typed-value reader as contract text:
//
//   # Offer from Meridian, March 2025
//   contract_value        = £600,000
//   term                  = 24 months
//   monthly_delivery_cost = £23,500
//   cash_reserves         = £60,000
//   expected_outcome_rate = 55%
//
// Every field is optional and has a stated default (docs/offer-model.md). A bad file is an
// error value naming the line and the field: unknown fields, repeated fields, negative
// figures, percentages over 100, money not in pounds and values of the wrong kind ("30 days"
// for a cost) are all refused.
//
// Contract: parse_offer() takes any text and returns either the Offer or the first
// OfferError (with its line), never an exception; it keeps no state, so threads may call it
// at once.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace clausecheck {

enum class OfferField {
  contract_value,            // MONEY: total value over the term
  unit_price,                // MONEY: price per unit (participant, referral, session)
  expected_volume,           // NUMBER: units expected over the term
  term,                      // DURATION: length of the contract
  monthly_delivery_cost,     // MONEY: what delivery costs each month
  mobilisation_cost,         // MONEY: spent in the first month to set up
  cash_reserves,             // MONEY: free reserves available to carry the contract
  expected_outcome_rate,     // PERCENT: share of outcome payments expected to be earned
  staff_transferring,        // NUMBER: staff who would transfer under TUPE
  average_salary,            // MONEY: their average annual pay
  redundancy_weeks,          // NUMBER: weeks' pay per person if they are made redundant
  pension_exit_debt,         // MONEY: the actuary's estimate of a pension exit (cessation) debt
  committed_costs,           // MONEY: costs that run on after an early exit (leases, licences)
  inflation,                 // PERCENT: cost inflation a year
  upstream_payment_days,     // DURATION: how long the prime's own customer takes to pay it
  service_credits_expected,  // PERCENT: service credits expected, as a share of their cap
  management_fee,            // PERCENT: the prime's management fee, when the contract sets no rate
  bond_amount,               // MONEY: the deposit or bond, when the contract gives no amount
};
inline constexpr std::size_t offer_field_count = 18;

// The kind of value a field takes, and how it must be written.
enum class OfferValueKind { money, number, percent, duration };

// "contract_value", …: the field's name in the file.
std::string_view to_string(OfferField field);
std::optional<OfferField> parse_offer_field(std::string_view name);
OfferValueKind value_kind(OfferField field);

// What a person filling in an offer is told about a field, wherever it is asked for (the
// web form, `assess --help`): what it is, an example written as the file takes it, and
// what the model uses when it is left out. The defaults are those of docs/offer-model.md
// ("The offer file"), which offer_model.cpp applies.
struct OfferFieldHelp {
  std::string_view label;       // "What delivery costs each month"
  std::string_view example;     // "£9,500"
  std::string_view when_empty;  // "95% of the monthly charge"
};
OfferFieldHelp offer_field_help(OfferField field);
// How a value of `kind` is written: "£", "%", "days or months", "a number".
std::string_view unit_hint(OfferValueKind kind);

struct OfferFigure {
  bool given = false;  // written in the file
  double value = 0;    // MONEY: pounds; PERCENT: 55 for 55%; DURATION: calendar days; NUMBER
  int line = 0;        // 1-based line of the file, 0 when not given
  std::string text;    // the value as written
};

struct Offer {
  std::array<OfferFigure, offer_field_count> figures{};
  const OfferFigure& operator[](OfferField field) const { return figures[static_cast<std::size_t>(field)]; }
  OfferFigure& operator[](OfferField field) { return figures[static_cast<std::size_t>(field)]; }
};

struct OfferError {
  int line = 0;        // 1-based; 0 for the file as a whole
  std::string field;   // the field concerned, "" when the line names none
  std::string message;
  // "offer.txt:4: monthly_delivery_cost: must not be negative (got "-£5,000")"
  std::string describe(std::string_view path) const;
};

using OfferParseResult = std::variant<Offer, OfferError>;

// Reads an offer file's text. Lines are `field = value` (or `field: value`); `#` starts a
// comment; blank lines are ignored. The first error found is returned.
OfferParseResult parse_offer(std::string_view text);

}  // namespace clausecheck
