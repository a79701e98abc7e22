// A rule file parsed once (ParsedRuleFile, clausecheck/rules.h): its imports are those
// rule_file_imports reads, and compiling the parsed files gives what compiling their
// sources gives, the same rules and the same diagnostics in the same order, also when the
// files together go over the pack's rule limit (the parse of the file that does is made
// again with the budget the files before it left).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clausecheck/rules.h"

namespace clausecheck {
namespace {

std::vector<std::string> formatted(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) lines.push_back(d.format());
  return lines;
}

std::vector<ParsedRuleFile> parsed(const std::vector<RuleSource>& sources) {
  std::vector<ParsedRuleFile> files;
  for (const RuleSource& source : sources) files.emplace_back(source);
  return files;
}

// What compiling the sources gives, having checked that the parsed files give the same.
RuleCompileResult expect_same_compilation(const std::vector<RuleSource>& sources) {
  RuleCompileResult from_sources = compile_rule_pack(sources);
  const RuleCompileResult from_parsed = compile_rule_pack(parsed(sources));
  EXPECT_EQ(formatted(from_parsed.diagnostics), formatted(from_sources.diagnostics));
  EXPECT_EQ(from_parsed.ok(), from_sources.ok());
  if (!from_sources.ok() || !from_parsed.ok()) return from_sources;
  EXPECT_EQ(from_parsed.pack->rules().size(), from_sources.pack->rules().size());
  for (std::size_t i = 0; i < from_sources.pack->rules().size() && i < from_parsed.pack->rules().size(); ++i) {
    EXPECT_EQ(from_parsed.pack->rules()[i].id, from_sources.pack->rules()[i].id);
    EXPECT_EQ(from_parsed.pack->rules()[i].path, from_sources.pack->rules()[i].path);
    EXPECT_EQ(from_parsed.pack->rules()[i].line, from_sources.pack->rules()[i].line);
  }
  return from_sources;
}

std::string many_rules(const std::string& prefix, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "rule " + prefix + "-" + std::to_string(i) + " { }\n";
  return text;
}

TEST(ParsedRuleFile, Imports_AreThoseRuleFileImportsReads) {
  const RuleSource source{"a.rules", "import \"lib/one\"\npattern p = \"x\"\nimport \"lib/two\"\n"};
  const std::vector<RuleImport> expected = rule_file_imports(source);
  const std::vector<RuleImport> imports = ParsedRuleFile(source).imports();
  ASSERT_EQ(imports.size(), 2u);
  ASSERT_EQ(imports.size(), expected.size());
  for (std::size_t i = 0; i < imports.size(); ++i) {
    EXPECT_EQ(imports[i].name, expected[i].name);
    EXPECT_EQ(imports[i].line, expected[i].line);
    EXPECT_EQ(imports[i].column, expected[i].column);
  }
}

TEST(ParsedRuleFile, ValidPack_CompilesToTheSameRules) {
  const RuleCompileResult compiled = expect_same_compilation({
      {"lib.rules", "pattern payer = (\"prime\" | \"contractor\")\n"},
      {"pay.rules",
       "rule PAY-1 {\n  title \"Pay when paid\"\n  category \"payment\"\n  severity high\n"
       "  match payer \"shall pay\" gap(0..5) \"when paid\"\n  message \"m\"\n}\n"},
  });
  ASSERT_TRUE(compiled.ok()) << (compiled.diagnostics.empty() ? "" : compiled.diagnostics.front().format());
  EXPECT_EQ(compiled.pack->rules().size(), 1u);
}

TEST(ParsedRuleFile, MistakesInSeveralFiles_GiveTheSameDiagnosticsInTheSameOrder) {
  const RuleCompileResult compiled = expect_same_compilation({
      {"one.rules", "rule A-1 { match: \"unclosed }\nrule A-2 { bogus: 1 }\n"},
      {"two.rules", "hello world\nrule B-1 { match: missing_pattern }\n"},
  });
  EXPECT_GE(compiled.diagnostics.size(), 3u);
}

TEST(ParsedRuleFile, FilesOverTheRuleLimitTogether_AreRefusedAsTheirSourcesAre) {
  // Each file alone is under the limit; the second one takes the pack over it.
  const RuleCompileResult compiled =
      expect_same_compilation({{"a.rules", many_rules("A", 6000)}, {"b.rules", many_rules("B", 6000)}});
  ASSERT_FALSE(compiled.diagnostics.empty());
  EXPECT_NE(compiled.diagnostics.back().message.find("more than 10000 rules"), std::string::npos);
}

}  // namespace
}  // namespace clausecheck
