// Word 97-2003 automatic numbering: the numbers Word displays before numbered paragraphs.
//
// A .doc stores "7.2" or "(b)" nowhere in its text. Word computes them from:
//   - each paragraph's properties: the PapxFkp pages (found through the PlcBtePapx) hold,
//     for runs of file offsets, the paragraph's style (istd) and its own property changes
//     (sprms), among them sprmPIlfo (which list) and sprmPIlvl (which level);
//   - the style sheet (STSH): a paragraph style may carry ilfo and ilvl itself, inherited
//     through istdBase (heading styles linked to a list: common in CCS documents);
//   - the list tables: the PlfLst (one LSTF per list, then nine or one LVL each: start value,
//     number format, a number text such as "\x00.\x01" where chars 0-8 stand for the number
//     of that level) and the PlfLfo (the list instances paragraphs point to, by 1-based ilfo,
//     each naming its list by lsid and possibly overriding a level's start or definition).
// Layout: [MS-DOC] 2.5.6 (FibRgFcLcb97), 2.9.34 and 2.9.175 (PlcBtePapx, PapxFkp), 2.9.271
// (STSH), 2.9.147 (PlfLst), 2.9.150 (LVL), 2.9.146 (PlfLfo), 2.6 (sprms).
//
// The tables become docx::NumberingDefinitions (one abstract list per LSTF, one instance per
// LFO), so the counting -- restarts, legal numbering, start overrides -- is the DOCX
// reader's, in one place. Every offset and count is checked against its stream; a damaged
// table leaves the numbers unread (readable() false), never fails the file.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "docx_numbering.h"

namespace clausecheck {

class DocNumbering {
 public:
  // Reads the FIB of `word` (the WordDocument stream, at least 0x2F2 bytes long) and the
  // tables it points to in `table` (the 0Table or 1Table stream). Neither view is kept.
  DocNumbering(std::string_view word, std::string_view table);
  DocNumbering(const DocNumbering&) = delete;  // the counter points into the definitions
  DocNumbering& operator=(const DocNumbering&) = delete;

  // The file defines lists (its PlfLst is not empty).
  bool has_lists() const { return has_lists_; }
  // The list tables, styles and paragraph properties could all be read.
  bool readable() const { return readable_; }

  // Advances the counters for the paragraph whose mark (0x0D, or a table cell's 0x07) lies at
  // byte offset `mark_fc` of the WordDocument stream, paragraphs being given in document
  // order, and returns the label Word shows before it. nullopt when the paragraph is not
  // numbered or the tables could not be read; a label with empty text for bullets.
  std::optional<docx::ListLabel> next(std::uint32_t mark_fc);

 private:
  // Numbering properties: unset when not given (then inherited), ilfo 0 when removed.
  struct ListProperties {
    std::optional<int> ilfo;
    std::optional<int> ilvl;
  };
  struct ParagraphRun {
    std::uint32_t fc_begin = 0, fc_end = 0;  // file offsets, end exclusive
    std::uint16_t istd = 0;
    ListProperties own;
  };
  struct Style {
    std::uint16_t base = 0x0FFF;  // istdBase; 0x0FFF: none
    ListProperties own;
  };

  bool read_paragraph_runs(std::string_view word, std::string_view table, std::uint32_t at, std::uint32_t length);
  bool read_styles(std::string_view table, std::uint32_t at, std::uint32_t length);
  bool read_lists(std::string_view table, std::uint32_t lst_at, std::uint32_t lst_length, std::uint32_t lfo_at,
                  std::uint32_t lfo_length);
  ListProperties style_properties(std::uint16_t istd) const;

  bool has_lists_ = false;
  bool readable_ = false;
  std::vector<ParagraphRun> runs_;  // sorted by fc_begin
  std::vector<Style> styles_;       // by istd
  docx::NumberingDefinitions definitions_;
  std::optional<docx::ListCounter> counter_;
};

}  // namespace clausecheck
