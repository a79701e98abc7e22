#include "gold_labels.h"

#include <nlohmann/json.hpp>

namespace clausecheck::cli {

std::variant<GoldLabels, std::string> parse_gold_labels(const std::string& path, const std::string& text) {
  using nlohmann::json;
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return path + ": not valid JSON";
  if (!root.is_object()) return path + ": expected a JSON object with \"labels\" and \"absent\"";
  GoldLabels gold;
  for (const auto& [key, value] : root.items()) {
    if (key == "labels") {
      if (!value.is_array()) return path + ": \"labels\" must be an array";
      for (std::size_t i = 0; i < value.size(); ++i) {
        const json& label = value[i];
        const std::string where = path + ": labels[" + std::to_string(i) + "]";
        if (!label.is_object() || !label.contains("type") || !label.contains("clause") ||
            !label["type"].is_string() || !label["clause"].is_string()) {
          return where + ": expected {\"type\": \"PAY-03\", \"clause\": \"7.4\"}";
        }
        if (label.size() != 2) return where + ": only \"type\" and \"clause\" are allowed";
        gold.labels.push_back({label["type"].get<std::string>(), label["clause"].get<std::string>()});
      }
    } else if (key == "absent") {
      if (!value.is_array()) return path + ": \"absent\" must be an array of taxonomy ids";
      for (const json& type : value) {
        if (!type.is_string()) return path + ": \"absent\" must be an array of taxonomy ids";
        gold.absent.push_back(type.get<std::string>());
      }
    } else {
      return path + ": unknown key \"" + key + "\" (expected \"labels\" and \"absent\")";
    }
  }
  return gold;
}

}  // namespace clausecheck::cli
