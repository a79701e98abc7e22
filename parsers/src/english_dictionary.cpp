#include "english_dictionary.h"

#include <hunspell.hxx>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace clausecheck {
namespace {

// Both set by CMake (parsers/CMakeLists.txt) to the .aff/.dic pairs it found.
constexpr const char* kDictionaries[][2] = {
    {CLAUSECHECK_HUNSPELL_EN_GB_AFF, CLAUSECHECK_HUNSPELL_EN_GB_DIC},
    {CLAUSECHECK_HUNSPELL_EN_US_AFF, CLAUSECHECK_HUNSPELL_EN_US_DIC},
};

struct Loaded {
  std::vector<std::unique_ptr<Hunspell>> dictionaries;
  // Hunspell's spell() keeps working state in the object, so calls are serialised.
  std::mutex mutex;
};

Loaded& loaded() {
  static Loaded* const dictionaries = [] {
    auto* result = new Loaded;
    for (const auto& files : kDictionaries) {
      std::error_code ignored;
      // Hunspell prints to stderr about missing files; a library must not print.
      if (!std::filesystem::is_regular_file(files[0], ignored) || !std::filesystem::is_regular_file(files[1], ignored)) {
        continue;
      }
      result->dictionaries.push_back(std::make_unique<Hunspell>(files[0], files[1]));
    }
    return result;
  }();
  return *dictionaries;
}

}  // namespace

const EnglishDictionary& EnglishDictionary::instance() {
  static const EnglishDictionary dictionary;
  return dictionary;
}

bool EnglishDictionary::spells(std::string_view word) const {
  if (word.empty()) return false;
  Loaded& state = loaded();
  const std::string text(word);
  std::lock_guard<std::mutex> lock(state.mutex);
  for (const auto& dictionary : state.dictionaries) {
    if (dictionary->spell(text)) return true;
  }
  return false;
}

}  // namespace clausecheck
