#include "batch_pack_identity.h"

#include <filesystem>

#include "sha256.h"

namespace clausecheck::cli {

RulePackIdentity identify_rule_pack(const std::vector<std::string>& rule_paths, const std::vector<RuleSource>& sources) {
  RulePackIdentity identity;
  identity.version = CLAUSECHECK_VERSION;
  if (rule_paths.empty()) {
    identity.name = "default";
  } else {
    std::filesystem::path first(rule_paths.front());
    identity.name = (first.has_filename() ? first.filename() : first.parent_path().filename()).string();
  }
  std::string hashed;
  for (const RuleSource& source : sources) {
    // Length-prefixed, so that no two different packs hash the same bytes.
    const std::string name = std::filesystem::path(source.path).filename().string();
    hashed += std::to_string(name.size()) + ':' + name + std::to_string(source.text.size()) + ':' + source.text;
  }
  identity.sha256 = sha256_hex(hashed);
  return identity;
}

}  // namespace clausecheck::cli
