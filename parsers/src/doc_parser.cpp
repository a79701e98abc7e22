// Word 97-2003 binary documents (.doc): the main text, paragraph by paragraph.
//
// A .doc is an OLE2 compound file (compound_file.h). Its "WordDocument" stream starts with the
// File Information Block (FIB), which says how long the main document's text is (ccpText)
// and where its piece table lies (fcClx, lcbClx) in the table stream ("0Table" or "1Table").
// The piece table maps runs of character positions to where their characters are stored:
// 8-bit Windows-1252 ("compressed") or UTF-16LE. Layout: [MS-DOC] 2.5.1 (Fib), 2.9.38 (Clx),
// 2.9.177 (Pcd), 2.4.1 (retrieving text).
//
// What is read: the main text only (not headers, footers, footnotes or text boxes), split at
// paragraph marks, table cell marks and page or section breaks; field codes are dropped and
// their results kept ("PAGEREF _Toc1 \h" is not text, "12" is). The numbers Word computes
// for numbered paragraphs ("1.1", "(a)") are not in the text: doc_numbering.h reads them from
// the list tables, styles and paragraph properties and they become each block's label. When
// those tables are damaged a warning says that clause numbers may be missing.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/utf8_code_point.h"
#include "compound_file.h"
#include "doc_numbering.h"
#include "format_parsers.h"
#include "text_decoding.h"

namespace clausecheck {
namespace {

constexpr std::uint16_t kWordIdent = 0xA5EC;
constexpr std::uint16_t kFirstWord97Fib = 0x00C1;  // nFib of Word 97; Word 6 and 95 are lower
constexpr std::uint16_t kFlagEncrypted = 0x0100;
constexpr std::uint16_t kFlagTableStream1 = 0x0200;
constexpr std::size_t kCcpTextAt = 0x004C;
constexpr std::size_t kFcClxAt = 0x01A2;
constexpr std::uint32_t kCompressedBit = 0x40000000;

std::uint16_t u16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8);
}
std::uint32_t u32(std::string_view s, std::size_t at) {
  return static_cast<std::uint32_t>(u16(s, at)) | static_cast<std::uint32_t>(u16(s, at + 2)) << 16;
}

InputError corrupt(std::string_view path, std::string message) {
  return InputError{std::string(path), InputErrorKind::corrupt, std::move(message)};
}

struct Piece {
  std::uint32_t cp_begin = 0, cp_end = 0;  // character positions, end exclusive
  std::uint32_t fc = 0;                    // as stored, with the compressed bit
};

// The piece table of the Clx at table[at, at + length): the Prc entries (formatting) are
// skipped, the Pcdt read. Empty when the Clx is malformed.
std::vector<Piece> read_pieces(std::string_view table, std::size_t at, std::size_t length) {
  const std::size_t end = at + length;
  while (at < end && table[at] == 0x01) {  // Prc: clxt, cbGrpprl (int16), grpprl
    if (at + 3 > end) return {};
    const auto size = static_cast<std::int16_t>(u16(table, at + 1));
    if (size < 0) return {};
    at += 3 + static_cast<std::size_t>(size);
  }
  if (at + 5 > end || table[at] != 0x02) return {};
  const std::size_t plc_length = u32(table, at + 1);
  at += 5;
  if (plc_length < 4 || plc_length > end - at || (plc_length - 4) % 12 != 0) return {};
  const std::size_t count = (plc_length - 4) / 12;
  std::vector<Piece> pieces;
  pieces.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Piece piece;
    piece.cp_begin = u32(table, at + 4 * i);
    piece.cp_end = u32(table, at + 4 * (i + 1));
    piece.fc = u32(table, at + 4 * (count + 1) + 8 * i + 2);
    if (piece.cp_end < piece.cp_begin || (!pieces.empty() && piece.cp_begin < pieces.back().cp_end)) return {};
    pieces.push_back(piece);
  }
  return pieces;
}

// Splits the main text into paragraphs and drops what is not text (see the file comment).
// A paragraph and the number Word shows before it (empty when it has none).
struct Paragraph {
  std::string text;
  std::string label;
  int list_level = -1;
};

