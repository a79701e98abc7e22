// The program builder: emits the Program (compiled_pack.h) of one pattern, the code
// generation phase of the rule compiler (RE2's compile.cc).
//
// Each syntax node becomes a few instructions: a phrase one `word` per token; an
// alternation of single words one `word` over their set, else split/jump branches; a
// bounded gap or repetition is unrolled into its copies, the optional ones chained so a
// later copy is tried only after an earlier one (x{0..3} is (x (x (x)?)?)?); a reference is
// expanded in place. A node that breaks a semantic check (semantic_checks.h) is reported and
// emits nothing, and the build goes on so that one run reports every mistake. A program that
// builds is then analysed (program_analysis.h) for its start words, atoms and longest match.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "clausecheck/rules.h"
#include "rules/compile_context.h"
#include "rules/compiled_pack.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

class ProgramBuilder {
 public:
  // REQUIRES: every argument outlives the builder. Captures are added to `slots` (shared
  // by the programs of one rule); problems are appended to `diagnostics`.
  ProgramBuilder(Program& program, const PatternTable& patterns, std::vector<CaptureSlot>& slots,
                 std::vector<Diagnostic>& diagnostics, PhraseCache& phrases, SingleWordSets& word_sets)
      : program_(program),
        patterns_(patterns),
        slots_(slots),
        diagnostics_(diagnostics),
        phrases_(phrases),
        word_sets_(word_sets) {}

  // `unless reciprocal`: emit @provider as @counterparty and the reverse.
  void swap_roles() { swap_roles_ = true; }
  // Only check the pattern: build() reports the same errors, but leaves out the analysis of
  // a program that built (start words, atoms, longest match), which no one reads then.
  void check_only() { check_only_ = true; }

  // Emits `pattern` from `file` into the program; false when an error was reported.
  bool build(const PatternSyntax& pattern, FileContext file);

 private:
  void error(FileContext file, SourcePosition position, std::string message);
  std::uint32_t here() const { return static_cast<std::uint32_t>(program_.code.size()); }
  bool too_large() const;
  std::uint32_t add_set(const WordSet& set);
  void emit_instruction(Op op, std::uint32_t a = 0, std::uint32_t b = 0);

  const std::vector<PhraseToken>* tokens_of(const PatternNode& node, FileContext file);
  const std::optional<WordSet>& single_word_set(const PatternNode& node);
  // single_word_set worked out; `cached`: the children are looked up in word_sets_ (false for
  // a node built for the moment, whose children are copies that will not outlive it).
  std::optional<WordSet> words_of(const PatternNode& node, bool cached);
  void emit(const PatternNode& node, FileContext file);
  void emit_phrase(const PatternNode& node, FileContext file);
  void emit_gap(const PatternNode& node, FileContext file);
  void emit_role(const PatternNode& node, FileContext file);
  std::uint32_t other_roles_of_alternation(const PatternNode& node) const;
  PartyRole as_read(PartyRole role) const;
  void emit_reference(const PatternNode& node, FileContext file);
  void emit_alternation(const PatternNode& node, FileContext file);
  void emit_repeat(const PatternNode& node, FileContext file);
  void emit_capture(const PatternNode& node, FileContext file);
  void emit_negation(const PatternNode& node, FileContext file);
  template <typename EmitOne>
  void emit_optional_chain(long long count, EmitOne emit_one);
  int slot_for(const PatternNode& node, bool typed, ValueType type, FileContext file);

  Program& program_;
  const PatternTable& patterns_;
  std::vector<CaptureSlot>& slots_;
  std::vector<Diagnostic>& diagnostics_;
  PhraseCache& phrases_;
  SingleWordSets& word_sets_;
  // Each distinct set of the program by its index: a word that recurs ("the", "shall"), in
  // several phrases or in the copies of an unrolled repetition, is one set, which a matcher
  // then resolves against a document's words once rather than at every use.
  // Hashed: a program adds a set per word of every phrase it expands, and comparing sets down
  // a tree was a tenth of compiling the default pack.
  struct WordSetHash {
    std::size_t operator()(const WordSet& set) const;
  };
  std::unordered_map<WordSet, std::uint32_t, WordSetHash> set_numbers_;
  std::vector<std::string> references_;  // the named patterns being expanded, outermost first
  bool ok_ = true;
  bool swap_roles_ = false;
  bool check_only_ = false;
};

}  // namespace clausecheck::rules
