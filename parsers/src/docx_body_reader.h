// Turns the WordprocessingML of a DOCX (document.xml, footnotes.xml, endnotes.xml) into
// Document blocks, in reading order, as Word would display them with all tracked changes
// accepted.
//
// What becomes a block:
//   - each body paragraph: BlockKind::heading when its style (or direct outline level)
//     makes it one and its text reads as a title, else paragraph. Legal templates give
//     numbered body clauses an outline level, or number them with "Heading 2", so a
//     paragraph over 200 bytes, ending in '.', ';', ':', ',', "and" or "or", or
//     of more than three words starting in lower case is never a heading. Its automatic number goes to Block::label, never into
//     the text. Empty paragraphs make no block, except a numbered one (Word shows "7.3"
//     even with nothing after it, and the numbering must stay visible).
//   - each table cell, row by row (BlockKind::table_cell): the cell's paragraphs joined by
//     a space. The first paragraph's number is the cell's label; a later numbered
//     paragraph in the same cell keeps its number inline ("(b) ...") so it is not lost.
//     A nested table splits its cell: text before it, the nested cells, text after it.
//   - text boxes, after the paragraph that anchors them.
//   - footnotes and endnotes (BlockKind::footnote), one block per note, AFTER the body, in
//     the order they are referenced, each on the page of its reference; notes never
//     referenced follow on the last page. Keeping them out of the body keeps clause text
//     unbroken, while the page still points to where the reader meets the note.
//
// Text: w:t (upper-cased where w:caps or w:smallCaps shows it in capitals, as printed);
// w:tab -> '\t'; w:br and w:cr -> ' ' (a page break also moves to the next page);
// w:noBreakHyphen -> '-'; w:softHyphen dropped; w:sym mapped to Unicode where the
// font is a text font (Symbol-font bullets and arrows are dropped); field codes
// (w:instrText and everything between a field's begin and separate) skipped, field results
// kept; hidden text (w:vanish) skipped; comments ignored.
//
// Tracked changes are read as accepted: w:ins and w:moveTo kept, w:del, w:moveFrom and
// deleted table rows dropped; a deleted paragraph mark joins the paragraph to the next.
// Every w:ins, w:del, w:moveFrom and w:moveTo element is counted for the warning.
//
// Pages: a DOCX stores no pages, so they are estimated from what Word recorded: explicit
// page breaks (w:br type="page", w:pageBreakBefore, a section that starts on a new page)
// and w:lastRenderedPageBreak, the marks Word leaves where its last layout started a page.
// A rendered break right after an explicit one (with no text between) is the same break
// and is not counted twice; nor is the mark Word leaves on the row after a table row it
// split across pages. A block's page is the page of its first character, and its
// Block::line is its 1-based position among the blocks of that page.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "docx_numbering.h"
#include "docx_styles.h"
#include "docx_xml.h"

namespace clausecheck::docx {

enum class NoteKind { footnote, endnote };

class DocxBodyReader {
 public:
  // REQUIRES: styles, numbering and builder outlive the reader.
  DocxBodyReader(const DocxStyles& styles, const NumberingDefinitions& numbering, DocumentBuilder& builder);

  // Reads word/document.xml's w:body. Call once, before read_notes.
  void read_document(const pugi::xml_document& document_xml);
  // Reads footnotes.xml or endnotes.xml and appends their notes (see file comment).
  void read_notes(const pugi::xml_document& notes_xml, NoteKind kind);

  // Tracked-change elements seen in every part read so far.
  int tracked_changes() const { return tracked_changes_; }
  // Body paragraphs left out as page furniture: only a page number field and its frame
  // ("Page [PAGE] of [NUMPAGES]"), or "Page 3 of 12" typed into the body.
  int page_furniture_removed() const { return page_furniture_removed_; }
  // Content imported from other parts that is not read: w:altChunk (an embedded HTML,
  // RTF or DOCX chunk) and w:subDoc (a master document's sub-document).
  int unread_embedded_parts() const { return unread_embedded_parts_; }
  // Hostile files can nest containers (w:sdt, w:tbl, text boxes) without end; content
  // deeper than this is not read, and the parser reports it.
  static constexpr int max_nesting = 64;
  // True when some content was nested more than max_nesting deep and was skipped.
  bool too_deep() const { return too_deep_; }
  // The page of the last text read (1 when there was none).
  int last_page() const { return page_; }

 private:
  struct Paragraph {
    std::string text;
    std::string label;
    int list_level = -1;
    int heading_level = 0;
    int page = 0;  // 0 until its first character
    bool deleted_mark = false;
    bool hidden = false;
    bool page_field = false;  // held a PAGE / NUMPAGES field, whose number was left out
  };
  // Blocks under construction for a table cell or a note: several paragraphs, one block.
  struct Collector {
    BlockKind kind = BlockKind::table_cell;
    std::string text;
    std::string label;
    int list_level = -1;
    int page = 0;
  };
  struct NoteReference {
    NoteKind kind;
    std::string id;
    int page;
  };

  void prescan(pugi::xml_node root);
  bool enter_level();
  void read_blocks(pugi::xml_node container);
  void read_paragraph(pugi::xml_node paragraph);
  void read_table(pugi::xml_node table);
  void read_row(pugi::xml_node row);
  void read_cell(pugi::xml_node cell);
  void read_inline(pugi::xml_node container, Paragraph& paragraph, std::vector<pugi::xml_node>& text_boxes);
  void read_run(pugi::xml_node run, Paragraph& paragraph, std::vector<pugi::xml_node>& text_boxes);
  void collect_text_boxes(pugi::xml_node node, std::vector<pugi::xml_node>& text_boxes);
  void append_text(Paragraph& paragraph, std::string_view text);

  void explicit_page_break();
  void soft_page_break();
  void rendered_page_break();
  void next_page();

  void emit(std::string_view text, Block block);
  void flush_collector();

  const DocxStyles& styles_;
  const NumberingDefinitions& numbering_;
  DocumentBuilder& builder_;
  ListCounter counter_;
  WordNames w_;

  int page_ = 1;
  int line_on_page_ = 0;
  int emitted_page_ = 0;
  bool content_since_break_ = false;
  bool previous_row_split_ = false;
  bool paragraph_capitals_ = false;  // the paragraph style shows its text in capitals
  std::vector<std::string> section_starts_;  // w:type of each section, in order
  std::size_t section_index_ = 0;
  bool section_break_pending_ = false;
  // A field open in the paragraph: its code part, then its result. The result of a page
  // number field (PAGE, NUMPAGES, SECTIONPAGES) is layout, not text, and is not shown.
  struct OpenField {
    bool in_code = true;
    bool page_number = false;
    std::string instruction;
  };
  int fields_in_code_ = 0;
  int page_number_results_ = 0;  // open page-number fields in their result part
  std::vector<OpenField> field_stack_;
  int page_furniture_removed_ = 0;
  std::string carried_text_;       // text of paragraphs whose mark was deleted
  int carried_page_ = 0;
  std::vector<Collector> collectors_;
  std::vector<NoteReference> note_references_;
  int tracked_changes_ = 0;
  int unread_embedded_parts_ = 0;
  bool in_note_part_ = false;
  int depth_ = 0;
  bool too_deep_ = false;
};

}  // namespace clausecheck::docx
