#include "rules/program_builder.h"

#include "clausecheck/parties.h"
#include "rules/diagnostics.h"
#include "rules/program_analysis.h"
#include "rules/semantic_checks.h"
#include "rules/word_set.h"

namespace clausecheck::rules {

bool ProgramBuilder::build(const PatternSyntax& pattern, FileContext file) {
  program_.source = pattern.source;
  emit(pattern.root, file);
  if (ok_ && program_.code.size() >= max_instructions) {
    error(file, pattern.position,
          "pattern is too large once its gaps and repetitions are unrolled (over " +
              std::to_string(max_instructions) + " steps); use smaller bounds");
  }
  emit_instruction(Op::match);
  if (ok_ && can_match_nothing(program_)) {
    error(file, pattern.position, "pattern can match without any words (everything in it is optional)");
  }
  if (ok_ && !check_only_) {
    program_.atoms = find_atoms(pattern.root, patterns_, phrases_);
    find_start_words(program_);
    program_.max_span = longest_match(program_);
  }
  return ok_;
}

void ProgramBuilder::error(FileContext file, SourcePosition position, std::string message) {
  ok_ = false;
  diagnostics_.push_back(make_diagnostic(file.path, file.text, position, std::move(message)));
}

bool ProgramBuilder::too_large() const { return program_.code.size() >= max_instructions; }

std::size_t ProgramBuilder::WordSetHash::operator()(const WordSet& set) const {
  std::size_t hash = (std::size_t{set.except_role_names} << 8) ^ set.role_names;
  const std::hash<std::string> of;
  for (const auto& word : set.words) hash = hash * 31 + of(word);
  for (const auto& prefix : set.prefixes) hash = hash * 37 + of(prefix);
  return hash;
}

std::uint32_t ProgramBuilder::add_set(const WordSet& set) {
  const auto [it, added] = set_numbers_.try_emplace(set, static_cast<std::uint32_t>(program_.sets.size()));
  if (added) program_.sets.push_back(set);
  return it->second;
}

void ProgramBuilder::emit_instruction(Op op, std::uint32_t a, std::uint32_t b) { program_.code.push_back({op, a, b}); }

// The words of a phrase (kept by the PhraseCache, not copied: a phrase of a named pattern is
// emitted once per rule that uses it), or null (after an error) when it has none or a
// doubled wildcard.
const std::vector<PhraseToken>* ProgramBuilder::tokens_of(const PatternNode& node, FileContext file) {
  const PhraseTokens& tokens = phrases_.tokens(node.text);
  if (tokens.misplaced_wildcard) {
    error(file, node.position, "a '*' wildcard ends a word once, as in \"indemnif*\"; a '*' not glued to a word is the character itself");
    return nullptr;
  }
  if (tokens.tokens.empty()) {
    error(file, node.position, "empty phrase: a quoted phrase needs at least one word");
    return nullptr;
  }
  return &tokens.tokens;
}

// A set when `node` always matches exactly one token from a fixed list of words: a
// one-word phrase, or an alternation of them. Worked out once per node and pack.
const std::optional<WordSet>& ProgramBuilder::single_word_set(const PatternNode& node) {
  auto [it, added] = word_sets_.by_node.try_emplace(&node);
  // The element stays where it is while words_of adds the children's (a rehash moves no
  // element), so the reference outlives the iterator.
  std::optional<WordSet>& set = it->second;
  if (added) set = words_of(node, true);
  return set;
}

std::optional<WordSet> ProgramBuilder::words_of(const PatternNode& node, bool cached) {
  if (node.kind == NodeKind::phrase) {
    const PhraseTokens& tokens = phrases_.tokens(node.text);
    if (tokens.misplaced_wildcard || tokens.tokens.size() != 1) return std::nullopt;
    return word_set_of(tokens.tokens[0]);
  }
  if (node.kind == NodeKind::alternation) {
    std::vector<WordSet> sets;
    for (const auto& child : node.children) {
      std::optional<WordSet> child_set = cached ? single_word_set(child) : words_of(child, false);
      if (!child_set) return std::nullopt;
      sets.push_back(std::move(*child_set));
    }
    return merge_all(sets);
  }
  return std::nullopt;
}

void ProgramBuilder::emit(const PatternNode& node, FileContext file) {
  if (too_large()) return;
  switch (node.kind) {
    case NodeKind::phrase: emit_phrase(node, file); return;
    case NodeKind::any: emit_instruction(Op::any); return;
    case NodeKind::gap: emit_gap(node, file); return;
    case NodeKind::value:
      program_.values.push_back({node.value_type, -1, {}});
      emit_instruction(Op::value, static_cast<std::uint32_t>(program_.values.size() - 1));
      return;
    case NodeKind::role: emit_role(node, file); return;
    case NodeKind::reference: emit_reference(node, file); return;
    case NodeKind::sequence:
      for (const auto& child : node.children) emit(child, file);
      return;
    case NodeKind::alternation: emit_alternation(node, file); return;
    case NodeKind::repeat: emit_repeat(node, file); return;
    case NodeKind::capture: emit_capture(node, file); return;
    case NodeKind::negation: emit_negation(node, file); return;
  }
}

void ProgramBuilder::emit_phrase(const PatternNode& node, FileContext file) {
  auto tokens = tokens_of(node, file);
  if (!tokens) return;
  for (const auto& token : *tokens) emit_instruction(Op::word, add_set(word_set_of(token)));
}

void ProgramBuilder::emit_gap(const PatternNode& node, FileContext file) {
  if (auto problem = bounds_problem(node)) {
    error(file, node.position, std::move(*problem));
    return;
  }
  for (long long i = 0; i < node.min; ++i) emit_instruction(Op::any);
  emit_optional_chain(node.max - node.min, [&] { emit_instruction(Op::any); });
}

// A role compiles to one instruction that consumes whichever name of the role starts at the
// current token. The names differ per document (the "Supplier" here, the "Subcontractor"
// there, a company name, "we"), so they cannot be words of the compiled, shared program;
// and as several of them span many tokens, a per-document word set would not do either. The
// DocumentIndex instead marks once per document, for every token, how long the longest name
// of each role starting there is (like a defined term), and the instruction advances by that
// much. Each thread still takes one step per instruction, so matching stays linear in the
// document.
// The role a pattern's `@role` stands for in this program: `unless reciprocal` reads the
// pattern with provider and counterparty swapped.
PartyRole ProgramBuilder::as_read(PartyRole role) const {
  if (!swap_roles_ || role == PartyRole::funder) return role;
  return role == PartyRole::provider ? PartyRole::counterparty : PartyRole::provider;
}

void ProgramBuilder::emit_role(const PatternNode& node, FileContext file) {
  auto role = parse_party_role(node.text);
  if (!role) {
    error(file, node.position, "unknown role '@" + node.text + "': use @provider, @counterparty or @funder");
    return;
  }
  role = as_read(*role);
  program_.roles_used |= 1u << static_cast<unsigned>(*role);
  emit_instruction(Op::role, static_cast<std::uint32_t>(*role));
}

void ProgramBuilder::emit_reference(const PatternNode& node, FileContext file) {
  if (auto problem = reference_problem(node, patterns_, references_)) {
    error(file, node.position, std::move(*problem));
    return;
  }
  const NamedPattern& named = patterns_.at(node.text);
  references_.push_back(node.text);
  emit(named.definition->pattern.root, named.file);
  references_.pop_back();
}

// The parties whose names an alternation's fixed words must not read, as a mask of
// 1 << PartyRole, for the one role it names among its alternatives (as this program reads
// it: `unless reciprocal` swaps provider and counterparty); 0 when it names no role, or more
// than one. The provider's words give way to the counterparty's names and the other way
// round; the funder's to both. Not to the funder's: where the parties are not settled, the
// funder word the document defines ("Customer") is often the counterparty itself.
std::uint32_t ProgramBuilder::other_roles_of_alternation(const PatternNode& node) const {
  std::optional<PartyRole> named;
  for (const auto& child : node.children) {
    if (child.kind != NodeKind::role) continue;
    auto role = parse_party_role(child.text);
    if (!role || named) return 0;
    named = role;
  }
  if (!named) return 0;
  auto bit = [](PartyRole role) { return 1u << static_cast<unsigned>(role); };
  switch (as_read(*named)) {
    case PartyRole::provider: return bit(PartyRole::counterparty);
    case PartyRole::counterparty: return bit(PartyRole::provider);
    case PartyRole::funder: return bit(PartyRole::provider) | bit(PartyRole::counterparty);
  }
  return 0;
}

// split L1, next; L1: alt1; jump end; next: split L2, next2; …
void ProgramBuilder::emit_alternation(const PatternNode& node, FileContext file) {
  if (auto problem = alternatives_problem(node)) {
    error(file, node.position, std::move(*problem));
    return;
  }
  if (const auto& set = single_word_set(node)) {
    emit_instruction(Op::word, add_set(*set));
    return;
  }
  // A role beside fixed words, (@provider | "subcontractor" | "developer"): the words stand for
  // the role where the document's names do not say otherwise, but not where one of them is
  // the name the document gives another party ("Developer" for the counterparty).
  const std::uint32_t except_roles = other_roles_of_alternation(node);
  std::vector<std::uint32_t> jumps;
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    bool last = i + 1 == node.children.size();
    std::uint32_t split = here();
    if (!last) emit_instruction(Op::split, split + 1);
    std::optional<WordSet> word = except_roles != 0 ? single_word_set(node.children[i]) : std::nullopt;
    if (word) {
      word->except_role_names = except_roles;
      emit_instruction(Op::word, add_set(*word));
    } else {
      emit(node.children[i], file);
    }
    if (too_large()) return;
    if (!last) {
      jumps.push_back(here());
      emit_instruction(Op::jump);
      program_.code[split].b = here();
    }
  }
  for (auto jump : jumps) program_.code[jump].a = here();
}

