// parse_pdf(): Poppler finds the words; clausecheck rebuilds lines, drops running matter,
// marks wrapped lines and rejoins hyphenated words.
//
// Pipeline (each step its own file):
//   Poppler text_list() per page  ->  words, and the widths of the letters ligatures hide
//   all pages' words              ->  repair_lost_ligatures (ligature_repair), only for the
//                                     words with a letter wider than it should be
//   each page's words             ->  build_lines (pdf_text_lines)
//   all pages' lines              ->  find_page_furniture (page_furniture)
//   the remaining body lines      ->  continues_paragraph (pdf_paragraphs)
//                                 ->  rejoin_hyphenated_word (hyphenation)
// Running matter is decided over the whole document (a footer is "repeated on most
// pages"), so every page's lines are built before any block is emitted.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "english_dictionary.h"
#include "format_parsers.h"
#include "hyphenation.h"
#include "ligature_repair.h"
#include "pdf_output_intents.h"
#include "pdf_paragraphs.h"
#include "pdf_text_lines.h"
#include "page_furniture.h"

namespace clausecheck {
namespace {

// Poppler reports syntax errors in damaged files on stderr unless told otherwise; a
// library must not print, and the damage is reported as an InputError anyway.
void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

// A complete PDF ends with "%%EOF" (allowing for trailing whitespace or padding); one
// cut short by a failed download or copy does not. Poppler would rebuild what it can of
// a truncated file and silently lose the rest, so truncation is refused up front.
bool has_end_of_file_marker(std::string_view bytes) {
  std::size_t end = bytes.find_last_not_of(std::string_view(" \t\r\n\f\0", 6));
  if (end == std::string_view::npos) return false;
  std::string_view tail = bytes.substr(0, end + 1);
  tail = tail.substr(tail.size() > 2048 ? tail.size() - 2048 : 0);
  return tail.find("%%EOF") != std::string_view::npos;
}

// A word's text as UTF-8. Poppler's ustring::to_utf8() opens an iconv converter for every
// call, which costs more than the conversion itself when called once a word. Like it, the
// conversion stops at an unpaired surrogate (Poppler's words, decoded from UTF-8, have none).
std::string utf8_of(const poppler::ustring& word) {
  std::string utf8;
  utf8.reserve(word.size());
  const std::int32_t length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U16_NEXT(word.data(), i, length, c);
    if (U_IS_SURROGATE(c)) break;
    char bytes[U8_MAX_LENGTH];
    std::int32_t size = 0;
    U8_APPEND_UNSAFE(bytes, size, c);
    utf8.append(bytes, static_cast<std::size_t>(size));
  }
  return utf8;
}

struct PageContent {
  double height = 0;
  double width = 0;
  bool readable = true;
  bool has_words = false;
  // A page with a word the ligature repair may change keeps its words until the whole
  // document is measured; every other page has its lines built at once.
  std::vector<PdfWord> words;
  std::vector<PdfLine> lines;
};

// What the ligature repair needs of the whole document: how wide the letters that
// ligatures hide usually are, and the words with an "f" or "t" wide enough to hide one.
struct LigatureEvidence {
  LetterWidths widths;
  std::vector<LigatureWord> words;
  std::vector<std::pair<std::size_t, std::size_t>> origin;  // (page, word) of each of `words`
};

// A plain "f" or "t" is at most about 0.35 em wide in text faces (Carlito 0.31 and 0.33);
// its ligatures are 0.52 em and more. Only wider letters are kept for the repair to weigh,
// so a document without lost ligatures keeps (almost) nothing.
constexpr double kPossibleLigatureEm = 0.38;

// Counts the ligature letters of one word into `widths` and returns those "f" and
// "t" that may stand for a whole ligature, with their byte offsets in the UTF-8 text.
// Poppler numbers character boxes by code point, and the word's text is UTF-16.
std::vector<WidenedLetter> measure_ligature_letters(const poppler::text_box& box, const poppler::ustring& word,
                                                    double height, LetterWidths& widths) {
  std::vector<WidenedLetter> widened;
  const std::int32_t length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  std::size_t code_point = 0;
  std::size_t byte = 0;
  while (i < length) {
    UChar32 c = 0;
    U16_NEXT(word.data(), i, length, c);
    if (U_IS_SURROGATE(c)) break;
    if (c < 0x80 && LetterWidths::is_ligature_letter(static_cast<char>(c))) {
      const double width = box.char_bbox(code_point).width();
      widths.add(static_cast<char>(c), height, width);
      if ((c == 'f' || c == 't') && width > kPossibleLigatureEm * height) widened.push_back(WidenedLetter{byte, width});
    }
    ++code_point;
    byte += static_cast<std::size_t>(U8_LENGTH(c));
  }
  return widened;
}

PageContent read_page(const poppler::document& document, int index, int& rotated_words, int& unplaceable_words,
                      LigatureEvidence& ligatures) {
  PageContent content;
  std::unique_ptr<poppler::page> page(document.create_page(index));
  if (!page) {
    content.readable = false;
    return content;
  }
  poppler::rectf rect = page->page_rect(poppler::crop_box);
  // text_list() lays the page out as displayed, so a page with /Rotate 90 is as tall as
  // its box is wide.
  poppler::page::orientation_enum orientation = page->orientation();
  bool turned = orientation == poppler::page::landscape || orientation == poppler::page::seascape;
  content.height = turned ? rect.width() : rect.height();
  content.width = turned ? rect.height() : rect.width();

  std::vector<poppler::text_box> boxes = page->text_list();
  std::vector<PdfWord>& words = content.words;
  words.reserve(boxes.size());
  for (const poppler::text_box& box : boxes) {
    const poppler::ustring word = box.text();
    std::string text = utf8_of(word);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    // Text at 90/180/270 degrees (margin notes, stamps) cannot join horizontal lines;
    // it is counted and reported instead of being spliced into the text.
    if (box.rotation() != 0) {
      ++rotated_words;
      continue;
    }
    poppler::rectf r = box.bbox();
    // A hostile font matrix can give infinite or NaN boxes; they would break the sorts
    // that rebuild lines (no strict weak order), so such words cannot be placed.
    if (!std::isfinite(r.x()) || !std::isfinite(r.y()) || !std::isfinite(r.width()) || !std::isfinite(r.height())) {
      ++unplaceable_words;
      continue;
    }
    std::vector<WidenedLetter> widened = measure_ligature_letters(box, word, r.height(), ligatures.widths);
    if (!widened.empty()) {
      ligatures.words.push_back(LigatureWord{text, r.height(), std::move(widened)});
      ligatures.origin.emplace_back(static_cast<std::size_t>(index), words.size());
    }
    words.push_back(PdfWord{std::move(text), BoundingBox{r.x(), r.y(), r.width(), r.height()}});
  }
  content.has_words = !words.empty();
  if (ligatures.origin.empty() || ligatures.origin.back().first != static_cast<std::size_t>(index)) {
    content.lines = build_lines(std::move(words));
    words = {};
  }
  return content;
}

// A body line on its way to becoming a Block.
struct BodyLine {
  std::string text;
  Block block;
  double text_x = 0;
  double first_word_width = 0;
};

std::string pages_phrase(int pages) {
  return pages == 1 ? "its only page has no text" : "none of its " + std::to_string(pages) + " pages has text";
}

}  // namespace

