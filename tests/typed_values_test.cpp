// Typed values: every written form of NUMBER, MONEY, PERCENT, DURATION and DATE that
// docs/typed-values.md promises, with the exact token range each one consumes, and the
// look-alikes that must not be read as values.
#include "readable_case_name.h"
#include "typed_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

// Counts heap allocations, so that a test can prove the reader allocates nothing where
// no value starts (the matcher calls it at most tokens of every document).
namespace {
std::size_t g_allocations = 0;
}  // namespace

// Not inlined, so that the compiler pairs new with delete rather than malloc with free.
[[gnu::noinline]] void* operator new(std::size_t size) {
  ++g_allocations;
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* memory) noexcept { std::free(memory); }
[[gnu::noinline]] void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }

namespace clausecheck {
namespace {

constexpr std::uint32_t kNoLimit = std::numeric_limits<std::uint32_t>::max();

NormalisedText normalised(std::string_view text) { return normalise(document_from_text(text)); }

// The normalised text of the tokens a value consumed, joined by single spaces, so that a
// test states the range in words: "sixty ( 60 ) days".
std::string consumed(const NormalisedText& text, const TypedValue& value) {
  std::string words;
  for (std::uint32_t i = value.first_token; i < value.end_token; ++i) {
    if (!words.empty()) words += ' ';
    words += text.token_text(text.tokens[i]);
  }
  return words;
}

// Reads a value of `type` at the first token of `text`.
struct Reading {
  NormalisedText text;
  std::optional<TypedValue> value;
  std::string words() const { return value ? consumed(text, *value) : "<none>"; }
};

Reading read(std::string_view text, ValueType type, std::uint32_t token = 0,
             std::uint32_t limit = kNoLimit) {
  Reading reading{normalised(text), std::nullopt};
  reading.value = read_typed_value(reading.text, token, type, limit);
  return reading;
}

// Token index of the first token whose text is `word`.
std::uint32_t token_of(const NormalisedText& text, std::string_view word) {
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (text.token_text(text.tokens[i]) == word) return i;
  }
  ADD_FAILURE() << "no token " << word;
  return 0;
}

// ---------------------------------------------------------------------------------------
// Value type names

TEST(ValueTypeNames, ToString_ThenParse_RoundTrips) {
  for (ValueType type : {ValueType::number, ValueType::money, ValueType::percent,
                         ValueType::duration, ValueType::date}) {
    EXPECT_EQ(parse_value_type(to_string(type)), type);
  }
  EXPECT_EQ(to_string(ValueType::duration), "DURATION");
  EXPECT_EQ(parse_value_type("money"), ValueType::money);
  EXPECT_EQ(parse_value_type("AMOUNT"), std::nullopt);
  EXPECT_EQ(parse_value_type(""), std::nullopt);
}

// ---------------------------------------------------------------------------------------
// NUMBER

struct NumberCase {
  const char* text;
  double value;
  const char* words;  // the tokens consumed
};

class NumberForms : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumberForms, ReadsValueAndExactRange) {
  const NumberCase& c = GetParam();
  const Reading r = read(c.text, ValueType::number);
  ASSERT_TRUE(r.value) << c.text;
  EXPECT_EQ(r.value->type, ValueType::number);
  EXPECT_DOUBLE_EQ(r.value->value, c.value) << c.text;
  EXPECT_EQ(r.words(), c.words) << c.text;
  EXPECT_EQ(r.value->first_token, 0U);
  EXPECT_EQ(r.value->unit, "");
}

