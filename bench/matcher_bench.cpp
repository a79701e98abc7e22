// Matching throughput of the rules engine: MB/s of normalised text for packs of 10, 100,
// 1,000 and 10,000 generated rules over the same generated contract text. The Bar:
// 10,000 rules (the most a pack may hold) cost at most 3x the time of 10 rules, and 100
// rules run at 50 MB/s or more on one core. scripts/bench-matcher.sh prints the ratios.
//
// The text mixes sentences from real subcontract wording with 3,000 rare words; each
// generated rule needs its own rare words (no two rules share one, as in a real pack grown
// large, where each rule names a specific term) next to common contract words, as real
// rules do (a specific term near "shall", "within", "liability"). The rare words come
// from 20,000, so about a sixth of the rules have every atom in the text and run the
// matcher; the rest are left out by the pack's atom index without a look-up of their own.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/rules.h"

namespace {

using namespace clausecheck;

const std::vector<std::string> sentences = {
    "The Prime shall pay each valid invoice within sixty (60) days of receipt.",
    "The Subcontractor's total liability shall not exceed the Charges paid in the preceding twelve months.",
    "The Subcontractor shall indemnify the Prime against all losses arising from any breach.",
    "Either party may terminate this Subcontract on three months' written notice.",
    "The Prime may set off any sums owed by the Subcontractor against sums due under this Subcontract.",
    "The Subcontractor shall maintain insurance of not less than £5,000,000 for each claim.",
    "All Intellectual Property Rights in the Deliverables shall vest in the Prime.",
    "The Subcontractor shall comply with the Data Protection Legislation at all times.",
};

std::string rare_word(int i) { return "zq" + std::to_string(i) + "x"; }

// About `bytes` of contract text: real sentences with rare words sprinkled in.
std::string generate_text(std::size_t bytes) {
  std::mt19937 random(42);
  std::string text;
  int clause = 1;
  while (text.size() < bytes) {
    text += std::to_string(clause++) + ". ";
    for (int s = 0; s < 4; ++s) {
      text += sentences[random() % sentences.size()];
      text += " The " + rare_word(static_cast<int>(random() % 3000)) + " applies.";
      text += s == 3 ? "\n" : " ";
    }
  }
  return text;
}

// `count` rules (at most 10,000), each with rare words no other rule uses.
std::string generate_rules(int count) {
  std::mt19937 random(7);
  std::vector<int> rare_words(20000);
  for (int i = 0; i < 20000; ++i) rare_words[static_cast<std::size_t>(i)] = i;
  std::shuffle(rare_words.begin(), rare_words.end(), random);
  const char* common[] = {"shall", "within", "liability", "subcontractor", "prime", "terminate", "notice", "claim"};
  std::string text;
  for (int i = 0; i < count; ++i) {
    std::string id = "GEN-" + std::to_string(i);
    std::string rare = rare_word(rare_words[static_cast<std::size_t>(i)]);  // most do not occur in the text
    std::string other_rare = rare_word(rare_words[static_cast<std::size_t>(19999 - i)]);
    std::string word = common[random() % 8];
    text += "rule " + id + " {\n  title \"Generated " + id + "\"\n  category \"bench\"\n  severity low\n";
    if (i % 3 == 0) {
      text += "  match \"" + word + "\" gap(0..8) (\"" + rare + "\" | \"" + other_rare + "\")\n";
    } else if (i % 3 == 1) {
      text += "  match \"the\" \"" + rare + "\" \"applies\"\n  unless \"" + word + "\"\n";
    } else {
      text += "  match \"" + rare + "\" gap(0..3) \"applies\" gap(0..6) \"" + word + "\"\n";
    }
    text += "  message \"Generated\"\n}\n";
  }
  return text;
}

void BM_ScanRules(benchmark::State& state) {
  static const AnalysedDocument document = analyse(document_from_text(generate_text(4u << 20), "bench.txt"));
  RuleCompileResult compiled = compile_rule_pack({{"bench.rules", generate_rules(static_cast<int>(state.range(0)))}});
  if (!compiled.ok()) {
    state.SkipWithError(compiled.diagnostics.front().format().c_str());
    return;
  }
  std::size_t findings = 0;
  for (auto _ : state) {
    std::vector<Finding> result = scan(*compiled.pack, document);
    findings = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.text.text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_ScanRules)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
