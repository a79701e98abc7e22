// DocxStyles: reads w:style elements once; resolution walks basedOn with a depth bound so
// a cyclic chain (a damaged or hostile file) cannot loop.
#include "docx_styles.h"

#include <cctype>

#include "docx_xml.h"

namespace clausecheck::docx {
namespace {

constexpr int kMaxStyleChain = 32;

}  // namespace

int heading_level_from_style_name(std::string_view name) {
  constexpr std::string_view word = "heading";
  if (name.size() < word.size() + 1) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(name[i])) != word[i]) return 0;
  }
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
    // w:numStyleLink in numbering.xml follows; they are kept in the same table.
    if (type != "paragraph" && type != "numbering") continue;
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
      NumberingReference reference;
      reference.num_id = int_value(w.child_value(numbering, "numId"), 0);
      if (pugi::xml_node level = w.child(numbering, "ilvl")) {
        reference.level = int_value(w.attribute(level, "val").value(), 0);
      }
      style.numbering = reference;
    }
    if (pugi::xml_node page_break = w.child(paragraph_properties, "pageBreakBefore")) {
      style.page_break_before = is_on(w, page_break);
    }
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
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain; ++depth) {
    if (style->numbering) return style->numbering;
    style = find(style->based_on);
  }
  return std::nullopt;
}

bool DocxStyles::page_break_before(std::string_view style_id) const {
  const Style* style = find(style_id);
  for (int depth = 0; style != nullptr && depth < kMaxStyleChain; ++depth) {
    if (style->page_break_before) return *style->page_break_before;
    style = find(style->based_on);
  }
  return false;
}

}  // namespace clausecheck::docx
