// Typed values in contract text: NUMBER, MONEY, PERCENT, DURATION, DATE.
//
// Contracts write the same quantity many ways: "60 days", "sixty (60) days", "two
// months", "10 Working Days", "£1.5 million", "GBP 250,000", "ten per cent", "15%",
// "1 April 2025", "01/04/2025". The rules language compares these by value
// (`days > 30`), so this reader turns the words at a token position into a number with a
// unit. It works on normalised tokens and reports the token range it consumed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clausecheck/text.h"

namespace clausecheck {

enum class ValueType { number, money, percent, duration, date };

std::string_view to_string(ValueType type);             // "NUMBER", "MONEY", …
std::optional<ValueType> parse_value_type(std::string_view name);

struct TypedValue {
  ValueType type = ValueType::number;
  std::uint32_t first_token = 0;  // token range [first_token, end_token) in NormalisedText
  std::uint32_t end_token = 0;
  double value = 0;     // NUMBER: the number; MONEY: amount in major units; PERCENT: 10 for
                        // 10%; DURATION: the count in `unit`; DATE: days since 1970-01-01
  std::string unit;     // MONEY: ISO 4217 code ("GBP"); DURATION: "hour", "day", "working
                        // day", "week", "month", "year"; DATE: ISO 8601 "2025-04-01"; else ""
  // DURATION only: the length in calendar days (hour = 1/24 day, working day = 7/5 day,
  // week = 7, month = 30, year = 365), so that durations in different units compare.
  double days = 0;
};

// Reads a value of `type` starting exactly at token `token` of `text`; nullopt when the
// words there are not one. Never reads past `limit_token` (exclusive). Never throws, and
// allocates nothing when no value starts at `token`. Every form read, and every unit
// conversion, is listed in docs/typed-values.md.
std::optional<TypedValue> read_typed_value(const NormalisedText& text, std::uint32_t token,
                                           ValueType type, std::uint32_t limit_token);

// Reads the whole of `literal`, a quantity written in a rule's `where` ("30 days",
// "£1,000,000", "1.5 million GBP", "10%", "2025-04-01"), as one value of `type`: the text
// is normalised and read by read_typed_value, so a rule and a contract read a quantity
// the same way (units, calendar, limits). nullopt unless every token of the literal is
// part of that one value. Never throws.
std::optional<TypedValue> read_typed_literal(std::string_view literal, ValueType type);

}  // namespace clausecheck
