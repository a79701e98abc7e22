// What the offer assessment adds after a scan (the bar: under 50 ms once the document is
// scanned), against analysing the same document, measured in the same run: reading the
// contract's terms and running the month-by-month model, for a short sample and for the
// longest real contract in corpus/public.
//   build/bench/assess_bench   (run from the source tree, or set CLAUSECHECK_SOURCE_DIR)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"

namespace {

clausecheck::Document read_document(const std::string& relative) {
  const char* root = std::getenv("CLAUSECHECK_SOURCE_DIR");
  const std::string path = std::string(root != nullptr ? root : ".") + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = clausecheck::parse_document(path, bytes);
  if (std::holds_alternative<clausecheck::InputError>(parsed)) std::abort();  // a missing fixture is no benchmark
  return std::get<clausecheck::Document>(std::move(parsed));
}

const char* const documents[] = {"corpus/samples/sample-subcontract.pdf", "corpus/public/g-cloud-8-framework-agreement.pdf"};

void BM_Analyse(benchmark::State& state) {
  const clausecheck::Document document = read_document(documents[state.range(0)]);
  for (auto _ : state) benchmark::DoNotOptimize(clausecheck::analyse(document));
  state.SetLabel(documents[state.range(0)]);
}
BENCHMARK(BM_Analyse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_AssessAfterScan(benchmark::State& state) {
  const clausecheck::AnalysedDocument analysed = clausecheck::analyse(read_document(documents[state.range(0)]));
  for (auto _ : state) {
    benchmark::DoNotOptimize(clausecheck::assess_offer(clausecheck::read_contract_terms(analysed), clausecheck::Offer{}));
  }
  state.SetLabel(documents[state.range(0)]);
}
BENCHMARK(BM_AssessAfterScan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
