// Shared fixtures for the report writer tests: a small hand-built contract with clauses
// (so the writers are tested without depending on structure recovery), findings that
// overlap, cross and nest, and a real JSON Schema validator for every JSON report.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/reports.h"

namespace clausecheck::report_test {

// The contract of the fixture. Line 6 carries markup a report must show as text.
inline constexpr std::string_view sample_contract_text =
    "SUBCONTRACT FOR RESETTLEMENT SERVICES\n"
    "1. PAYMENT\n"
    "1.1 The Contractor shall pay each valid invoice within sixty (60) days of receipt.\n"
    "1.2 Payment is conditional on the Contractor receiving payment from the Authority.\n"
    "2. LIABILITY\n"
    "2.1 The Subcontractor shall indemnify the Contractor against all Losses <script>alert('x')</script> & costs without limit.\n"
    "(a) including Losses caused by the Contractor's own negligence.\n"
    "Signed for and on behalf of the parties.";

// Byte offset of `needle` in `text`; fails the test when it is missing.
inline std::uint32_t offset_of(std::string_view text, std::string_view needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string_view::npos) << "fixture text lacks: " << needle;
  return at == std::string_view::npos ? 0 : static_cast<std::uint32_t>(at);
}

inline Clause make_clause(const Document& d, std::string label, std::string citation, std::string heading,
                          std::string_view first_words, std::string_view last_words, int depth, int parent) {
  Clause c;
  c.label = std::move(label);
  c.citation = std::move(citation);
  c.heading = std::move(heading);
  c.depth = depth;
  c.parent = parent;
  c.begin = offset_of(d.text, first_words);
  c.end = offset_of(d.text, last_words) + static_cast<std::uint32_t>(last_words.size());
  c.body_end = c.end;
  return c;
}

// The fixture contract with its clause tree filled in by hand:
// 1 > 1.1, 1.2; 2 > 2.1 > (a). The first and last lines belong to no clause.
inline AnalysedDocument sample_analysed_document(std::string path = "contracts/sample subcontract.txt") {
  AnalysedDocument doc;
  doc.document = document_from_text(sample_contract_text, std::move(path));
  doc.document.sha256 = std::string(64, 'a');
  const Document& d = doc.document;
  auto& clauses = doc.structure.clauses;
  clauses.push_back(make_clause(d, "1", "1", "PAYMENT", "1. PAYMENT", "from the Authority.", 0, -1));
  clauses.push_back(make_clause(d, "1.1", "1.1", "", "1.1 The", "days of receipt.", 1, 0));
  clauses.push_back(make_clause(d, "1.2", "1.2", "", "1.2 Payment", "from the Authority.", 1, 0));
  clauses.push_back(make_clause(d, "2", "2", "LIABILITY", "2. LIABILITY", "own negligence.", 0, -1));
  clauses.push_back(make_clause(d, "2.1", "2.1", "", "2.1 The", "own negligence.", 1, 3));
  clauses.push_back(make_clause(d, "(a)", "2.1(a)", "", "(a) including", "own negligence.", 2, 4));
  clauses[0].children = {1, 2};
  clauses[0].body_end = clauses[1].begin;
  clauses[3].children = {4};
  clauses[3].body_end = clauses[4].begin;
  clauses[4].children = {5};
  clauses[4].body_end = clauses[5].begin;
  doc.structure.roots = {0, 3};
  return doc;
}

inline Finding make_finding(const Document& d, std::string rule_id, Severity severity, std::string category,
                            std::string_view words, std::string citation, std::string heading) {
  Finding f;
  f.rule_id = std::move(rule_id);
  f.title = "Title of " + f.rule_id;
  f.category = std::move(category);
  f.severity = severity;
  f.message = "Message of " + f.rule_id + ".";
  f.ask = "Ask of " + f.rule_id + ".";
  f.reference = "Reference of " + f.rule_id;
  f.tags = {"tag-" + f.rule_id};
  f.begin = offset_of(d.text, words);
  f.end = f.begin + static_cast<std::uint32_t>(words.size());
  f.text = std::string(words);
  f.page = 1;
  f.clause_citation = std::move(citation);
  f.heading = std::move(heading);
  f.why = {"phrase matched"};
  return f;
}

