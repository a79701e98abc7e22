#include "rules/semantic_checks.h"

#include <algorithm>

#include "clausecheck/parties.h"
#include "rules/diagnostics.h"
#include "rules/message_placeholders.h"

namespace clausecheck::rules {
namespace {

void error(FileContext file, SourcePosition position, std::string message, std::vector<Diagnostic>& diagnostics) {
  diagnostics.push_back(make_diagnostic(file.path, file.text, position, std::move(message)));
}

}  // namespace

std::optional<std::string> bounds_problem(const PatternNode& node) {
  const bool gap = node.kind == NodeKind::gap;
  const std::string range = std::to_string(node.min) + ".." + std::to_string(node.max);
  const std::string written = gap ? "gap(" + range + ")" : "{" + range + "}";
  if (node.min > node.max) {
    return written + (gap ? ": the smallest gap is larger than the largest"
                          : ": the smallest count is larger than the largest");
  }
  if (gap && node.max > max_gap) {
    return written + " is too wide: a gap spans at most " + std::to_string(max_gap) +
           " tokens; use a wider scope instead";
  }
  if (!gap && node.max > max_repeat) {
    return written + " repeats too often: at most " + std::to_string(max_repeat) + " times";
  }
  if (!gap && node.max == 0) return "{0..0} repeats nothing; remove it";
  return std::nullopt;
}

std::optional<std::string> alternatives_problem(const PatternNode& alternation) {
  if (alternation.children.size() <= max_alternatives) return std::nullopt;
  return "too many alternatives (" + std::to_string(alternation.children.size()) + "): at most " +
         std::to_string(max_alternatives) + " in one ( … | … ); split the rule";
}

std::optional<std::string> reference_problem(const PatternNode& reference, const PatternTable& patterns,
                                             const std::vector<std::string>& references) {
  if (patterns.find(reference.text) == patterns.end()) return "unknown pattern '" + reference.text + "'";
  if (std::find(references.begin(), references.end(), reference.text) != references.end()) {
    std::string cycle;
    for (const auto& name : references) cycle += name + " -> ";
    return "pattern '" + reference.text + "' refers to itself (" + cycle + reference.text + ")";
  }
  if (references.size() >= max_reference_depth) {
    return "patterns refer to other patterns more than " + std::to_string(max_reference_depth) + " levels deep";
  }
  return std::nullopt;
}

void check_rule_properties(const RuleSyntax& rule, FileContext file, std::vector<Diagnostic>& diagnostics) {
  for (const auto& [property, position] : rule.duplicate_properties) {
    error(file, position, "'" + property + "' is given twice in rule " + rule.id, diagnostics);
  }
  auto require = [&](const Located<std::string>& property, const char* name) {
    if (!property.present) error(file, rule.position, "rule " + rule.id + " has no " + name, diagnostics);
  };
  require(rule.title, "title");
  require(rule.category, "category");
  require(rule.severity, "severity");
  require(rule.message, "message");
  if (rule.report_once.present && rule.absence) {
    error(file, rule.report_once.position,
          "'report' is for rules that match: an absence rule already reports at most once", diagnostics);
  }
  if (!rule.match) {
    error(file, rule.position,
          rule.absence ? "absence rule " + rule.id + " has no require pattern" : "rule " + rule.id + " has no match pattern",
          diagnostics);
  } else if (rule.absence && !rule.match_is_require) {
    error(file, rule.match_position, "an absence rule states what must be present with 'require', not 'match'",
          diagnostics);
  } else if (!rule.absence && rule.match_is_require) {
    error(file, rule.match_position, "'require' belongs to absence rules ('absent rule …'); use 'match' here",
          diagnostics);
  }
}

void check_examples(const RuleSyntax& rule, FileContext file, std::vector<Diagnostic>& diagnostics) {
  bool has_example = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return e.must_fire; });
  bool has_counter = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return !e.must_fire; });
  if (!has_example) error(file, rule.position, "rule " + rule.id + " has no example (strict mode needs one)", diagnostics);
  if (!has_counter) {
    error(file, rule.position, "rule " + rule.id + " has no counter example (strict mode needs one)", diagnostics);
  }
}

void check_interpolation(const Located<std::string>& text, const char* property,
                         const std::vector<CaptureSlot>& slots, FileContext file,
                         std::vector<Diagnostic>& diagnostics) {
  if (!text.present) return;
  const std::string& s = text.value;
  for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    std::size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    std::string name = s.substr(open + 1, close - open - 1);
    if (const std::optional<RolePlaceholder> placeholder = parse_role_placeholder(name)) {
      SourcePosition at = text.position;
      at.column += static_cast<int>(open) + 1;  // +1: the opening quote
      if (placeholder->fallback && placeholder->fallback->empty()) {
        diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                              "empty fallback in '{" + name + "}' in " + property +
                                                  ": write the words to use when the document does not name the "
                                                  "party, as in {@provider|the subcontractor}"));
      } else if (!parse_party_role(placeholder->role)) {
        diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                              "unknown role '{" + name + "}' in " + property +
                                                  ": use {@provider}, {@counterparty} or {@funder}"));
      }
      continue;
    }
    const CapturePlaceholder placeholder = parse_capture_placeholder(name);
    const std::string capture(placeholder.capture);
    SourcePosition at = text.position;
    at.column += static_cast<int>(open) + 1;  // +1: the opening quote
    if (placeholder.fallback && placeholder.fallback->empty()) {
      diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                            "empty fallback in '{" + name + "}' in " + property +
                                                ": write the words to use when the capture is not in the match, as in "
                                                "{share|a share}"));
      continue;
    }
    bool known = std::any_of(slots.begin(), slots.end(), [&](const CaptureSlot& slot) { return slot.name == capture; });
    if (!known) {
      diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                            "unknown capture '{" + name + "}' in " + property +
                                                ": name it in the pattern, as in " + capture + ":DURATION"));
    }
  }
}

}  // namespace clausecheck::rules
