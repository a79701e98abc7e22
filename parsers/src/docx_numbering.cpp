// Numbering definitions and the running list counters; see docx_numbering.h for the model.
#include "docx_numbering.h"

#include <algorithm>
#include <utility>

#include "docx_xml.h"

namespace clausecheck::docx {
namespace {

constexpr int kMaxStyleLinks = 8;

std::string roman(int value, bool upper) {
  if (value <= 0 || value >= 4000) return std::to_string(value);
  static constexpr std::array<std::pair<int, std::string_view>, 13> numerals{{
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [amount, numeral] : numerals) {
    while (value >= amount) {
      out += numeral;
      value -= amount;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Word's alphabetic numbering repeats the letter: 26 = z, 27 = aa, 28 = bb, 53 = aaa.
std::string letters(int value, bool upper) {
  if (value <= 0) return std::to_string(value);
  const int repeat = (value - 1) / 26 + 1;
  if (repeat > 100) return std::to_string(value);
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (value - 1) % 26);
  return std::string(static_cast<std::size_t>(repeat), letter);
}

std::string ordinal(int value) {
  std::string_view suffix = "th";
  const int tens = value % 100;
  if (tens < 11 || tens > 13) {
    switch (value % 10) {
      case 1: suffix = "st"; break;
      case 2: suffix = "nd"; break;
      case 3: suffix = "rd"; break;
      default: break;
    }
  }
  return std::to_string(value) + std::string(suffix);
}

ListLevel read_level(const WordNames& w, pugi::xml_node lvl) {
  ListLevel level;
  level.start = int_value(w.child_value(lvl, "start"), 1);
  if (pugi::xml_node format = w.child(lvl, "numFmt")) {
    level.format = number_format_from_name(w.attribute(format, "val").value());
  }
  if (pugi::xml_node text = w.child(lvl, "lvlText")) {
    level.text = w.attribute(text, "val").value();
  } else {
    level.text.clear();
  }
  if (pugi::xml_node restart = w.child(lvl, "lvlRestart")) {
    level.restart_after = int_value(w.attribute(restart, "val").value(), -1);
    if (*level.restart_after < 0) level.restart_after.reset();
  }
  level.legal = is_on(w, w.child(lvl, "isLgl"));
  level.style_id = w.child_value(lvl, "pStyle");
  level.hidden = is_on(w, w.child(w.child(lvl, "rPr"), "vanish"));
  return level;
}

int level_index(const WordNames& w, pugi::xml_node node) {
  return int_value(w.attribute(node, "ilvl").value(), -1);
}

}  // namespace

NumberFormat number_format_from_name(std::string_view name) {
  if (name == "decimalZero") return NumberFormat::decimal_zero;
  if (name == "lowerLetter") return NumberFormat::lower_letter;
  if (name == "upperLetter") return NumberFormat::upper_letter;
  if (name == "lowerRoman") return NumberFormat::lower_roman;
  if (name == "upperRoman") return NumberFormat::upper_roman;
  if (name == "ordinal") return NumberFormat::ordinal;
  if (name == "bullet") return NumberFormat::bullet;
  if (name == "none") return NumberFormat::none;
  return NumberFormat::decimal;
}

std::string format_number(int value, NumberFormat format) {
  switch (format) {
    case NumberFormat::decimal: return std::to_string(value);
    case NumberFormat::decimal_zero:
      return value >= 0 && value < 10 ? "0" + std::to_string(value) : std::to_string(value);
    case NumberFormat::lower_letter: return letters(value, false);
    case NumberFormat::upper_letter: return letters(value, true);
    case NumberFormat::lower_roman: return roman(value, false);
    case NumberFormat::upper_roman: return roman(value, true);
    case NumberFormat::ordinal: return ordinal(value);
    case NumberFormat::bullet:
    case NumberFormat::none: return {};
  }
  return std::to_string(value);
}

NumberingDefinitions::NumberingDefinitions(const pugi::xml_document& numbering_xml, const DocxStyles& styles) {
  pugi::xml_node root = numbering_xml.document_element();
  if (!root) return;
  WordNames w(root);
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (w.is(node, "abstractNum")) {
      const int id = int_value(w.attribute(node, "abstractNumId").value(), -1);
      if (id < 0) continue;
      AbstractList list;
      list.num_style_link = w.child_value(node, "numStyleLink");
      for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (!w.is(lvl, "lvl")) continue;
        const int index = level_index(w, lvl);
        if (index >= 0 && index < kListLevels) list.levels[static_cast<std::size_t>(index)] = read_level(w, lvl);
      }
      abstract_lists_.insert_or_assign(id, std::move(list));
    } else if (w.is(node, "num")) {
      const int id = int_value(w.attribute(node, "numId").value(), -1);
      if (id <= 0) continue;
      ListInstance instance;
      instance.abstract_id = int_value(w.child_value(node, "abstractNumId"), -1);
      for (pugi::xml_node override_node = node.first_child(); override_node;
           override_node = override_node.next_sibling()) {
        if (!w.is(override_node, "lvlOverride")) continue;
        const int index = level_index(w, override_node);
        if (index < 0 || index >= kListLevels) continue;
        const auto slot = static_cast<std::size_t>(index);
        if (pugi::xml_node start = w.child(override_node, "startOverride")) {
          instance.start_override[slot] = int_value(w.attribute(start, "val").value(), 0);
        }
        if (pugi::xml_node lvl = w.child(override_node, "lvl")) instance.level_override[slot] = read_level(w, lvl);
      }
      instances_.insert_or_assign(id, std::move(instance));
    }
  }
  // Follow numStyleLink: abstract -> numbering style -> its numId -> that instance's
  // abstract, a bounded number of times (a cycle just stops at the last definition).
  for (const auto& [num_id, instance] : instances_) {
    int abstract_id = instance.abstract_id;
    for (int hop = 0; hop < kMaxStyleLinks; ++hop) {
      const AbstractList* list = abstract_list(abstract_id);
      if (list == nullptr || list->num_style_link.empty()) break;
      std::optional<NumberingReference> link = styles.numbering(list->num_style_link);
      if (!link) break;
      auto target = instances_.find(link->num_id);
      if (target == instances_.end() || target->second.abstract_id == abstract_id) break;
      abstract_id = target->second.abstract_id;
    }
    resolved_abstract_[num_id] = abstract_id;
  }
}

NumberingDefinitions::NumberingDefinitions(std::map<int, AbstractList> abstract_lists,
                                           std::map<int, ListInstance> instances)
    : abstract_lists_(std::move(abstract_lists)), instances_(std::move(instances)) {
  for (const auto& [num_id, instance] : instances_) resolved_abstract_[num_id] = instance.abstract_id;
}

const ListInstance* NumberingDefinitions::instance(int num_id) const {
  auto it = instances_.find(num_id);
  return it == instances_.end() ? nullptr : &it->second;
}

int NumberingDefinitions::resolved_abstract_id(int num_id) const {
  auto it = resolved_abstract_.find(num_id);
  return it == resolved_abstract_.end() ? -1 : it->second;
}

const AbstractList* NumberingDefinitions::abstract_list(int abstract_id) const {
  auto it = abstract_lists_.find(abstract_id);
  return it == abstract_lists_.end() ? nullptr : &it->second;
}

std::optional<ListLevel> NumberingDefinitions::level(int num_id, int level) const {
  if (level < 0 || level >= kListLevels) return std::nullopt;
  const ListInstance* list_instance = instance(num_id);
  const AbstractList* list = abstract_list(resolved_abstract_id(num_id));
  if (list_instance == nullptr || list == nullptr) return std::nullopt;
  const auto slot = static_cast<std::size_t>(level);
  ListLevel result = list_instance->level_override[slot] ? *list_instance->level_override[slot] : list->levels[slot];
  if (list_instance->start_override[slot]) result.start = *list_instance->start_override[slot];
  return result;
}

std::optional<int> NumberingDefinitions::level_for_style(int num_id, std::string_view style_id) const {
  if (style_id.empty()) return std::nullopt;
  const AbstractList* list = abstract_list(resolved_abstract_id(num_id));
  if (list == nullptr) return std::nullopt;
  for (int index = 0; index < kListLevels; ++index) {
    if (list->levels[static_cast<std::size_t>(index)].style_id == style_id) return index;
  }
  return std::nullopt;
}

std::optional<ListLabel> ListCounter::next(int num_id, int level) {
  if (num_id <= 0 || level < 0 || level >= kListLevels) return std::nullopt;
  const ListInstance* instance = definitions_->instance(num_id);
  const int abstract_id = definitions_->resolved_abstract_id(num_id);
  if (instance == nullptr || definitions_->abstract_list(abstract_id) == nullptr) return std::nullopt;
  Counters& counters = counters_[abstract_id];

  // The first paragraph of an instance with start overrides restarts those levels (see
  // StartOverrideScope).
  if (instances_seen_.insert(num_id).second) {
    const std::size_t first = scope_ == StartOverrideScope::every_level ? 0 : static_cast<std::size_t>(level);
    for (std::size_t slot = first; slot < kListLevels; ++slot) {
      if (instance->start_override[slot]) counters.started[slot] = false;
    }
  }

  std::array<ListLevel, kListLevels> levels;
  for (int index = 0; index < kListLevels; ++index) {
    levels[static_cast<std::size_t>(index)] = definitions_->level(num_id, index).value_or(ListLevel{});
  }

  const auto current = static_cast<std::size_t>(level);
  if (counters.started[current]) {
    ++counters.value[current];
  } else {
    counters.value[current] = levels[current].start;
    counters.started[current] = true;
  }
  // Deeper levels restart when this level advances, unless their lvlRestart says they
  // restart only after a higher level (smaller number) or never (0).
  for (std::size_t deeper = current + 1; deeper < kListLevels; ++deeper) {
    const std::optional<int>& restart_after = levels[deeper].restart_after;
    const bool restarts = !restart_after || (*restart_after > 0 && static_cast<int>(current) < *restart_after);
    if (restarts) counters.started[deeper] = false;
  }

  const ListLevel& shown = levels[current];
  if (shown.format == NumberFormat::bullet || shown.hidden) return ListLabel{std::string(), level};
  ListLabel label{std::string(), level};
  const std::string& pattern = shown.text;
  label.text.reserve(pattern.size() + 8);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const auto referenced = static_cast<std::size_t>(pattern[i + 1] - '1');
      // An upper level that has not appeared yet shows its start value.
      const int value = counters.started[referenced] ? counters.value[referenced] : levels[referenced].start;
      const NumberFormat format = shown.legal && levels[referenced].format != NumberFormat::none
                                      ? NumberFormat::decimal
                                      : levels[referenced].format;
      label.text += format_number(value, format);
      ++i;
    } else {
      label.text += pattern[i];
    }
  }
  // The space or tab after a number is layout (w:suff), even when typed into w:lvlText.
  const auto not_space = label.text.find_last_not_of(" \t");
  label.text.erase(not_space == std::string::npos ? 0 : not_space + 1);
  label.text.erase(0, std::min(label.text.find_first_not_of(" \t"), label.text.size()));
  return label;
}

}  // namespace clausecheck::docx