// Six findings: a payment period with a typed capture, crossed by an invoice-validity
// finding; pay-when-paid; an indemnity
// that contains (nests) an uncapped-liability finding and crosses into sub-clause (a);
// and one absence finding. Listed out of report order on purpose.
inline std::vector<Finding> sample_findings(const AnalysedDocument& doc) {
  const Document& d = doc.document;
  std::vector<Finding> findings;
  Finding period = make_finding(d, "payment.period-over-30-days", Severity::medium, "payment",
                                "within sixty (60) days of receipt", "1.1", "PAYMENT");
  CapturedValue days;
  days.name = "days";
  days.type = "DURATION";
  days.text = "sixty (60) days";
  days.value = 60;
  days.unit = "day";
  days.begin = offset_of(d.text, "sixty (60) days");
  days.end = days.begin + 15;
  period.captures.push_back(days);
  period.taxonomy = "PAY-01";
  findings.push_back(period);
  // Crosses the payment-period span: they share the word "within".
  findings.push_back(make_finding(d, "payment.invoice-validity", Severity::low, "payment", "pay each valid invoice within",
                                  "1.1", "PAYMENT"));
  findings.push_back(make_finding(d, "liability.uncapped", Severity::critical, "liability", "all Losses <script>",
                                  "2.1", "LIABILITY"));
  findings.push_back(make_finding(d, "payment.pay-when-paid", Severity::high, "payment",
                                  "conditional on the Contractor receiving payment", "1.2", "PAYMENT"));
  findings.push_back(make_finding(d, "liability.indemnity-own-negligence", Severity::high, "liability",
                                  "indemnify the Contractor against all Losses <script>alert('x')</script> & costs without limit.\n(a) including",
                                  "2.1", "LIABILITY"));
  Finding absent;
  absent.rule_id = "disputes.no-dispute-resolution";
  absent.title = "No dispute resolution procedure";
  absent.category = "disputes";
  absent.severity = Severity::medium;
  absent.message = "The contract has no dispute resolution clause.";
  absent.ask = "Ask for escalation, then mediation, before court.";
  absent.absence = true;
  absent.page = 0;
  findings.push_back(absent);
  for (Finding& f : findings) {
    for (std::size_t i = 0; i < doc.structure.clauses.size(); ++i) {
      if (!f.clause_citation.empty() && doc.structure.clauses[i].citation == f.clause_citation) f.clause = static_cast<int>(i);
    }
  }
  return findings;
}

inline Report sample_report(const AnalysedDocument& doc) {
  Report report;
  report.tool_version = "0.1.0";
  report.rule_pack = {"uk-public-subcontracts", "1.0.0", std::string(64, 'b')};
  report.document = &doc;
  report.findings = sample_findings(doc);
  return report;
}

// A fresh directory under the system temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "clausecheck-report-XXXXXX").string();
    if (char* made = mkdtemp(pattern.data())) path_ = made;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

// Runs `command` with /bin/sh, returning its exit status and what it printed on stdout
// (and on stderr too unless the command redirects it itself: pass merge_stderr = false).
inline std::pair<int, std::string> run_command(const std::string& command, bool merge_stderr = true) {
  std::string output;
  FILE* pipe = popen((merge_stderr ? command + " 2>&1" : command).c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// Validates `json` against reports/schema/clausecheck-report.schema.json with Debian's
// python3-jsonschema (Draft 2020-12, the schema itself checked first). Returns "" when
// valid, else the validator's messages. A missing validator is a failure, never a skip.
inline std::string report_schema_violations(std::string_view json) {
  TempDir dir;
  const auto report_path = dir.path() / "report.json";
  const auto script_path = dir.path() / "validate.py";
  write_file(report_path, json);
  write_file(script_path,
             "import json, sys\n"
             "try:\n"
             "    import jsonschema\n"
             "except ImportError:\n"
             "    print('python3-jsonschema is not installed: apt-get install python3-jsonschema'); sys.exit(3)\n"
             "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
             "jsonschema.Draft202012Validator.check_schema(schema)\n"
             "report = json.load(open(sys.argv[2], encoding='utf-8'))\n"
             "errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(report), key=lambda e: list(e.path))\n"
             "for e in errors:\n"
             "    print('/'.join(str(p) for p in e.path) + ': ' + e.message)\n"
             "sys.exit(1 if errors else 0)\n");
  const std::string schema = std::string(CLAUSECHECK_SOURCE_DIR) + "/reports/schema/clausecheck-report.schema.json";
  // Debian's interpreter, where python3-jsonschema is installed (not a user's virtualenv).
  const std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  auto [status, output] = run_command(python + " '" + script_path.string() + "' '" + schema + "' '" +
                                      report_path.string() + "'");
  if (status == 0) return "";
  return output.empty() ? "validator exited with status " + std::to_string(status) : output;
}

#define EXPECT_VALID_REPORT_JSON(json) EXPECT_EQ(::clausecheck::report_test::report_schema_violations(json), "")

}  // namespace clausecheck::report_test
