// The compiled form of a rule pack: what the matcher runs. Immutable after compilation.
//
// Each pattern becomes a Program for a token-level Thompson NFA (RE2's "Prog"): a list of
// instructions that either consume tokens (a word from a set, any token, a typed value)
// or branch without consuming (split, jump, save). Gaps and repetitions are bounded, so
// they are unrolled into instructions at compile time; the matcher (pike_matcher.cpp)
// simulates all threads in lock step and never backtracks, so the cost of a scan is at most
// (tokens x instructions) whatever the rule or the document.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "clausecheck/finding.h"
#include "clausecheck/rules.h"
#include "rules/atom_index.h"
#include "rules/syntax_tree.h"
#include "typed_values.h"

namespace clausecheck::rules {

// A set of normalised words one token is tested against. "indemnif*" is a prefix.
struct WordSet {
  std::vector<std::string> words;     // sorted, unique
  std::vector<std::string> prefixes;  // sorted, unique
  // Party roles (bit 1 << PartyRole) whose one-word names, where the document names that
  // party itself, the words do not stand for: a fixed word beside a role in an alternation,
  // (@provider | "developer"), must not read the other party ("the Developer" as the
  // counterparty) as this one. See ProgramBuilder::emit_alternation.
  std::uint32_t except_role_names = 0;
  // Party roles whose one-word names, where the document names that party itself, the set
  // also holds: `not (@provider | "vendor")` refuses the provider's own name ("Distributor")
  // as well as the fixed words, which give way to the counterparty's ("Vendor").
  std::uint32_t role_names = 0;
  // Ordered, every member compared, so that a program keeps each distinct set once
  // (ProgramBuilder::add_set).
  friend auto operator<=>(const WordSet&, const WordSet&) = default;
};

enum class Op : std::uint8_t {
  word,      // consume one token whose text is in sets[a]
  not_word,  // consume one token whose text is not in sets[a]
  any,       // consume any one token
  value,     // consume a typed value described by values[a]
  role,      // consume a name of party role a (PartyRole) that starts here (DocumentIndex::role_length)
  save,      // record the current token position in capture slot a (b = 0 begin, 1 end)
  split,     // continue at both a and b
  jump,      // continue at a
  match,     // the pattern matched
};

struct Instruction {
  Op op = Op::match;
  std::uint32_t a = 0;
  std::uint32_t b = 0;
};

// A comparison on a typed value, resolved to numbers at compile time.
struct Comparison {
  Comparator comparator = Comparator::greater;
  double operand = 0;        // in the capture's normalised unit (days for DURATION, etc.)
  bool compare_days = false;  // DURATION: compare TypedValue::days, else TypedValue::value
  std::string currency;      // MONEY: only values in this currency hold; empty: any currency
  std::string source;        // "days > 30 days", for explanations
};

// `short < long`: two captures of one match compared, resolved at compile time. A value's
// comparison with a literal is checked the moment the value is read (ValueSpec); this one
// needs both values, so it is checked when the match is complete.
struct CaptureComparison {
  int left = -1;   // capture slots, both typed and of one type
  int right = -1;
  Comparator comparator = Comparator::less;
  bool compare_days = false;  // DURATION: compare TypedValue::days (durations in any units)
  std::string source;         // "short < long", for explanations
};

// The most tokens one typed value is assumed to cover ("one million five hundred thousand
// pounds sterling" is 7), for the anchor window above. Longer values are not matched.
inline constexpr std::uint32_t max_value_tokens = 32;

// The most tokens one role name is assumed to cover ("the" and a company name of up to ten
// words, with its possessive), for the anchor window. Longer names are not matched.
inline constexpr std::uint32_t max_role_tokens = 12;

struct ValueSpec {
  ValueType type = ValueType::number;
  int slot = -1;  // capture slot, -1 when not captured
  std::vector<Comparison> conditions;
};

struct CaptureSlot {
  std::string name;
  bool typed = false;
  ValueType type = ValueType::number;
};

struct Program {
  std::vector<Instruction> code;
  std::vector<WordSet> sets;
  std::vector<ValueSpec> values;
  // Where a match can begin, when that is a known set of words (else seed at every token).
  bool has_start_words = false;
  WordSet start_words;
  // Atoms: every match contains a word of each of these sets (YARA's atoms, on tokens).
  // The prefilter skips the rule when a set has no word in the document, and the matcher
  // anchors on the set that occurs least: a match must start within max_span tokens
  // before one of its occurrences.
  std::vector<WordSet> atoms;
  std::uint32_t max_span = 0;  // the most tokens a match can cover (typed values count as max_value_tokens)
  std::string source;  // the pattern as written
  // Capture slots that a `where` compares: a match that skipped one (an optional part
  // not taken) does not count, since its condition was never checked.
  std::vector<int> conditioned_slots;
  // Comparisons between two of the match's captures, checked on the complete match.
  std::vector<CaptureComparison> capture_comparisons;
  // The party roles (bit 1 << PartyRole) the pattern names, for explanations.
  std::uint32_t roles_used = 0;
};

struct ScopedProgram {
  bool is_unless = false;
  RuleScope scope = RuleScope::sentence;
  bool referenced = false;  // search the clauses the match's clause cross-references
  Program program;
  // Captures named inside the pattern ("runoff:DURATION", or the rule's own in a reciprocal):
  // matched like the match's, so the matcher needs room for them, but never reported.
  std::size_t slot_count = 0;
};

struct CompiledRule {
  RuleInfo info;
  std::string message;
  std::string ask;
  std::string reference;
  RuleScope scope = RuleScope::sentence;
  Program match;  // `match`, or `require` for an absence rule
  std::vector<CaptureSlot> slots;
  struct ConditionNote {
    std::string source;  // "days > 30 days"
    int slot = -1;       // the capture it compares
    int other_slot = -1;  // the capture it compares with (`short < long`), or -1 for a literal
  };
  std::vector<ConditionNote> conditions;  // the where conditions, for explanations
  std::vector<ScopedProgram> scoped;           // unless / requires
  // The document kinds the rule runs on (bit 1 << DocumentKind), from applies-to or the
  // default (docs/rules-language.md, "Kinds of document").
  std::uint32_t applies_to = 0;
  bool applies_to_written = false;
  // report once: one finding per document, the first match; later matches are named in its
  // why instead of being findings of their own (docs/rules-language.md, "Which match").
  bool report_once = false;
};

struct CompiledPack {
  std::vector<CompiledRule> rules;
  std::vector<RuleInfo> infos;
  AtomIndex atom_index;  // over `rules`: which of them can match a document (atom_index.h)
};

}  // namespace clausecheck::rules