INSTANTIATE_TEST_SUITE_P(
    TypedValues, NumberForms,
    ::testing::Values(
        NumberCase{"60", 60, "60"}, NumberCase{"1,000 units", 1000, "1,000"},
        NumberCase{"1,000,000.50", 1000000.5, "1,000,000.50"}, NumberCase{"1.5", 1.5, "1.5"},
        NumberCase{"sixty", 60, "sixty"}, NumberCase{"Twenty-One", 21, "twenty-one"},
        NumberCase{"twenty one", 21, "twenty one"},
        NumberCase{"one hundred and twenty", 120, "one hundred and twenty"},
        NumberCase{"one hundred and twenty-five days", 125, "one hundred and twenty-five"},
        NumberCase{"two million three hundred thousand", 2300000,
                   "two million three hundred thousand"},
        NumberCase{"fifteen hundred", 1500, "fifteen hundred"},
        NumberCase{"one thousand and five", 1005, "one thousand and five"},
        NumberCase{"zero", 0, "zero"},
        NumberCase{"1.5 million", 1500000, "1.5 million"},
        NumberCase{"2 thousand", 2000, "2 thousand"}, NumberCase{"nil", 0, "nil"},
        NumberCase{"1 and a half", 1.5, "1 and a half"},
        NumberCase{"sixty (60)", 60, "sixty ( 60 )"}, NumberCase{"60 (sixty)", 60, "60 ( sixty )"},
        NumberCase{"forty-five (45) calendar days", 45, "forty-five ( 45 )"},
        // Words and digits disagree: the digits win, and both forms are consumed.
        NumberCase{"sixty (90) days", 90, "sixty ( 90 )"},
        NumberCase{"90 (sixty) days", 90, "90 ( sixty )"},
        // The number of a duration is a NUMBER on its own.
        NumberCase{"30 days", 30, "30"},
        // A year alone is a number, not a date.
        NumberCase{"2019", 2019, "2019"},
        // "clause 4.2": 4.2 is a number (it is not money, see below).
        NumberCase{"4.2 applies", 4.2, "4.2"},
        // A trailing "and" that starts no number word is not consumed.
        NumberCase{"one hundred and the rest", 100, "one hundred"},
        NumberCase{"one and two", 1, "one"},
        // Words that do not continue the same number end it.
        NumberCase{"sixty seventy", 60, "sixty"}, NumberCase{"twenty fifteen", 20, "twenty"},
        NumberCase{"one thousand million", 1000, "one thousand"},
        // Two numbers in digits that differ are two numbers: "4 (1)" is clause 4(1).
        NumberCase{"4 (1)", 4, "4"},
        // The parenthesis must close right after the inner number.
        NumberCase{"sixty (60 days)", 60, "sixty"}),
    clausecheck::testing_support::NameByText{});

TEST(NumberValues, NotNumbers_AreRefused) {
  for (const char* text : {"4.2.1", "1,00", "1000,000", "a", "first", "hundred", "the", "(60)",
                           "£60", "-", "and one"}) {
    EXPECT_FALSE(read(text, ValueType::number).value) << text;
  }
}

TEST(NumberValues, HugeNumbers_AreReadWithoutOverflow) {
  const Reading r = read("999999999999999999999", ValueType::number);
  ASSERT_TRUE(r.value);
  EXPECT_DOUBLE_EQ(r.value->value, 1e21);
  // Beyond the range of a double a value is refused, never infinite.
  EXPECT_FALSE(read(std::string(400, '9'), ValueType::number).value);
  const Reading long_integer = read("1" + std::string(70, '0') + ".5", ValueType::number);
  ASSERT_TRUE(long_integer.value);
  EXPECT_DOUBLE_EQ(long_integer.value->value, 1e70);
  const Reading long_fraction = read("1." + std::string(300, '5'), ValueType::number);
  ASSERT_TRUE(long_fraction.value);
  EXPECT_NEAR(long_fraction.value->value, 1.5555, 1e-3);
}

// ---------------------------------------------------------------------------------------
// MONEY

struct MoneyCase {
  const char* text;
  double value;
  const char* currency;
  const char* words;
};

