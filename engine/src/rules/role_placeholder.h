// The party-role placeholders of a rule's message and ask: "{@provider}" and
// "{@provider|the subcontractor}" (docs/rules-language.md, "Party roles"). Read in one place
// for the compiler's checks (semantic_checks.cpp) and the scanner's interpolation
// (rule_scanner.cpp), so the two cannot disagree on what a placeholder is.
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

}  // namespace clausecheck::rules
