// Reads NUMBER, MONEY, PERCENT, DURATION and DATE values at a token position.
//
// The reader is a set of small recursive-descent functions over the normalised tokens,
// one per form, each returning the value and the index one past the last token it
// consumed. It never looks at a token at or past the caller's limit: `word(i)` is empty
// there, and every step consumes a token only after comparing it to a non-empty word.
//
// The matcher calls it at many positions, most of which hold no value, so each reader
// first looks at the first token's first character or compares a few short words; nothing
// is allocated until a value has been read. The forms and their conversions are
// documented for rule writers in docs/typed-values.md.
#include "typed_values.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <string>
#include <system_error>
#include <utility>

#include "clausecheck/document.h"
#include "clausecheck/number_words.h"

namespace clausecheck {
namespace {

// ---------------------------------------------------------------------------------------
// Digits: "60", "1,000", "1,000,000.50", "1.5", but not "4.2.1" or "1,00". Whatever
// follows the digits inside the same token ("st" of "1st", "m" of "1.5m", "-day") is
// returned as `rest` for the caller to judge: the tokeniser splits these today, but the
// reader does not depend on it.

struct DigitLiteral {
  double value = 0;
  std::string_view rest;  // what follows the number inside the same token
};

std::optional<DigitLiteral> parse_digit_literal(std::string_view text) {
  if (text.empty() || !ascii_is_digit(text[0])) return std::nullopt;
  // The digits without separators, for from_chars. An integer part longer than the
  // buffer is astronomically large; its magnitude is still read, less exactly, below.
  std::array<char, 64> buffer{};
  std::size_t length = 0;
  bool too_long = false;
  auto keep = [&](char c) {
    if (length < buffer.size()) {
      buffer[length++] = c;
    } else {
      too_long = true;
    }
  };
  std::size_t i = 0;
  std::size_t leading_digits = 0;
  while (i < text.size() && ascii_is_digit(text[i])) {
    keep(text[i++]);
    ++leading_digits;
  }
  bool grouped = false;
  while (i < text.size() && text[i] == ',' && i + 1 < text.size() && ascii_is_digit(text[i + 1])) {
    // A thousands group is exactly three digits.
    if (i + 3 >= text.size() || !ascii_is_digit(text[i + 2]) || !ascii_is_digit(text[i + 3])) return std::nullopt;
    if (i + 4 < text.size() && ascii_is_digit(text[i + 4])) return std::nullopt;
    for (std::size_t k = 1; k <= 3; ++k) keep(text[i + k]);
    i += 4;
    grouped = true;
  }
  if (grouped && leading_digits > 3) return std::nullopt;  // "1000,000"
  // Continental grouping, where a full stop groups thousands and a comma marks decimals:
  // "1.000.000", "3.000,50", "12.500,00 EUR". Only where it cannot be a decimal point: two or
  // more groups, or one group followed by a decimal comma ("3.000" alone stays 3).
  bool continental = false;
  if (!grouped && leading_digits <= 3) {
    std::size_t groups = 0;
    std::size_t k = i;
    while (k + 3 < text.size() && text[k] == '.' && ascii_is_digit(text[k + 1]) && ascii_is_digit(text[k + 2]) &&
           ascii_is_digit(text[k + 3]) && (k + 4 >= text.size() || !ascii_is_digit(text[k + 4]))) {
      ++groups;
      k += 4;
    }
    // One or two decimals after the comma: ",50", ",5"; ",500" would be another group.
    std::size_t decimals = 0;
    while (k + 1 + decimals < text.size() && ascii_is_digit(text[k + 1 + decimals])) ++decimals;
    const bool decimal_comma = k < text.size() && text[k] == ',' && decimals >= 1 && decimals <= 2;
    if (groups >= 2 || (groups == 1 && decimal_comma)) {
      for (std::size_t g = i; g < k; g += 4) {
        for (std::size_t d = 1; d <= 3; ++d) keep(text[g + d]);
      }
      i = k;
      if (decimal_comma) {
        keep('.');
        ++i;
        while (i < text.size() && ascii_is_digit(text[i])) keep(text[i++]);
      }
      continental = true;
    }
  }
  if (!continental && i + 1 < text.size() && text[i] == '.' && ascii_is_digit(text[i + 1])) {
    // Fraction digits past the buffer only add precision a double cannot hold: dropped.
    const bool room = length + 1 < buffer.size();
    if (room) keep('.');
    ++i;
    while (i < text.size() && ascii_is_digit(text[i])) {
      if (room && length < buffer.size()) buffer[length++] = text[i];
      ++i;
    }
  }
  // "4.2.1" (a clause number) and "1.5,3" are not numbers.
  if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && ascii_is_digit(text[i + 1])) {
    return std::nullopt;
  }
  DigitLiteral literal;
  literal.rest = text.substr(i);
  if (!too_long) {
    auto [end, error] = std::from_chars(buffer.data(), buffer.data() + length, literal.value);
    if (error != std::errc{} || end != buffer.data() + length) return std::nullopt;
  } else {
    // Only the magnitude matters at this size: accumulate the integer digits.
    double value = 0;
    for (char c : text.substr(0, i)) {
      if (c == (continental ? ',' : '.')) break;
      if (ascii_is_digit(c)) value = value * 10 + (c - '0');
    }
    literal.value = value;
  }
  if (!std::isfinite(literal.value)) return std::nullopt;
  return literal;
}

// "k", "m", "bn" after an amount of money ("£10k", "£1.5m", "£1bn"). Only money takes
// these: "10m" elsewhere may be ten metres.
std::optional<double> money_scale_abbreviation(std::string_view word) {
  if (word == "k") return 1e3;
  if (word == "m" || word == "mn") return 1e6;
  if (word == "bn") return 1e9;
  return std::nullopt;
}

// "thousand", "million" … after digits: "1.5 million", "£2 million".
std::optional<double> scale_word(std::string_view word) {
  if (word == "thousand") return 1e3;
  if (word == "million") return 1e6;
  if (word == "billion") return 1e9;
  if (word == "trillion") return 1e12;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Vocabulary of currencies, duration units and months.

// ISO codes of the other currencies real contracts are written in (Australian, Canadian,
// Chinese, Indian, South African … drafting): "AUD 50,000", "RMB 5,000", "50,000 ZAR".
std::optional<std::string_view> other_currency_code(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> codes = {{
      {"aud", "AUD"}, {"cad", "CAD"}, {"nzd", "NZD"}, {"cny", "CNY"}, {"rmb", "CNY"}, {"jpy", "JPY"},
      {"inr", "INR"}, {"zar", "ZAR"}, {"chf", "CHF"}, {"sgd", "SGD"}, {"hkd", "HKD"}, {"sek", "SEK"}}};
  for (const auto& [code, iso] : codes) {
    if (word == code) return iso;
  }
  return std::nullopt;
}

std::optional<std::string_view> currency_before_amount(std::string_view word) {
  if (word == "£" || word == "gbp") return "GBP";
  if (word == "$" || word == "usd") return "USD";
  if (word == "€" || word == "eur") return "EUR";
  if (word == "¥") return "JPY";
  if (word == "₹" || word == "rs") return "INR";
  return other_currency_code(word);
}

// A currency code written against its amount in one token: "rmb5,000", "aud250,000".
struct GluedAmount {
  std::string_view currency;
  DigitLiteral literal;
};

std::optional<GluedAmount> glued_currency_amount(std::string_view word) {
  std::size_t letters = 0;
  while (letters < word.size() && ascii_is_lower(word[letters])) ++letters;
  if (letters < 2 || letters > 3 || letters == word.size() || !ascii_is_digit(word[letters])) return std::nullopt;
  const std::optional<std::string_view> currency = currency_before_amount(word.substr(0, letters));
  if (!currency) return std::nullopt;
  const std::optional<DigitLiteral> literal = parse_digit_literal(word.substr(letters));
  if (!literal) return std::nullopt;
  return GluedAmount{*currency, *literal};
}

std::optional<std::string_view> currency_after_amount(std::string_view word) {
  // Not "sterling" on its own: "511 Sterling" is as often a street address.
  if (word == "pounds" || word == "pound" || word == "gbp") return "GBP";
  // Continental drafting puts the sign after the amount: "3.000 €".
  if (word == "euros" || word == "euro" || word == "eur" || word == "€") return "EUR";
  if (word == "dollars" || word == "dollar" || word == "usd") return "USD";
  if (word == "yuan" || word == "renminbi") return "CNY";
  if (word == "rupees") return "INR";
  if (word == "yen") return "JPY";
  if (word == "rand") return "ZAR";
  return other_currency_code(word);
}

enum class DurationUnit { hour, day, working_day, week, fortnight, month, year };

// The unit a word names, including the possessive of notice periods: "month's", "days'".
std::optional<DurationUnit> duration_unit(std::string_view word) {
  if (word.size() < 3 || word.size() > 12) return std::nullopt;
  if (word.ends_with("'s")) {
    word.remove_suffix(2);
  } else if (word.ends_with("s'")) {
    word.remove_suffix(2);
  } else if (word.ends_with('s')) {
    word.remove_suffix(1);
  }
  if (word == "hour") return DurationUnit::hour;
  if (word == "day") return DurationUnit::day;
  if (word == "week") return DurationUnit::week;
  if (word == "fortnight") return DurationUnit::fortnight;
  if (word == "month") return DurationUnit::month;
  if (word == "year") return DurationUnit::year;
  return std::nullopt;
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || !ascii_is_lower(word[0])) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return static_cast<int>(m) + 1;
  }
  // Abbreviations: "jan" … "dec" and "sept"; "may" is already whole.
  if (word == "sept") return 9;
  if (word.size() == 3) {
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (kMonths[m].starts_with(word)) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// Words between a count and its unit that do not change the length: "thirty (30)
// calendar days", "two further years", "three (3) Contract Years", "5 UK working days".
bool is_neutral_qualifier(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kQualifiers{
      "calendar", "clear", "consecutive", "successive", "further", "additional",
      "full",     "complete", "contract", "financial", "uk"};
  for (std::string_view qualifier : kQualifiers) {
    if (word == qualifier) return true;
  }
  return false;
}

bool is_ordinal_suffix(std::string_view word) {
  return word == "st" || word == "nd" || word == "rd" || word == "th";
}

// Days since 1970-01-01 of a valid Gregorian date, or nullopt ("31/02/2025").
std::optional<double> days_since_epoch(int year, int month, int day) {
  using namespace std::chrono;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year{year},
                            std::chrono::month{static_cast<unsigned>(month)},
                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return static_cast<double>(sys_days{date}.time_since_epoch().count());
}

std::string iso_date(int year, int month, int day) {
  std::string text = "0000-00-00";
  auto put = [&](std::size_t at, int value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) text[at + i] = static_cast<char>('0' + value % 10);
  };
  put(0, year, 4);
  put(5, month, 2);
  put(8, day, 2);
  return text;
}

// A run of 1 to 4 digits as an int, or -1.
int small_int(std::string_view digits, std::size_t min_length, std::size_t max_length) {
  if (digits.size() < min_length || digits.size() > max_length) return -1;
  int value = 0;
  for (char c : digits) {
    if (!ascii_is_digit(c)) return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// ---------------------------------------------------------------------------------------

std::optional<TypedValue> make_value(ValueType type, std::uint32_t first, std::uint32_t end,
                                    double value, std::string unit) {
  if (!std::isfinite(value) || end <= first) return std::nullopt;
  TypedValue result;
  result.type = type;
  result.first_token = first;
  result.end_token = end;
  result.value = value;
  result.unit = std::move(unit);
  return result;
}

struct NumberRead {
  std::uint32_t end = 0;  // one past the last token consumed
  double value = 0;
  bool digits = false;    // written in digits: the authoritative form when both are given
  std::string_view rest;  // letters left in the last token ("day" of "thirty-day")
};

enum NumberOption : unsigned {
  kMoneyScales = 1U,    // accept "k", "m", "bn" after digits
  kAllowRest = 2U,      // the last token may continue after the number ("30-day")
  kNoParenthesis = 4U,  // do not look for "(60)" after the number
};

struct MoneyRead {
  NumberRead amount;
  std::string_view currency;  // ISO 4217
};

struct DateRead {
  std::uint32_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
};

struct DayRead {
  std::uint32_t end = 0;
  int day = 0;
};

class ValueReader {
 public:
  ValueReader(const NormalisedText& text, std::uint32_t limit)
      : text_(text),
        end_(static_cast<std::uint32_t>(
            std::min<std::size_t>(limit, text.tokens.size()))) {}

  std::uint32_t end() const { return end_; }

  // The text of token `i`, or "" at or past the limit (and for a malformed token).
  std::string_view word(std::uint32_t i) const {
    if (i >= end_) return {};
    const Token& token = text_.tokens[i];
    if (token.norm_begin > token.norm_end || token.norm_end > text_.text.size()) return {};
    return std::string_view(text_.text).substr(token.norm_begin, token.norm_end - token.norm_begin);
  }

  // True when token `i` starts right where token i-1 ends (no space between).
  bool touches_previous(std::uint32_t i) const {
    return i > 0 && i < end_ && text_.tokens[i].norm_begin == text_.tokens[i - 1].norm_end;
  }

  std::optional<NumberRead> read_number(std::uint32_t i, unsigned options) const {
    const std::string_view first = word(i);
    if (first.empty()) return std::nullopt;
    std::optional<NumberRead> number;
    if (ascii_is_digit(first[0])) {
      number = read_digits(i, options);
    } else if (ascii_is_lower(first[0])) {
      number = read_words(i, options);
    }
    if (!number || !number->rest.empty()) return number;
    // "two and a half per cent", "one and a half years".
    if (word(number->end) == "and" && word(number->end + 1) == "a" &&
        word(number->end + 2) == "half") {
      number->value += 0.5;
      number->end += 3;
      // "one and a half million pounds".
      if (std::optional<double> scale = scale_word(word(number->end)); scale && number->value < 1000) {
        number->value *= *scale;
        ++number->end;
      }
    }
    if ((options & kNoParenthesis) != 0) return number;
    // "sixty (60)", "60 (sixty)": one value written twice.
    if (word(number->end) == "(") {
      combine_parenthesis(*number, read_number(number->end + 1, (options & kMoneyScales) | kNoParenthesis));
    }
    return number;
  }

  // "£250,000", "GBP 250,000", "250,000 pounds", "one million pounds (£1,000,000)".
  std::optional<MoneyRead> read_money(std::uint32_t i, bool allow_parenthesis) const {
    const std::string_view first = word(i);
    if (first.empty()) return std::nullopt;
    MoneyRead money;
    std::optional<NumberRead> amount;
    if (std::optional<std::string_view> code = currency_before_amount(first)) {
      // "£250,000", "£ 250,000", "GBP 250,000", "$2 million".
      money.currency = *code;
      amount = read_number(i + 1, kMoneyScales);
    } else if (first == "us" && word(i + 1) == "$") {
      money.currency = "USD";
      amount = read_number(i + 2, kMoneyScales);
    } else if (std::optional<GluedAmount> glued = glued_currency_amount(first)) {
      // "RMB5,000", "AUD250,000": the code and the digits in one token.
      money.currency = glued->currency;
      amount = NumberRead{i + 1, glued->literal.value, true, glued->literal.rest};
      if (!amount->rest.empty()) {
        const std::optional<double> scale = money_scale_abbreviation(amount->rest);
        if (!scale) return std::nullopt;
        amount->value *= *scale;
        amount->rest = {};
      } else if (std::optional<double> scale = scale_word(word(amount->end))) {
        amount->value *= *scale;
        ++amount->end;
      }
    } else {
      // "250,000 pounds", "one million pounds sterling", "5,000 USD".
      if (!ascii_is_digit(first[0]) && !ascii_is_lower(first[0])) return std::nullopt;
      amount = read_number(i, kMoneyScales);
      if (!amount) return std::nullopt;
      const std::string_view currency_word = word(amount->end);
      std::optional<std::string_view> code_after = currency_after_amount(currency_word);
      if (!code_after && is_pence(currency_word, amount->end)) {
        // "50 pence", "50p": money in minor units; the value is kept in pounds.
        code_after = "GBP";
        amount->value /= 100;
      }
      if (!code_after) return std::nullopt;
      ++amount->end;
      if ((currency_word == "pounds" || currency_word == "pound") && word(amount->end) == "sterling") {
        ++amount->end;
      }
      money.currency = *code_after;
    }
    if (!amount || !amount->rest.empty()) return std::nullopt;
    money.amount = *amount;
    if (allow_parenthesis && word(money.amount.end) == "(") {
      // "one million pounds (£1,000,000)" or "… pounds (1,000,000)".
      const std::uint32_t open = money.amount.end;
      std::optional<NumberRead> inner;
      if (std::optional<MoneyRead> inner_money = read_money(open + 1, false)) {
        if (inner_money->currency == money.currency) inner = inner_money->amount;
      } else {
        inner = read_number(open + 1, kMoneyScales | kNoParenthesis);
      }
      combine_parenthesis(money.amount, inner);
    }
    return money;
  }

  // "10%", "10 %", "ten per cent", "10 percent", "10 per centum", "ten per cent (10%)".
  std::optional<NumberRead> read_percent(std::uint32_t i, bool allow_parenthesis) const {
    std::optional<NumberRead> number = read_number(i, 0);
    if (!number) return std::nullopt;
    const std::string_view sign = word(number->end);
    if (sign == "%" || sign == "percent" || sign == "per-cent") {
      number->end += 1;
    } else if (sign == "per" && (word(number->end + 1) == "cent" || word(number->end + 1) == "centum")) {
      number->end += 2;
    } else {
      return std::nullopt;
    }
    if (allow_parenthesis && word(number->end) == "(") {
      combine_parenthesis(*number, read_percent(number->end + 1, false));
    }
    return number;
  }

  std::optional<TypedValue> read_duration(std::uint32_t i) const {
    const std::string_view first = word(i);
    if (first.empty()) return std::nullopt;
    NumberRead count;
    if (first == "a" || first == "an") {
      count = NumberRead{i + 1, 1, false, {}};  // "a month", "a calendar month"
    } else {
      std::optional<NumberRead> number = read_number(i, kAllowRest);
      if (!number) return std::nullopt;
      count = *number;
    }
    std::uint32_t j = count.end;
    std::optional<DurationUnit> unit;
    if (!count.rest.empty()) {
      // "30-day" or "thirty-day" as one token.
      // The digit reader leaves "-day"; the word reader leaves "day" (it split on "-").
      std::string_view rest = count.rest;
      if (rest.front() == '-') rest.remove_prefix(1);
      unit = duration_unit(rest);
      if (!unit) return std::nullopt;
    } else {
      if (word(j) == "-") ++j;  // "30-day", "thirty - day"
      // Up to two qualifiers: "10 working days", "5 UK working days", "ten clear
      // working days".
      bool working = false;
      for (int qualifiers = 0; qualifiers < 2; ++qualifiers) {
        const std::string_view qualifier = word(j);
        if (qualifier == "working" || qualifier == "business" || qualifier == "banking") {
          working = true;
        } else if (!is_neutral_qualifier(qualifier)) {
          break;
        }
        ++j;
      }
      const std::string_view unit_word = word(j);
      unit = duration_unit(unit_word);
      if (!unit) return std::nullopt;
      if (looks_like_clause_heading(count, i, unit_word)) return std::nullopt;
      ++j;
      if (working && *unit == DurationUnit::day) unit = DurationUnit::working_day;
      // "3 months' notice": the apostrophe of the plural possessive.
      if (word(j) == "'" && touches_previous(j)) ++j;
    }
    double value = count.value;
    std::string_view unit_name;
    double days_per_unit = 1;
    switch (*unit) {
      case DurationUnit::hour: unit_name = "hour"; days_per_unit = 1.0 / 24.0; break;
      case DurationUnit::day: unit_name = "day"; days_per_unit = 1; break;
      case DurationUnit::working_day: unit_name = "working day"; days_per_unit = 7.0 / 5.0; break;
      case DurationUnit::week: unit_name = "week"; days_per_unit = 7; break;
      case DurationUnit::fortnight: unit_name = "week"; value *= 2; days_per_unit = 7; break;
      case DurationUnit::month: unit_name = "month"; days_per_unit = 30; break;
      case DurationUnit::year: unit_name = "year"; days_per_unit = 365; break;
    }
    std::optional<TypedValue> result = make_value(ValueType::duration, i, j, value, std::string(unit_name));
    if (result) {
      result->days = value * days_per_unit;
      if (!std::isfinite(result->days)) return std::nullopt;
    }
    return result;
  }

  std::optional<TypedValue> read_date(std::uint32_t i) const {
    const std::string_view first = word(i);
    if (first.empty()) return std::nullopt;
    std::optional<DateRead> date;
    if (ascii_is_digit(first[0])) {
      date = read_numeric_date(i);
      if (!date) date = read_day_month_year(i);
    } else if (ascii_is_lower(first[0])) {
      date = read_month_day_year(i);
      if (!date) date = read_day_month_year(i);
    }
    if (!date) return std::nullopt;
    std::optional<double> days = days_since_epoch(date->year, date->month, date->day);
    if (!days) return std::nullopt;
    return make_value(ValueType::date, i, date->end, *days, iso_date(date->year, date->month, date->day));
  }

 private:
  // Two readings of one value combine when one is in words and the other in digits
  // ("sixty (60)"), or when they say the same thing; "clause 4 (1)" stays two numbers.
  static bool agrees_or_complements(const NumberRead& outer, const NumberRead& inner) {
    return outer.digits != inner.digits || outer.value == inner.value;
  }
  // When words and digits disagree ("sixty (90) days") the digits win: they are what a
  // court or a payment system reads, and what a drafter checks.
  static double authoritative(const NumberRead& outer, bool inner_digits, double inner_value) {
    return (!outer.digits && inner_digits) ? inner_value : outer.value;
  }

  // "pence", or a "p" glued to the number before it ("50p"; "50 p" may be a page).
  bool is_pence(std::string_view currency_word, std::uint32_t at) const {
    return currency_word == "pence" || (currency_word == "p" && touches_previous(at));
  }

  // "1.9 Business Day means …", "1.1 Year 1: £97,900": a clause number followed by a
  // heading or defined term, not 1.9 working days. A count with a decimal point before a
  // singular unit is read that way; "1.5 years" and "2.5 days" stay durations.
  bool looks_like_clause_heading(const NumberRead& count, std::uint32_t first,
                                 std::string_view unit_word) const {
    if (!count.digits || count.end != first + 1) return false;
    const std::string_view number = word(first);
    if (number.find('.') == std::string_view::npos) return false;
    return !unit_word.ends_with('s') && !unit_word.ends_with('\'');
  }

  // Folds "(inner)" into `outer` when `inner` was read right after a "(" that follows
  // `outer` and is closed by ")" right after it.
  void combine_parenthesis(NumberRead& outer, const std::optional<NumberRead>& inner) const {
    if (!inner || !inner->rest.empty() || word(inner->end) != ")") return;
    if (!agrees_or_complements(outer, *inner)) return;
    outer.value = authoritative(outer, inner->digits, inner->value);
    outer.digits = outer.digits || inner->digits;
    outer.end = inner->end + 1;
  }

  std::optional<NumberRead> read_digits(std::uint32_t i, unsigned options) const {
    std::optional<DigitLiteral> literal = parse_digit_literal(word(i));
    if (!literal) return std::nullopt;
    NumberRead number{i + 1, literal->value, true, literal->rest};
    if (!number.rest.empty() && (options & kMoneyScales) != 0) {
      if (std::optional<double> scale = money_scale_abbreviation(number.rest)) {
        number.value *= *scale;
        number.rest = {};
      }
    }
    if (!number.rest.empty()) {
      if ((options & kAllowRest) == 0) return std::nullopt;
      return number;
    }
    const std::string_view next = word(number.end);
    std::optional<double> scale = scale_word(next);
    if (!scale && (options & kMoneyScales) != 0) scale = money_scale_abbreviation(next);
    if (scale) {
      number.value *= *scale;
      ++number.end;
    }
    if (!std::isfinite(number.value)) return std::nullopt;
    return number;
  }

  std::optional<NumberRead> read_words(std::uint32_t i, unsigned options) const {
    SpelledNumber number;
    std::uint32_t consumed_end = i;
    std::string_view rest;
    std::uint32_t j = i;
    while (j < end_) {
      const std::string_view w = word(j);
      if (w.empty()) break;
      if (w == "and") {
        // "one hundred and twenty": only when a number word follows.
        if (!number.accepts_and()) break;
        const std::string_view next = word(j + 1);
        const std::optional<NumberWord> after =
            lookup_number_word(next.substr(0, next.find('-')));
        if (!after || (after->kind != NumberWordKind::unit && after->kind != NumberWordKind::teen &&
                       after->kind != NumberWordKind::tens)) {
          break;
        }
        number.add_and();
        ++j;
        continue;
      }
      if (w == "-") {
        // "twenty" "-" "one" when the tokeniser splits the hyphen.
        if (!number.ends_with_tens()) break;
        const std::optional<NumberWord> after = lookup_number_word(word(j + 1));
        if (!after || after->kind != NumberWordKind::unit) break;
        ++j;
        continue;
      }
      if (w.find('-') != std::string_view::npos) {
        // "twenty-one", "forty-five", or "thirty-day" (number, then the rest).
        SpelledNumber trial = number;
        std::size_t part_begin = 0;
        bool whole = true;
        while (part_begin <= w.size()) {
          std::size_t part_end = w.find('-', part_begin);
          if (part_end == std::string_view::npos) part_end = w.size();
          const std::optional<NumberWord> part =
              lookup_number_word(w.substr(part_begin, part_end - part_begin));
          if (!part || !trial.accepts(*part)) {
            whole = false;
            break;
          }
          trial.add(*part);
          part_begin = part_end + 1;
        }
        if (whole) {
          number = trial;
          consumed_end = ++j;
          continue;
        }
        if (part_begin > 0 && (options & kAllowRest) != 0) {
          number = trial;
          rest = w.substr(part_begin);
          consumed_end = j + 1;
        }
        break;
      }
      const std::optional<NumberWord> next = lookup_number_word(w);
      if (!next || !number.accepts(*next)) break;
      number.add(*next);
      consumed_end = ++j;
    }
    if (number.empty() || consumed_end == i) return std::nullopt;
    if (!std::isfinite(number.value())) return std::nullopt;
    return NumberRead{consumed_end, number.value(), false, rest};
  }

  // "01/04/2025" (day/month/year, UK order), "1.4.2025", "2025-04-01" (ISO, year first).
  // The tokeniser may split these at every separator or keep parts together, so the
  // touching tokens are joined and read as characters.
  std::optional<DateRead> read_numeric_date(std::uint32_t i) const {
    std::array<char, 12> buffer{};
    std::array<std::uint32_t, 6> prefix_length{};  // characters after k+1 tokens
    std::uint32_t tokens = 0;
    std::size_t length = 0;
    for (std::uint32_t j = i; j < end_ && tokens < prefix_length.size(); ++j) {
      if (j > i && !touches_previous(j)) break;
      const std::string_view w = word(j);
      if (w.empty() || length + w.size() > buffer.size()) break;
      bool date_characters = true;
      for (char c : w) date_characters = date_characters && (ascii_is_digit(c) || c == '/' || c == '-' || c == '.');
      if (!date_characters) break;
      for (char c : w) buffer[length++] = c;
      prefix_length[tokens++] = static_cast<std::uint32_t>(length);
    }
    // Longest first: "01/04/2025." ends a sentence; the full stop is not part of the date.
    for (std::uint32_t count = tokens; count > 0; --count) {
      if (std::optional<DateRead> date =
              parse_numeric_date(std::string_view(buffer.data(), prefix_length[count - 1]))) {
        date->end = i + count;
        return date;
      }
    }
    return std::nullopt;
  }

  static std::optional<DateRead> parse_numeric_date(std::string_view text) {
    std::size_t first_separator = 0;
    while (first_separator < text.size() && ascii_is_digit(text[first_separator])) ++first_separator;
    if (first_separator == text.size()) return std::nullopt;
    const char separator = text[first_separator];
    const std::size_t second_separator = text.find(separator, first_separator + 1);
    if (second_separator == std::string_view::npos) return std::nullopt;
    const std::string_view a = text.substr(0, first_separator);
    const std::string_view b = text.substr(first_separator + 1, second_separator - first_separator - 1);
    const std::string_view c = text.substr(second_separator + 1);
    DateRead date;
    if (a.size() == 4) {
      date.year = small_int(a, 4, 4);
      date.month = small_int(b, 1, 2);
      date.day = small_int(c, 1, 2);
    } else {
      date.day = small_int(a, 1, 2);
      date.month = small_int(b, 1, 2);
      date.year = small_int(c, 4, 4);
    }
    if (date.year < 0 || date.month < 0 || date.day < 0) return std::nullopt;
    return date;
  }

  // A day of the month: "1", "01", "1st", "1" "st", "first", "twenty-first",
  // "twenty first", "thirty - first".
  std::optional<DayRead> read_day(std::uint32_t i) const {
    const std::string_view w = word(i);
    if (w.empty()) return std::nullopt;
    if (ascii_is_digit(w[0])) {
      std::size_t digits = 0;
      while (digits < w.size() && ascii_is_digit(w[digits])) ++digits;
      const int day = small_int(w.substr(0, digits), 1, 2);
      if (day < 1 || day > 31) return std::nullopt;
      const std::string_view suffix = w.substr(digits);
      if (!suffix.empty()) {
        if (!is_ordinal_suffix(suffix)) return std::nullopt;
        return DayRead{i + 1, day};
      }
      if (is_ordinal_suffix(word(i + 1)) && touches_previous(i + 1)) return DayRead{i + 2, day};
      return DayRead{i + 1, day};
    }
    if (std::optional<int> day = lookup_ordinal_day(w)) return DayRead{i + 1, *day};
    if (w == "twenty" || w == "thirty") {
      const std::uint32_t unit_at = word(i + 1) == "-" ? i + 2 : i + 1;
      std::optional<int> unit = lookup_ordinal_day(word(unit_at));
      if (unit && *unit <= 9 && (w == "twenty" || *unit == 1)) {
        return DayRead{unit_at + 1, (w == "twenty" ? 20 : 30) + *unit};
      }
    }
    return std::nullopt;
  }

  // A month name or abbreviation, with the full stop an abbreviation may carry ("Sept.").
  // A whole name may carry one too, as typed in filings ("April. 1st 2019"): the callers
  // still need a day and a year around it, so a sentence ending in "April." is no date.
  std::optional<std::uint32_t> read_month(std::uint32_t i, int& month) const {
    month = month_number(word(i));
    if (month == 0) return std::nullopt;
    std::uint32_t end = i + 1;
    if (word(end) == "." && touches_previous(end)) ++end;
    return end;
  }

  std::optional<int> read_year(std::uint32_t i) const {
    const int year = small_int(word(i), 4, 4);
    if (year < 0) return std::nullopt;
    return year;
  }

  // "1 April 2025", "1st April, 2025", "the 1st day of April 2025", "first of May 2025".
  std::optional<DateRead> read_day_month_year(std::uint32_t i) const {
    std::uint32_t j = i;
    if (word(j) == "the") ++j;
    std::optional<DayRead> day = read_day(j);
    if (!day) return std::nullopt;
    j = day->end;
    if (word(j) == "day") ++j;
    if (word(j) == "of") ++j;
    DateRead date;
    std::optional<std::uint32_t> after_month = read_month(j, date.month);
    if (!after_month) return std::nullopt;
    return finish_with_year(*after_month, day->day, date);
  }

  // The year that ends both day-month and month-day dates, after an optional comma.
  std::optional<DateRead> finish_with_year(std::uint32_t j, int day, DateRead date) const {
    if (word(j) == ",") ++j;
    std::optional<int> year = read_year(j);
    if (!year) return std::nullopt;
    date.year = *year;
    date.day = day;
    date.end = j + 1;
    return date;
  }

  // "April 1, 2025", "April 1st 2025", "Sept. 30, 2025".
  std::optional<DateRead> read_month_day_year(std::uint32_t i) const {
    DateRead date;
    std::optional<std::uint32_t> after_month = read_month(i, date.month);
    if (!after_month) return std::nullopt;
    std::optional<DayRead> day = read_day(*after_month);
    if (!day) return std::nullopt;
    return finish_with_year(day->end, day->day, date);
  }

  const NormalisedText& text_;
  std::uint32_t end_;
};

// The bytes a value of each type can start with: digits; the first letters of number
// words, currency codes, "a"/"an", months, ordinals and "the"; and the first byte of
// "£", "€" and "$". Most tokens of a contract ("shall", "(", "contractor") fail this
// one table look-up, which keeps the matcher's calls at positions without a value cheap.
class FirstByteFilter {
 public:
  constexpr FirstByteFilter(std::string_view letters, std::string_view other_bytes) {
    for (char c = '0'; c <= '9'; ++c) allowed_[static_cast<unsigned char>(c)] = true;
    for (char c : letters) allowed_[static_cast<unsigned char>(c)] = true;
    for (char c : other_bytes) allowed_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool allows(char c) const { return allowed_[static_cast<unsigned char>(c)]; }

 private:
  std::array<bool, 256> allowed_{};
};

constexpr std::string_view kNumberWordLetters = "befhmnostz";  // billion, eight … zero
constexpr FirstByteFilter kNumberStart(kNumberWordLetters, "");
// "gbp", "usd"/"us", "eur", the other codes (aud, cad, cny, rmb, inr, jpy, zar, chf, sgd, hkd,
// sek, rs); "\xc2" starts "£" and "¥", "\xe2" starts "€" and "₹".
constexpr FirstByteFilter kMoneyStart("abcefghijmnorstuz", "$\xc2\xe2");
constexpr FirstByteFilter kDurationStart("befhmnostza", "");
// Months, ordinals ("first", "second", "third", "eighth", "ninth"), "the".
constexpr FirstByteFilter kDateStart("jfmasondte", "");

bool may_start(ValueType type, char first_byte) {
  switch (type) {
    case ValueType::number:
    case ValueType::percent: return kNumberStart.allows(first_byte);
    case ValueType::money: return kMoneyStart.allows(first_byte);
    case ValueType::duration: return kDurationStart.allows(first_byte);
    case ValueType::date: return kDateStart.allows(first_byte);
  }
  return false;
}

}  // namespace

std::string_view to_string(ValueType type) {
  switch (type) {
    case ValueType::number: return "NUMBER";
    case ValueType::money: return "MONEY";
    case ValueType::percent: return "PERCENT";
    case ValueType::duration: return "DURATION";
    case ValueType::date: return "DATE";
  }
  return "NUMBER";
}

std::optional<ValueType> parse_value_type(std::string_view name) {
  for (ValueType type : {ValueType::number, ValueType::money, ValueType::percent,
                         ValueType::duration, ValueType::date}) {
    const std::string_view canonical = to_string(type);
    if (name.size() != canonical.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) {
      const char c = (name[i] >= 'a' && name[i] <= 'z') ? static_cast<char>(name[i] - 'a' + 'A') : name[i];
      same = c == canonical[i];
    }
    if (same) return type;
  }
  return std::nullopt;
}

std::optional<TypedValue> read_typed_value(const NormalisedText& text, std::uint32_t token,
                                           ValueType type, std::uint32_t limit_token) {
  const ValueReader reader(text, limit_token);
  if (token >= reader.end()) return std::nullopt;
  const std::string_view first = reader.word(token);
  if (first.empty() || !may_start(type, first[0])) return std::nullopt;
  switch (type) {
    case ValueType::number: {
      std::optional<NumberRead> number = reader.read_number(token, 0);
      if (!number) return std::nullopt;
      return make_value(ValueType::number, token, number->end, number->value, {});
    }
    case ValueType::money: {
      std::optional<MoneyRead> money = reader.read_money(token, true);
      if (!money) return std::nullopt;
      return make_value(ValueType::money, token, money->amount.end, money->amount.value,
                        std::string(money->currency));
    }
    case ValueType::percent: {
      std::optional<NumberRead> percent = reader.read_percent(token, true);
      if (!percent) return std::nullopt;
      return make_value(ValueType::percent, token, percent->end, percent->value, {});
    }
    case ValueType::duration: return reader.read_duration(token);
    case ValueType::date: return reader.read_date(token);
  }
  return std::nullopt;
}

std::optional<TypedValue> read_typed_literal(std::string_view literal, ValueType type) {
  const NormalisedText text = normalise(document_from_text(literal, "<rule literal>"));
  const auto tokens = static_cast<std::uint32_t>(text.tokens.size());
  std::optional<TypedValue> value = read_typed_value(text, 0, type, tokens);
  if (!value || value->end_token != tokens) return std::nullopt;
  return value;
}

}  // namespace clausecheck
