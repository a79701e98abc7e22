// The extracted document: what a parser hands to the engine.
//
// A Document is the contract's text exactly as it was read from the file, cut into
// blocks (a PDF line, a DOCX paragraph or table cell, a line of plain text), each
// with its provenance: page, line, and where known its position on the page.
//
// All blocks live in one string, `text`, joined by '\n'. That string is "the extracted
// text": every span the engine reports (clauses, findings, definitions) is a byte range
// [begin, end) into it, so a caller can always show the exact original words.
//
// Documents are built with DocumentBuilder, which keeps `text` and the blocks' offsets
// consistent; after that a Document is a plain value.
//
// Contract: a Document is a plain value with no hidden state; once built it may be read by
// any number of threads. DocumentBuilder keeps `text` and the blocks' offsets consistent and
// never fails (a newline inside a block's text becomes a space); one builder belongs to one
// thread. document_from_text() accepts any bytes and never throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

enum class DocumentFormat { text, markdown, pdf, docx, doc };

// "text", "markdown", "pdf", "docx", "doc": the spelling used in every report.
std::string_view to_string(DocumentFormat format);

// A rectangle on a page in PDF points, origin at the top-left corner of the page.
struct BoundingBox {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

enum class BlockKind {
  paragraph,   // body text (a PDF line, a DOCX paragraph, a text line)
  heading,     // a heading by style (DOCX Heading n, Markdown #); see heading_level
  table_cell,  // one cell of a table, in reading order
  footnote,    // the text of a footnote or endnote
};

std::string_view to_string(BlockKind kind);

// One unit of extracted text and where it came from.
struct Block {
  std::uint32_t begin = 0;  // byte offset of the block's text in Document::text
  std::uint32_t end = 0;    // one past its last byte (the '\n' separator is not included)
  int page = 1;             // 1-based page number (1 for formats without pages)
  int line = 0;             // 1-based line on the page (PDF, text), paragraph number (DOCX)
  BlockKind kind = BlockKind::paragraph;
  int heading_level = 0;    // 1.. for headings, 0 otherwise
  // The clause or list number the format computed and displays before the text but does
  // not store in it: Word's automatic numbering ("7.2", "(b)"). Empty when the number, if
  // any, is part of the text itself (PDF, plain text, manually numbered DOCX).
  std::string label;
  int list_level = -1;      // Word numbering level (w:ilvl) when `label` is set; for a
                            // Markdown list item its nesting depth (0 = outermost); else -1
  // True when this block continues the paragraph of the block before it (a wrapped PDF
  // line). Structure recovery never starts a clause on a continuation block.
  bool continues_paragraph = false;
  std::optional<BoundingBox> bbox;  // PDF only
};

// A problem the reader of a report must know about but that did not stop extraction.
struct Warning {
  std::string code;     // stable kebab-case id, e.g. "page-without-text", "tracked-changes"
  std::string message;  // one sentence for a person
  int page = 0;         // the page concerned, 0 when it concerns the whole document
};

struct Document {
  std::string path;        // as given by the caller; used only for messages and reports
  std::string sha256;      // hex digest of the file's bytes
  DocumentFormat format = DocumentFormat::text;
  int page_count = 1;
  std::string text;        // the extracted text: all blocks joined by '\n'
  std::vector<Block> blocks;
  std::vector<Warning> warnings;
  // PDF: running headers, footers and page numbers recognised and left out of `text`.
  int running_lines_removed = 0;

  std::string_view block_text(const Block& block) const {
    return std::string_view(text).substr(block.begin, block.end - block.begin);
  }
  // Index of the block containing byte `offset` of `text` (a separator belongs to the
  // block before it). REQUIRES: !blocks.empty() and offset <= text.size().
  std::size_t block_at(std::uint32_t offset) const;
  // Page of byte `offset` of `text`.
  int page_at(std::uint32_t offset) const { return blocks.empty() ? 1 : blocks[block_at(offset)].page; }
};

// Appends blocks to a Document while keeping `text` and block offsets consistent.
class DocumentBuilder {
 public:
  DocumentBuilder(std::string path, DocumentFormat format);

  // Appends a block whose text is `text` (no '\n' inside: a newline inside is replaced
  // by a space, so offsets stay one block per line of the extracted text). The offsets
  // of `attributes` are ignored and set here. Returns the new block's index.
  std::size_t add_block(std::string_view text, Block attributes = {});
  void add_warning(Warning warning);
  void set_page_count(int pages);
  void set_sha256(std::string hex);
  void set_running_lines_removed(int lines) { document_.running_lines_removed = lines; }

  const Document& peek() const { return document_; }
  Document finish() &&;

 private:
  Document document_;
};

// Builds a single-page plain-text Document from `text`, one block per line. Used for
// rule examples and tests; file parsing goes through parsers/.
Document document_from_text(std::string_view text, std::string path = "<text>");

}  // namespace clausecheck
