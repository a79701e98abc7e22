// Throughput of normalisation (ICU), sentence splitting and structure recovery, in bytes
// of extracted text per second. Compare with Poppler's own extraction on the same text:
// everything after extraction should cost well under a quarter of it (docs/DESIGN).
#include <benchmark/benchmark.h>

#include <string>

#include "clausecheck/engine.h"

namespace {

std::string contract_text(std::size_t bytes) {
  const std::string clauses =
      "12. LIABILITY\n"
      "12.1 The Sub-Contractor shall indemnify the Contractor against all Losses arising from any breach of "
      "this Agreement, save that the total liability shall not exceed \u00A31,500,000 (one million five hundred "
      "thousand pounds) in any Contract Year.\n"
      "12.2 Subject to clause 12.1, the Contractor shall pay each valid invoice within sixty (60) days of "
      "receipt, provided that it has received payment from the Authority.\n"
      "(a) the \u201cPrime Contract\u201d means the contract between the Authority and the Contractor;\n"
      "(b) no variation shall be effective unless agreed in writing \u2014 see Schedule 2.\n";
  std::string text;
  while (text.size() < bytes) text += clauses;
  return text;
}

void BM_Normalise(benchmark::State& state) {
  const clausecheck::Document document = clausecheck::document_from_text(contract_text(1 << 20));
  for (auto _ : state) benchmark::DoNotOptimize(clausecheck::normalise(document));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(document.text.size()));
}
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond);

void BM_Analyse(benchmark::State& state) {
  const clausecheck::Document document = clausecheck::document_from_text(contract_text(1 << 20));
  for (auto _ : state) benchmark::DoNotOptimize(clausecheck::analyse(document));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(document.text.size()));
}
BENCHMARK(BM_Analyse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
