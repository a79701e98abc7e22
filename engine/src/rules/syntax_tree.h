// The syntax tree of a rule file, as the parser builds it: what the author wrote, with
// where they wrote it, before any name is resolved or any check is made. The semantic
// checks (semantic_checks.h) and the compiler (rule_compiler.cpp) turn it into a compiled pack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "typed_values.h"

namespace clausecheck::rules {

struct SourcePosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in bytes
};

enum class NodeKind {
  phrase,       // "shall not exceed" (text = the phrase as written, escapes resolved)
  any,          // any: one token
  gap,          // gap(min..max)
  value,        // DURATION, MONEY, …: value_type
  reference,    // money_cap: text = the pattern name
  sequence,     // children in order
  alternation,  // children are the alternatives
  repeat,       // children[0] repeated min..max times ("x?" is repeat 0..1)
  capture,      // text = capture name, children[0] = what is captured
  negation,     // not …: children[0] is a phrase or an alternation of phrases
  role,         // @provider: text = "provider", "counterparty" or "funder"
};

struct PatternNode {
  NodeKind kind = NodeKind::phrase;
  SourcePosition position;
  std::string text;
  ValueType value_type = ValueType::number;
  long long min = 0;
  long long max = 0;
  std::vector<PatternNode> children;
};

// A pattern as written, with its source text for explanations ("why").
struct PatternSyntax {
  PatternNode root;
  std::string source;  // the expression as written in the file
  SourcePosition position;
};

enum class Comparator { less, less_equal, greater, greater_equal, equal, not_equal };

// `days > 30 days`: a comparison of a captured value with a literal quantity; or
// `short < long`: with another capture of the same match.
struct ConditionSyntax {
  std::string capture;  // "days"
  std::string field;    // "" or "days" / "value" (days.days)
  Comparator comparator = Comparator::greater;
  std::string quantity;  // "30 days", "£1,000,000", "10%", "2025-04-01" as written; empty for a capture
  std::string other_capture;  // "long" in `short < long`; empty for a literal
  std::string other_field;    // "" or "days" (long.days)
  std::string source;    // the whole condition as written
  SourcePosition position;
  SourcePosition quantity_position;
};

enum class RuleScope { sentence, clause, section, document };

// The word a rule file writes for a scope, and reports and rule listings show.
constexpr std::string_view scope_word(RuleScope scope) {
  switch (scope) {
    case RuleScope::sentence: return "sentence";
    case RuleScope::clause: return "clause";
    case RuleScope::section: return "section";
    case RuleScope::document: return "document";
  }
  return "";
}

// `unless "undisputed"` / `requires within clause "invoice"`.
struct ScopedPatternSyntax {
  bool is_unless = false;
  std::optional<RuleScope> scope;  // nullopt: the rule's own scope
  PatternSyntax pattern;           // empty for reciprocal
  bool referenced = false;         // within referenced: the clauses the match's clause refers to
  bool reciprocal = false;         // unless reciprocal: the match with the roles swapped
  SourcePosition position;         // of `reciprocal`
};

template <typename T>
struct Located {
  T value{};
  SourcePosition position;
  bool present = false;
};

struct ExampleSyntax {
  std::string text;
  bool must_fire = true;  // example: true, counter: false
  SourcePosition position;
};

struct RuleSyntax {
  std::string id;
  SourcePosition position;  // of the id
  bool absence = false;
  Located<std::string> title, category, taxonomy, severity, message, ask, reference;
  Located<RuleScope> scope;
  Located<std::vector<std::string>> tags;
  std::optional<PatternSyntax> match;    // `match` (normal rules) or `require` (absence rules)
  SourcePosition match_position;
  bool match_is_require = false;
  std::vector<ConditionSyntax> conditions;
  std::vector<ScopedPatternSyntax> scoped_patterns;
  std::vector<ExampleSyntax> examples;
  // applies-to: the kinds of document the rule runs on, as written ("main-terms").
  Located<std::vector<std::string>> applies_to;
  // report once (true) or per-clause (false, the default).
  Located<bool> report_once;
  // Properties given twice ("title" twice): the second position, reported as an error.
  std::vector<std::pair<std::string, SourcePosition>> duplicate_properties;
};

struct PatternDefinitionSyntax {
  std::string name;
  SourcePosition position;
  PatternSyntax pattern;
};

// import "lib/indemnity"
struct ImportSyntax {
  std::string name;
  SourcePosition position;
};

// One parsed rule file.
struct RuleFileSyntax {
  std::string path;
  std::vector<ImportSyntax> imports;
  std::vector<PatternDefinitionSyntax> patterns;
  std::vector<RuleSyntax> rules;
};

}  // namespace clausecheck::rules
