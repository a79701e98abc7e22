// The JSON report: the stable contract other tools read. Every key is documented in
// docs/report-format.md and constrained by reports/schema/clausecheck-report.schema.json;
// a change to either is a change to report_schema_version.
#include <chrono>
#include <cmath>
#include <ctime>
#include <exception>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "assessment_json.h"
#include "clausecheck/reports.h"
#include "finding_json.h"
#include "json_text.h"
#include "parties_view.h"
#include "prepared_report.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

// The outline is the clause tree without text: enough to navigate, small enough to diff.
ordered_json outline_node(const DocumentStructure& structure, int index, int depth) {
  const Clause& clause = structure.clauses[static_cast<std::size_t>(index)];
  ordered_json node;
  node["citation"] = clause.citation;
  node["label"] = clause.label;
  node["heading"] = clause.heading;
  node["page"] = clause.page_start;
  node["page_end"] = clause.page_end;
  ordered_json children = ordered_json::array();
  // The recovered tree is bounded by the structure engineer's limits; this guard keeps a
  // malformed tree (a cycle) from recursing forever.
  if (depth < 64) {
    for (int child : clause.children) {
      if (child > index && static_cast<std::size_t>(child) < structure.clauses.size())
        children.push_back(outline_node(structure, child, depth + 1));
    }
  }
  node["children"] = std::move(children);
  return node;
}


ordered_json summary_json(const ReportSummary& summary) {
  ordered_json by_severity;
  for (Severity s : severities_high_to_low)
    by_severity[std::string(to_string(s))] = summary.by_severity[static_cast<std::size_t>(s)];
  ordered_json by_category = ordered_json::object();
  for (const auto& [category, count] : summary.by_category) by_category[category] = count;
  ordered_json node;
  node["total"] = summary.total;
  node["by_severity"] = std::move(by_severity);
  node["by_category"] = std::move(by_category);
  node["risk_score"] = summary.risk_score;
  node["risk_band"] = std::string(risk_band(summary.risk_score));
  return node;
}

// Appends a JSON array at depth 1, its elements written one at a time by `element(out, i)`
// at depth 2: the bytes `dump(2)` writes for the whole array, without holding it as a tree.
template <typename Element>
void append_array(std::string& out, std::size_t count, Element element) {
  if (count == 0) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ",\n";
    out += "    ";
    element(out, i);
  }
  out += "\n  ]";
}

// What one finding's JSON is expected to take, generously: the report's text is reserved once.
std::size_t reserved_bytes(const Finding& f) {
  std::size_t bytes = 1024 + f.text.size() + f.message.size() + f.ask.size() + f.title.size() + f.heading.size() +
                      f.reference.size();
  for (const std::string& line : f.why) bytes += 32 + line.size();
  for (const std::string& tag : f.tags) bytes += 32 + tag.size();
  for (const CapturedValue& c : f.captures) bytes += 512 + c.text.size();
  return bytes;
}

// Findings [first, end) as elements of the report's findings array, each after its separator.
void append_findings(std::string& out, const std::vector<Finding>& findings, std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end; ++i) {
    if (i > 0) out += ",\n";
    out += "    ";
    append_finding_json(out, findings[i], "F" + std::to_string(i + 1), 4);
  }
}

// Below this many findings, starting threads costs more than it saves.
constexpr std::size_t parallel_from_findings = 2000;

