#include "clausecheck/number_words.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace clausecheck {
namespace {

struct CardinalEntry {
  std::string_view word;
  NumberWord number;
};

// Sorted by word for binary search.
constexpr std::array<CardinalEntry, 34> kCardinals{{
    {"billion", {NumberWordKind::scale, 1e9}},
    {"eight", {NumberWordKind::unit, 8}},
    {"eighteen", {NumberWordKind::teen, 18}},
    {"eighty", {NumberWordKind::tens, 80}},
    {"eleven", {NumberWordKind::teen, 11}},
    {"fifteen", {NumberWordKind::teen, 15}},
    {"fifty", {NumberWordKind::tens, 50}},
    {"five", {NumberWordKind::unit, 5}},
    {"forty", {NumberWordKind::tens, 40}},
    {"four", {NumberWordKind::unit, 4}},
    {"fourteen", {NumberWordKind::teen, 14}},
    {"hundred", {NumberWordKind::hundred, 100}},
    {"million", {NumberWordKind::scale, 1e6}},
    {"nil", {NumberWordKind::zero, 0}},
    {"nine", {NumberWordKind::unit, 9}},
    {"nineteen", {NumberWordKind::teen, 19}},
    {"ninety", {NumberWordKind::tens, 90}},
    {"one", {NumberWordKind::unit, 1}},
    {"seven", {NumberWordKind::unit, 7}},
    {"seventeen", {NumberWordKind::teen, 17}},
    {"seventy", {NumberWordKind::tens, 70}},
    {"six", {NumberWordKind::unit, 6}},
    {"sixteen", {NumberWordKind::teen, 16}},
    {"sixty", {NumberWordKind::tens, 60}},
    {"ten", {NumberWordKind::teen, 10}},
    {"thirteen", {NumberWordKind::teen, 13}},
    {"thirty", {NumberWordKind::tens, 30}},
    {"thousand", {NumberWordKind::scale, 1e3}},
    {"three", {NumberWordKind::unit, 3}},
    {"trillion", {NumberWordKind::scale, 1e12}},
    {"twelve", {NumberWordKind::teen, 12}},
    {"twenty", {NumberWordKind::tens, 20}},
    {"two", {NumberWordKind::unit, 2}},
    {"zero", {NumberWordKind::zero, 0}},
}};

struct OrdinalEntry {
  std::string_view word;
  int day;
};

// Sorted by word. Only the ordinals a day of the month can be written with.
constexpr std::array<OrdinalEntry, 21> kOrdinals{{
    {"eighteenth", 18}, {"eighth", 8},      {"eleventh", 11},   {"fifteenth", 15},
    {"fifth", 5},       {"first", 1},       {"fourteenth", 14}, {"fourth", 4},
    {"nineteenth", 19}, {"ninth", 9},       {"second", 2},      {"seventeenth", 17},
    {"seventh", 7},     {"sixteenth", 16},  {"sixth", 6},       {"tenth", 10},
    {"third", 3},       {"thirteenth", 13}, {"thirtieth", 30},  {"twelfth", 12},
    {"twentieth", 20},
}};

template <typename Table>
constexpr bool is_sorted_by_word(const Table& table) {
  for (std::size_t i = 1; i < table.size(); ++i) {
    if (!(table[i - 1].word < table[i].word)) return false;
  }
  return true;
}
static_assert(is_sorted_by_word(kCardinals), "kCardinals must be sorted for binary search");
static_assert(is_sorted_by_word(kOrdinals), "kOrdinals must be sorted for binary search");

// Where each first letter's run of entries starts in a sorted table: entry
// [start['c' - 'a'], start['c' - 'a' + 1]) begin with 'c'.
template <typename Table>
constexpr std::array<std::uint8_t, 27> first_letter_starts(const Table& table) {
  std::array<std::uint8_t, 27> starts{};
  std::size_t entry = 0;
  for (std::size_t letter = 0; letter < 26; ++letter) {
    while (entry < table.size() && table[entry].word[0] < static_cast<char>('a' + letter)) ++entry;
    starts[letter] = static_cast<std::uint8_t>(entry);
  }
  starts[26] = static_cast<std::uint8_t>(table.size());
  return starts;
}

constexpr auto kCardinalStarts = first_letter_starts(kCardinals);
constexpr auto kOrdinalStarts = first_letter_starts(kOrdinals);

// This is the hot path of the typed-value reader, called at most tokens of a contract:
// only the few entries sharing the word's first letter are compared, lengths first.
template <typename Table>
const typename Table::value_type* find_word(const Table& table,
                                            const std::array<std::uint8_t, 27>& starts,
                                            std::string_view word) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return nullptr;
  const auto letter = static_cast<std::size_t>(word[0] - 'a');
  for (std::size_t i = starts[letter]; i < starts[letter + 1]; ++i) {
    if (table[i].word.size() == word.size() && table[i].word == word) return &table[i];
  }
  return nullptr;
}

}  // namespace

