// Normalisation of extracted text: ICU NFKC with case folding, then our own unifications,
// with every output byte mapped to the original bytes it came from.
//
// The text is processed one normalisation segment at a time: a code point that ICU says
// starts a segment (Normalizer2::hasBoundaryBefore) together with the combining marks
// that follow it. NFKC never composes across such a boundary, so normalising segment by
// segment gives the same text as normalising the whole string, and the map stays exact:
// every output byte of a segment points at that segment. Contract text is almost all
// ASCII, which takes a fast path that never calls ICU (an ASCII byte followed by another
// ASCII byte is a segment of its own, and NFKC_Casefold of ASCII is ASCII lower case).
#include "normaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <utility>

#include "clausecheck/text.h"
#include "sentence_splitter.h"
#include "tokeniser.h"
#include "clausecheck/utf8_code_point.h"

namespace clausecheck {
namespace {

constexpr UChar32 kDrop = -1;
constexpr UChar32 kSpace = ' ';

// Our unifications on top of NFKC_Casefold, for one code point: the ASCII character it
// becomes, kSpace for any kind of whitespace or control, kDrop for invisible characters,
// or the code point itself. Applied before NFKC (so that "″" becomes '"' and not the two
// primes NFKC makes of it) and again after (for what NFKC produces, e.g. U+FE58 -> U+2014).
UChar32 unify(UChar32 c, SoftHyphenUse soft_hyphen) {
  switch (c) {
    // Single quotes, apostrophes, primes and accents used as apostrophes.
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060:
    case 0x00B4: case 0x2039: case 0x203A: case 0x02BC: case 0xFF07:
      return '\'';
    // Double quotes, double primes and guillemets.
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0x2036: case 0xFF02:
      return '"';
    // Hyphens, dashes and minus signs.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00AD:
      return soft_hyphen == SoftHyphenUse::visible_hyphen ? '-' : kDrop;
    // Zero-width space, non-joiner, joiner, direction marks, word joiner and invisible
    // operators, byte order mark: they hide inside words and must not split them.
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064: case 0xFEFF:
      return kDrop;
    default:
      break;
  }
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return kSpace;  // controls: \t \n \f \r …
  if (c > 0x7F && u_isUWhiteSpace(c)) return kSpace;        // NBSP, U+202F, U+2007, …
  return c;
}

// Appends normalised characters and their map entries, collapsing whitespace: a run of
// spaces becomes one space (mapped to the first whitespace character of the run), and
// no space is written at the start or the end of the text. Writes into pre-sized buffers
// (one bounds check per byte instead of three push_backs): this loop runs once per byte
// of every document.
class Emitter {
 public:
  Emitter(CharacterMap& map, std::size_t expected_size) : map_(map) { grow(expected_size + 16); }

  void space(std::uint32_t begin, std::uint32_t end) {
    if (pending_space_) return;
    pending_space_ = true;
    space_begin_ = begin;
    space_end_ = end;
  }

  void ascii(char c, std::uint32_t begin, std::uint32_t end) {
    flush_space();
    push(c, begin, end);
  }

  void code_point(UChar32 c, std::uint32_t begin, std::uint32_t end) {
    if (c < 0x80) return ascii(static_cast<char>(c), begin, end);
    flush_space();
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
    if (error) return;  // unreachable for a valid scalar value from ICU
    for (std::int32_t k = 0; k < length; ++k) push(buffer[k], begin, end);
  }

  // Trims the buffers to what was written. Call once, at the end.
  void finish() {
    map_.text.resize(size_);
    map_.to_original.resize(size_);
    map_.original_end.resize(size_);
  }

 private:
  void flush_space() {
    if (pending_space_ && size_ != 0) push(' ', space_begin_, space_end_);
    pending_space_ = false;
  }
  void push(char c, std::uint32_t begin, std::uint32_t end) {
    if (size_ == capacity_) grow(capacity_ * 2);
    text_[size_] = c;
    to_original_[size_] = begin;
    original_end_[size_] = end;
    ++size_;
  }
  void grow(std::size_t capacity) {
    map_.text.resize(capacity);
    map_.to_original.resize(capacity);
    map_.original_end.resize(capacity);
    capacity_ = capacity;
    text_ = map_.text.data();
    to_original_ = map_.to_original.data();
    original_end_ = map_.original_end.data();
  }

