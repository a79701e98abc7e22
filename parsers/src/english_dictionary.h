// The English dictionary that the ligature repair spells candidate words with: Hunspell
// with the British and American dictionaries of Debian's hunspell-en-gb and hunspell-en-us
// (a word spells when either accepts it, so "organisation" and "organization" both do).
//
// Loading both dictionaries takes about 0.1 s, so it happens once per process and only
// when a document first needs a word spelled; a PDF without lost ligatures never loads them.
// Their paths are found when the build is configured (CMake), so a missing dictionary is a
// configure error, not a silent loss at run time; if the files have gone since, spells()
// answers false and no word is repaired.
#pragma once

#include <string_view>

#include "ligature_repair.h"

namespace clausecheck {

class EnglishDictionary final : public SpellChecker {
 public:
  // The process-wide instance; thread-safe.
  static const EnglishDictionary& instance();
  bool spells(std::string_view word) const override;

 private:
  EnglishDictionary() = default;
};

}  // namespace clausecheck