std::optional<NumberWord> lookup_number_word(std::string_view word) {
  // Every number word is 3..9 letters long and starts with a letter: most words in a
  // contract are rejected here without a search.
  if (word.size() < 3 || word.size() > 9 || word[0] < 'b' || word[0] > 'z') return std::nullopt;
  if (const CardinalEntry* entry = find_word(kCardinals, kCardinalStarts, word)) return entry->number;
  return std::nullopt;
}

std::optional<int> lookup_ordinal_day(std::string_view word) {
  if (word.size() < 5 || word.size() > 12) return std::nullopt;
  if (const OrdinalEntry* entry = find_word(kOrdinals, kOrdinalStarts, word)) return entry->day;
  // "twenty-first" … "twenty-ninth", "thirty-first".
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  const std::string_view tens = word.substr(0, hyphen);
  const OrdinalEntry* unit = find_word(kOrdinals, kOrdinalStarts, word.substr(hyphen + 1));
  if (unit == nullptr || unit->day > 9) return std::nullopt;
  int day = 0;
  if (tens == "twenty") {
    day = 20 + unit->day;
  } else if (tens == "thirty" && unit->day == 1) {
    day = 31;
  } else {
    return std::nullopt;
  }
  return day;
}

bool SpelledNumber::accepts(NumberWord word) const {
  switch (word.kind) {
    case NumberWordKind::zero:
      return last_ == Last::none;
    case NumberWordKind::unit:
      return last_ == Last::none || last_ == Last::tens || last_ == Last::hundred ||
             last_ == Last::scale || last_ == Last::and_;
    case NumberWordKind::teen:
    case NumberWordKind::tens:
      return last_ == Last::none || last_ == Last::hundred || last_ == Last::scale ||
             last_ == Last::and_;
    case NumberWordKind::hundred:
      // "one hundred", "fifteen hundred", "twenty-one hundred"; not "hundred" alone and
      // not "one hundred hundred".
      return (last_ == Last::unit || last_ == Last::teen || last_ == Last::tens) &&
             !group_has_hundred_ && group_ >= 1 && group_ < 100;
    case NumberWordKind::scale:
      // Scales only shrink: "two million three hundred thousand", not "one thousand million".
      return (last_ == Last::unit || last_ == Last::teen || last_ == Last::tens ||
              last_ == Last::hundred) &&
             group_ > 0 && (last_scale_ == 0 || word.value < last_scale_);
  }
  return false;
}

void SpelledNumber::add(NumberWord word) {
  switch (word.kind) {
    case NumberWordKind::zero:
      last_ = Last::zero;
      break;
    case NumberWordKind::unit:
      group_ += word.value;
      last_ = Last::unit;
      break;
    case NumberWordKind::teen:
      group_ += word.value;
      last_ = Last::teen;
      break;
    case NumberWordKind::tens:
      group_ += word.value;
      last_ = Last::tens;
      break;
    case NumberWordKind::hundred:
      group_ *= 100;
      group_has_hundred_ = true;
      last_ = Last::hundred;
      break;
    case NumberWordKind::scale:
      total_ += group_ * word.value;
      group_ = 0;
      group_has_hundred_ = false;
      last_scale_ = word.value;
      last_ = Last::scale;
      break;
  }
}

bool SpelledNumber::accepts_and() const { return last_ == Last::hundred || last_ == Last::scale; }

void SpelledNumber::add_and() { last_ = Last::and_; }

}  // namespace clausecheck