  CharacterMap& map_;
  char* text_ = nullptr;
  std::uint32_t* to_original_ = nullptr;
  std::uint32_t* original_end_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  bool pending_space_ = false;
  std::uint32_t space_begin_ = 0;
  std::uint32_t space_end_ = 0;
};

void emit_unified(Emitter& out, UChar32 c, std::uint32_t begin, std::uint32_t end) {
  if (c == kDrop) return;
  if (c == kSpace) return out.space(begin, end);
  out.code_point(c, begin, end);
}

void emit_ascii_byte(Emitter& out, unsigned char b, std::uint32_t at) {
  if (b >= 'A' && b <= 'Z') return out.ascii(static_cast<char>(b + ('a' - 'A')), at, at + 1);
  if (b <= 0x20 || b == 0x7F) return out.space(at, at + 1);
  if (b == '`') return out.ascii('\'', at, at + 1);
  out.ascii(static_cast<char>(b), at, at + 1);
}

}  // namespace

bool is_inline_space_or_invisible(char32_t c) {
  switch (c) {
    case '\n': case '\r': case '\f': case '\v': case 0x85: case 0x2028: case 0x2029:
      return false;
    default:
      break;
  }
  if (c > 0x10FFFF) return false;
  const UChar32 unified = unify(static_cast<UChar32>(c), SoftHyphenUse::visible_hyphen);
  return unified == kSpace || unified == kDrop;
}

bool is_invisible(char32_t c) {
  // The soft hyphen is read as visible here too: it is not an inline space (see above).
  return c <= 0x10FFFF && unify(static_cast<UChar32>(c), SoftHyphenUse::visible_hyphen) == kDrop;
}

SoftHyphenUse detect_soft_hyphen_use(std::string_view original) {
  constexpr std::string_view kSoftHyphen = "\xC2\xAD";
  if (original.find(kSoftHyphen) == std::string_view::npos) return SoftHyphenUse::invisible;
  if (original.find('-') != std::string_view::npos) return SoftHyphenUse::invisible;
  auto is_gap = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; };
  for (std::size_t at = original.find(kSoftHyphen); at != std::string_view::npos;
       at = original.find(kSoftHyphen, at + kSoftHyphen.size())) {
    bool gap_before = at == 0 || is_gap(original[at - 1]);
    std::size_t after = at + kSoftHyphen.size();
    bool gap_after = after == original.size() || is_gap(original[after]);
    if (gap_before || gap_after) return SoftHyphenUse::visible_hyphen;
  }
  return SoftHyphenUse::invisible;
}

CharacterMap normalise_characters(std::string_view original, SoftHyphenUse soft_hyphen) {
  CharacterMap map;
  Emitter out(map, original.size());

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) nfkc_casefold = nullptr;  // no ICU data: unify and fold only

  const char* bytes = original.data();
  const std::ptrdiff_t length = static_cast<std::ptrdiff_t>(original.size());
  icu::UnicodeString segment;
  icu::UnicodeString normalised;
  std::ptrdiff_t i = 0;
  while (i < length) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80 && (i + 1 == length || static_cast<unsigned char>(bytes[i + 1]) < 0x80)) {
      emit_ascii_byte(out, b, static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    const auto segment_begin = static_cast<std::uint32_t>(i);
    const UChar32 c = next_code_point(bytes, i, length);
    if (c < 0) {  // invalid UTF-8: the maximal bad subsequence becomes one U+FFFD
      out.code_point(0xFFFD, segment_begin, static_cast<std::uint32_t>(i));
      continue;
    }
    // Extend the segment over the code points that may combine with it.
    segment.remove();
    bool single = true;
    auto append_unified = [&](UChar32 cp) {
      UChar32 u = unify(cp, soft_hyphen);
      if (u != kDrop) segment.append(u);
    };
    append_unified(c);
    // The segment's original end is that of its last visible code point: NFKC_Casefold
    // deletes default-ignorables such as U+00AD and U+200B without a boundary before
    // them, and a word must not claim the invisible character that follows it.
    auto segment_end = static_cast<std::uint32_t>(i);
    while (i < length && nfkc_casefold != nullptr) {
      std::ptrdiff_t next = i;
      const UChar32 following = next_code_point(bytes, next, length);
      if (following < 0 || nfkc_casefold->hasBoundaryBefore(following)) break;
      const UChar32 unified = unify(following, soft_hyphen);
      if (unified != following && unified != kDrop) break;  // a quote, dash or space of ours
      append_unified(following);
      if (unified != kDrop) segment_end = static_cast<std::uint32_t>(next);
      i = next;
      single = false;
    }
    if (single) {
      UChar32 u = unify(c, soft_hyphen);
      if (u == kDrop || u == kSpace || u < 0x80) {
        emit_unified(out, u < 0x80 && u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u,
                     segment_begin, segment_end);
        continue;
      }
    }
    const icu::UnicodeString* result = &segment;
    if (nfkc_casefold != nullptr) {
      status = U_ZERO_ERROR;
      nfkc_casefold->normalize(segment, normalised, status);
      if (U_SUCCESS(status)) result = &normalised;
    } else {
      segment.foldCase();
    }
    for (std::int32_t k = 0; k < result->length(); k = result->moveIndex32(k, 1)) {
      emit_unified(out, unify(result->char32At(k), soft_hyphen), segment_begin, segment_end);
    }
  }
  out.finish();
  map.to_original.push_back(static_cast<std::uint32_t>(original.size()));
  return map;
}

NormalisedText normalise_words(const Document& document) {
  CharacterMap characters =
      normalise_characters(document.text, detect_soft_hyphen_use(document.text));
  NormalisedText result;
  result.tokens = tokenise(characters);
  result.text = std::move(characters.text);
  result.to_original = std::move(characters.to_original);
  return result;
}

NormalisedText normalise(const Document& document) {
  NormalisedText result = normalise_words(document);
  result.sentences = split_sentences(document, result.tokens);
  return result;
}

std::string normalise_string(std::string_view text) {
  return normalise_characters(text).text;
}

}  // namespace clausecheck