class ParagraphCollector {
 public:
  // Each paragraph's number is asked of `numbering` when its mark is reached, in document
  // order; an empty paragraph is kept only when it is numbered.
  explicit ParagraphCollector(DocNumbering& numbering) : numbering_(&numbering) {}

  // `c` is the character stored at byte offset `fc` of the WordDocument stream.
  void add(char32_t c, std::uint32_t fc) {
    switch (c) {
      case 0x13: ++fields_in_code_; fields_.push_back(true); return;  // field begins: its code follows
      case 0x14:  // field separator: its result follows
        if (!fields_.empty() && fields_.back()) {
          fields_.back() = false;
          --fields_in_code_;
        }
        return;
      case 0x15:  // field ends
        if (!fields_.empty()) {
          if (fields_.back()) --fields_in_code_;
          fields_.pop_back();
        }
        return;
      default: break;
    }
    if (fields_in_code_ > 0) return;
    if (c == 0x0D || c == 0x07) {  // paragraph mark, cell or row end
      end_paragraph(fc);
      return;
    }
    if (c == 0x0C) {  // page or section break
      end_paragraph(std::nullopt);
      return;
    }
    if (c == 0x0B || c == 0x09) c = ' ';  // a line break or tab inside the paragraph
    if (c == 0x1E) c = '-';               // a non-breaking hyphen
    if (c < 0x20) return;                 // a picture, a footnote mark, an optional hyphen …
    append_code_point(current_, static_cast<UChar32>(c));
  }

  std::vector<Paragraph> finish() && {
    end_paragraph(std::nullopt);
    return std::move(paragraphs_);
  }

 private:
  // `mark_fc`: where the paragraph or cell mark is stored, which gives the paragraph's
  // properties; unset when a page or section break ended the block.
  void end_paragraph(std::optional<std::uint32_t> mark_fc) {
    const std::size_t first = current_.find_first_not_of(' ');
    Paragraph paragraph;
    if (first != std::string::npos) {
      const std::size_t last = current_.find_last_not_of(' ');
      paragraph.text = current_.substr(first, last - first + 1);
    }
    if (mark_fc) {
      if (std::optional<docx::ListLabel> label = numbering_->next(*mark_fc); label && !label->text.empty()) {
        paragraph.label = std::move(label->text);
        paragraph.list_level = label->level;
      }
    }
    if (!paragraph.text.empty() || !paragraph.label.empty()) paragraphs_.push_back(std::move(paragraph));
    current_.clear();
  }

  DocNumbering* numbering_;
  std::string current_;
  std::vector<bool> fields_;  // open fields, innermost last: true while in its code
  int fields_in_code_ = 0;
  std::vector<Paragraph> paragraphs_;
};

}  // namespace

