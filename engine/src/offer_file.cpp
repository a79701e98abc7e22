// Reads the provider's offer file (offer_file.h; the format is in docs/offer-model.md).
//
// Each value is read with the typed-value reader the rules use, over the value normalised
// exactly as contract text is, so "£1.5m", "twenty-four months" and "55 per cent" mean
// here what they mean in a contract. A value must be wholly one value of the field's kind:
// "£22,000 a month" is refused (the field name already says "monthly"), so nothing is
// silently half-read.
#include "clausecheck/offer_file.h"

#include <cmath>
#include <string>

#include "clausecheck/document.h"
#include "clausecheck/text.h"
#include "typed_values.h"

namespace clausecheck {
namespace {

constexpr std::array<std::string_view, offer_field_count> field_names = {
    "contract_value",     "unit_price",       "expected_volume",   "term",
    "monthly_delivery_cost", "mobilisation_cost", "cash_reserves",  "expected_outcome_rate",
    "staff_transferring", "average_salary",   "redundancy_weeks",  "pension_exit_debt",
    "committed_costs",    "inflation",        "upstream_payment_days", "service_credits_expected",
    "management_fee",     "bond_amount",
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view kind_example(OfferValueKind kind) {
  switch (kind) {
    case OfferValueKind::money: return "an amount in pounds, such as £22,000";
    case OfferValueKind::number: return "a plain number, such as 12";
    case OfferValueKind::percent: return "a percentage, such as 55%";
    case OfferValueKind::duration: return "a length of time, such as 30 days or 24 months";
  }
  return "";
}

ValueType value_type(OfferValueKind kind) {
  switch (kind) {
    case OfferValueKind::money: return ValueType::money;
    case OfferValueKind::number: return ValueType::number;
    case OfferValueKind::percent: return ValueType::percent;
    case OfferValueKind::duration: return ValueType::duration;
  }
  return ValueType::number;
}

// The value read from all of `text`, or nullopt when `text` is not wholly one value.
std::optional<TypedValue> read_whole(const NormalisedText& text, ValueType type) {
  const auto end = static_cast<std::uint32_t>(text.tokens.size());
  if (end == 0) return std::nullopt;
  auto value = read_typed_value(text, 0, type, end);
  if (!value || value->end_token != end) return std::nullopt;
  return value;
}

// What `text` is instead, for the error message: "a duration", "an amount of money", ….
std::string_view what_it_is(const NormalisedText& text) {
  if (read_whole(text, ValueType::money)) return "an amount of money";
  if (read_whole(text, ValueType::percent)) return "a percentage";
  if (read_whole(text, ValueType::duration)) return "a length of time";
  if (read_whole(text, ValueType::date)) return "a date";
  if (read_whole(text, ValueType::number)) return "a plain number";
  return "";
}

OfferError error(int line, std::string_view field, std::string message) {
  return OfferError{line, std::string(field), std::move(message)};
}

// The largest figure each field takes. A figure beyond it is a typing error, not an offer,
// and bounding every input keeps every figure of the model a finite number that a report
// can print: a trillion pounds, a billion units, fifty years.
struct OfferLimit {
  double most;
  std::string_view written;
};
constexpr double most_pounds = 1e12;
OfferLimit offer_limit(OfferField field) {
  switch (value_kind(field)) {
    case OfferValueKind::money: return {most_pounds, "£1,000,000,000,000"};
    case OfferValueKind::percent: return {100, "100%"};
    case OfferValueKind::duration:
      return field == OfferField::term ? OfferLimit{50 * 365.0, "50 years"} : OfferLimit{5 * 365.0, "5 years"};
    case OfferValueKind::number: break;
  }
  switch (field) {
    case OfferField::staff_transferring: return {1e6, "1,000,000 people"};
    case OfferField::redundancy_weeks: return {520, "520 weeks"};
    default: return {1e9, "1,000,000,000"};
  }
}

std::optional<OfferError> read_value(OfferField field, std::string_view written, int line, OfferFigure& figure) {
  const std::string_view name = to_string(field);
  const OfferValueKind kind = value_kind(field);
  const std::string quoted = "\"" + std::string(written) + "\"";
  if (written.empty()) return error(line, name, "no value: expected " + std::string(kind_example(kind)));
  // A minus sign is refused before reading: the reader would skip it as punctuation.
  if (written.front() == '-' || written.rfind("\xE2\x88\x92", 0) == 0 || written.rfind("minus", 0) == 0 ||
      written.rfind("£-", 0) == 0) {
    return error(line, name, "must not be negative (got " + quoted + ")");
  }
  const NormalisedText text = normalise(document_from_text(written));
  const auto value = read_whole(text, value_type(kind));
  if (!value) {
    std::string message = "expected " + std::string(kind_example(kind)) + ", got " + quoted;
    if (const std::string_view is = what_it_is(text); !is.empty()) message += ", which is " + std::string(is);
    return error(line, name, std::move(message));
  }
  double number = value->value;
  switch (kind) {
    case OfferValueKind::money:
      if (value->unit != "GBP") {
        return error(line, name, "must be in pounds (got " + quoted + ", in " + value->unit + ")");
      }
      break;
    case OfferValueKind::percent:
      if (number > 100) return error(line, name, "a percentage cannot be over 100 (got " + quoted + ")");
      break;
    case OfferValueKind::duration:
      if (value->unit == "hour") return error(line, name, "must be in days, weeks, months or years (got " + quoted + ")");
      number = value->days;
      break;
    case OfferValueKind::number:
      if (field == OfferField::staff_transferring && number != std::floor(number)) {
        return error(line, name, "must be a whole number of people (got " + quoted + ")");
      }
      break;
  }
  if (!std::isfinite(number) || number < 0) return error(line, name, "must not be negative (got " + quoted + ")");
  if (const OfferLimit limit = offer_limit(field); number > limit.most) {
    return error(line, name, "must be at most " + std::string(limit.written) + " (got " + quoted + ")");
  }
  figure.given = true;
  figure.value = number;
  figure.line = line;
  figure.text = std::string(written);
  return std::nullopt;
}

}  // namespace

std::string_view to_string(OfferField field) { return field_names[static_cast<std::size_t>(field)]; }

std::optional<OfferField> parse_offer_field(std::string_view name) {
  for (std::size_t i = 0; i < field_names.size(); ++i) {
    if (field_names[i] == name) return static_cast<OfferField>(i);
  }
  return std::nullopt;
}

OfferFieldHelp offer_field_help(OfferField field) {
  switch (field) {
    case OfferField::contract_value:
      return {"Contract value over the term", "£120,000",
              "unit price × expected volume, else the contract's value, else £120,000"};
    case OfferField::unit_price:
      return {"Price per unit (participant, referral, session)", "£410", "not used: the contract value is"};
    case OfferField::expected_volume:
      return {"Units expected over the term", "300", "not used: the contract value is"};
    case OfferField::term: return {"Term", "24 months", "the contract's term, else 12 months"};
    case OfferField::monthly_delivery_cost:
      return {"What delivery costs each month (first year)", "£9,500", "95% of the monthly charge"};
    case OfferField::mobilisation_cost: return {"Set-up cost in the first month", "£10,000", "£0"};
    case OfferField::cash_reserves:
      return {"Cash reserves you could use", "£30,000", "three months of delivery cost"};
    case OfferField::expected_outcome_rate:
      return {"Outcome rate you expect", "55%", "50% (only used when part of the price is on outcomes)"};
    case OfferField::staff_transferring: return {"Staff transferring under TUPE", "4", "0"};
    case OfferField::average_salary: return {"Their average salary a year", "£26,000", "£25,000"};
    case OfferField::redundancy_weeks: return {"Weeks' pay per person if made redundant", "6", "6"};
    case OfferField::pension_exit_debt:
      return {"Pension exit debt (the actuary's estimate)", "£40,000", "unknown, and the report says so"};
    case OfferField::committed_costs:
      return {"Costs that run on after an early exit (leases, licences)", "£5,000", "£0"};
    case OfferField::inflation: return {"Cost inflation a year", "3%", "3%"};
    case OfferField::upstream_payment_days:
      return {"Days the prime waits to be paid by its customer", "30 days", "30 days (used only with pay when paid)"};
    case OfferField::service_credits_expected:
      return {"Service credits you expect, as a share of their cap", "50%", "100% (credits at their cap)"};
    case OfferField::management_fee:
      return {"The prime's management fee, when the contract gives no rate", "15%", "the contract's rate, else 0%"};
    case OfferField::bond_amount:
      return {"Deposit or performance bond, when the contract gives no amount", "£25,000",
              "the contract's amount, else £0"};
  }
  return {"", "", ""};
}

std::string_view unit_hint(OfferValueKind kind) {
  switch (kind) {
    case OfferValueKind::money: return "£";
    case OfferValueKind::number: return "a number";
    case OfferValueKind::percent: return "%";
    case OfferValueKind::duration: return "days or months";
  }
  return "";
}

OfferValueKind value_kind(OfferField field) {
  switch (field) {
    case OfferField::contract_value:
    case OfferField::unit_price:
    case OfferField::monthly_delivery_cost:
    case OfferField::mobilisation_cost:
    case OfferField::cash_reserves:
    case OfferField::average_salary:
    case OfferField::pension_exit_debt:
    case OfferField::committed_costs:
    case OfferField::bond_amount: return OfferValueKind::money;
    case OfferField::expected_volume:
    case OfferField::staff_transferring:
    case OfferField::redundancy_weeks: return OfferValueKind::number;
    case OfferField::expected_outcome_rate:
    case OfferField::inflation:
    case OfferField::service_credits_expected:
    case OfferField::management_fee: return OfferValueKind::percent;
    case OfferField::term:
    case OfferField::upstream_payment_days: return OfferValueKind::duration;
  }
  return OfferValueKind::number;
}

std::string OfferError::describe(std::string_view path) const {
  std::string out(path);
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

OfferParseResult parse_offer(std::string_view text) {
  Offer offer;
  int line_number = 0;
  while (!text.empty() || line_number == 0) {
    ++line_number;
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) {
      if (text.empty()) break;
      continue;
    }
    const std::size_t sep = line.find_first_of("=:");
    if (sep == std::string_view::npos) {
      return error(line_number, "", "expected `field = value`, got \"" + std::string(line) + "\"");
    }
    const std::string_view name = trim(line.substr(0, sep));
    const std::string_view value = trim(line.substr(sep + 1));
    const auto field = parse_offer_field(name);
    if (!field) {
      std::string known;
      for (std::string_view f : field_names) known += (known.empty() ? "" : ", ") + std::string(f);
      return error(line_number, name, "unknown field; the fields are " + known);
    }
    if (offer[*field].given) {
      return error(line_number, name, "given twice (first on line " + std::to_string(offer[*field].line) + ")");
    }
    if (auto problem = read_value(*field, value, line_number, offer[*field])) return *problem;
    if (text.empty()) break;
  }
  // The contract value the two make must itself be an amount the model can work with.
  const OfferFigure& price = offer[OfferField::unit_price];
  const OfferFigure& volume = offer[OfferField::expected_volume];
  if (price.given && volume.given && price.value * volume.value > most_pounds) {
    const bool volume_last = volume.line > price.line;
    return error(volume_last ? volume.line : price.line, volume_last ? "expected_volume" : "unit_price",
                 "unit_price x expected_volume must be at most £1,000,000,000,000 (got \"" + price.text +
                     "\" x \"" + volume.text + "\")");
  }
  return offer;
}

}  // namespace clausecheck
