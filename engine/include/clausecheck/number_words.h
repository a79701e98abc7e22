// Spelled-out English numbers: "sixty", "twenty-one", "one hundred and twenty", and the
// ordinals "first" … "thirty-first" that day numbers in dates are written with.
//
// Contracts write most quantities twice ("sixty (60) days"), and some only in words
// ("two months", "one million pounds"). This file knows the words and how they combine;
// the typed-value reader (typed_values.cpp) walks the tokens and feeds the words in.
// Everything here works on folded (lower-case) text and never allocates.
#pragma once

#include <optional>
#include <string_view>

namespace clausecheck {

enum class NumberWordKind {
  zero,     // "zero", "nil": a number on its own, nothing combines with it
  unit,     // "one" … "nine"
  teen,     // "ten" … "nineteen"
  tens,     // "twenty" … "ninety"
  hundred,  // "hundred"
  scale,    // "thousand", "million", "billion", "trillion"
};

struct NumberWord {
  NumberWordKind kind = NumberWordKind::unit;
  double value = 0;  // 0..90 for zero/unit/teen/tens, 100 for hundred, 1e3.. for scales
};

// The cardinal number word `word` (folded), or nullopt. "and" and "a" are not number
// words: the reader handles "and" between groups itself and "a" only in durations.
std::optional<NumberWord> lookup_number_word(std::string_view word);

// The ordinal `word` (folded) as a day number: "first" = 1 … "nineteenth" = 19,
// "twentieth" = 20, "thirtieth" = 30, and hyphenated "twenty-first" … "thirty-first".
// Other ordinals ("fortieth", "hundredth") are never day numbers and give nullopt.
std::optional<int> lookup_ordinal_day(std::string_view word);

// Accumulates the words of one spelled cardinal, in order, and refuses a word that would
// not continue the same number: "sixty seventy", "hundred" on its own, "one thousand
// million" and "twenty fifteen" are each more than one number (or none), so the reader
// stops before the refused word. The grammar is British usage: "one hundred and twenty",
// "two million three hundred thousand", "fifteen hundred", "twenty-one".
class SpelledNumber {
 public:
  bool accepts(NumberWord word) const;
  // REQUIRES: accepts(word).
  void add(NumberWord word);
  // True when "and" may come next: right after "hundred" or a scale word
  // ("one hundred and twenty", "one thousand and five").
  bool accepts_and() const;
  // Records an "and". REQUIRES: accepts_and(); the next word must be a unit, teen or tens.
  void add_and();
  // True right after a tens word: "twenty" may be followed by "-" "one".
  bool ends_with_tens() const { return last_ == Last::tens; }
  bool empty() const { return last_ == Last::none; }
  double value() const { return total_ + group_; }

 private:
  enum class Last { none, zero, unit, teen, tens, hundred, scale, and_ };
  Last last_ = Last::none;
  double total_ = 0;           // completed groups: "two million" of "two million three"
  double group_ = 0;           // the group being built, below one thousand
  double last_scale_ = 0;      // the last scale word used; 0 before any
  bool group_has_hundred_ = false;
};

}  // namespace clausecheck
