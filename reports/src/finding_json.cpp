#include "finding_json.h"

#include <cmath>
#include <string_view>

#include "json_text.h"

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

// Writes an object's members one by one, as `dump(2)` lays them out for an object standing
// `indent` spaces deep.
class ObjectText {
 public:
  ObjectText(std::string& out, unsigned indent) : out_(out), indent_(indent) {}
  void key(std::string_view name) {
    out_ += first_ ? "{\n" : ",\n";
    first_ = false;
    out_.append(indent_ + 2, ' ');
    out_ += '"';
    out_ += name;  // the finding's keys need no escaping
    out_ += "\": ";
  }
  void string(std::string_view name, std::string_view text) {
    key(name);
    append_json_string(out_, text);
  }
  void value(std::string_view name, const ordered_json& json) {
    key(name);
    append_json_value(out_, json, indent_ + 2);
  }
  void strings(std::string_view name, const std::vector<std::string>& values) {
    key(name);
    if (values.empty()) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ += ",\n";
      out_.append(indent_ + 4, ' ');
      append_json_string(out_, values[i]);
    }
    out_ += '\n';
    out_.append(indent_ + 2, ' ');
    out_ += ']';
  }
  // REQUIRES: a member was written (a finding always has its rule_id).
  void close() {
    out_ += '\n';
    out_.append(indent_, ' ');
    out_ += '}';
  }

 private:
  std::string& out_;
  unsigned indent_;
  bool first_ = true;
};

// Builds the same members as an ordered_json object, for writers that want the tree.
class ObjectTree {
 public:
  void string(std::string_view name, std::string_view text) { node_[std::string(name)] = std::string(text); }
  void value(std::string_view name, ordered_json json) { node_[std::string(name)] = std::move(json); }
  void strings(std::string_view name, const std::vector<std::string>& values) { node_[std::string(name)] = values; }
  ordered_json take() { return std::move(node_); }

 private:
  ordered_json node_ = ordered_json::object();
};

// The one list of a finding's members, in report order: both writers go through it, so
// the streamed text and the tree cannot drift apart.
template <typename Members>
void write_finding_members(Members& node, const Finding& f, std::string_view id) {
  if (!id.empty()) node.string("id", id);
  node.string("rule_id", f.rule_id);
  node.string("severity", to_string(f.severity));
  node.string("category", f.category);
  node.string("taxonomy", f.taxonomy);
  node.string("title", f.title);
  node.string("message", f.message);
  node.string("ask", f.ask);
  node.string("reference", f.reference);
  node.strings("tags", f.tags);
  node.value("absence", f.absence);
  node.value("page", f.page);
  node.string("clause", f.clause_citation);
  // Only on a finding that stands for several clauses: every other finding is written as before.
  if (!f.also_citations.empty()) node.strings("also_clauses", f.also_citations);
  node.string("heading", f.heading);
  node.value("span", span_json(f.begin, f.end));
  node.string("text", f.text);
  ordered_json captures = ordered_json::array();
  for (const CapturedValue& c : f.captures) captures.push_back(capture_json(c));
  node.value("captures", std::move(captures));
  node.strings("why", f.why);
}

}  // namespace

void append_finding_json(std::string& out, const Finding& f, std::string_view id, unsigned indent) {
  ObjectText node(out, indent);
  write_finding_members(node, f, id);
  node.close();
}

ordered_json finding_json(const Finding& f, const std::string& id) {
  ObjectTree node;
  write_finding_members(node, f, id);
  return node.take();
}

}  // namespace clausecheck