ParseResult parse_doc(std::string_view path, std::string_view bytes, const ParseLimits& limits) {
  auto word_stream = read_compound_stream(bytes, "WordDocument");
  if (auto* failure = std::get_if<CompoundFileFailure>(&word_stream)) {
    return InputError{std::string(path), failure->kind, failure->message};
  }
  const std::string& word = std::get<std::string>(word_stream);
  if (word.size() < 0x22 || u16(word, 0) != kWordIdent) {
    return corrupt(path, "the Word 97-2003 file's document stream is damaged (no Word header)");
  }
  if (u16(word, 2) < kFirstWord97Fib) {
    return InputError{std::string(path), InputErrorKind::unsupported,
                      "Word 6.0/95 .doc file, which is not read: open it in Word or LibreOffice and save as .docx or PDF"};
  }
  const std::uint16_t flags = u16(word, 0x0A);
  if (flags & kFlagEncrypted) {
    return InputError{std::string(path), InputErrorKind::encrypted,
                      "Word document is encrypted (password-protected): remove the password in Word and try again"};
  }
  if (word.size() < kFcClxAt + 8) return corrupt(path, "the Word 97-2003 file's document header is truncated");
  const std::uint32_t text_length = u32(word, kCcpTextAt);
  const std::uint32_t clx_at = u32(word, kFcClxAt);
  const std::uint32_t clx_length = u32(word, kFcClxAt + 4);

  auto table_stream = read_compound_stream(bytes, (flags & kFlagTableStream1) ? "1Table" : "0Table");
  if (auto* failure = std::get_if<CompoundFileFailure>(&table_stream)) {
    return InputError{std::string(path), failure->kind, failure->message};
  }
  const std::string& table = std::get<std::string>(table_stream);
  if (clx_length == 0 || clx_at > table.size() || clx_length > table.size() - clx_at) {
    return corrupt(path, "the Word 97-2003 file's piece table is missing or damaged");
  }
  const std::vector<Piece> pieces = read_pieces(table, clx_at, clx_length);
  if (pieces.empty()) return corrupt(path, "the Word 97-2003 file's piece table is damaged");

  DocNumbering numbering(word, table);
  ParagraphCollector collector(numbering);
  // Each character is stored once in the document stream, so the text is no longer than the
  // stream: pieces that point at the same bytes over and over (a hostile file) would make a
  // text of gigabytes from a small file.
  std::size_t characters = 0;
  for (const Piece& piece : pieces) {
    if (piece.cp_begin >= text_length) break;
    const std::size_t count = std::min(piece.cp_end, text_length) - piece.cp_begin;
    characters += count;
    if (characters > word.size()) {
      return corrupt(path, "the Word 97-2003 file's piece table is damaged: its pieces hold more text than the file");
    }
    const bool compressed = (piece.fc & kCompressedBit) != 0;
    const std::size_t at = compressed ? (piece.fc & ~kCompressedBit) / 2 : piece.fc;
    const std::size_t length = compressed ? count : 2 * count;
    if (at > word.size() || length > word.size() - at) {
      return corrupt(path, "the Word 97-2003 file's text runs past the end of its document stream");
    }
    if (compressed) {
      // Windows-1252, one byte a character: ICU decodes it, then each code point is added.
      const std::string utf8 = convert_to_utf8(std::string_view(word).substr(at, length), "windows-1252");
      std::u32string decoded;
      for (std::size_t i = 0; i < utf8.size();) {
        const UChar32 c = next_code_point(utf8.data(), i, utf8.size());
        decoded += static_cast<char32_t>(c < 0 ? 0xFFFD : c);
      }
      // One byte a character, so the i-th character is stored at byte at + i.
      for (std::size_t i = 0; i < decoded.size(); ++i) collector.add(decoded[i], static_cast<std::uint32_t>(at + i));
    } else {
      for (std::size_t i = 0; i < count; ++i) {
        const auto fc = static_cast<std::uint32_t>(at + 2 * i);
        char32_t c = u16(word, at + 2 * i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < count) {
          const char32_t low = u16(word, at + 2 * (i + 1));
          if (low >= 0xDC00 && low <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            ++i;
          }
        }
        collector.add(c, fc);
      }
    }
  }
  const std::vector<Paragraph> paragraphs = std::move(collector).finish();
  const bool has_text = std::any_of(paragraphs.begin(), paragraphs.end(),
                                    [](const Paragraph& paragraph) { return !paragraph.text.empty(); });
  if (!has_text) return InputError{std::string(path), InputErrorKind::empty, "Word 97-2003 file contains no text"};

  DocumentBuilder builder(std::string(path), DocumentFormat::doc);
  builder.set_page_count(1);
  if (numbering.has_lists() && !numbering.readable()) {
    builder.add_warning(Warning{"doc-numbering",
                                "this Word 97-2003 file numbers some paragraphs automatically, but its list tables "
                                "could not be read: clause numbers may be missing; saving it as .docx keeps them",
                                0});
  }
  int paragraph_number = 0;
  for (const Paragraph& paragraph : paragraphs) {
    Block block;
    block.line = ++paragraph_number;
    block.label = paragraph.label;
    block.list_level = paragraph.list_level;
    builder.add_block(paragraph.text, std::move(block));
  }
  (void)limits;  // the text is no longer than the document stream (checked above), so within the file's limit
  return std::move(builder).finish();
}

}  // namespace clausecheck
