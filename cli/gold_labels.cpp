#include "gold_labels.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace clausecheck::cli {
namespace {

using nlohmann::json;

// A document path a label file may name: relative, and never climbing out of the root.
bool is_contained_relative_path(const std::string& path) {
  const std::filesystem::path p(path);
  if (path.empty() || p.is_absolute()) return false;
  for (const auto& part : p) {
    if (part == "..") return false;
  }
  return true;
}

// A label: {"type", "clause"} and optionally "quote" (the risky words) and "page". Returns
// an error message, or empty.
std::string parse_label(const json& label, const std::string& where, GoldLabel& out) {
  constexpr const char* kShape = ": expected {\"type\": \"PAY-03\", \"clause\": \"7.4\"} with optional \"quote\" and \"page\"";
  if (!label.is_object()) return where + kShape;
  for (const auto& [key, value] : label.items()) {
    if (key == "type" && value.is_string()) {
      out.type = value.get<std::string>();
    } else if (key == "clause" && value.is_string()) {
      out.clause = value.get<std::string>();
    } else if (key == "quote" && value.is_string()) {
      out.quote = value.get<std::string>();
    } else if (key == "page" && value.is_number_integer() && value.get<int>() >= 1) {
      out.page = value.get<int>();
    } else if (key == "page" && value.is_null()) {
      // A document without pages (Markdown, text): nothing to record.
    } else if (key == "type" || key == "clause" || key == "quote" || key == "page") {
      return where + ": \"" + key + "\" has the wrong type" + kShape;
    } else {
      return where + ": unknown key \"" + key + "\"" + kShape;
    }
  }
  if (out.type.empty() || out.clause.empty()) return where + kShape;
  return {};
}

}  // namespace

std::variant<GoldLabels, std::string> parse_gold_labels(const std::string& path, const std::string& text) {
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return path + ": not valid JSON";
  if (!root.is_object()) return path + ": expected a JSON object with \"labels\" and \"absent\"";
  GoldLabels gold;
  for (const auto& [key, value] : root.items()) {
    if (key == "labels") {
      if (!value.is_array()) return path + ": \"labels\" must be an array";
      for (std::size_t i = 0; i < value.size(); ++i) {
        GoldLabel label;
        std::string error = parse_label(value[i], path + ": labels[" + std::to_string(i) + "]", label);
        if (!error.empty()) return error;
        gold.labels.push_back(std::move(label));
      }
    } else if (key == "absent") {
      if (!value.is_array()) return path + ": \"absent\" must be an array of taxonomy ids";
      for (const json& type : value) {
        if (!type.is_string()) return path + ": \"absent\" must be an array of taxonomy ids";
        gold.absent.push_back(type.get<std::string>());
      }
    } else if (key == "document" || key == "provider" || key == "counterparty" || key == "funder" || key == "kind") {
      if (value.is_null() && key != "document") continue;
      if (!value.is_string()) return path + ": \"" + key + "\" must be a string";
      std::string field = value.get<std::string>();
      if (key == "document") {
        if (!is_contained_relative_path(field)) {
          return path + ": \"document\" must be a path inside the documents root, without \"..\"";
        }
        gold.document = std::move(field);
      } else if (key == "provider") {
        gold.facts.provider = std::move(field);
      } else if (key == "counterparty") {
        gold.facts.counterparty = std::move(field);
      } else if (key == "funder") {
        gold.facts.funder = std::move(field);
      } else {
        gold.facts.kind = std::move(field);
      }
    } else {
      return path + ": unknown key \"" + key +
             "\" (expected \"labels\", \"absent\", \"document\", \"provider\", \"counterparty\", \"funder\", \"kind\")";
    }
  }
  return gold;
}

}  // namespace clausecheck::cli