ParseResult parse_pdf(std::string_view path, std::string_view bytes, const ParseLimits& limits) {
  auto error = [&](InputErrorKind kind, std::string message) -> ParseResult {
    return InputError{std::string(path), kind, std::move(message)};
  };
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return error(InputErrorKind::too_large, "PDF is over 2 GiB, more than Poppler can read from memory");
  }
  if (!has_end_of_file_marker(bytes)) {
    return error(InputErrorKind::corrupt,
                 "PDF is truncated (it stops before its end-of-file marker): the copy or download is incomplete");
  }
  silence_poppler();
  // Poppler reads the bytes in place, so the copy without output intents (if one was made)
  // and `bytes` outlive the document below.
  const std::optional<std::string> colourless = without_output_intents(bytes);
  const std::string_view poppler_bytes = colourless ? std::string_view(*colourless) : bytes;
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(poppler_bytes.data(), static_cast<int>(poppler_bytes.size())));
  if (!document) return error(InputErrorKind::corrupt, "PDF is damaged and cannot be read");
  if (document->is_locked()) {
    return error(InputErrorKind::encrypted, "PDF is encrypted (password-protected): remove the password and try again");
  }
  const int page_count = document->pages();
  if (page_count <= 0) return error(InputErrorKind::corrupt, "PDF is damaged: it has no pages");
  if (page_count > limits.max_pages) {
    return error(InputErrorKind::too_large, "PDF has " + std::to_string(page_count) + " pages, over the limit of " +
                                                std::to_string(limits.max_pages));
  }

  int rotated_words = 0;
  int unplaceable_words = 0;
  std::vector<PageContent> pages;
  pages.reserve(static_cast<std::size_t>(page_count));
  LigatureEvidence ligatures;
  for (int i = 0; i < page_count; ++i) {
    limits.deadline.check();
    pages.push_back(read_page(*document, i, rotated_words, unplaceable_words, ligatures));
  }
  // Which letters are too wide is known only once the whole document is measured.
  if (!ligatures.words.empty() &&
      repair_lost_ligatures(ligatures.words, ligatures.widths, EnglishDictionary::instance()) > 0) {
    for (std::size_t w = 0; w < ligatures.words.size(); ++w) {
      const auto [page, word] = ligatures.origin[w];
      pages[page].words[word].text = std::move(ligatures.words[w].text);
    }
  }
  for (PageContent& page : pages) {
    if (page.words.empty()) continue;
    page.lines = build_lines(std::move(page.words));
    page.words = {};
  }

  std::vector<FurniturePage> layout(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    layout[p].height = pages[p].height;
    layout[p].width = pages[p].width;
    for (const PdfLine& line : pages[p].lines) {
      layout[p].lines.push_back(
          FurnitureLine{line.text, line.box.y, line.box.y + line.box.height, line.box.x, line.box.x + line.box.width});
    }
  }
  const std::vector<std::vector<Furniture>> furniture = find_page_furniture(layout);

  DocumentBuilder builder(std::string(path), DocumentFormat::pdf);
  builder.set_page_count(page_count);
  std::vector<BodyLine> body;
  int running_count = 0;
  int pages_without_text = 0;
  // The text column's right edge on the last page with body lines: a line at the top of a
  // page continues one that filled that page's column.
  double column_right_of_page = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const int page_number = static_cast<int>(p) + 1;
    if (!pages[p].readable) {
      builder.add_warning(Warning{"page-unreadable", "page " + std::to_string(page_number) +
                                                         " could not be read; its text is missing", page_number});
      continue;
    }
    if (!pages[p].has_words) {
      ++pages_without_text;
      builder.add_warning(Warning{"page-without-text",
                                  "page " + std::to_string(page_number) +
                                      " has no text layer (a scanned image?); run OCR to include it",
                                  page_number});
      continue;
    }
    const std::size_t first_on_page = body.size();
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) {
      const PdfLine& line = pages[p].lines[l];
      // Lines rebuilt from word boxes have single spaces, so a page number is never a
      // trailing one here: furniture is always a whole line.
      if (furniture[p][l] != Furniture::none) {
        ++running_count;
        continue;
      }
      BodyLine entry;
      entry.text = line.text;
      entry.block.page = page_number;
      // Lines are numbered as they stand on the page, running matter included, so a
      // reader counting lines on the printed page finds the same number.
      entry.block.line = static_cast<int>(l) + 1;
      entry.block.bbox = line.box;
      entry.text_x = starts_with_label(line.text) && line.second_word_x >= 0 ? line.second_word_x : line.box.x;
      entry.first_word_width = line.first_word_right - line.box.x;
      body.push_back(std::move(entry));
    }
    // Decide continuations for this page's lines (the first one against the previous
    // page's last body line) while the page's right margin and line spacing are known.
    std::vector<BoundingBox> page_boxes;
    for (std::size_t i = first_on_page; i < body.size(); ++i) page_boxes.push_back(*body[i].block.bbox);
    const double usual_gap = usual_line_gap(page_boxes);
    const double right_margin = text_column_right(page_boxes);
    const double previous_page_margin = column_right_of_page;
    column_right_of_page = right_margin;
    for (std::size_t i = std::max<std::size_t>(first_on_page, 1); i < body.size(); ++i) {
      const BodyLine& previous = body[i - 1];
      BodyLine& current = body[i];
      // Across a page boundary only from the page just before, never over a blank page.
      if (previous.block.page != current.block.page && previous.block.page != current.block.page - 1) continue;
      const double margin = previous.block.page != current.block.page ? previous_page_margin : right_margin;
      ParagraphLine before{previous.text, previous.block.page, *previous.block.bbox, previous.text_x,
                           previous.first_word_width};
      ParagraphLine now{current.text, current.block.page, *current.block.bbox, current.text_x,
                        current.first_word_width};
      current.block.continues_paragraph = continues_paragraph(before, now, margin, usual_gap);
    }
  }

  if (body.empty()) {
    if (pages_without_text == page_count || running_count == 0) {
      return error(InputErrorKind::no_text_layer,
                   "scanned PDF with no text layer (" + pages_phrase(page_count) + "): run OCR first, e.g. ocrmypdf");
    }
    return error(InputErrorKind::no_text_layer,
                 "scanned PDF with no text layer (only page numbers or running headers have text): run OCR first, "
                 "e.g. ocrmypdf");
  }

  // Rejoin words hyphenated across consecutive body lines; a line left empty (it held only
  // the end of the word) is dropped, its word now being on the line before.
  for (std::size_t i = 0; i + 1 < body.size(); ++i) {
    if (body[i + 1].block.page - body[i].block.page > 1) continue;
    rejoin_hyphenated_word(body[i].text, body[i + 1].text);
  }
  for (BodyLine& line : body) {
    if (line.text.empty()) continue;
    builder.add_block(line.text, std::move(line.block));
  }

  // Removing running lines is what should happen, not a problem: it is recorded, not warned.
  builder.set_running_lines_removed(running_count);
  if (rotated_words > 0) {
    builder.add_warning(Warning{"rotated-text-skipped",
                                std::to_string(rotated_words) +
                                    " words printed at an angle (margin notes or stamps) were left out of the text",
                                0});
  }
  if (unplaceable_words > 0) {
    builder.add_warning(Warning{"unplaceable-text-skipped",
                                std::to_string(unplaceable_words) +
                                    " words without a valid position on the page were left out of the text",
                                0});
  }
  return std::move(builder).finish();
}

}  // namespace clausecheck
