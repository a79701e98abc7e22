// SARIF 2.1.0 output, so that findings show up in editors and review tools.
//
// Mapping (docs/report-format.md): one run; tool.driver.rules lists each rule that fired,
// once, ordered by id; each finding is a result with ruleId/ruleIndex, a level from its
// severity, and a location in the document. Text and Markdown documents are located by
// line (the file's own lines); PDF and DOCX by character offset and length in the
// extracted text (code points, as run.columnKind says), with the page in properties.
#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "clausecheck/reports.h"
#include "prepared_report.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::critical:
    case Severity::high: return "error";
    case Severity::medium: return "warning";
    case Severity::low:
    case Severity::info: return "note";
  }
  return "warning";
}

// A relative URI reference for a relative path, a file:// URI for an absolute one; bytes
// outside the unreserved set are percent-encoded (spaces are common in contract names).
std::string path_to_uri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      uri.push_back(ch);
    } else {
      uri.push_back('%');
      uri.push_back(hex[c >> 4]);
      uri.push_back(hex[c & 0x0F]);
    }
  }
  return uri;
}

// Converts byte offsets of the extracted text to code point offsets (SARIF counts
// characters). Counts are kept at every 4 KiB so each lookup scans at most 4 KiB: a
// report with thousands of findings on a long PDF stays linear in the text.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text) : text_(text) {
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % stride == 0) checkpoints_.push_back(count);
      count += starts_code_point(text[i]);
    }
  }

  // Number of code points in text[0, offset); continuation bytes do not start one.
  std::uint32_t before(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    if (offset == 0) return 0;
    const std::size_t checkpoint = std::min<std::size_t>(offset / stride, checkpoints_.size() - 1);
    std::uint32_t count = checkpoints_[checkpoint];
    for (std::size_t i = checkpoint * stride; i < offset; ++i) count += starts_code_point(text_[i]);
    return count;
  }

 private:
  static constexpr std::size_t stride = 4096;
  static bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

  std::string_view text_;
  std::vector<std::uint32_t> checkpoints_;  // code points before byte k * stride
};

ordered_json rule_json(const Finding& f) {
  ordered_json rule;
  rule["id"] = f.rule_id;
  rule["name"] = f.title.empty() ? f.rule_id : f.title;
  rule["shortDescription"] = {{"text", f.title.empty() ? f.rule_id : f.title}};
  std::string full = f.title.empty() ? f.rule_id : f.title;
  if (!f.reference.empty()) full += ". Reference: " + f.reference;
  rule["fullDescription"] = {{"text", full}};
  if (!f.ask.empty()) rule["help"] = {{"text", f.ask}};
  rule["defaultConfiguration"] = {{"level", std::string(sarif_level(f.severity))}};
  ordered_json properties;
  properties["category"] = f.category;
  properties["severity"] = std::string(to_string(f.severity));
  if (!f.taxonomy.empty()) properties["taxonomy"] = f.taxonomy;
  properties["tags"] = f.tags;
  rule["properties"] = std::move(properties);
  return rule;
}

ordered_json region_json(const Document& d, const CodePointIndex& code_points, const TextSpan& span) {
  ordered_json region;
  if (d.format == DocumentFormat::text || d.format == DocumentFormat::markdown) {
    if (!d.blocks.empty()) {
      region["startLine"] = std::max(1, d.blocks[d.block_at(span.begin)].line);
      region["endLine"] = std::max(1, d.blocks[d.block_at(span.end > span.begin ? span.end - 1 : span.begin)].line);
    }
  } else {
    const std::uint32_t start = code_points.before(span.begin);
    region["charOffset"] = start;
    region["charLength"] = code_points.before(span.end) - start;
  }
  return region;
}

}  // namespace

std::string write_report_sarif(const Report& report) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;

  // Rules ordered by id; the first finding of a rule (in report order) describes it.
  std::map<std::string, const Finding*> rules;
  for (const Finding& f : prepared.findings) rules.emplace(f.rule_id, &f);
  std::map<std::string, std::size_t> rule_index;
  ordered_json rules_json = ordered_json::array();
  for (const auto& [id, finding] : rules) {
    rule_index[id] = rules_json.size();
    rules_json.push_back(rule_json(*finding));
  }

  ordered_json driver;
  driver["name"] = report.tool_name;
  driver["version"] = report.tool_version;
  driver["rules"] = std::move(rules_json);

  const std::string uri = path_to_uri(d.path);
  const CodePointIndex code_points(d.text);
  ordered_json results = ordered_json::array();
  for (const Finding& f : prepared.findings) {
    ordered_json result;
    result["ruleId"] = f.rule_id;
    result["ruleIndex"] = rule_index[f.rule_id];
    result["level"] = std::string(sarif_level(f.severity));
    std::string message = f.message.empty() ? f.title : f.message;
    if (!f.ask.empty()) message += " Ask for: " + f.ask;
    result["message"] = {{"text", message}};

    ordered_json physical;
    physical["artifactLocation"] = {{"uri", uri}, {"index", 0}};
    const TextSpan span = located_span(f, d);
    if (!f.absence && !d.text.empty()) physical["region"] = region_json(d, code_points, span);
    ordered_json location;
    location["physicalLocation"] = std::move(physical);
    if (!f.clause_citation.empty()) {
      location["logicalLocations"] = ordered_json::array(
          {{{"name", f.clause_citation}, {"fullyQualifiedName", "clause " + f.clause_citation}, {"kind", "clause"}}});
    }
    result["locations"] = ordered_json::array({std::move(location)});

    ordered_json properties;
    properties["severity"] = std::string(to_string(f.severity));
    properties["category"] = f.category;
    if (!f.taxonomy.empty()) properties["taxonomy"] = f.taxonomy;
    properties["absence"] = f.absence;
    properties["page"] = f.page;
    properties["clause"] = f.clause_citation;
    if (!f.also_citations.empty()) properties["also_clauses"] = f.also_citations;
    properties["heading"] = f.heading;
    properties["span"] = {{"begin", f.begin}, {"end", f.end}};
    properties["text"] = f.text;
    if (!f.why.empty()) properties["why"] = f.why;
    result["properties"] = std::move(properties);
    results.push_back(std::move(result));
  }

  ordered_json artifact;
  artifact["location"] = {{"uri", uri}};
  if (!d.sha256.empty()) artifact["hashes"] = {{"sha-256", d.sha256}};
  artifact["properties"] = {{"format", std::string(to_string(d.format))}, {"pages", d.page_count}};

  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["artifacts"] = ordered_json::array({std::move(artifact)});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  run["properties"] = {{"rulePack",
                        {{"name", report.rule_pack.name},
                         {"version", report.rule_pack.version},
                         {"sha256", report.rule_pack.sha256}}},
                       {"riskScore", prepared.summary.risk_score}};

  ordered_json out;
  out["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  out["version"] = "2.1.0";
  out["runs"] = ordered_json::array({std::move(run)});
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