void ProgramBuilder::emit_repeat(const PatternNode& node, FileContext file) {
  if (auto problem = bounds_problem(node)) {
    error(file, node.position, std::move(*problem));
    return;
  }
  for (long long i = 0; i < node.min && !too_large(); ++i) emit(node.children[0], file);
  emit_optional_chain(node.max - node.min, [&] { emit(node.children[0], file); });
}

void ProgramBuilder::emit_capture(const PatternNode& node, FileContext file) {
  const PatternNode& captured = node.children[0];
  bool typed = captured.kind == NodeKind::value;
  int slot = slot_for(node, typed, captured.value_type, file);
  if (slot < 0) return;
  if (typed) {
    program_.values.push_back({captured.value_type, slot, {}});
    emit_instruction(Op::value, static_cast<std::uint32_t>(program_.values.size() - 1));
    return;
  }
  emit_instruction(Op::save, static_cast<std::uint32_t>(slot), 0);
  emit(captured, file);
  emit_instruction(Op::save, static_cast<std::uint32_t>(slot), 1);
}

void ProgramBuilder::emit_negation(const PatternNode& node, FileContext file) {
  constexpr std::string_view single_words_only =
      "'not' applies to single words: write not \"sole\" or not (\"sole\" | \"absolute\")";
  const PatternNode& negated = node.children[0];
  // `not (@provider | "subcontractor" | "vendor")`: a token that is not the provider's, by the
  // document's one-word names and by the fixed words, which give way to the other party's
  // names as in an alternation (emit_alternation).
  if (negated.kind == NodeKind::alternation) {
    if (const std::uint32_t except_roles = other_roles_of_alternation(negated); except_roles != 0) {
      PatternNode words = negated;
      std::uint32_t role_bits = 0;
      std::erase_if(words.children, [&](const PatternNode& child) {
        if (child.kind != NodeKind::role) return false;
        if (auto role = parse_party_role(child.text)) role_bits |= 1u << static_cast<unsigned>(as_read(*role));
        return true;
      });
      // `words` is a copy made here: its sets are worked out, not cached by its address.
      std::optional<WordSet> set = words.children.empty() ? std::optional<WordSet>(WordSet{}) : words_of(words, false);
      if (!set) {
        error(file, node.position, std::string(single_words_only));
        return;
      }
      set->except_role_names = except_roles;
      set->role_names = role_bits;
      emit_instruction(Op::not_word, add_set(*set));
      return;
    }
  }
  const auto& set = single_word_set(negated);
  if (!set) {
    error(file, node.position, std::string(single_words_only));
    return;
  }
  emit_instruction(Op::not_word, add_set(*set));
}

// count times: split(take, skip) take… — each copy optional, and later copies only after
// earlier ones, so x{0..3} is (x (x (x)?)?)?.
template <typename EmitOne>
void ProgramBuilder::emit_optional_chain(long long count, EmitOne emit_one) {
  std::vector<std::uint32_t> splits;
  for (long long i = 0; i < count && !too_large(); ++i) {
    splits.push_back(here());
    emit_instruction(Op::split, here() + 1);
    emit_one();
  }
  for (auto split : splits) program_.code[split].b = here();
}

int ProgramBuilder::slot_for(const PatternNode& node, bool typed, ValueType type, FileContext file) {
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].name != node.text) continue;
    if (slots_[i].typed != typed || (typed && slots_[i].type != type)) {
      error(file, node.position, "capture '" + node.text + "' is used twice with different types");
      return -1;
    }
    return static_cast<int>(i);
  }
  slots_.push_back({node.text, typed, type});
  return static_cast<int>(slots_.size() - 1);
}

}  // namespace clausecheck::rules
