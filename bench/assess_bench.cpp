// What the offer assessment adds after a scan (the bar: under 50 ms once the document is
// scanned), against analysing the same document, measured in the same run: reading the
// contract's terms and running the month-by-month model, on every real and sample contract
// of corpus/:
//   - corpus/samples and corpus/subcontracts, each contract in all its formats (PDF, DOCX,
//     Markdown);
//   - corpus/public (the PDFs);
//   - corpus/real/dev and corpus/real/fresh: the documents their label files name (under
//     ../shared, skipped when it is not there) and the dev DOCX kept in the repository.
//     Only a label file's "document" is read. corpus/real/test is never opened.
// After the per-document lines it prints the median and the maximum over the documents, in
// CPU time (the work) and in wall-clock time (the work and whatever else the machine did).
//   build/bench/assess_bench   (run from the source tree, or set CLAUSECHECK_SOURCE_DIR)
//   build/bench/assess_bench --benchmark_filter=assess_after_scan   (the bar alone)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <unistd.h>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"

namespace {

namespace fs = std::filesystem;

std::string source_root() {
  const char* root = std::getenv("CLAUSECHECK_SOURCE_DIR");
  return root != nullptr ? root : ".";
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The document at `relative` (to the source tree), or nullopt when it is not there
// (../shared is optional).
std::optional<clausecheck::Document> read_document(const std::string& relative) {
  const std::string path = source_root() + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) return std::nullopt;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = clausecheck::parse_document(path, bytes);
  if (std::holds_alternative<clausecheck::InputError>(parsed)) std::abort();  // an unreadable contract is no benchmark
  return std::get<clausecheck::Document>(std::move(parsed));
}

bool is_contract_file(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".pdf" || ext == ".docx" || ext == ".md";
}

// The contract files of one folder of the source tree, sorted.
std::vector<std::string> contracts_in(const std::string& folder) {
  std::vector<std::string> out;
  const fs::path dir = fs::path(source_root()) / folder;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && is_contract_file(entry.path()) && entry.path().filename() != "README.md") {
      out.push_back(folder + "/" + entry.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The documents that a folder's label files name, under ../shared (the shared root of
// corpus/real/split.json), sorted.
std::vector<std::string> labelled_documents_in(const std::string& folder) {
  std::vector<std::string> out;
  const fs::path dir = fs::path(source_root()) / folder;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 12 || name.compare(name.size() - 12, 12, ".labels.json") != 0) continue;
    const nlohmann::json labels = nlohmann::json::parse(read_bytes(entry.path()), nullptr, false);
    if (labels.is_object() && labels.contains("document") && labels["document"].is_string()) {
      out.push_back("../shared/" + labels["document"].get<std::string>());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> corpus_documents() {
  std::vector<std::string> all;
  for (const std::vector<std::string>& part :
       {contracts_in("corpus/samples"), contracts_in("corpus/subcontracts"), contracts_in("corpus/public"),
        contracts_in("corpus/real/dev"), labelled_documents_in("corpus/real/dev"),
        labelled_documents_in("corpus/real/fresh")}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

void analyse_document(benchmark::State& state, const std::string& relative) {
  const auto document = read_document(relative);
  if (!document) return state.SkipWithError("not beside the repository");
  for (auto _ : state) benchmark::DoNotOptimize(clausecheck::analyse(*document));
}

void assess_after_scan(benchmark::State& state, const std::string& relative) {
  const auto document = read_document(relative);
  if (!document) return state.SkipWithError("not beside the repository");
  const clausecheck::AnalysedDocument analysed = clausecheck::analyse(*document);
  for (auto _ : state) {
    benchmark::DoNotOptimize(clausecheck::assess_offer(clausecheck::read_contract_terms(analysed), clausecheck::Offer{}));
  }
}

// The console output, and the assessment's times kept for the summary.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  struct Time {
    std::string document;
    double cpu_ms = 0;
    double wall_ms = 0;
  };

  // Colour only on a terminal: a saved run is read as text.
  SummaryReporter() : ConsoleReporter(isatty(fileno(stdout)) != 0 ? OO_Defaults : OO_Tabular) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      const std::string name = run.run_name.function_name;
      const std::string prefix = "assess_after_scan/";
      if (run.run_type != Run::RT_Iteration || name.rfind(prefix, 0) != 0) continue;
      if (run.error_occurred) {
        ++skipped;
        continue;
      }
      // The family's unit is milliseconds.
      times.push_back({name.substr(prefix.size()), run.GetAdjustedCPUTime(), run.GetAdjustedRealTime()});
    }
  }

  std::vector<Time> times;
  std::size_t skipped = 0;  // not beside the repository
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void print_summary(const std::vector<SummaryReporter::Time>& times, std::size_t skipped, std::size_t listed) {
  if (times.empty()) return;
  std::vector<double> cpu;
  std::vector<double> wall;
  for (const auto& t : times) {
    cpu.push_back(t.cpu_ms);
    wall.push_back(t.wall_ms);
  }
  const auto by_cpu = std::max_element(times.begin(), times.end(), [](const auto& a, const auto& b) { return a.cpu_ms < b.cpu_ms; });
  const auto by_wall =
      std::max_element(times.begin(), times.end(), [](const auto& a, const auto& b) { return a.wall_ms < b.wall_ms; });
  const auto over_cpu = std::count_if(times.begin(), times.end(), [](const auto& t) { return t.cpu_ms >= 50; });
  const auto over_wall = std::count_if(times.begin(), times.end(), [](const auto& t) { return t.wall_ms >= 50; });
  std::printf("\nassessment after the scan, %zu of the %zu corpus documents measured (%zu skipped: not beside the repository):\n",
              times.size(), listed, skipped);
  std::printf("  CPU time:  median %.2f ms, max %.2f ms (%s)\n", median(cpu), by_cpu->cpu_ms, by_cpu->document.c_str());
  std::printf("  wall time: median %.2f ms, max %.2f ms (%s)\n", median(wall), by_wall->wall_ms, by_wall->document.c_str());
  // Wall-clock time counts the time the process waited for a core: on a loaded machine it
  // is several times the CPU time, so both are given.
  std::printf("  at or over 50 ms: %td in CPU time, %td in wall time\n", over_cpu, over_wall);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> documents = corpus_documents();
  for (const std::string& document : documents) {
    benchmark::RegisterBenchmark(("analyse/" + document).c_str(), analyse_document, document)
        ->Unit(benchmark::kMillisecond);
  }
  for (const std::string& document : documents) {
    benchmark::RegisterBenchmark(("assess_after_scan/" + document).c_str(), assess_after_scan, document)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_summary(reporter.times, reporter.skipped, documents.size());
  benchmark::Shutdown();
  return 0;
}
