#include "rules/program_analysis.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string>

#include "rules/word_set.h"

namespace clausecheck::rules {
namespace {

// Walks a pattern tree for its atoms; `visiting_` stops a reference cycle (the builder
// reports cycles).
class AtomFinder {
 public:
  AtomFinder(const PatternTable& patterns, PhraseCache& phrases) : patterns_(patterns), phrases_(phrases) {}

  // Sets of words each of which has a word in every match of `node`: all the words of a
  // phrase, the parts of a sequence, one combined set for an alternation.
  std::vector<WordSet> required_of(const PatternNode& node) {
    switch (node.kind) {
      case NodeKind::phrase: {
        std::vector<WordSet> sets;
        for (const auto& token : phrases_.tokens(node.text).tokens) sets.push_back(word_set_of(token));
        return sets;
      }
      case NodeKind::sequence: {
        std::vector<WordSet> sets;
        for (const auto& child : node.children) {
          auto child_sets = required_of(child);
          sets.insert(sets.end(), std::make_move_iterator(child_sets.begin()), std::make_move_iterator(child_sets.end()));
        }
        return sets;
      }
      case NodeKind::alternation: {
        if (auto atoms = atoms_of(node)) return {std::move(*atoms)};
        return {};
      }
      case NodeKind::repeat:
      case NodeKind::capture:
      case NodeKind::reference:
        return through<std::vector<WordSet>>(node, [&](const PatternNode& inner) { return required_of(inner); });
      // Any token, a gap, a value, a role or a negated word: no word is certain.
      case NodeKind::any:
      case NodeKind::gap:
      case NodeKind::value:
      case NodeKind::negation:
      case NodeKind::role: return {};
    }
    return {};
  }

 private:
  // Atoms: a set of words one of which occurs in every match of `node`. Sequences keep
  // their most selective part; alternations need all branches.
  std::optional<WordSet> atoms_of(const PatternNode& node) {
    switch (node.kind) {
      case NodeKind::phrase: {
        const PhraseTokens& tokens = phrases_.tokens(node.text);
        const PhraseToken* best = nullptr;
        for (const auto& token : tokens.tokens) {
          auto score = [](const PhraseToken& t) { return (t.prefix ? 0 : 1000) + t.text.size(); };
          if (best == nullptr || score(token) > score(*best)) best = &token;
        }
        if (best == nullptr) return std::nullopt;
        return word_set_of(*best);
      }
      case NodeKind::sequence: {
        std::optional<WordSet> best;
        for (const auto& child : node.children) {
          auto atoms = atoms_of(child);
          if (!atoms) continue;
          auto size = [](const WordSet& s) { return s.words.size() + 4 * s.prefixes.size(); };
          if (!best || size(*atoms) < size(*best)) best = std::move(atoms);
        }
        return best;
      }
      case NodeKind::alternation: {
        std::vector<WordSet> sets;
        for (const auto& child : node.children) {
          auto atoms = atoms_of(child);
          if (!atoms) return std::nullopt;
          sets.push_back(std::move(*atoms));
        }
        return merge_all(sets);
      }
      case NodeKind::repeat:
      case NodeKind::capture:
      case NodeKind::reference:
        return through<std::optional<WordSet>>(node, [&](const PatternNode& inner) { return atoms_of(inner); });
      case NodeKind::any:
      case NodeKind::gap:
      case NodeKind::value:
      case NodeKind::negation:
      case NodeKind::role: return std::nullopt;
    }
    return std::nullopt;
  }

  // A repetition (taken at least once), a capture and a reference match what the pattern
  // inside them matches: `of_inner` of that pattern. Result{} (nothing certain) for a
  // repetition that may be skipped, an unknown pattern, or one already being visited.
  template <typename Result, typename OfInner>
  Result through(const PatternNode& node, OfInner of_inner) {
    if (node.kind == NodeKind::repeat && node.min == 0) return Result{};
    if (node.kind != NodeKind::reference) return of_inner(node.children[0]);
    auto found = patterns_.find(node.text);
    if (found == patterns_.end() || !visiting_.insert(node.text).second) return Result{};
    Result result = of_inner(found->second.definition->pattern.root);
    visiting_.erase(node.text);
    return result;
  }

  const PatternTable& patterns_;
  PhraseCache& phrases_;
  std::set<std::string> visiting_;
};

// Follows every path from the start through split, jump and save, which consume no token,
// and calls `at_step` once for each other instruction reached (one that consumes a token,
// or match); stops when it returns false.
template <typename AtStep>
void walk_to_first_steps(const Program& program, AtStep at_step) {
  std::vector<bool> seen(program.code.size(), false);
  std::vector<std::uint32_t> stack{0};
  while (!stack.empty()) {
    std::uint32_t pc = stack.back();
    stack.pop_back();
    if (pc >= program.code.size() || seen[pc]) continue;
    seen[pc] = true;
    const Instruction& in = program.code[pc];
    switch (in.op) {
      case Op::split: stack.push_back(in.a); stack.push_back(in.b); break;
      case Op::jump: stack.push_back(in.a); break;
      case Op::save: stack.push_back(pc + 1); break;
      case Op::word:
      case Op::not_word:
      case Op::any:
      case Op::value:
      case Op::role:
      case Op::match:
        if (!at_step(in)) return;
        break;
    }
  }
}

}  // namespace

bool can_match_nothing(const Program& program) {
  bool reached_match = false;
  walk_to_first_steps(program, [&](const Instruction& in) {
    reached_match = in.op == Op::match;
    return !reached_match;
  });
  return reached_match;
}

void find_start_words(Program& program) {
  // The first steps' sets, merged once at the end: merging each into the union as it was
  // reached sorted the union again every time, and a rule of many alternatives has hundreds.
  std::vector<const WordSet*> first_sets;
  bool only_words = true;
  walk_to_first_steps(program, [&](const Instruction& in) {
    // Any token, a negated word, a value or a role may start anywhere: no start words.
    only_words = in.op == Op::word;
    if (only_words) first_sets.push_back(&program.sets[in.a]);
    return only_words;
  });
  if (!only_words) return;
  program.has_start_words = true;
  program.start_words = merge_all(first_sets);
}

std::uint32_t longest_match(const Program& program) {
  const auto& code = program.code;
  std::vector<std::uint32_t> longest(code.size() + 1, 0);
  for (std::size_t i = code.size(); i-- > 0;) {
    const Instruction& in = code[i];
    switch (in.op) {
      case Op::match: longest[i] = 0; break;
      case Op::split: longest[i] = std::max(longest[in.a], longest[in.b]); break;
      case Op::jump: longest[i] = longest[in.a]; break;
      case Op::save: longest[i] = longest[i + 1]; break;
      case Op::value: longest[i] = longest[i + 1] + max_value_tokens; break;
      case Op::role: longest[i] = longest[i + 1] + max_role_tokens; break;
      case Op::word:
      case Op::not_word:
      case Op::any: longest[i] = longest[i + 1] + 1; break;
    }
  }
  return longest[0];
}

std::vector<WordSet> find_atoms(const PatternNode& root, const PatternTable& patterns, PhraseCache& phrases) {
  std::vector<WordSet> atoms = AtomFinder(patterns, phrases).required_of(root);
  if (atoms.size() > max_atom_sets) atoms.resize(max_atom_sets);
  return atoms;
}

}  // namespace clausecheck::rules
