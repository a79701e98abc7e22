// The placeholders of a rule's message and ask: the party roles, "{@provider}" and
// "{@provider|the subcontractor}" (docs/rules-language.md, "Party roles"), and the captures,
// "{days}", "{days.value}" and "{share|a share}". Read in one place for the compiler's checks
// (semantic_checks.cpp) and the scanner's interpolation (rule_scanner.cpp), so the two cannot
// disagree on what a placeholder is.
#pragma once

#include <optional>
#include <string_view>

namespace clausecheck::rules {

struct RolePlaceholder {
  std::string_view role;                    // "provider": the text after '@', up to the bar
  std::optional<std::string_view> fallback;  // "the subcontractor"; nullopt without a bar
};

// `name` is the text between the braces. Nullopt when it is not a role placeholder (no '@'
// first: a capture's name). The role is not checked here: parse_party_role says whether it
// is one.
inline std::optional<RolePlaceholder> parse_role_placeholder(std::string_view name) {
  if (name.empty() || name.front() != '@') return std::nullopt;
  name.remove_prefix(1);
  const std::size_t bar = name.find('|');
  if (bar == std::string_view::npos) return RolePlaceholder{name, std::nullopt};
  return RolePlaceholder{name.substr(0, bar), name.substr(bar + 1)};
}

struct CapturePlaceholder {
  std::string_view capture;                 // "share": the capture's name
  bool value = false;                       // "{share.value}": the normalised value, not the words
  std::optional<std::string_view> fallback;  // "a share": the words when an alternative of the
                                             // pattern without the capture matched
};

// `name` is the text between the braces of a placeholder that is not a role's.
inline CapturePlaceholder parse_capture_placeholder(std::string_view name) {
  CapturePlaceholder placeholder;
  const std::size_t bar = name.find('|');
  if (bar != std::string_view::npos) {
    placeholder.fallback = name.substr(bar + 1);
    name = name.substr(0, bar);
  }
  constexpr std::string_view value_suffix = ".value";
  if (name.size() > value_suffix.size() && name.substr(name.size() - value_suffix.size()) == value_suffix) {
    placeholder.value = true;
    name.remove_suffix(value_suffix.size());
  }
  placeholder.capture = name;
  return placeholder;
}

}  // namespace clausecheck::rules
