// The rules language: compile rule files into a pack, scan documents with it, and run
// the examples every rule carries. The language is specified in docs/rules-language.md.
//
//   RuleCompileResult compiled = compile_rule_pack(sources);   // sources: {path, text}
//   if (!compiled.ok()) for (auto& d : compiled.diagnostics) print(d.format());
//   std::vector<Finding> findings = scan(*compiled.pack, analyse(document));
//
// The engine never reads files: the caller hands it the text of each rule file. A compiled
// RulePack is immutable; one pack may be shared by any number of threads scanning
// different documents at once.
//
// Contract: compile_rule_pack(), rule_file_imports() and ParsedRuleFile take any text and
// return values: a mistake in a rule file is a Diagnostic with file:line:col, never an
// exception (ParsedRuleFile keeps its file's for compile_rule_pack to report). scan() and
// run_rule_tests() return values too; the one exception scan() lets out is DeadlineExceeded,
// when RuleScanOptions::deadline passes (deadline.h). Nothing here keeps state between calls.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/finding.h"

namespace clausecheck {

// The text of one rule file. `path` is used only in messages.
struct RuleSource {
  std::string path;
  std::string text;
};

// A located error in a rule file. format() gives
//   path:line:column: error: message
//     <the offending line>
//     <a caret under the column>
//   expected: <what would have been valid>      (when known)
struct Diagnostic {
  std::string path;
  int line = 0;    // 1-based; 0 when the error concerns the whole pack
  int column = 0;  // 1-based, in bytes
  std::string message;
  std::string source_line;  // the line of the rule file, without its newline
  std::string caret_line;   // spaces and a '^' under `column`
  std::string expected;     // what the parser expected there, empty when not a syntax error

  std::string format() const;
};

struct RuleCompileOptions {
  // Strict mode: every rule must carry at least one example and one counter-example.
  bool strict = false;
};

// What a reader of `clausecheck rules list` sees of one rule.
struct RuleExample {
  std::string text;
  bool must_fire = true;  // an `example` (true) or a `counter` example (false)
  int line = 0;
};

struct RuleInfo {
  std::string id;
  std::string title;
  std::string category;
  std::string taxonomy;
  Severity severity = Severity::medium;
  std::string scope;  // "sentence", "clause", "section", "document"
  bool absence = false;
  std::vector<std::string> tags;
  std::string message;    // the rule's message as written, {captures} not yet filled in
  std::string ask;        // what to ask for instead
  std::string reference;  // legal or policy reference, may be empty
  std::string path;  // the rule file
  int line = 0;      // line of the rule id
  std::vector<RuleExample> examples;
};

namespace rules {
struct CompiledPack;    // engine/src/rules/compiled_pack.h
struct ParsedFileData;  // engine/src/rules/rule_parser.h
}

class RulePack {
 public:
  explicit RulePack(std::shared_ptr<const rules::CompiledPack> compiled);
  // Rules in load order: files in the order given, rules in file order.
  const std::vector<RuleInfo>& rules() const;
  const rules::CompiledPack& compiled() const { return *compiled_; }

 private:
  std::shared_ptr<const rules::CompiledPack> compiled_;
};

struct RuleCompileResult {
  std::shared_ptr<const RulePack> pack;  // null when any diagnostic was reported
  std::vector<Diagnostic> diagnostics;   // all errors of all files, in file then line order
  bool ok() const { return pack != nullptr; }
};

// Parses, checks and compiles rule files into one pack. Never throws on bad input: every
// mistake becomes a Diagnostic. Bounded against hostile input (see the limits in
// docs/rules-language.md).
RuleCompileResult compile_rule_pack(const std::vector<RuleSource>& sources, const RuleCompileOptions& options = {});

// `import "lib/indemnity"` in a rule file: a library file whose named patterns (and rules)
// it uses. The engine never reads files, so the caller finds each library, adds it to the
// sources and compiles them together (cli/rule_files.cpp does this for the commands).
struct RuleImport {
  std::string name;  // as written, "lib/indemnity"
  int line = 0;      // of the name, 1-based
  int column = 0;
};

// The imports of one rule file, in file order. Syntax errors are not reported here:
// compile_rule_pack reports them when the file is compiled.
std::vector<RuleImport> rule_file_imports(const RuleSource& source);

// One rule file, parsed once for both of its uses: the caller reads its imports to find the
// libraries the pack needs, and compile_rule_pack() compiles it without parsing it again.
// (Reading the default pack for its imports and then again to compile it was a fifth of
// the fixed cost of a batch.) Cheap to copy: copies share the parse.
class ParsedRuleFile {
 public:
  explicit ParsedRuleFile(RuleSource source);
  const RuleSource& source() const { return source_; }
  // As rule_file_imports(source()).
  std::vector<RuleImport> imports() const;
  // The parse itself, for compile_rule_pack.
  const rules::ParsedFileData& parsed() const { return *parsed_; }

 private:
  RuleSource source_;
  std::shared_ptr<const rules::ParsedFileData> parsed_;
};

// compile_rule_pack(sources) for files already parsed: the same pack and the same
// diagnostics, in the same order, as compiling their sources.
RuleCompileResult compile_rule_pack(const std::vector<ParsedRuleFile>& files, const RuleCompileOptions& options = {});

struct RuleScanOptions {
  // Report every match, not only the first of each rule in each clause. For measuring
  // clause detection (scripts/bench-cuad-recall.py), where every clause the rule finds
  // counts; a report for a reader keeps one finding per clause.
  bool every_match = false;
  // When to give up (DeadlineExceeded), checked per rule and while matching; default: never.
  Deadline deadline;
  // At most this many threads run the rules of a document of `parallel_from_tokens` tokens
  // or more; the findings and their order are the same whatever the number. 1 for a batch,
  // which already scans several documents at once.
  unsigned threads = 1;
  // Below this size, starting threads costs more than it saves (about 1 MB of text).
  std::uint32_t parallel_from_tokens = 200'000;
};

// Runs every rule of `pack` over `document`. Findings are in a deterministic order: by
// rule in pack order, then by position in the document. At most one finding per rule per
// clause (the first match in it), or per document for a rule that says `report once`, and
// one where rules of the same risk type read overlapping words of a clause (the more
// severe; see rules/overlapping_findings.h), unless options.every_match.
std::vector<Finding> scan(const RulePack& pack, const AnalysedDocument& document, const RuleScanOptions& options = {});

// One example that did not behave as its rule says.
struct RuleTestFailure {
  std::string rule_id;
  std::string path;
  int line = 0;           // line of the example in the rule file
  bool must_fire = true;  // the example was an `example` (true) or a `counter` (false)
  std::string example;    // the example text
  std::string problem;    // "did not fire" / "fired on: <words>"
};

struct RuleTestSummary {
  int examples_run = 0;
  std::vector<RuleTestFailure> failures;
};

// Scans each example and counter-example of each rule with that rule alone.
RuleTestSummary run_rule_tests(const RulePack& pack);

}  // namespace clausecheck