class MoneyForms : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyForms, ReadsAmountInMajorUnitsWithIsoCurrency) {
  const MoneyCase& c = GetParam();
  const Reading r = read(c.text, ValueType::money);
  ASSERT_TRUE(r.value) << c.text;
  EXPECT_EQ(r.value->type, ValueType::money);
  EXPECT_DOUBLE_EQ(r.value->value, c.value) << c.text;
  EXPECT_EQ(r.value->unit, c.currency) << c.text;
  EXPECT_EQ(r.words(), c.words) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    TypedValues, MoneyForms,
    ::testing::Values(
        MoneyCase{"£1.5 million", 1.5e6, "GBP", "£ 1.5 million"},
        MoneyCase{"£1.5m in aggregate", 1.5e6, "GBP", "£ 1.5 m"},
        MoneyCase{"£250,000", 250000, "GBP", "£ 250,000"},
        MoneyCase{"£ 250,000", 250000, "GBP", "£ 250,000"},
        MoneyCase{"GBP 250,000", 250000, "GBP", "gbp 250,000"},
        MoneyCase{"250,000 pounds", 250000, "GBP", "250,000 pounds"},
        MoneyCase{"250,000 pounds sterling", 250000, "GBP", "250,000 pounds sterling"},
        MoneyCase{"5,000 GBP", 5000, "GBP", "5,000 gbp"},
        MoneyCase{"£10k", 10000, "GBP", "£ 10 k"},
        MoneyCase{"£1bn", 1e9, "GBP", "£ 1 bn"},
        MoneyCase{"$2 million", 2e6, "USD", "$ 2 million"},
        MoneyCase{"US$ 5,000", 5000, "USD", "us $ 5,000"},
        MoneyCase{"100 dollars", 100, "USD", "100 dollars"},
        MoneyCase{"50 pence", 0.5, "GBP", "50 pence"}, MoneyCase{"50p each", 0.5, "GBP", "50 p"},
        MoneyCase{"£1.5 mn", 1.5e6, "GBP", "£ 1.5 mn"},
        MoneyCase{"£1 billion", 1e9, "GBP", "£ 1 billion"},
        MoneyCase{"USD 5,000", 5000, "USD", "usd 5,000"},
        MoneyCase{"€100", 100, "EUR", "€ 100"},
        MoneyCase{"EUR 100", 100, "EUR", "eur 100"},
        MoneyCase{"100 euros", 100, "EUR", "100 euros"},
        MoneyCase{"one million pounds", 1e6, "GBP", "one million pounds"},
        MoneyCase{"£1.5 million (one and a half million pounds)", 1.5e6, "GBP",
                  "£ 1.5 million ( one and a half million pounds )"},
        MoneyCase{"one million pounds (£1,000,000)", 1e6, "GBP",
                  "one million pounds ( £ 1,000,000 )"},
        MoneyCase{"one million pounds (1,000,000)", 1e6, "GBP",
                  "one million pounds ( 1,000,000 )"},
        MoneyCase{"fifty thousand (50,000) pounds", 50000, "GBP",
                  "fifty thousand ( 50,000 ) pounds"},
        // Words and digits disagree: the digits win.
        MoneyCase{"one million pounds (£2,000,000)", 2e6, "GBP",
                  "one million pounds ( £ 2,000,000 )"},
        // A parenthesis in another currency is a different amount, not a restatement.
        MoneyCase{"one million pounds ($1,300,000)", 1e6, "GBP", "one million pounds"},
        // Other currencies real contracts are written in, by ISO code before or after, or by name.
        MoneyCase{"AUD 50,000", 50000, "AUD", "aud 50,000"}, MoneyCase{"RMB 5,000", 5000, "CNY", "rmb 5,000"},
        MoneyCase{"10,000 ZAR", 10000, "ZAR", "10,000 zar"}, MoneyCase{"CAD 2 million", 2e6, "CAD", "cad 2 million"},
        MoneyCase{"5,000 yuan", 5000, "CNY", "5,000 yuan"}, MoneyCase{"Rs 50,000", 50000, "INR", "rs 50,000"},
        MoneyCase{"10,000 rand", 10000, "ZAR", "10,000 rand"}, MoneyCase{"300 €", 300, "EUR", "300 €"},
        // The code glued to its amount, as Chinese and Australian filings print it.
        MoneyCase{"RMB5,000 per violation", 5000, "CNY", "rmb5,000"}, MoneyCase{"AUD1.5m", 1.5e6, "AUD", "aud1.5m"},
        // Continental grouping: a full stop between thousands, a comma before decimals, where it
        // cannot be a decimal point.
        MoneyCase{"EUR 1.000.000", 1e6, "EUR", "eur 1.000.000"}, MoneyCase{"3.000,50 €", 3000.5, "EUR", "3.000,50 €"},
        MoneyCase{"€12.500,00", 12500, "EUR", "€ 12.500,00"}, MoneyCase{"£1,000.50", 1000.5, "GBP", "£ 1,000.50"}),
    clausecheck::testing_support::NameByText{});

TEST(MoneyValues, ClauseNumbersAndBareNumbers_AreNotMoney) {
  const Reading clause = read("clause 4.2", ValueType::money);
  EXPECT_FALSE(clause.value);
  EXPECT_FALSE(read_typed_value(clause.text, 1, ValueType::money, kNoLimit));
  for (const char* text : {"250,000", "£", "£ clause", "pounds", "10 m", "one million",
                           "511 Sterling Avenue", "50 p",
                           "£4.2.1", "GBP", "us", "$ and", "£1.000.0", "£1.0000.000"}) {
    EXPECT_FALSE(read(text, ValueType::money).value) << text;
  }
}

