// The Pike VM (pike_matcher.h) against a simple backtracking reference, on generated
// patterns and texts (RE2's exhaustive_tester.cc, on tokens). The reference reads the
// pattern tree directly, so the test covers the program builder, the program analysis
// (start words, atoms, longest match: a wrong one makes the VM miss a match) and the VM.
// Patterns use the constructs that consume plain words (phrases, any, gap, alternation,
// optional, bounded repetition, not); texts are short runs of four words, so every
// construct meets both matching and failing input. The generator is seeded, so a failure
// names a case that reproduces.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rules/compiled_pack.h"
#include "rules/document_index.h"
#include "rules/pike_matcher.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

const std::vector<std::string> kWords{"alpha", "beta", "gamma", "delta"};

struct Node {
  enum Kind { word, any, gap, sequence, alternation, repeat, negation } kind = word;
  std::string text;  // word: the word; negation: the word it refuses
  int min = 0;
  int max = 0;
  std::vector<Node> children;
};

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : random_(seed) {}

  int below(int n) { return static_cast<int>(random_() % static_cast<std::uint32_t>(n)); }
  const std::string& some_word() { return kWords[static_cast<std::size_t>(below(3))]; }  // the 4th only in texts

  Node pattern(int depth) {
    const int choice = depth >= 3 ? below(3) : below(7);
    Node node;
    switch (choice) {
      case 0: node.kind = Node::word; node.text = some_word(); return node;
      case 1: node.kind = Node::any; return node;
      case 2: node.kind = Node::negation; node.text = some_word(); return node;
      case 3: node.kind = Node::gap; node.min = below(2); node.max = node.min + below(3); return node;
      case 4:
      case 5:
        node.kind = choice == 4 ? Node::sequence : Node::alternation;
        for (int i = 0, n = 2 + below(2); i < n; ++i) node.children.push_back(pattern(depth + 1));
        return node;
      default:
        node.kind = Node::repeat;
        node.min = below(2);
        node.max = std::max(1, node.min + below(3));
        node.children.push_back(pattern(depth + 1));
        return node;
    }
  }

  // A pattern that takes any token first (any, not, a gap), as rules that open with
  // `not (...)` do: the matcher filters such starts by the token after them.
  Node opened_pattern() {
    Node opener;
    switch (below(3)) {
      case 0: opener.kind = Node::any; break;
      case 1: opener.kind = Node::negation; opener.text = some_word(); break;
      default: opener.kind = Node::gap; opener.min = 1; opener.max = 1 + below(3); break;
    }
    Node node;
    node.kind = Node::sequence;
    node.children.push_back(std::move(opener));
    node.children.push_back(pattern(1));
    return node;
  }

  std::vector<std::string> text(int max_words = 10) {
    std::vector<std::string> words;
    for (int i = 0, n = 1 + below(max_words); i < n; ++i) words.push_back(kWords[static_cast<std::size_t>(below(4))]);
    return words;
  }

 private:
  std::mt19937 random_;  // the engine's sequence is the same everywhere (unlike distributions)
};

// The pattern in the rules language.
std::string written(const Node& node) {
  switch (node.kind) {
    case Node::word: return "\"" + node.text + "\"";
    case Node::any: return "any";
    case Node::negation: return "not \"" + node.text + "\"";
    case Node::gap: return "gap(" + std::to_string(node.min) + ".." + std::to_string(node.max) + ")";
    case Node::sequence:
    case Node::alternation: {
      std::string out = "(";
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        if (i > 0) out += node.kind == Node::sequence ? " " : " | ";
        out += written(node.children[i]);
      }
      return out + ")";
    }
    case Node::repeat:
      return "(" + written(node.children[0]) + "){" + std::to_string(node.min) + ".." + std::to_string(node.max) + "}";
  }
  return "";
}

