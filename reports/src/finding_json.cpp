#include "finding_json.h"

#include <cmath>

namespace clausecheck {

namespace {

using nlohmann::ordered_json;

ordered_json span_json(std::uint32_t begin, std::uint32_t end) { return {{"begin", begin}, {"end", end}}; }

ordered_json capture_json(const CapturedValue& c) {
  ordered_json capture;
  capture["name"] = c.name;
  capture["type"] = c.type;
  capture["text"] = c.text;
  // JSON has no NaN or infinity; a value the engine could not read is null.
  if (std::isfinite(c.value))
    capture["value"] = c.value;
  else
    capture["value"] = nullptr;
  capture["unit"] = c.unit;
  capture["span"] = span_json(c.begin, c.end);
  return capture;
}

}  // namespace

ordered_json finding_json(const Finding& f, const std::string& id) {
  ordered_json node;
  if (!id.empty()) node["id"] = id;
  node["rule_id"] = f.rule_id;
  node["severity"] = std::string(to_string(f.severity));
  node["category"] = f.category;
  node["taxonomy"] = f.taxonomy;
  node["title"] = f.title;
  node["message"] = f.message;
  node["ask"] = f.ask;
  node["reference"] = f.reference;
  node["tags"] = f.tags;
  node["absence"] = f.absence;
  node["page"] = f.page;
  node["clause"] = f.clause_citation;
  node["heading"] = f.heading;
  node["span"] = span_json(f.begin, f.end);
  node["text"] = f.text;
  ordered_json captures = ordered_json::array();
  for (const CapturedValue& c : f.captures) captures.push_back(capture_json(c));
  node["captures"] = std::move(captures);
  node["why"] = f.why;
  return node;
}

}  // namespace clausecheck
