// What the offer assessment adds after a scan (the bar: under 50 ms once the document is
// scanned), against analysing the same document, measured in the same run: reading the
// contract's terms and running the month-by-month model, for a short sample, the longest
// public contract in corpus/public and the longest real dev documents beside the repository
// (../shared; skipped when it is not there).
//   build/bench/assess_bench   (run from the source tree, or set CLAUSECHECK_SOURCE_DIR)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <variant>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"

namespace {

// The document at `relative`, or nullopt when it is not there (../shared is optional).
std::optional<clausecheck::Document> read_document(const std::string& relative) {
  const char* root = std::getenv("CLAUSECHECK_SOURCE_DIR");
  const std::string path = std::string(root != nullptr ? root : ".") + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) return std::nullopt;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = clausecheck::parse_document(path, bytes);
  if (std::holds_alternative<clausecheck::InputError>(parsed)) std::abort();  // an unreadable fixture is no benchmark
  return std::get<clausecheck::Document>(std::move(parsed));
}

const char* const documents[] = {
    "corpus/samples/sample-subcontract.pdf",
    "corpus/public/g-cloud-8-framework-agreement.pdf",
    // The longest real dev documents (corpus/real/dev), by extracted text.
    "../shared/corpus/cuad-subset/HEALTHGATEDATACORP_11_24_1999-EX-10.1-HOSTING AND MANAGEMENT AGREEMENT (1).pdf",
    "../shared/corpus/cuad-subset/NICELTD_06_26_2003-EX-4.5-OUTSOURCING AGREEMENT.PDF",
    "../shared/corpus/cuad-subset/CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement1.pdf",
    "../shared/corpus/cuad-subset/OFGBANCORP_03_28_2007-EX-10.23-OUTSOURCING AGREEMENT.PDF",
    "../shared/corpus/ccs-psc-prototype/example-contract/Core Terms FM1.4 CCSv2.7 161117.docx",
};
constexpr int document_count = static_cast<int>(std::size(documents));

void BM_Analyse(benchmark::State& state) {
  const auto document = read_document(documents[state.range(0)]);
  if (!document) return state.SkipWithError("not beside the repository");
  for (auto _ : state) benchmark::DoNotOptimize(clausecheck::analyse(*document));
  state.SetLabel(documents[state.range(0)]);
}
BENCHMARK(BM_Analyse)->DenseRange(0, document_count - 1)->Unit(benchmark::kMillisecond);

void BM_AssessAfterScan(benchmark::State& state) {
  const auto document = read_document(documents[state.range(0)]);
  if (!document) return state.SkipWithError("not beside the repository");
  const clausecheck::AnalysedDocument analysed = clausecheck::analyse(*document);
  for (auto _ : state) {
    benchmark::DoNotOptimize(clausecheck::assess_offer(clausecheck::read_contract_terms(analysed), clausecheck::Offer{}));
  }
  state.SetLabel(documents[state.range(0)]);
}
BENCHMARK(BM_AssessAfterScan)->DenseRange(0, document_count - 1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