TEST(MoneyValues, CurrencySymbolAfterTheLimit_IsNotRead) {
  // "250,000 pounds" with the limit before "pounds": no currency, no money.
  EXPECT_FALSE(read("250,000 pounds", ValueType::money, 0, 1).value);
  // "£1.5 million" with the limit before "million": £1.5.
  const Reading r = read("£1.5 million", ValueType::money, 0, 2);
  ASSERT_TRUE(r.value);
  EXPECT_DOUBLE_EQ(r.value->value, 1.5);
  EXPECT_EQ(r.value->end_token, 2U);
}

// ---------------------------------------------------------------------------------------
// PERCENT

struct PercentCase {
  const char* text;
  double value;
  const char* words;
};

class PercentForms : public ::testing::TestWithParam<PercentCase> {};

TEST_P(PercentForms, ReadsPercentageValue) {
  const PercentCase& c = GetParam();
  const Reading r = read(c.text, ValueType::percent);
  ASSERT_TRUE(r.value) << c.text;
  EXPECT_EQ(r.value->type, ValueType::percent);
  EXPECT_DOUBLE_EQ(r.value->value, c.value) << c.text;
  EXPECT_EQ(r.words(), c.words) << c.text;
  EXPECT_EQ(r.value->unit, "");
}

INSTANTIATE_TEST_SUITE_P(
    TypedValues, PercentForms,
    ::testing::Values(PercentCase{"10%", 10, "10 %"}, PercentCase{"10 %", 10, "10 %"},
                      PercentCase{"ten per cent", 10, "ten per cent"},
                      PercentCase{"10 percent", 10, "10 percent"},
                      PercentCase{"10 per-cent", 10, "10 per-cent"},
                      PercentCase{"10 per centum", 10, "10 per centum"},
                      PercentCase{"ten (10) per cent", 10, "ten ( 10 ) per cent"},
                      PercentCase{"ten per cent (10%) of", 10, "ten per cent ( 10 % )"},
                      PercentCase{"ten per cent (15%)", 15, "ten per cent ( 15 % )"},
                      PercentCase{"2.5% per annum", 2.5, "2.5 %"},
                      PercentCase{"one hundred per cent", 100, "one hundred per cent"},
                      PercentCase{"two and a half per cent (2.5%)", 2.5,
                                  "two and a half per cent ( 2.5 % )"}),
    clausecheck::testing_support::NameByText{});

TEST(PercentValues, NumbersWithoutPercentSign_AreNotPercentages) {
  for (const char* text : {"10", "10 per annum", "ten per", "per cent", "%", "10 (ten)"}) {
    EXPECT_FALSE(read(text, ValueType::percent).value) << text;
  }
}

// ---------------------------------------------------------------------------------------
// DURATION

struct DurationCase {
  const char* text;
  double value;
  const char* unit;
  double days;
  const char* words;
};

class DurationForms : public ::testing::TestWithParam<DurationCase> {};

