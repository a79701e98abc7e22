// Sentence breaking: ICU proposes, contract-aware rules dispose.
//
// Why not only FilteredBreakIteratorBuilder::suppressBreakAfter for our abbreviations:
// ICU matches a suppression as a suffix of whatever precedes the break, without a word
// boundary, and case-sensitively, so "s." would also keep "... within 30 days. The" in
// one sentence, and "LTD." would need its own entry. We therefore keep ICU's filter for
// CLDR's English list (Mr., Dr., …) and check our contract abbreviations ourselves, as a
// whole word, in any case.
#include "sentence_splitter.h"

#include "clausecheck/ascii_case.h"
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "utf16_offsets.h"

namespace clausecheck {
namespace {

// Abbreviations after which a full stop does not end a sentence, lower case, without the
// final full stop. Compared with the whole word before the stop, ignoring case.
// Personal titles are here too: ICU's English filter keeps "Mr." but not "Dr." or "Prof.",
// and a contract with a named individual ("Dr. Murray will receive a royalty") would lose
// the subject of every sentence about them.
constexpr std::array<std::string_view, 49> kAbbreviations = {
    "cl",   "cll",  "cls",   "ltd",  "no",   "nos",  "e.g",   "eg",    "i.e",  "ie",
    "etc",  "co",   "inc",   "plc",  "para", "paras", "sch",  "sched", "art",  "arts",
    "reg",  "regs", "s",     "ss",   "v",    "vs",   "pt",    "approx", "incl", "viz",
    "cf",   "p",    "pp",    "vol",  "ch",   "llp",  "corp",  "dept",
    "dr",   "mr",   "mrs",   "ms",   "prof", "messrs",
    // Addresses in a parties clause: "P.O. Box 910091", "Friedrich-Ebert-Str. 68", "4061 Glencoe Ave.".
    "p.o",  "str",  "ave",   "blvd", "ste",
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// "4", "4.2", "4.2.1", "12A", optionally followed by a full stop or wrapped in brackets.
bool is_numeric_label(std::string_view s) {
  if (s.empty()) return false;
  bool expect_digit = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (is_ascii_digit(c)) {
      expect_digit = false;
    } else if (c == '.' && !expect_digit) {
      expect_digit = true;
    } else if (is_ascii_letter(c) && !expect_digit && (i + 1 == s.size() || s[i + 1] == '.')) {
      // "12A" / "12A.": one letter after digits
    } else {
      return false;
    }
  }
  return true;
}

// A lettered or roman label: "a.", "(a)", "(iv)", "iv.", "A)".
bool is_letter_label(std::string_view s) {
  if (!s.empty() && s.front() == '(') s.remove_prefix(1);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (!s.empty() && s.back() == ')') s.remove_suffix(1);
  if (s.empty() || s.size() > 5) return false;
  if (s.size() == 1) return is_ascii_letter(s[0]);
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::string_view("ivxlcdmIVXLCDM").find(c) != std::string_view::npos;
  });
}

// True when a proposed sentence is nothing but a clause number ("4.2.", "(a)", "Clause 5."):
// a number is never a sentence of its own, it belongs to the text it numbers.
bool is_bare_clause_number(std::string_view pending) {
  pending = trim(pending);
  if (pending.empty() || pending.size() > 24) return false;
  for (std::string_view word : {"clause", "schedule", "section", "article", "part", "annex",
                                "appendix", "paragraph", "regulation"}) {
    if (starts_with_ignoring_ascii_case(pending, 0, word) && pending.size() > word.size() &&
        is_space(pending[word.size()])) {
      std::string_view rest = trim(pending.substr(word.size()));
      return is_numeric_label(rest) || is_letter_label(rest);
    }
  }
  if (pending.front() == '(' || pending.back() == ')') return is_letter_label(pending);
  return is_numeric_label(pending) || is_letter_label(pending);
}

// True when a line separator lies between the proposed break and the last visible
// character before it: a paragraph break, which is always a sentence break.
bool is_paragraph_break(std::string_view text, std::size_t at) {
  while (at > 0 && is_space(text[at - 1])) {
    if (text[at - 1] == '\n') return true;
    --at;
  }
  return false;
}

