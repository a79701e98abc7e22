#include "rules/where_conditions.h"

#include <string_view>
#include <utility>

#include "typed_values.h"

namespace clausecheck::rules {
namespace {

bool reads_as_any_type(const std::string& literal) {
  for (ValueType type : {ValueType::number, ValueType::money, ValueType::percent, ValueType::duration, ValueType::date}) {
    if (read_typed_literal(literal, type)) return true;
  }
  return false;
}

// Why a literal is no quantity of any type. The grammar admits a date (2025-04-01) or an
// optional currency symbol, a number and unit words; the reader has refused the whole, so
// this finds the part to blame: the date, the number, or else the words after it.
std::string unreadable(const std::string& literal) {
  const bool date_shaped = literal.size() == 10 && literal[4] == '-' && literal[7] == '-';
  if (date_shaped) return "'" + literal + "' is not a valid date";
  const std::size_t number_begin = literal.find_first_of("0123456789");
  if (number_begin == std::string::npos) return "'" + literal + "' is not a quantity";
  const std::size_t number_end = std::min(literal.find_first_not_of("0123456789,.", number_begin), literal.size());
  const std::string number = literal.substr(number_begin, number_end - number_begin);
  if (!read_typed_literal(number, ValueType::number)) {
    return "'" + literal + "' is not a number clausecheck can compare";
  }
  std::string_view unit = std::string_view(literal).substr(number_end);
  while (!unit.empty() && (unit.front() == ' ' || unit.front() == '\t')) unit.remove_prefix(1);
  return "unknown unit '" + std::string(unit) + "' in '" + literal +
         "': the units and forms a value may take are those of docs/typed-values.md";
}

}  // namespace

std::optional<Comparison> resolve_condition(const ConditionSyntax& condition, const CaptureSlot& slot,
                                            std::string& problem) {
  const std::string& literal = condition.quantity;
  const std::string type(to_string(slot.type));
  if (!condition.field.empty() && condition.field != "value" &&
      !(condition.field == "days" && slot.type == ValueType::duration)) {
    problem = "unknown field '" + condition.field + "' of " + slot.name + " (" + type +
              "): use value" + (slot.type == ValueType::duration ? " or days" : "");
    return std::nullopt;
  }
  // A literal that reads as no type is the literal's own mistake; one that reads as
  // another type is a mismatch with the capture.
  auto refuse = [&](const std::string& example) -> std::optional<Comparison> {
    if (!reads_as_any_type(literal)) {
      problem = unreadable(literal);
    } else {
      problem = "'" + slot.name + "' is a " + type + " and cannot be compared with " + literal +
                "; compare it with " + example;
    }
    return std::nullopt;
  };
  auto as = [&](ValueType read_as) { return read_typed_literal(literal, read_as); };
  Comparison comparison;
  comparison.comparator = condition.comparator;
  comparison.source = condition.source;
  switch (slot.type) {
    case ValueType::duration:
      if (!condition.field.empty()) {
        // days.days > 30, days.value > 2: a bare number of days or of the value's own unit.
        auto number = as(ValueType::number);
        if (!number) return refuse("a number of days, such as " + slot.name + ".days > 30");
        comparison.operand = number->value;
        comparison.compare_days = condition.field == "days";
        return comparison;
      }
      if (auto duration = as(ValueType::duration)) {
        comparison.operand = duration->days;
        comparison.compare_days = true;
        return comparison;
      }
      if (as(ValueType::number)) {
        problem = "'" + slot.name + "' is a DURATION: give the number a unit, as in " + slot.name + " > " + literal +
                  " days";
        return std::nullopt;
      }
      return refuse("a duration, such as 30 days");
    case ValueType::money:
      if (auto money = as(ValueType::money)) {
        comparison.operand = money->value;
        comparison.currency = money->unit;
        return comparison;
      }
      if (auto number = as(ValueType::number)) {  // a bare amount compares any currency
        comparison.operand = number->value;
        return comparison;
      }
      return refuse("an amount, such as £1,000,000");
    case ValueType::percent:
      if (auto percent = as(ValueType::percent)) {
        comparison.operand = percent->value;
        return comparison;
      }
      if (auto number = as(ValueType::number)) {  // rate > 5 means 5%
        comparison.operand = number->value;
        return comparison;
      }
      return refuse("a percentage, such as 10%");
    case ValueType::number:
      if (auto number = as(ValueType::number)) {
        comparison.operand = number->value;
        return comparison;
      }
      return refuse("a plain number, such as 5");
    case ValueType::date:
      if (auto date = as(ValueType::date)) {
        comparison.operand = date->value;
        return comparison;
      }
      return refuse("a date, such as 2025-04-01");
  }
  return std::nullopt;
}

std::optional<CaptureComparison> resolve_capture_comparison(const ConditionSyntax& condition, const CaptureSlot& left,
                                                            const CaptureSlot& right, std::string& problem) {
  if (left.name == right.name) {
    problem = "'" + left.name + "' is compared with itself: compare it with a value or another capture";
    return std::nullopt;
  }
  if (left.type != right.type) {
    problem = "'" + left.name + "' is a " + std::string(to_string(left.type)) + " and '" + right.name + "' a " +
              std::string(to_string(right.type)) + ": where compares two captures of one type";
    return std::nullopt;
  }
  // A duration compares in calendar days whatever its unit ("one month" < "60 days"); `.days`
  // says the same. `.value` would compare counts in two units, which means nothing.
  for (const auto& [name, field] : {std::pair{left.name, condition.field}, std::pair{right.name, condition.other_field}}) {
    if (field.empty() || (field == "days" && left.type == ValueType::duration)) continue;
    problem = "field '" + field + "' of " + name + ": two captures compare by their values" +
              (left.type == ValueType::duration ? std::string(" (a DURATION in days; write ") + name + " or " + name +
                                                      ".days)"
                                                : std::string(" (write ") + name + ")");
    return std::nullopt;
  }
  CaptureComparison comparison;
  comparison.comparator = condition.comparator;
  comparison.compare_days = left.type == ValueType::duration;
  comparison.source = condition.source;
  return comparison;
}

}  // namespace clausecheck::rules
