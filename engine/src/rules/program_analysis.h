// Program analysis: what the matcher needs to know about a compiled Program before it
// runs it, worked out once at compile time (RE2 does the same in prog.cc).
//
//   * whether the pattern can match without consuming a token (an error: it would match
//     everywhere);
//   * its start words: the words a match can begin with, so that threads are seeded only
//     where one occurs ("pay" | "payment") "within" starts at "pay" or "payment"; a
//     pattern that may begin with any token, a value or a role has none;
//   * its longest match in tokens, bounding how far before an atom a match may start;
//   * its atoms (YARA's idea, on tokens): sets of words one of which occurs in every match.
//     "shall" gap(0..3) ("indemnify" | "hold harmless") has the atoms {shall} and
//     {harmless indemnify} (an alternation of phrases keeps the most telling word of each
//     branch: a whole word rather than a prefix, then the longer), so a document without
//     "shall", or without both "indemnify" and "harmless", is skipped unread.
#pragma once

#include <cstdint>
#include <vector>

#include "rules/compile_context.h"
#include "rules/compiled_pack.h"

namespace clausecheck::rules {

// At most this many atom sets are kept per program (the first ones, in pattern order).
inline constexpr std::size_t max_atom_sets = 32;

// Whether the match instruction is reachable from the start without consuming a token.
bool can_match_nothing(const Program& program);

// Sets program.start_words and has_start_words when every path from the start consumes a
// word from a set before anything else; leaves them unset otherwise.
void find_start_words(Program& program);

// The most tokens a match can cover (a typed value counts as max_value_tokens, a role as
// max_role_tokens). Programs are acyclic, so one backward pass suffices.
std::uint32_t longest_match(const Program& program);

// The atoms of the pattern `root` (references resolved through `patterns`), at most
// max_atom_sets of them.
std::vector<WordSet> find_atoms(const PatternNode& root, const PatternTable& patterns, PhraseCache& phrases);

}  // namespace clausecheck::rules
