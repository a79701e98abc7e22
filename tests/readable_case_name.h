// Test-name helper for parameterised suites whose parameter is a piece of text.
// GoogleTest prints a struct parameter as its raw bytes (pointer values that change every
// run), so such cases cannot be selected with --gtest_filter or tracked between runs. This
// turns the case's text into a stable name: its position, then the text's letters and digits
// ("3_1_April_2025"), which is unique (the position) and readable (the text).
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace clausecheck::testing_support {

inline std::string readable_case_name(std::size_t index, std::string_view text) {
  std::string name = std::to_string(index);
  bool gap = true;  // one '_' for any run of other bytes
  for (const unsigned char c : text) {
    if (std::isalnum(c) != 0 && c < 0x80) {
      if (gap) name += '_';
      name += static_cast<char>(c);
      gap = false;
    } else {
      gap = true;
    }
    if (name.size() >= 48) break;  // long enough to recognise, short enough to type
  }
  return name;
}

// For INSTANTIATE_TEST_SUITE_P: names a case by its parameter's `text` member.
struct NameByText {
  template <typename Info>
  std::string operator()(const Info& info) const {
    return readable_case_name(info.index, info.param.text);
  }
};

// For suites whose parameter is the text itself.
struct NameByValue {
  template <typename Info>
  std::string operator()(const Info& info) const {
    return readable_case_name(info.index, info.param);
  }
};

}  // namespace clausecheck::testing_support
