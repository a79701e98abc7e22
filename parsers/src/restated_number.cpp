#include "restated_number.h"

#include <algorithm>
#include <string>

#include "clausecheck/ascii_case.h"
#include "clausecheck/number_words.h"

namespace clausecheck {

bool restates_number_in_words(std::string_view before, std::string_view line) {
  if (line.size() < 3 || line.front() != '(') return false;
  const std::size_t close = line.find(')');
  if (close == std::string_view::npos || close < 2) return false;
  const std::string_view figure = line.substr(1, close - 1);
  if (!std::all_of(figure.begin(), figure.end(), ascii_is_digit)) return false;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const std::size_t space = before.find_last_of(" \t");
  std::string word = ascii_lower(space == std::string_view::npos ? before : before.substr(space + 1));
  // "forty-five": the last part names the number as well as the whole.
  if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string::npos) word = word.substr(hyphen + 1);
  return !word.empty() && lookup_number_word(word).has_value();
}

}  // namespace clausecheck