TEST_P(DurationForms, ReadsCountUnitAndCalendarDays) {
  const DurationCase& c = GetParam();
  const Reading r = read(c.text, ValueType::duration);
  ASSERT_TRUE(r.value) << c.text;
  EXPECT_EQ(r.value->type, ValueType::duration);
  EXPECT_DOUBLE_EQ(r.value->value, c.value) << c.text;
  EXPECT_EQ(r.value->unit, c.unit) << c.text;
  EXPECT_DOUBLE_EQ(r.value->days, c.days) << c.text;
  EXPECT_EQ(r.words(), c.words) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    TypedValues, DurationForms,
    ::testing::Values(
        DurationCase{"60 days", 60, "day", 60, "60 days"},
        DurationCase{"sixty (60) days", 60, "day", 60, "sixty ( 60 ) days"},
        DurationCase{"two months", 2, "month", 60, "two months"},
        DurationCase{"10 Working Days", 10, "working day", 14, "10 working days"},
        DurationCase{"10 business days", 10, "working day", 14, "10 business days"},
        DurationCase{"a month", 1, "month", 30, "a month"},
        DurationCase{"one (1) calendar month", 1, "month", 30, "one ( 1 ) calendar month"},
        DurationCase{"12 weeks", 12, "week", 84, "12 weeks"},
        DurationCase{"two years", 2, "year", 730, "two years"},
        DurationCase{"3 months' notice", 3, "month", 90, "3 months '"},
        DurationCase{"one month's notice", 1, "month", 30, "one month's"},
        DurationCase{"forty-five (45) calendar days", 45, "day", 45,
                     "forty-five ( 45 ) calendar days"},
        DurationCase{"30-day period", 30, "day", 30, "30 - day"},
        DurationCase{"thirty-day period", 30, "day", 30, "thirty-day"},
        DurationCase{"a fortnight", 2, "week", 14, "a fortnight"},
        DurationCase{"two fortnights", 4, "week", 28, "two fortnights"},
        DurationCase{"5 banking days", 5, "working day", 7, "5 banking days"},
        DurationCase{"5 UK working days", 5, "working day", 7, "5 uk working days"},
        DurationCase{"ten clear working days", 10, "working day", 14, "ten clear working days"},
        DurationCase{"twenty-four (24) hours' notice", 24, "hour", 1, "twenty-four ( 24 ) hours '"},
        DurationCase{"4 working hours", 4, "hour", 4.0 / 24.0, "4 working hours"},
        DurationCase{"14 clear days", 14, "day", 14, "14 clear days"},
        DurationCase{"1 day", 1, "day", 1, "1 day"},
        DurationCase{"three (3) Contract Years", 3, "year", 1095, "three ( 3 ) contract years"},
        DurationCase{"two further years", 2, "year", 730, "two further years"},
        DurationCase{"one and a half years", 1.5, "year", 547.5, "one and a half years"},
        DurationCase{"1.5 years", 1.5, "year", 547.5, "1.5 years"},
        // Disagreeing forms: the digits win.
        DurationCase{"sixty (90) days", 90, "day", 90, "sixty ( 90 ) days"},
        // A huge count is a huge duration, not undefined behaviour.
        DurationCase{"999999999999999999999 days", 1e21, "day", 1e21,
                     "999999999999999999999 days"}),
    clausecheck::testing_support::NameByText{});

TEST(DurationValues, NotDurations_AreRefused) {
  for (const char* text : {"an additional", "Schedule 2", "2 parties", "a party", "days",
                           "the month", "60", "sixty (60)", "working days", "4.2.1 days",
                           "1st month", "two further additional clear days",
                           // A clause number before a heading or a defined term.
                           "1.9 Business Day means", "1.1 Year 1: £97,900"}) {
    EXPECT_FALSE(read(text, ValueType::duration).value) << text;
  }
  const Reading schedule = read("Schedule 2", ValueType::duration);
  EXPECT_FALSE(read_typed_value(schedule.text, 1, ValueType::duration, kNoLimit));
}

TEST(DurationValues, ApostropheAfterSpace_IsNotPartOfTheDuration) {
  // A quotation mark that opens the next words is not the possessive of "months".
  const Reading r = read("3 months 'Notice'", ValueType::duration);
  ASSERT_TRUE(r.value);
  EXPECT_EQ(r.words(), "3 months");
}

TEST(DurationValues, ThirtyDays_IsADurationAndItsFirstTokenANumber) {
  const NormalisedText text = normalised("payment within 30 days of invoice");
  const std::uint32_t at = token_of(text, "30");
  const auto duration = read_typed_value(text, at, ValueType::duration, kNoLimit);
  ASSERT_TRUE(duration);
  EXPECT_EQ(duration->first_token, at);
  EXPECT_EQ(duration->end_token, at + 2);
  const auto number = read_typed_value(text, at, ValueType::number, kNoLimit);
  ASSERT_TRUE(number);
  EXPECT_EQ(number->end_token, at + 1);
  EXPECT_DOUBLE_EQ(number->value, 30);
}

TEST(DurationValues, LimitToken_IsNeverReadPast) {
  const NormalisedText text = normalised("sixty (60) days");  // sixty ( 60 ) days
  ASSERT_EQ(text.tokens.size(), 5U);
  for (std::uint32_t limit = 0; limit < 5; ++limit) {
    EXPECT_FALSE(read_typed_value(text, 0, ValueType::duration, limit)) << limit;
  }
  EXPECT_TRUE(read_typed_value(text, 0, ValueType::duration, 5));
  // With the limit inside the parenthesis the number is "sixty" alone.
  const auto number = read_typed_value(text, 0, ValueType::number, 3);
  ASSERT_TRUE(number);
  EXPECT_EQ(number->end_token, 1U);
  EXPECT_DOUBLE_EQ(number->value, 60);
  // A start at or past the limit reads nothing.
  EXPECT_FALSE(read_typed_value(text, 4, ValueType::duration, 4));
  EXPECT_FALSE(read_typed_value(text, 9, ValueType::number, kNoLimit));
}

