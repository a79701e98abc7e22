// Semantic checks: what the grammar cannot see and the compiler must refuse, each as a
// message for a located Diagnostic. The limits below keep every compiled program small
// enough that matching stays linear (compiled_pack.h) whatever a rule file holds.
// `where` conditions are checked in where_conditions.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/rules.h"
#include "rules/compile_context.h"
#include "rules/compiled_pack.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

inline constexpr long long max_gap = 50;
inline constexpr long long max_repeat = 20;
inline constexpr std::size_t max_instructions = 20000;
inline constexpr std::size_t max_reference_depth = 16;
inline constexpr std::size_t max_alternatives = 2000;

// gap(m..n) and {m..n}: m <= n and n within its limit (a repetition of at least one).
std::optional<std::string> bounds_problem(const PatternNode& node);

// ( … | … ) with more than max_alternatives branches.
std::optional<std::string> alternatives_problem(const PatternNode& alternation);

// A reference to a pattern that is not defined, that refers back to itself through
// `references` (the names being expanded, outermost first) or that nests too deep.
std::optional<std::string> reference_problem(const PatternNode& reference, const PatternTable& patterns,
                                             const std::vector<std::string>& references);

// A rule's properties: each given once; title, category, severity and message present;
// `report once` only on a rule that matches; `match` in a rule and `require` in an absence
// rule.
void check_rule_properties(const RuleSyntax& rule, FileContext file, std::vector<Diagnostic>& diagnostics);

// Strict mode: the rule has an example that must fire and a counter example that must not.
void check_examples(const RuleSyntax& rule, FileContext file, std::vector<Diagnostic>& diagnostics);

// Each {capture} of a message or ask names a capture of the pattern or a party role.
void check_interpolation(const Located<std::string>& text, const char* property,
                         const std::vector<CaptureSlot>& slots, FileContext file,
                         std::vector<Diagnostic>& diagnostics);

}  // namespace clausecheck::rules
