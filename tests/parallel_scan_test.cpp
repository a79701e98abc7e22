// scan() splits the rules of a large document over RuleScanOptions::threads: the findings
// must be the same, in the same order, as with one thread.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
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

// The corpus's subcontracts one after another: many rules fire, some several times.
const AnalysedDocument& subcontracts() {
  static const AnalysedDocument document = [] {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(CLAUSECHECK_SOURCE_DIR) / "corpus" / "subcontracts")) {
      if (entry.path().extension() == ".md") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::string text;
    for (const fs::path& file : files) text += read_file(file) + "\n\n";
    return analyse(document_from_text(text, "subcontracts.md"));
  }();
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
