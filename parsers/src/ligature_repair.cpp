#include "ligature_repair.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>
#include <utility>

namespace clausecheck {
namespace {

// A lost letter is at least an "i" or an "l", 0.22 em in Carlito; less room is kerning or
// a bold letter among regular ones.
constexpr double kMinimumRoomEm = 0.12;
// The room a ligature leaves against the usual widths of the letters it hides: Carlito's
// "ti", "fi", "ff", "tt", "ffi" and "ft" leave 0.90 to 0.98 of them, while the wrong
// letters are far off ("ti" against a "t": 0.67; "ff" against an "i": 1.20).
constexpr double kFitLow = 0.8;
constexpr double kFitHigh = 1.15;
// Combinations spelled for one run of letters at most: a word of several widened letters
// with many fitting sequences each is left alone rather than spelled hundreds of times.
constexpr std::size_t kMaxCombinations = 256;
// No English word is longer; a longer run of letters is not spelled.
constexpr std::size_t kMaxRunLetters = 40;
// Dictionary look-ups for one document at most (the CCS example terms need 1,382): a
// hostile PDF full of wide letters costs a bounded time, its remaining words left as they are.
constexpr std::size_t kMaxSpellsPerDocument = 100000;
// A glyph's identity is taken from the document only when this many unambiguous words agree.
constexpr int kMinVotes = 2;

// The letters a lost ligature hides after its first letter. Ligatures of Carlito and
// Calibri (and most text faces): fi fl ff ft fj ffi ffl fft ti tt tti.
constexpr std::string_view kHiddenAfterF[] = {"i", "l", "f", "t", "j", "fi", "fl", "ft"};
constexpr std::string_view kHiddenAfterT[] = {"i", "t", "ti"};

int letter_index(char letter) {
  switch (letter) {
    case 'f': return 1;
    case 't': return 2;
    case 'i': return 3;
    case 'l': return 4;
    case 'j': return 5;
    default: return 0;
  }
}

// Heights in tenths of a point, widths in twentieths: a size's letters all fall in one
// height, and kerning or rounding moves a width by less than one width step.
std::optional<std::uint64_t> size_key(char letter, double height) {
  const int index = letter_index(letter);
  if (index == 0 || !std::isfinite(height) || height <= 0 || height > 10000) return std::nullopt;
  return (static_cast<std::uint64_t>(index) << 56) | (static_cast<std::uint64_t>(std::lround(height * 10)) << 28);
}

// The bits of a key that name the letter and size (the rest is the width).
constexpr std::uint64_t kSizeMask = ~((std::uint64_t{1} << 28) - 1);

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A run of ASCII letters of a word, with the gaps that fall in it.
struct Run {
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<const LigatureGap*> gaps;
  bool eligible = true;
};

// The runs of ASCII letters that hold a gap. A run touching a non-ASCII letter ("café")
// is not a whole word and is not eligible; other characters (hyphens, apostrophes,
// brackets, stops) separate runs, so "Call-Of" is spelled as "Call" and "Of".
std::vector<Run> runs_with_gaps(std::string_view word, const std::vector<LigatureGap>& gaps) {
  std::vector<Run> runs;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const std::int32_t length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  bool after_foreign_letter = false;
  while (i < length) {
    if (is_ascii_letter(word[static_cast<std::size_t>(i)])) {
      Run run;
      run.start = static_cast<std::size_t>(i);
      while (i < length && is_ascii_letter(word[static_cast<std::size_t>(i)])) ++i;
      run.end = static_cast<std::size_t>(i);
      run.eligible = !after_foreign_letter;
      if (i < length) {
        std::int32_t next = i;
        UChar32 c = 0;
        U8_NEXT(bytes, next, length, c);
        if (c >= 0x80 && u_isalpha(c)) run.eligible = false;
      }
      for (const LigatureGap& gap : gaps) {
        if (gap.at > run.start && gap.at <= run.end) run.gaps.push_back(&gap);
      }
      if (!run.gaps.empty()) runs.push_back(std::move(run));
      after_foreign_letter = false;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    after_foreign_letter = c >= 0x80 && u_isalpha(c);
  }
  return runs;
}

// The run spelled with `choice[k]` of gap k's letters inserted.
std::string spelled_with(std::string_view word, const Run& run, const std::vector<std::size_t>& choice,
                         const std::vector<std::vector<std::string>>& letters) {
  std::string text;
  std::size_t from = run.start;
  for (std::size_t k = 0; k < run.gaps.size(); ++k) {
    text.append(word.substr(from, run.gaps[k]->at - from));
    text += letters[k][choice[k]];
    from = run.gaps[k]->at;
  }
  text.append(word.substr(from, run.end - from));
  return text;
}

// The one choice of letters (an index per gap of the run) that spells, or nullopt.
// `spells_left` is decremented by the look-ups made; nothing is spelled once it is exhausted.
std::optional<std::vector<std::size_t>> resolve_run(std::string_view word, const Run& run,
                                                    const std::vector<std::vector<std::string>>& letters,
                                                    const SpellChecker& speller, bool allow_spelled,
                                                    std::size_t& spells_left) {
  if (!run.eligible) return std::nullopt;
  const std::string_view original = word.substr(run.start, run.end - run.start);
  if (original.size() > kMaxRunLetters) return std::nullopt;
  bool all_upper = original.size() >= 2;
  for (char c : original) all_upper = all_upper && is_ascii_upper(c);
  if (all_upper) return std::nullopt;
  std::size_t combinations = 1;
  for (const auto& options : letters) {
    if (options.empty()) return std::nullopt;
    combinations *= options.size();
    if (combinations > kMaxCombinations) return std::nullopt;
  }
  if (combinations + 1 > spells_left) return std::nullopt;
  spells_left -= combinations + (allow_spelled ? 0 : 1);
  if (!allow_spelled && speller.spells(original)) return std::nullopt;

  std::optional<std::vector<std::size_t>> found;
  std::vector<std::size_t> choice(letters.size(), 0);
  for (std::size_t n = 0; n < combinations; ++n) {
    if (speller.spells(spelled_with(word, run, choice, letters))) {
      if (found) return std::nullopt;  // two spellings: ambiguous
      found = choice;
    }
    for (std::size_t k = 0; k < choice.size(); ++k) {  // next combination, odometer-style
      if (++choice[k] < letters[k].size()) break;
      choice[k] = 0;
    }
  }
  return found;
}

bool has_digit(std::string_view word) {
  for (char c : word) {
    if (is_ascii_digit(c)) return true;
  }
  return false;
}

// The gap letters of a run, as given.
std::vector<std::vector<std::string>> letters_of(const Run& run) {
  std::vector<std::vector<std::string>> letters;
  letters.reserve(run.gaps.size());
  for (const LigatureGap* gap : run.gaps) letters.push_back(gap->letters);
  return letters;
}

// `word` with each resolved run's letters inserted.
std::string apply_choices(std::string_view word, const std::vector<Run>& runs,
                          const std::vector<std::optional<std::vector<std::string>>>& inserted) {
  std::string text;
  std::size_t from = 0;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (!inserted[r]) continue;
    for (std::size_t k = 0; k < runs[r].gaps.size(); ++k) {
      text.append(word.substr(from, runs[r].gaps[k]->at - from));
      text += (*inserted[r])[k];
      from = runs[r].gaps[k]->at;
    }
  }
  text.append(word.substr(from));
  return text;
}

}  // namespace

bool LetterWidths::is_ligature_letter(char letter) { return letter_index(letter) != 0; }

void LetterWidths::add(char letter, double height, double width) {
  const std::optional<std::uint64_t> key = size_key(letter, height);
  if (!key || !std::isfinite(width) || width <= 0 || width > 10000) return;
  ++counts_[*key | static_cast<std::uint64_t>(std::lround(width * 20))];
  indexed_ = false;
}

std::optional<double> LetterWidths::usual(char letter, double height) const {
  const std::optional<std::uint64_t> key = size_key(letter, height);
  if (!key) return std::nullopt;
  if (!indexed_) {
    // Every size's most common width in one pass over the counts, so a document with many
    // sizes costs one pass, not one per size asked about.
    struct Mode {
      std::uint32_t total = 0;
      std::uint32_t best = 0;
      std::uint64_t width = 0;
    };
    std::unordered_map<std::uint64_t, Mode> modes;
    for (const auto& [entry, count] : counts_) {
      Mode& mode = modes[entry & kSizeMask];
      mode.total += count;
      const std::uint64_t width = entry & ~kSizeMask;
      if (count > mode.best || (count == mode.best && width < mode.width)) {
        mode.best = count;
        mode.width = width;
      }
    }
    usual_.clear();
    for (const auto& [size, mode] : modes) {
      if (mode.total >= 3) usual_.emplace(size, static_cast<double>(mode.width) / 20.0);
    }
    indexed_ = true;
  }
  const auto found = usual_.find(*key);
  if (found == usual_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> letters_fitting(char first, double room, double height, const LetterWidths& widths) {
  std::vector<std::string> fitting;
  if (!(room >= kMinimumRoomEm * height)) return fitting;
  std::span<const std::string_view> hidden;
  if (first == 'f') hidden = kHiddenAfterF;
  if (first == 't') hidden = kHiddenAfterT;
  for (std::string_view letters : hidden) {
    double expected = 0;
    bool known = true;
    for (char letter : letters) {
      const std::optional<double> usual = widths.usual(letter, height);
      known = known && usual.has_value();
      if (usual) expected += *usual;
    }
    if (known && room >= kFitLow * expected && room <= kFitHigh * expected) fitting.emplace_back(letters);
  }
  return fitting;
}

std::optional<std::string> repair_ligature_word(std::string_view word, const std::vector<LigatureGap>& gaps,
                                                const SpellChecker& speller, bool allow_spelled) {
  if (gaps.empty() || has_digit(word)) return std::nullopt;
  const std::vector<Run> runs = runs_with_gaps(word, gaps);
  std::vector<std::optional<std::vector<std::string>>> inserted(runs.size());
  bool changed = false;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const auto letters = letters_of(runs[r]);
    std::size_t spells_left = kMaxSpellsPerDocument;
    if (auto choice = resolve_run(word, runs[r], letters, speller, allow_spelled, spells_left)) {
      std::vector<std::string> chosen;
      for (std::size_t k = 0; k < letters.size(); ++k) chosen.push_back(letters[k][(*choice)[k]]);
      inserted[r] = std::move(chosen);
      changed = true;
    }
  }
  if (!changed) return std::nullopt;
  return apply_choices(word, runs, inserted);
}

std::size_t repair_lost_ligatures(std::vector<LigatureWord>& words, const LetterWidths& widths,
                                  const SpellChecker& speller) {
  // Step 1 and 2: each word's gaps with the letters that fit them.
  struct Pending {
    LigatureWord* word;
    std::vector<LigatureGap> gaps;
    std::vector<Run> runs;
    std::vector<std::optional<std::vector<std::string>>> inserted;
  };
  std::vector<Pending> pending;
  for (LigatureWord& word : words) {
    if (word.widened.empty() || has_digit(word.text)) continue;
    std::vector<LigatureGap> gaps;
    for (const WidenedLetter& widened : word.widened) {
      if (widened.at >= word.text.size()) continue;
      const char letter = word.text[widened.at];
      if (letter != 'f' && letter != 't') continue;
      const std::optional<double> usual = widths.usual(letter, word.height);
      if (!usual) continue;
      const double room = widened.width - *usual;
      if (!(room >= kMinimumRoomEm * word.height)) continue;
      LigatureGap gap;
      gap.at = widened.at + 1;
      gap.letters = letters_fitting(letter, room, word.height, widths);
      gap.glyph = *size_key(letter, word.height) | static_cast<std::uint64_t>(std::lround(widened.width * 10));
      gaps.push_back(std::move(gap));
    }
    if (gaps.empty()) continue;
    std::sort(gaps.begin(), gaps.end(), [](const LigatureGap& a, const LigatureGap& b) { return a.at < b.at; });
    pending.push_back(Pending{&word, std::move(gaps), {}, {}});
    Pending& added = pending.back();
    added.runs = runs_with_gaps(added.word->text, added.gaps);  // points into added.gaps, which stays put
    added.inserted.resize(added.runs.size());
  }

  // Step 3: words that spell one way only, each a vote on what its glyphs are.
  std::size_t spells_left = kMaxSpellsPerDocument;
  std::map<std::uint64_t, std::map<std::string, int>> votes;
  for (Pending& item : pending) {
    for (std::size_t r = 0; r < item.runs.size(); ++r) {
      const auto letters = letters_of(item.runs[r]);
      const auto choice = resolve_run(item.word->text, item.runs[r], letters, speller, false, spells_left);
      if (!choice) continue;
      std::vector<std::string> chosen;
      for (std::size_t k = 0; k < letters.size(); ++k) {
        chosen.push_back(letters[k][(*choice)[k]]);
        ++votes[item.runs[r].gaps[k]->glyph][chosen.back()];
      }
      item.inserted[r] = std::move(chosen);
    }
  }

  // Step 4: the rest, with each glyph's letters as the document's unambiguous words show them.
  for (Pending& item : pending) {
    for (std::size_t r = 0; r < item.runs.size(); ++r) {
      if (item.inserted[r]) continue;
      std::vector<std::vector<std::string>> letters;
      for (const LigatureGap* gap : item.runs[r].gaps) {
        std::vector<std::string> shown;
        if (auto glyph = votes.find(gap->glyph); glyph != votes.end()) {
          for (const auto& [sequence, count] : glyph->second) {
            if (count >= kMinVotes) shown.push_back(sequence);
          }
        }
        letters.push_back(std::move(shown));
      }
      const auto choice = resolve_run(item.word->text, item.runs[r], letters, speller, true, spells_left);
      if (!choice) continue;
      std::vector<std::string> chosen;
      for (std::size_t k = 0; k < letters.size(); ++k) chosen.push_back(letters[k][(*choice)[k]]);
      item.inserted[r] = std::move(chosen);
    }
  }

  std::size_t repaired = 0;
  for (Pending& item : pending) {
    bool changed = false;
    for (const auto& inserted : item.inserted) changed = changed || inserted.has_value();
    if (!changed) continue;
    item.word->text = apply_choices(item.word->text, item.runs, item.inserted);
    ++repaired;
  }
  return repaired;
}

}  // namespace clausecheck