TEST(DurationValues, WorkingQualifier_OnlyChangesDays) {
  const Reading r = read("2 working weeks", ValueType::duration);
  ASSERT_TRUE(r.value);
  EXPECT_EQ(r.value->unit, "week");
  EXPECT_DOUBLE_EQ(r.value->days, 14);
}

// ---------------------------------------------------------------------------------------
// DATE

struct DateCase {
  const char* text;
  const char* iso;
  double days_since_epoch;
  const char* words;
};

class DateForms : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateForms, ReadsCalendarDate) {
  const DateCase& c = GetParam();
  const Reading r = read(c.text, ValueType::date);
  ASSERT_TRUE(r.value) << c.text;
  EXPECT_EQ(r.value->type, ValueType::date);
  EXPECT_EQ(r.value->unit, c.iso) << c.text;
  EXPECT_DOUBLE_EQ(r.value->value, c.days_since_epoch) << c.text;
  EXPECT_EQ(r.words(), c.words) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    TypedValues, DateForms,
    ::testing::Values(
        DateCase{"1 April 2025", "2025-04-01", 20179, "1 april 2025"},
        DateCase{"1st April 2025", "2025-04-01", 20179, "1 st april 2025"},
        DateCase{"1st April, 2025", "2025-04-01", 20179, "1 st april , 2025"},
        DateCase{"April 1, 2025", "2025-04-01", 20179, "april 1 , 2025"},
        DateCase{"April 1st 2025", "2025-04-01", 20179, "april 1 st 2025"},
        // UK order: day/month/year. 01/04/2025 is the first of April, not 4 January.
        DateCase{"01/04/2025", "2025-04-01", 20179, "01 / 04 / 2025"},
        DateCase{"1/4/2025", "2025-04-01", 20179, "1 / 4 / 2025"},
        DateCase{"01/04/2025.", "2025-04-01", 20179, "01 / 04 / 2025"},
        DateCase{"01.04.2025", "2025-04-01", 20179, "01.04.2025"},
        DateCase{"01-04-2025", "2025-04-01", 20179, "01 - 04 - 2025"},
        DateCase{"2025-04-01", "2025-04-01", 20179, "2025 - 04 - 01"},
        DateCase{"2025/04/01", "2025-04-01", 20179, "2025 / 04 / 01"},
        DateCase{"the 1st day of April 2025", "2025-04-01", 20179,
                 "the 1 st day of april 2025"},
        DateCase{"the first day of April 2025", "2025-04-01", 20179,
                 "the first day of april 2025"},
        DateCase{"thirty-first March 2025", "2025-03-31", 20178, "thirty-first march 2025"},
        DateCase{"the thirty first day of March 2025", "2025-03-31", 20178,
                 "the thirty first day of march 2025"},
        DateCase{"Sept. 30, 2025", "2025-09-30", 20361, "sept . 30 , 2025"},
        // A whole month name with a stray full stop, as typed in a filing.
        DateCase{"April. 1st 2019", "2019-04-01", 17987, "april . 1 st 2019"},
        DateCase{"30 Sep 2025", "2025-09-30", 20361, "30 sep 2025"},
        DateCase{"29/02/2024", "2024-02-29", 19782, "29 / 02 / 2024"},
        DateCase{"1 January 1970", "1970-01-01", 0, "1 january 1970"}),
    clausecheck::testing_support::NameByText{});

TEST(DateValues, ImpossibleAndIncompleteDates_AreRefused) {
  for (const char* text : {"31/02/2025", "29/02/2025", "31st April 2025", "32 March 2025",
                           "2019", "1 April", "April 2025", "May 2025", "may be", "13/13/2025",
                           "1/4/25", "2025-13-01", "01/04", "1.5", "4.2.1", "the day",
                           "fortieth March 2025", "thirty-second March 2025", "0/4/2025",
                           "1 April 99999", "April. 2025", "in April. 1"}) {
    EXPECT_FALSE(read(text, ValueType::date).value) << text;
  }
}

