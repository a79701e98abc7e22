// Turns a range of the extracted text into HTML with every finding's span marked in place.
//
// Findings may overlap or cross ("indemnify ... without limit" inside a longer payment
// clause), but HTML elements must nest. The highlighter cuts the range at every span
// boundary; inside each piece the set of covering findings is constant. It keeps a stack
// of open <mark> elements ordered outermost first (earlier begin, then later end); at each
// boundary it closes the marks that no longer match the wanted stack and re-opens the rest.
// Properly nested spans therefore become nested marks, and crossing spans become a few
// extra pieces, each tagged with data-finding so that every piece of a finding is known.
// The first piece of each finding carries its id ("finding-3"), the target of the links
// in the side list. Ranges must be rendered in text order for that to hold.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/finding.h"

namespace clausecheck {

struct Highlight {
  std::size_t number = 0;  // 1-based position in the report: the N of "finding-N"
  std::uint32_t begin = 0;  // byte span in Document::text, non-empty
  std::uint32_t end = 0;
  Severity severity = Severity::medium;
  std::string title;  // shown as the tooltip of the mark
};

class HtmlHighlighter {
 public:
  // REQUIRES: every highlight's span lies within `text`.
  HtmlHighlighter(std::string_view text, std::vector<Highlight> highlights);

  // Escaped HTML for text[begin, end) with the marks of every highlight that intersects it.
  std::string render(std::uint32_t begin, std::uint32_t end);

  // True once some piece of highlight `number` has been rendered (its id is in the page).
  bool placed(std::size_t number) const { return placed_.count(number) != 0; }

 private:
  std::string open_mark(const Highlight& highlight);

  std::string_view text_;
  std::vector<Highlight> highlights_;  // sorted by begin
  std::set<std::size_t> placed_;
};

}  // namespace clausecheck
