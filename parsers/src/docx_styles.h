// The paragraph styles of a DOCX (word/styles.xml), resolved along basedOn chains.
//
// Two things a contract reader needs from styles: whether a paragraph is a heading (and
// of which level), and whether its style carries automatic numbering. CCS templates, like
// most legal templates, number clauses through the style ("Level 1", "GPSL2 Numbered"),
// not through each paragraph, so a paragraph with no w:numPr of its own may still be
// "7.2". Both are inherited: a style based on "heading 2" is a level-2 heading unless it
// says otherwise. Styles also decide capitals (w:caps): a heading typed "Processing data"
// in a capitals style reads "PROCESSING DATA", as it prints.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace clausecheck::docx {

// A w:numPr: which numbering instance, and which level of it (absent: decided by the
// numbering definition's level linked to the style, else level 0).
struct NumberingReference {
  int num_id = 0;  // 0 means "no numbering" (it removes inherited numbering)
  std::optional<int> level;
};

class DocxStyles {
 public:
  DocxStyles() = default;
  // Reads a parsed styles.xml. An absent or empty document gives no styles.
  explicit DocxStyles(const pugi::xml_document& styles_xml);

  // Heading level 1..9 of paragraph style `style_id`, 0 when it is not a heading. A style
  // is a heading when it or its nearest ancestor that decides is named "heading N" or has
  // an outline level 0..8 (level 9 means body text).
  int heading_level(std::string_view style_id) const;

  // The numbering a paragraph style applies, inherited through basedOn.
  std::optional<NumberingReference> numbering(std::string_view style_id) const;

  // Whether paragraphs of this style start on a new page (w:pageBreakBefore, inherited).
  bool page_break_before(std::string_view style_id) const;

  // Whether text in this paragraph or character style is shown in capitals (w:caps or
  // w:smallCaps, inherited); nullopt when no style in the chain says.
  std::optional<bool> capitals(std::string_view style_id) const;

  // The style used by paragraphs with no w:pStyle (w:default="1"), "" when none.
  const std::string& default_paragraph_style() const { return default_paragraph_style_; }

  bool empty() const { return styles_.empty(); }

 private:
  struct Style {
    std::string based_on;
    std::optional<int> heading_level;  // decided here: 0 = explicitly body text
    std::optional<int> num_id;  // w:numPr/w:numId, when this style sets it
    std::optional<int> level;   // w:numPr/w:ilvl, when this style sets it
    std::optional<bool> page_break_before;
    std::optional<bool> capitals;
  };
  const Style* find(std::string_view style_id) const;

  std::unordered_map<std::string, Style> styles_;
  std::string default_paragraph_style_;
};

class WordNames;
// Whether run properties (w:rPr) switch capitals on (w:caps or w:smallCaps) or off;
// nullopt when they do not say.
std::optional<bool> capitals(const WordNames& w, pugi::xml_node run_properties);

// "heading 3" / "Heading3" -> 3; anything else -> 0.
int heading_level_from_style_name(std::string_view name);

}  // namespace clausecheck::docx
