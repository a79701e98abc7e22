// DocxStyles: reads w:style elements once; resolution walks basedOn with a depth bound so
// a cyclic chain (a damaged or hostile file) cannot loop.
#include "docx_styles.h"

#include "clausecheck/ascii_case.h"
#include "docx_xml.h"

namespace clausecheck::docx {
namespace {

constexpr int kMaxStyleChain = 32;

}  // namespace

std::optional<bool> capitals(const WordNames& w, pugi::xml_node run_properties) {
  pugi::xml_node caps = w.child(run_properties, "caps");
  pugi::xml_node small_caps = w.child(run_properties, "smallCaps");
  if (!caps && !small_caps) return std::nullopt;
  return is_on(w, caps) || is_on(w, small_caps);
}

int heading_level_from_style_name(std::string_view name) {
  constexpr std::string_view word = "heading";
  if (name.size() < word.size() + 1) return 0;
  if (!starts_with_ignoring_ascii_case(name, 0, word)) return 0;
  std::string_view rest = name.substr(word.size());
  if (rest.front() == ' ') rest.remove_prefix(1);
  if (rest.size() != 1 || rest[0] < '1' || rest[0] > '9') return 0;
  return rest[0] - '0';
}

DocxStyles::DocxStyles(const pugi::xml_document& styles_xml) {
  pugi::xml_node root = styles_xml.document_element();
  if (!root) return;
  WordNames w(root);
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (!w.is(node, "style")) continue;
    std::string_view type = w.attribute(node, "type").value();
    std::string id = w.attribute(node, "styleId").value();
    if (id.empty()) continue;
    // Numbering styles (type="numbering") matter only for their numPr, which a
    // w:numStyleLink in numbering.xml follows, and character styles only for capitals;
    // style ids are unique across types, so all share one table.
    if (type != "paragraph" && type != "numbering" && type != "character") continue;
    Style style;
    style.based_on = w.child_value(node, "basedOn");
    int by_name = heading_level_from_style_name(w.child_value(node, "name"));
    if (by_name == 0) by_name = heading_level_from_style_name(id);
    pugi::xml_node paragraph_properties = w.child(node, "pPr");
    pugi::xml_node outline = w.child(paragraph_properties, "outlineLvl");
    if (outline) {
      int level = int_value(w.attribute(outline, "val").value(), 9);
      style.heading_level = level >= 0 && level <= 8 ? level + 1 : 0;
    } else if (by_name > 0) {
      style.heading_level = by_name;
    }
    if (pugi::xml_node numbering = w.child(paragraph_properties, "numPr")) {
      if (pugi::xml_node num_id = w.child(numbering, "numId")) {
        style.num_id = int_value(w.attribute(num_id, "val").value(), 0);
      }
      if (pugi::xml_node level = w.child(numbering, "ilvl")) {
        style.level = int_value(w.attribute(level, "val").value(), 0);
      }
    }
    if (pugi::xml_node page_break = w.child(paragraph_properties, "pageBreakBefore")) {
      style.page_break_before = is_on(w, page_break);
    }
    style.capitals = docx::capitals(w, w.child(node, "rPr"));
    std::string_view is_default = w.attribute(node, "default").value();
    if (type == "paragraph" && (is_default == "1" || is_default == "true" || is_default == "on")) {
      default_paragraph_style_ = id;
    }
    styles_.emplace(std::move(id), std::move(style));
  }
}

const DocxStyles::Style* DocxStyles::find(std::string_view style_id) const {
  if (style_id.empty()) return nullptr;
  auto it = styles_.find(std::string(style_id));
  return it == styles_.end() ? nullptr : &it->second;
}

int DocxStyles::heading_level(std::string_view style_id) const {
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain; ++depth) {
    if (style->heading_level) return *style->heading_level;
    style = find(style->based_on);
  }
  return 0;
}

std::optional<NumberingReference> DocxStyles::numbering(std::string_view style_id) const {
  // The list (numId) and the level (ilvl) are inherited separately: CCS's "GPS L4
  // numbered clause" sets only ilvl 3 and takes its list from "GPS L3 numbered clause".
  std::optional<int> num_id;
  std::optional<int> level;
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain && !num_id; ++depth) {
    if (!level) level = style->level;
    num_id = style->num_id;
    style = find(style->based_on);
  }
  if (!num_id) return std::nullopt;
  return NumberingReference{*num_id, level};
}

bool DocxStyles::page_break_before(std::string_view style_id) const {
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain; ++depth) {
    if (style->page_break_before) return *style->page_break_before;
    style = find(style->based_on);
  }
  return false;
}

std::optional<bool> DocxStyles::capitals(std::string_view style_id) const {
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain; ++depth) {
    if (style->capitals) return style->capitals;
    style = find(style->based_on);
  }
  return std::nullopt;
}

}  // namespace clausecheck::docx
