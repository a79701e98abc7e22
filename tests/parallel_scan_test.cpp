// scan() splits the rules of a large document over RuleScanOptions::threads: the findings
// must be the same, in the same order, as with one thread. analyse() with
// AnalysisOptions::threads recovers the clause tree beside normalising: the same analysis.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The bundled pack (rules/default with the library it imports), compiled once.
const RulePack& default_pack() {
  static const std::shared_ptr<const RulePack> pack = [] {
    RuleCompileResult compiled = compile_rule_pack(clausecheck::testing::default_pack_sources());
    EXPECT_TRUE(compiled.ok());
    return compiled.pack;
  }();
  return *pack;
}

// The corpus's subcontracts one after another, as text.
const std::string& subcontracts_text() {
  static const std::string text = [] {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(CLAUSECHECK_SOURCE_DIR) / "corpus" / "subcontracts")) {
      if (entry.path().extension() == ".md") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::string joined;
    for (const fs::path& file : files) joined += read_file(file) + "\n\n";
    return joined;
  }();
  return text;
}

// The subcontracts analysed: many rules fire, some several times.
const AnalysedDocument& subcontracts() {
  static const AnalysedDocument document = analyse(document_from_text(subcontracts_text(), "subcontracts.md"));
  return document;
}

// What a report shows of a finding.
std::string describe(const Finding& f) {
  std::string out = f.rule_id + " [" + std::to_string(f.begin) + "," + std::to_string(f.end) + ") " + f.message;
  for (const std::string& line : f.why) out += "\n  " + line;
  for (int clause : f.also_clauses) out += " also " + std::to_string(clause);
  for (const CapturedValue& c : f.captures) out += " {" + c.name + "=" + c.text + "}";
  return out;
}

std::vector<std::string> scan_with(unsigned threads, bool every_match = false) {
  RuleScanOptions options;
  options.threads = threads;
  options.parallel_from_tokens = 0;  // split even this small document
  options.every_match = every_match;
  std::vector<std::string> out;
  for (const Finding& f : scan(default_pack(), subcontracts(), options)) out.push_back(describe(f));
  return out;
}

TEST(ParallelScan, TwoOrThreeThreadsGiveTheFindingsOfOneInTheSameOrder) {
  const std::vector<std::string> one = scan_with(1);
  ASSERT_GT(one.size(), 20u) << "the subcontracts should give many findings";
  EXPECT_EQ(scan_with(2), one);
  EXPECT_EQ(scan_with(3), one);
}

TEST(ParallelScan, EveryMatchIsTheSameOnTwoThreads) { EXPECT_EQ(scan_with(2, true), scan_with(1, true)); }

TEST(ParallelScan, SmallDocumentStaysOnOneThreadWithTheSameFindings) {
  RuleScanOptions options;
  options.threads = 2;  // parallel_from_tokens left at its default: the document is below it
  ASSERT_LT(subcontracts().text.tokens.size(), options.parallel_from_tokens);
  std::vector<std::string> out;
  for (const Finding& f : scan(default_pack(), subcontracts(), options)) out.push_back(describe(f));
  EXPECT_EQ(out, scan_with(1));
}

}  // namespace
}  // namespace clausecheck

namespace clausecheck {
namespace {

// Everything analyse() gives that a report or a rule reads: the extract (clauses,
// definitions, references, warnings), the normalised text and its tokens and sentences, the
// parties and the kind.
std::string describe_analysis(const AnalysedDocument& a) {
  std::string out = write_extract_json(a) + "\n" + a.text.text + "\n";
  for (std::uint32_t offset : a.text.to_original) out += std::to_string(offset) + " ";
  for (const Token& t : a.text.tokens) {
    out += "\nt " + std::to_string(t.norm_begin) + " " + std::to_string(t.norm_end) + " " + std::to_string(t.begin) +
           " " + std::to_string(t.end) + " " + std::to_string(static_cast<int>(t.kind));
  }
  for (const Sentence& s : a.text.sentences) {
    out += "\ns " + std::to_string(s.first_token) + " " + std::to_string(s.end_token);
  }
  for (const TextSpan& span : a.structure.contents) out += "\nc " + std::to_string(span.begin);
  for (int i : a.structure.citation_order) out += "\no " + std::to_string(i);
  out += "\nkind " + std::string(to_string(a.kind.kind)) + " " + a.kind.evidence;
  out += "\nprovider " + std::to_string(a.parties.determined());
  return out;
}

AnalysedDocument analyse_with(const std::string& text, unsigned threads) {
  AnalysisOptions options;
  options.threads = threads;
  return analyse(document_from_text(text, "subcontracts.md"), options);
}

TEST(ParallelAnalysis, TwoThreadsGiveTheAnalysisOfOne) {
  const std::string one = describe_analysis(analyse_with(subcontracts_text(), 1));
  ASSERT_GT(one.size(), 10000u);
  EXPECT_EQ(describe_analysis(analyse_with(subcontracts_text(), 2)), one);
  EXPECT_EQ(describe_analysis(analyse_with(subcontracts_text(), 3)), one);
}

TEST(ParallelAnalysis, EmptyAndTinyDocumentsOnTwoThreads) {
  for (const std::string text : {"", "x", "1. Payment\n\nThe Customer shall pay within 30 days."}) {
    EXPECT_EQ(describe_analysis(analyse_with(text, 2)), describe_analysis(analyse_with(text, 1))) << text;
  }
}

// A report of 2,000 findings or more is written in ReportOptions::threads pieces at once.
TEST(ParallelReport, JsonOnSeveralThreadsIsTheSameBytes) {
  const std::vector<Finding> found = scan(default_pack(), subcontracts());
  ASSERT_FALSE(found.empty());
  Report report;
  report.document = &subcontracts();
  while (report.findings.size() < 2500) report.findings.insert(report.findings.end(), found.begin(), found.end());
  const std::string one = write_report_json(report);
  for (unsigned threads : {2u, 3u, 7u}) {
    report.options.threads = threads;
    EXPECT_EQ(write_report_json(report), one) << threads << " threads";
  }
}

TEST(ParallelAnalysis, TheDeadlineStillStopsIt) {
  AnalysisOptions options;
  options.threads = 2;
  options.deadline = Deadline(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_THROW(analyse(document_from_text(subcontracts_text(), "subcontracts.md"), options), DeadlineExceeded);
}

}  // namespace
}  // namespace clausecheck