TEST(DateValues, DateInsideSentence_StartsAtItsToken) {
  const NormalisedText text = normalised("This Agreement commences on 1 April 2025 and ends.");
  const std::uint32_t at = token_of(text, "1");
  const auto date = read_typed_value(text, at, ValueType::date, kNoLimit);
  ASSERT_TRUE(date);
  EXPECT_EQ(date->end_token, at + 3);
  EXPECT_EQ(date->unit, "2025-04-01");
  // The limit before the year leaves no date.
  EXPECT_FALSE(read_typed_value(text, at, ValueType::date, at + 2));
}

// ---------------------------------------------------------------------------------------
// Robustness

TEST(TypedValueRobustness, NoValueAtToken_AllocatesNothing) {
  const NormalisedText text = normalised(
      "The Sub-Contractor shall, at the Prime's request, indemnify the Authority and the "
      "Prime against all losses (including costs) arising from clause 4.2 of Schedule 2 or "
      "any of the things done on the date that is not the first; a party may, for the "
      "avoidance of doubt, terminate.");
  const auto count = static_cast<std::uint32_t>(text.tokens.size());
  ASSERT_GT(count, 40U);
  std::size_t values = 0;
  const std::size_t before = g_allocations;
  for (ValueType type : {ValueType::money, ValueType::percent, ValueType::duration,
                         ValueType::date}) {
    for (std::uint32_t i = 0; i < count; ++i) values += read_typed_value(text, i, type, count) ? 1 : 0;
  }
  EXPECT_EQ(g_allocations, before);
  EXPECT_EQ(values, 0U);
}

TEST(TypedValueRobustness, MalformedTokens_DoNotCrash) {
  NormalisedText text;
  text.text = "60 days";
  text.tokens.push_back(Token{0, 2, 0, 2, TokenKind::number});
  text.tokens.push_back(Token{3, 99, 3, 99, TokenKind::word});  // runs past the text
  text.tokens.push_back(Token{5, 4, 5, 4, TokenKind::word});    // reversed
  for (ValueType type : {ValueType::number, ValueType::money, ValueType::percent,
                         ValueType::duration, ValueType::date}) {
    for (std::uint32_t i = 0; i < 4; ++i) (void)read_typed_value(text, i, type, kNoLimit);
  }
  EXPECT_FALSE(read_typed_value(text, 0, ValueType::duration, kNoLimit));
  EXPECT_TRUE(read_typed_value(text, 0, ValueType::number, kNoLimit));
}

TEST(TypedValueRobustness, GarbageInput_NeverReadsPastLimitOrCrashes) {
  // Pieces of values, separators and noise, shuffled into many short documents.
  const std::vector<std::string> pieces = {
      "£", "$", "€", "gbp", "(", ")", "-", "/", ".", ",", "%", "'", "per", "cent", "and",
      "a", "the", "of", "day", "days", "months'", "working", "calendar", "million", "m", "k",
      "bn", "pounds", "sterling", "sixty", "twenty-one", "hundred", "thousand", "first",
      "thirty", "april", "may", "sept", "1", "01", "31", "2025", "1,000", "1.5", "4.2.1",
      "999999999999999999999999", "1st", "0", "\xff\xfe", "\xc2\xa3", " ", "x"};
  std::mt19937 random(20250401);
  for (int round = 0; round < 400; ++round) {
    std::string document;
    const int length = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < length; ++i) {
      document += pieces[random() % pieces.size()];
      if (random() % 3 != 0) document += ' ';
    }
    const NormalisedText text = normalised(document);
    const auto count = static_cast<std::uint32_t>(text.tokens.size());
    for (ValueType type : {ValueType::number, ValueType::money, ValueType::percent,
                           ValueType::duration, ValueType::date}) {
      for (std::uint32_t start = 0; start <= count; ++start) {
        for (std::uint32_t limit : {start, start + 1, start + 3, count, kNoLimit}) {
          const auto value = read_typed_value(text, start, type, limit);
          if (!value) continue;
          EXPECT_EQ(value->first_token, start) << document;
          EXPECT_GT(value->end_token, start) << document;
          EXPECT_LE(value->end_token, std::min(limit, count)) << document;
          EXPECT_EQ(value->type, type);
        }
      }
    }
  }
}

}  // namespace
}  // namespace clausecheck
