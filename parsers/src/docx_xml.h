// WordprocessingML element names, independent of the namespace prefix a writer chose.
//
// pugixml does not resolve namespaces, so "w:p" is just a name. Word always writes the
// prefix "w", but other producers may pick another prefix or the default namespace.
// WordNames finds the prefix bound to the WordprocessingML namespace (transitional or
// strict) on a part's root element and matches local names under it, so that, say,
// math text (m:t) or a Word 2010 extension (w14:...) is never mistaken for w:t.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace clausecheck::docx {

class WordNames {
 public:
  // Reads the namespace declarations of `root` (a part's document element).
  explicit WordNames(pugi::xml_node root) {
    constexpr std::string_view transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    constexpr std::string_view strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    for (pugi::xml_attribute attribute : root.attributes()) {
      std::string_view name = attribute.name();
      std::string_view value = attribute.value();
      if (value != transitional && value != strict) continue;
      if (name == "xmlns") {
        prefix_.clear();
        return;
      }
      if (name.substr(0, 6) == "xmlns:") {
        prefix_ = std::string(name.substr(6)) + ":";
        return;
      }
    }
  }

  // True when `node` is the WordprocessingML element `local` ("p", "r", "t" ...).
  bool is(pugi::xml_node node, std::string_view local) const { return is_name(node.name(), local); }

  // The local name of `node` if it is a WordprocessingML element, else "".
  std::string_view local(pugi::xml_node node) const {
    std::string_view name = node.name();
    if (name.size() <= prefix_.size() || name.substr(0, prefix_.size()) != prefix_) return {};
    name.remove_prefix(prefix_.size());
    return name.find(':') == std::string_view::npos ? name : std::string_view{};
  }

  // First WordprocessingML child element named `local`, or an empty node.
  pugi::xml_node child(pugi::xml_node node, std::string_view local) const {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element && is(c, local)) return c;
    }
    return {};
  }

  // Attribute `local` (w:val ...) of `node`; attributes usually carry the same prefix, but
  // an unprefixed one is accepted too.
  pugi::xml_attribute attribute(pugi::xml_node node, std::string_view local) const {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      std::string_view name = a.name();
      if (is_name(a.name(), local) || name == local) return a;
    }
    return {};
  }

  // The w:val of child `local` of `node` ("" when absent).
  std::string_view child_value(pugi::xml_node node, std::string_view local) const {
    return attribute(child(node, local), "val").value();
  }

 private:
  bool is_name(const char* full, std::string_view local) const {
    std::string_view name = full;
    return name.size() == prefix_.size() + local.size() && name.substr(0, prefix_.size()) == prefix_ &&
           name.substr(prefix_.size()) == local;
  }

  std::string prefix_ = "w:";
};

// An OOXML on/off property (<w:b/>, <w:isLgl w:val="0"/>): present and not false.
inline bool is_on(const WordNames& names, pugi::xml_node property) {
  if (!property) return false;
  std::string_view value = names.attribute(property, "val").value();
  return !(value == "0" || value == "false" || value == "off");
}

// Integer attribute value, or `fallback` when absent or not a number.
inline int int_value(std::string_view text, int fallback) {
  if (text.empty()) return fallback;
  bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text.empty() || text.size() > 9) return fallback;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return fallback;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

}  // namespace clausecheck::docx
