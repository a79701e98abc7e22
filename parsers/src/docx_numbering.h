// Word's automatic numbering (word/numbering.xml): the labels Word displays.
//
// In a DOCX the clause number "7.2(b)" is usually not in the text: Word computes it while
// laying out, from three things:
//   - an abstract numbering definition (w:abstractNum) with up to nine levels, each with a
//     start value, a number format (decimal, lowerLetter, lowerRoman ...), a level text
//     template such as "%1.%2" or "(%3)", a restart rule and a "legal" flag (w:isLgl:
//     show every level as decimal, so "1.1" rather than "I.a");
//   - a numbering instance (w:num) that points to an abstract definition and may override
//     a level's start value (w:startOverride) or whole definition (w:lvlOverride/w:lvl);
//   - the paragraphs that use it, directly (w:numPr) or through their style.
// Instances of the same abstract definition share one set of counters, so a list
// continues across them; an instance with a start override restarts the levels it
// overrides the first time it is used. Advancing a level restarts the levels below it
// unless their w:lvlRestart says otherwise. An abstract definition that only links to a
// numbering style (w:numStyleLink) is replaced by the definition that style points to.
//
// NumberingDefinitions is the parsed, immutable numbering.xml; ListCounter is the
// running state while the paragraphs are read in document order.
#pragma once

#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "docx_styles.h"

namespace clausecheck::docx {

inline constexpr int kListLevels = 9;

enum class NumberFormat {
  decimal,        // 1, 2, 3
  decimal_zero,   // 01, 02 … 10
  lower_letter,   // a … z, aa, bb
  upper_letter,   // A … Z, AA, BB
  lower_roman,    // i, ii, iii
  upper_roman,    // I, II, III
  ordinal,        // 1st, 2nd
  bullet,         // no number: the level text is a bullet character
  none,           // no number: the level text is shown literally
};

// Reads a w:numFmt value; unknown formats read as decimal (the safest visible number).
NumberFormat number_format_from_name(std::string_view name);

// `value` written in `format`: format_number(4, lower_roman) == "iv". Bullet and none give "".
std::string format_number(int value, NumberFormat format);

struct ListLevel {
  int start = 1;
  NumberFormat format = NumberFormat::decimal;
  std::string text;                 // w:lvlText, e.g. "%1.%2"
  std::optional<int> restart_after; // w:lvlRestart: 0 never, n restart after level n (1-based)
  bool legal = false;               // w:isLgl
  std::string style_id;             // w:pStyle: the paragraph style linked to this level
  bool hidden = false;              // w:rPr/w:vanish: the number is counted but not shown
};

struct AbstractList {
  std::array<ListLevel, kListLevels> levels;
  std::string num_style_link;  // w:numStyleLink: use the definition of this numbering style
};

struct ListInstance {
  int abstract_id = -1;
  std::array<std::optional<int>, kListLevels> start_override;
  std::array<std::optional<ListLevel>, kListLevels> level_override;
};

class NumberingDefinitions {
 public:
  NumberingDefinitions() = default;
  NumberingDefinitions(const pugi::xml_document& numbering_xml, const DocxStyles& styles);
  // Definitions read from elsewhere (a Word 97-2003 file's list tables, doc_numbering.h):
  // every instance uses its own abstract_id, with no style links to follow.
  NumberingDefinitions(std::map<int, AbstractList> abstract_lists, std::map<int, ListInstance> instances);

  // The instance w:num numId, or nullptr when it does not exist.
  const ListInstance* instance(int num_id) const;
  // The abstract definition an instance uses, after following numStyleLink; -1 if none.
  int resolved_abstract_id(int num_id) const;
  const AbstractList* abstract_list(int abstract_id) const;
  // The effective definition of `level` for instance `num_id` (overrides applied).
  std::optional<ListLevel> level(int num_id, int level) const;
  // The level of instance `num_id` linked to paragraph style `style_id`, if any.
  std::optional<int> level_for_style(int num_id, std::string_view style_id) const;

 private:
  std::map<int, AbstractList> abstract_lists_;
  std::map<int, ListInstance> instances_;
  std::map<int, int> resolved_abstract_;  // numId -> abstractNumId after style links
};

// The label of one numbered paragraph.
struct ListLabel {
  std::string text;  // what Word shows before the paragraph: "1.", "7.2", "(b)"; "" for bullets
  int level = 0;     // w:ilvl
};

// Which levels the start overrides of an instance restart when its first paragraph appears.
enum class StartOverrideScope {
  every_level,          // DOCX: each level the instance overrides
  from_first_paragraph, // .doc: only the overridden levels at or below the first paragraph's
                        // level, since Word 97-2003 writes an override for all nine levels
                        // when a paragraph restarts its list ("1.1" after a restarted "1"
                        // must not restart the "1")
};

class ListCounter {
 public:
  explicit ListCounter(const NumberingDefinitions& definitions,
                       StartOverrideScope scope = StartOverrideScope::every_level)
      : definitions_(&definitions), scope_(scope) {}

  // Advances the counters for a paragraph numbered with instance `num_id` at `level` and
  // returns the label Word displays. nullopt when the instance is 0 (numbering removed)
  // or not defined. Bullets and "none" levels still advance but give an empty or literal
  // label.
  std::optional<ListLabel> next(int num_id, int level);

 private:
  struct Counters {
    std::array<int, kListLevels> value{};
    std::array<bool, kListLevels> started{};
  };
  const NumberingDefinitions* definitions_;
  StartOverrideScope scope_;
  std::map<int, Counters> counters_;  // by resolved abstract id
  std::set<int> instances_seen_;
};

}  // namespace clausecheck::docx