// The findings array, as append_array writes it. A large report's findings (70,000 and 200 MB
// of JSON for a 40 MB contract) are written in `threads` consecutive pieces at once, the first
// into `out` and each other into its own string, and the pieces are joined in order: the same
// bytes as one thread writes.
void append_findings_array(std::string& out, const std::vector<Finding>& findings, unsigned threads) {
  if (findings.empty()) {
    out += "[]";
    return;
  }
  out += "[\n";
  const std::size_t pieces =
      findings.size() >= parallel_from_findings ? std::min<std::size_t>(std::max(threads, 1u), findings.size()) : 1;
  if (pieces == 1) {
    append_findings(out, findings, 0, findings.size());
  } else {
    const auto bound = [&](std::size_t piece) { return findings.size() * piece / pieces; };
    std::vector<std::string> rest(pieces - 1);
    std::vector<std::exception_ptr> failures(pieces - 1);
    {
      std::vector<std::jthread> workers;
      for (std::size_t p = 1; p < pieces; ++p) {
        workers.emplace_back([&, p] {
          try {
            std::size_t reserve = 0;
            for (std::size_t i = bound(p); i < bound(p + 1); ++i) reserve += reserved_bytes(findings[i]);
            rest[p - 1].reserve(reserve);
            append_findings(rest[p - 1], findings, bound(p), bound(p + 1));
          } catch (...) {
            failures[p - 1] = std::current_exception();
          }
        });
      }
      append_findings(out, findings, 0, bound(1));
    }  // joined here
    for (const std::exception_ptr& failure : failures) {
      if (failure) std::rethrow_exception(failure);
    }
    for (std::string& piece : rest) {
      out += piece;
      std::string().swap(piece);
    }
  }
  out += "\n  ]";
}

}  // namespace

// The report is written key by key, and the outline and the findings element by element:
// a large contract's findings (70,000 on a 40 MB one) held as one JSON tree took four times
// the memory of the text they make. The bytes are those `ordered_json::dump(2)` gives for
// the whole report (tests/report_json_test.cpp compares them).
std::string write_report_json(const Report& report) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;
  const DocumentStructure& structure = prepared.document.structure;

  // The text is reserved once, generously: growing it by doubling copied it each time and,
  // while copying, held the old and the new buffer (hundreds of MB for a large contract);
  // what is reserved but never written is never touched, so it takes no memory.
  std::size_t reserve = 4096 + 512 * structure.clauses.size();
  for (const Finding& f : prepared.findings) reserve += reserved_bytes(f);
  std::string text;
  text.reserve(reserve);
  text += "{";
  bool first_key = true;
  const auto key = [&](std::string_view name) {
    text += first_key ? "\n  \"" : ",\n  \"";
    first_key = false;
    text += name;
    text += "\": ";
  };
  const auto member = [&](std::string_view name, const ordered_json& value) {
    key(name);
    append_json_value(text, value, 2);
  };
  member("$schema", std::string(report_schema_id));
  member("schema_version", std::string(report_schema_version));
  member("tool", {{"name", report.tool_name}, {"version", report.tool_version}});
  if (report.options.timestamp) member("generated_at", *report.options.timestamp);
  member("rule_pack", {{"name", report.rule_pack.name},
                       {"version", report.rule_pack.version},
                       {"sha256", report.rule_pack.sha256}});
  member("document", {{"path", d.path},
                      {"sha256", d.sha256},
                      {"format", std::string(to_string(d.format))},
                      {"pages", d.page_count},
                      {"kind", std::string(to_string(prepared.document.kind.kind))},
                      {"kind_evidence", prepared.document.kind.evidence}});
  member("parties", parties_json(prepared.document.parties));

  std::vector<int> roots;
  for (int root : structure.roots) {
    if (root >= 0 && static_cast<std::size_t>(root) < structure.clauses.size()) roots.push_back(root);
  }
  key("outline");
  append_array(text, roots.size(), [&](std::string& out, std::size_t i) {
    append_json_value(out, outline_node(structure, roots[i], 0), 4);
  });

  key("findings");
  append_findings_array(text, prepared.findings, report.options.threads);

  ordered_json warnings = ordered_json::array();
  for (const Warning& w : d.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}, {"page", w.page}});
  member("warnings", warnings);
  member("summary", summary_json(prepared.summary));
  if (report.assessment != nullptr) member("assessment", assessment_json(*report.assessment));
  text += "\n}\n";
  return text;
}

std::string current_utc_timestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace clausecheck