// True when `inside` is the content of a redaction mark: dots, ellipses, stars and spaces
// only ("...***...", "…***…", ". . .", "***").
bool is_redaction_content(std::string_view inside) {
  constexpr std::string_view kEllipsis = "\u2026";
  if (inside.empty()) return false;
  for (std::size_t i = 0; i < inside.size();) {
    if (inside.compare(i, kEllipsis.size(), kEllipsis) == 0) {
      i += kEllipsis.size();
    } else if (inside[i] == '.' || inside[i] == '*' || inside[i] == ' ') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

// True when a proposed break at `at` falls inside a bracketed redaction mark, or right after
// one (spaces between): SEC filings blank out figures as "[...***...]", "[. . .]", whose dots
// are not full stops. A full stop after the mark ("[***]. The") still ends the sentence.
bool breaks_a_redaction_mark(std::string_view text, std::size_t at) {
  constexpr std::size_t kLongestMark = 40;
  std::size_t end = at;
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end > 0 && text[end - 1] == ']') {
    const std::size_t floor = end > kLongestMark ? end - kLongestMark : 0;
    for (std::size_t open = end - 1; open-- > floor;) {
      if (text[open] == '[') return is_redaction_content(text.substr(open + 1, end - 2 - open));
      if (text[open] == ']') return false;
    }
    return false;
  }
  const std::size_t floor = at > kLongestMark ? at - kLongestMark : 0;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = at; i-- > floor;) {
    if (text[i] == ']') return false;
    if (text[i] == '[') {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos) return false;
  const std::size_t close = text.find(']', at);
  if (close == std::string_view::npos || close - open > kLongestMark) return false;
  return is_redaction_content(text.substr(open + 1, close - open - 1));
}

bool continues(const Block& previous, const Block& block) {
  return block.continues_paragraph && block.kind == previous.kind;
}

std::unique_ptr<icu::BreakIterator> build_sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale english = icu::Locale::getEnglish();
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(english, status));
  if (U_FAILURE(status) || !sentences) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(english, status));
  if (U_FAILURE(status) || !builder) return sentences;  // unfiltered still works
  icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(sentences.release(), status);
  if (U_FAILURE(status) || filtered == nullptr) {
    status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        icu::BreakIterator::createSentenceInstance(english, status));
  }
  return std::unique_ptr<icu::BreakIterator>(filtered);
}

// Building the filtered iterator loads ICU's abbreviation data and builds a trie: far more
// work than splitting a short text. It is built once and cloned per call (ICU's own pattern
// for sharing an iterator across threads: cloning a prototype nobody modifies is safe).
std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = build_sentence_iterator();
  if (!prototype) return nullptr;
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

// Break positions (byte offsets, ascending, the last one text.size()) in `text`.
std::vector<std::size_t> propose_breaks(std::string_view text) {
  std::vector<std::size_t> breaks;
  std::unique_ptr<icu::BreakIterator> sentences = make_sentence_iterator();
  if (!sentences) {
    // No ICU break data: break at line separators only, so paragraphs still hold.
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') breaks.push_back(i + 1);
  } else {
    // The original text may hold ill-formed UTF-8; fromUTF8 writes U+FFFD for it, which
    // Utf16ToUtf8Offsets counts the same way.
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    sentences->setText(utf16);
    Utf16ToUtf8Offsets to_utf8(text, utf16.length());
    sentences->first();
    for (std::int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next())
      breaks.push_back(static_cast<std::size_t>(to_utf8(b)));
  }
  if (breaks.empty() || breaks.back() != text.size()) breaks.push_back(text.size());
  return breaks;
}

}  // namespace

bool ends_with_abbreviation(std::string_view before) {
  if (before.empty() || before.back() != '.') return false;
  before.remove_suffix(1);
  std::size_t start = before.size();
  while (start > 0 && (is_ascii_letter(before[start - 1]) || before[start - 1] == '.')) --start;
  std::string_view word = before.substr(start);
  if (word.empty() || word.size() > 8) return false;
  // A letter, digit or other word character glued in front ("months" is not "s").
  if (start > 0 && !is_space(before[start - 1]) && before[start - 1] != '(' &&
      before[start - 1] != '[' && before[start - 1] != '"' && before[start - 1] != '\'')
    return false;
  const std::string lowered = ascii_lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lowered) != kAbbreviations.end();
}


std::vector<Sentence> split_sentences(const Document& document, const std::vector<Token>& tokens) {
  std::vector<Sentence> result;
  if (tokens.empty()) return result;

  // One string in which a line that continues a paragraph is joined by a space and every
  // other block boundary stays a '\n', which ICU always treats as a sentence break.
  std::string text = document.text;
  for (std::size_t i = 1; i < document.blocks.size(); ++i) {
    const std::uint32_t separator = document.blocks[i].begin;
    if (separator > 0 && separator <= text.size() && text[separator - 1] == '\n' &&
        continues(document.blocks[i - 1], document.blocks[i])) {
      text[separator - 1] = ' ';
    }
  }

  std::size_t start = 0;
  std::size_t next_token = 0;
  auto close_sentence = [&](std::size_t end) {
    const std::size_t first = next_token;
    while (next_token < tokens.size() && tokens[next_token].begin < end) ++next_token;
    if (next_token == first) return;  // only spaces or invisible characters
    Sentence sentence;
    sentence.first_token = static_cast<std::uint32_t>(first);
    sentence.end_token = static_cast<std::uint32_t>(next_token);
    sentence.begin = tokens[first].begin;
    sentence.end = tokens[next_token - 1].end;
    result.push_back(sentence);
  };

  const std::string_view view(text);
  for (std::size_t b : propose_breaks(view)) {
    if (b < view.size() && !is_paragraph_break(view, b)) {
      std::string_view pending = trim(view.substr(start, b - start));
      if (ends_with_abbreviation(pending) || is_bare_clause_number(pending) ||
          breaks_a_redaction_mark(view, b))
        continue;
    }
    close_sentence(b);
    start = b;
  }
  close_sentence(static_cast<std::size_t>(-1));  // tokens past the text, if any
  return result;
}

}  // namespace clausecheck
