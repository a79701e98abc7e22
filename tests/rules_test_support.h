// Helpers shared by the rules-language tests: compile a rule text, scan a text document.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/rules.h"

namespace clausecheck::testing {

// The bundled default pack's sources (rules/default/*.rules) and the library they import
// (rules/lib/*.rules: the command line resolves imports, the engine is given every file), in
// file-name order.
inline std::vector<RuleSource> default_pack_sources() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const char* directory : {"rules/default", "rules/lib"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(CLAUSECHECK_SOURCE_DIR) / directory)) {
      if (entry.path().extension() == ".rules") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<RuleSource> sources;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    sources.push_back({file.string(), text.str()});
  }
  return sources;
}

inline std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.format();
  return out;
}

inline std::shared_ptr<const RulePack> compile_or_fail(const std::string& text, bool strict = false) {
  RuleCompileResult result = compile_rule_pack({{"test.rules", text}}, {strict});
  EXPECT_TRUE(result.ok()) << describe(result.diagnostics);
  return result.pack;
}

inline std::vector<Diagnostic> compile_errors(const std::string& text, bool strict = false) {
  RuleCompileResult result = compile_rule_pack({{"test.rules", text}}, {strict});
  EXPECT_FALSE(result.ok()) << "expected the rule file to be refused";
  return result.diagnostics;
}

// A complete rule around `match` (and any extra property lines).
inline std::string rule_text(const std::string& match, const std::string& extra = "",
                             const std::string& id = "T-01.test") {
  return "rule " + id + " {\n  title \"Test rule\"\n  category \"test\"\n  severity high\n  match " + match + "\n" +
         extra + "\n  message \"Found it\"\n}\n";
}

inline std::vector<Finding> scan_text(const RulePack& pack, const std::string& text) {
  AnalysedDocument document = analyse(document_from_text(text, "contract.txt"));
  return scan(pack, document);
}

// Whether a one-rule pack built from `match` (and `extra`) fires on `text`.
inline bool fires(const std::string& match, const std::string& text, const std::string& extra = "") {
  auto pack = compile_or_fail(rule_text(match, extra));
  if (!pack) return false;
  return !scan_text(*pack, text).empty();
}

// A rule file of docs/rules-language.md's worked examples (tests/fixtures/rules/language/)
// compiles in strict mode, runs `examples` examples, and every one does what it says.
inline void expect_language_examples_pass(const std::string& path, int examples) {
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::stringstream text;
  text << in.rdbuf();
  RuleCompileResult compiled = compile_rule_pack({{path, text.str()}}, {true});
  ASSERT_TRUE(compiled.ok()) << describe(compiled.diagnostics);
  RuleTestSummary summary = run_rule_tests(*compiled.pack);
  EXPECT_EQ(summary.examples_run, examples);
  for (const auto& f : summary.failures) ADD_FAILURE() << f.rule_id << ":" << f.line << ": " << f.problem;
}

}  // namespace clausecheck::testing
