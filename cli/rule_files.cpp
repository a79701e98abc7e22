#include "rule_files.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "input_file.h"

namespace clausecheck::cli {

namespace {

// Rule files are small text; a larger one is a mistake (or hostile), not a rule pack.
constexpr std::uint64_t max_rule_file_bytes = 8u << 20;

void read_one(const std::string& path, RuleFiles& files) {
  ParseLimits limits;
  limits.max_file_bytes = max_rule_file_bytes;
  auto read = read_input_file(path, limits);
  if (auto* error = std::get_if<InputError>(&read)) {
    files.errors.push_back(error->describe());
    return;
  }
  files.sources.push_back({path, std::move(std::get<std::string>(read))});
}

}  // namespace

RuleFiles read_rule_files(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  RuleFiles files;
  std::vector<std::string> roots = paths;
  if (roots.empty()) roots.push_back(CLAUSECHECK_DEFAULT_RULES_DIR);
  for (const auto& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
      read_one(root, files);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".rules") found.push_back(it->path().string());
    }
    if (ec) files.errors.push_back(root + ": " + ec.message());
    std::sort(found.begin(), found.end());
    if (found.empty()) files.errors.push_back(root + ": no .rules files in this directory");
    for (const auto& path : found) read_one(path, files);
  }
  return files;
}

std::shared_ptr<const RulePack> load_rule_pack(const std::vector<std::string>& paths, bool strict) {
  RuleFiles files = read_rule_files(paths);
  for (const auto& error : files.errors) std::cerr << "clausecheck: error: " << error << "\n";
  RuleCompileOptions options;
  options.strict = strict;
  RuleCompileResult compiled = compile_rule_pack(files.sources, options);
  // The first errors say what is wrong; thousands more (a generated or hostile file) would
  // only flood the terminal.
  constexpr std::size_t kShownDiagnostics = 100;
  for (std::size_t i = 0; i < compiled.diagnostics.size() && i < kShownDiagnostics; ++i) {
    std::cerr << compiled.diagnostics[i].format();
  }
  if (compiled.diagnostics.size() > kShownDiagnostics) {
    std::cerr << "clausecheck: … and " << compiled.diagnostics.size() - kShownDiagnostics << " more\n";
  }
  if (!compiled.diagnostics.empty()) {
    std::cerr << "clausecheck: " << compiled.diagnostics.size() << " error(s) in the rule files\n";
  }
  if (!files.errors.empty()) return nullptr;
  return compiled.pack;
}

}  // namespace clausecheck::cli
