// Words whose ligature glyphs a PDF's font lost: "terminaton" read back as "termination".
//
// LibreOffice and Google Docs embed Carlito/Calibri subsets whose ToUnicode map gives a
// ligature glyph only its first letter: the "ti" glyph of "termination" comes out as "t",
// "ff" as "f", "ffi" as "f". No placeholder character is emitted and Poppler leaves no gap
// between the character boxes; the lost letters show only as width: the box of the letter
// that stands for the ligature is as wide as the whole ligature (measured in the CCS
// "example terms and conditions", Carlito 12 pt: a plain "t" is 4.00 pt wide, the "t" of
// "quantty" 6.68 pt; a plain "f" 3.66 pt, the "f" of "Call-Of" 7.00 pt).
//
// So the repair is gated by geometry, and the letters are chosen by a dictionary:
//   1. a letter that starts a ligature ("f", "t") is *widened* when its box is wider than the
//      letter usually is at that size in the same document, by at least 0.12 em; the
//      excess is the room the lost letters took;
//   2. the letter sequences that ligature could hide ("ti" hides "i", "ffi" behind "f" hides
//      "fi") are kept only when their own usual widths fill that room (the room is 0.8 to 1.15
//      times their widths: "ti" leaves 2.68 pt where an "i" is 2.78, so "i" fits and a
//      4.00 pt "t" does not);
//   3. the word (each part of a hyphenated compound, and each run of letters, on its own)
//      is spelled with every combination of the fitting sequences; it is repaired only
//      when exactly one spells a dictionary word ("quantty" -> "quantity"; "Specifcaton" ->
//      "Specification" over two gaps). A word that already spells is changed only by
//      step 4;
//   4. one glyph has one width, so what at least two of the document's unambiguous words
//      show a glyph to be (the 7.00 pt "f" of "Staf" and "ofered" is "ff") decides a word that is ambiguous on
//      its own ("Call-Of": "Off" and "Oft" both spell; the glyph says "Off").
// A word with a digit, an all-capital run (ligatures are lowercase glyphs) or no widened
// letter is never touched, so a correctly extracted word, a code or a name stays as it was.
//
// Cost: nothing beyond counting letter widths for a document without wide letters; the
// dictionary (about 0.1 s of CPU to load, once per process) is opened only when a gap has
// letters that fit (of 85 PDFs of ../shared, only the CCS example terms), and a document
// makes at most 100,000 look-ups (the CCS example terms make 1,382) however hostile it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clausecheck {

// A dictionary check. Implementations must be safe to call from several threads.
class SpellChecker {
 public:
  virtual ~SpellChecker() = default;
  // True when `word` (ASCII letters, any case) is a word of the language.
  virtual bool spells(std::string_view word) const = 0;
};

// The usual width of each letter a ligature can hide, per text height, over one document.
class LetterWidths {
 public:
  // Counts one occurrence of `letter` (ASCII; only the letters of ligatures are kept).
  void add(char letter, double height, double width);
  // The most common width of `letter` at `height` (within 0.05 pt), or nullopt when the
  // letter was seen fewer than three times at that height.
  std::optional<double> usual(char letter, double height) const;
  // True for the letters add() keeps: those that start or end a ligature.
  static bool is_ligature_letter(char letter);

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> counts_;  // (letter, height, width) -> count
  mutable std::unordered_map<std::uint64_t, double> usual_;  // (letter, height) -> usual width
  mutable bool indexed_ = false;                              // usual_ is up to date
};

// A letter whose box is wider than the letter: the lost glyph's advance sits inside it.
struct WidenedLetter {
  std::size_t at = 0;  // byte offset of the letter in the word
  double width = 0;    // the letter's box width, in points
};

// A word Poppler gave with at least one possibly widened letter.
struct LigatureWord {
  std::string text;  // UTF-8, repaired in place
  double height = 0;  // the word box's height, in points (the em used for the thresholds)
  std::vector<WidenedLetter> widened;
};

// Room for lost letters right after byte `at` - 1 of a word.
struct LigatureGap {
  std::size_t at = 0;                // where the lost letters go (after the ligature's first letter)
  std::vector<std::string> letters;  // the letter sequences that fit the room
  std::uint64_t glyph = 0;           // the widened glyph (letter, size, width) across the document
};

// The letter sequences a ligature starting with `first` could hide in `room` points, given
// the usual letter widths at `height`; empty when `room` is too small for a lost letter.
std::vector<std::string> letters_fitting(char first, double room, double height, const LetterWidths& widths);

// Repairs `word` at `gaps` (sorted by `at`): the word with the one combination of fitting
// letters that spells, or nullopt when none or several do, or when the word is not eligible.
// A part of the word that already spells is left as it is unless `allow_spelled` is set.
std::optional<std::string> repair_ligature_word(std::string_view word, const std::vector<LigatureGap>& gaps,
                                                const SpellChecker& speller, bool allow_spelled = false);

// Repairs every word of one document (steps 1 to 4 above) and returns how many it changed.
// `widths` must hold every occurrence of the ligature letters in the document.
std::size_t repair_lost_ligatures(std::vector<LigatureWord>& words, const LetterWidths& widths,
                                  const SpellChecker& speller);

}  // namespace clausecheck