// The reference: every token position where a match of `node` begun at `from` can end,
// found by trying every way through the tree.
std::set<std::size_t> ends(const Node& node, const std::vector<std::string>& text, std::size_t from) {
  std::set<std::size_t> out;
  switch (node.kind) {
    case Node::word:
      if (from < text.size() && text[from] == node.text) out.insert(from + 1);
      return out;
    case Node::any:
      if (from < text.size()) out.insert(from + 1);
      return out;
    case Node::negation:
      if (from < text.size() && text[from] != node.text) out.insert(from + 1);
      return out;
    case Node::gap:
      for (int k = node.min; k <= node.max; ++k) {
        if (from + static_cast<std::size_t>(k) <= text.size()) out.insert(from + static_cast<std::size_t>(k));
      }
      return out;
    case Node::sequence: {
      std::set<std::size_t> here{from};
      for (const auto& child : node.children) {
        std::set<std::size_t> next;
        for (std::size_t position : here) {
          for (std::size_t end : ends(child, text, position)) next.insert(end);
        }
        here = std::move(next);
      }
      return here;
    }
    case Node::alternation:
      for (const auto& child : node.children) {
        for (std::size_t end : ends(child, text, from)) out.insert(end);
      }
      return out;
    case Node::repeat: {
      std::set<std::size_t> here{from};
      for (int copies = 0; copies <= node.max; ++copies) {
        if (copies >= node.min) out.insert(here.begin(), here.end());
        std::set<std::size_t> next;
        for (std::size_t position : here) {
          for (std::size_t end : ends(node.children[0], text, position)) next.insert(end);
        }
        here = std::move(next);
      }
      return out;
    }
  }
  return out;
}

// What PikeMatcher::find promises: of all matches, the one that ends first, and of those
// ending there the one that starts first. Only non-empty matches count (the compiler
// refuses patterns that can match nothing).
std::optional<std::pair<std::size_t, std::size_t>> reference_match(const Node& pattern,
                                                                    const std::vector<std::string>& text) {
  std::optional<std::pair<std::size_t, std::size_t>> best;  // (end, start)
  for (std::size_t start = 0; start < text.size(); ++start) {
    for (std::size_t end : ends(pattern, text, start)) {
      if (end == start) continue;
      if (!best || std::pair{end, start} < *best) best = std::pair{end, start};
    }
  }
  if (!best) return std::nullopt;
  return std::pair{best->second, best->first};
}

// Compiles each generated pattern and compares the VM's first match with the reference's
// on `texts_per_pattern` generated texts of up to `max_words` words; returns how many.
template <typename MakePattern>
int compare_on_generated(Generator& generate, MakePattern make_pattern, int max_words) {
  int compared = 0;
  for (int round = 0; round < 150; ++round) {
    const Node pattern = make_pattern();
    const std::string source = written(pattern);
    RuleCompileResult compiled = compile_rule_pack({{"test.rules", testing::rule_text(source)}}, {});
    if (!compiled.ok()) continue;  // all optional: refused, as the rules errors test checks
    const rules::CompiledRule& rule = compiled.pack->compiled().rules.at(0);
    for (int t = 0; t < 6; ++t) {
      const std::vector<std::string> words = generate.text(max_words);
      std::string text;
      for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
      AnalysedDocument document = analyse(document_from_text(text, "generated.txt"));
      rules::DocumentIndex index(document);
      EXPECT_EQ(index.token_count(), words.size()) << text;
      if (index.token_count() != words.size()) continue;
      rules::PikeMatcher matcher(rule.match, index, rule.slots.size());
      std::optional<std::pair<std::size_t, std::size_t>> found;
      if (matcher.possible()) {
        if (auto match = matcher.find(0, index.token_count())) found = std::pair{match->first, match->end};
      }
      EXPECT_EQ(found, reference_match(pattern, words)) << "pattern " << source << "\ntext    " << text;
      ++compared;
    }
  }
  return compared;
}

class PikeMatcherAgainstBacktracking : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(PikeMatcherAgainstBacktracking, FindsTheSameFirstMatchOnGeneratedPatternsAndTexts) {
  Generator generate(GetParam());
  EXPECT_GT(compare_on_generated(generate, [&] { return generate.pattern(0); }, 10), 300);  // most compile
}

// Patterns whose first token may be any word, on texts long enough that a match's start is
// often far from its rarest word: the starts the matcher leaves out (a start word with none
// of the pattern's rarest words within its longest match; an `any` or `not` start whose
// next token no following word takes) must be starts where no match begins.
TEST_P(PikeMatcherAgainstBacktracking, FindsTheSameFirstMatchWhenTheFirstTokenMayBeAnyWord) {
  Generator generate(GetParam() + 100);
  EXPECT_GT(compare_on_generated(generate, [&] { return generate.opened_pattern(); }, 40), 300);
}

INSTANTIATE_TEST_SUITE_P(Seeds, PikeMatcherAgainstBacktracking, ::testing::Values(1u, 2u, 3u, 4u, 5u, 6u),
                         [](const ::testing::TestParamInfo<std::uint32_t>& seed) {
                           return "Seed" + std::to_string(seed.param);
                         });

}  // namespace
}  // namespace clausecheck
