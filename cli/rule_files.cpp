#include "rule_files.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>
#include <system_error>

#include "batch_pack_identity.h"
#include "input_file.h"
#include <cctype>
#include <optional>

namespace clausecheck::cli {

std::filesystem::path bundled_rules_dir() {
  namespace fs = std::filesystem;
  if (const char* override_dir = std::getenv("CLAUSECHECK_RULES_DIR"); override_dir != nullptr && *override_dir != 0) {
    return override_dir;
  }
  // An installed binary, PREFIX/bin/clausecheck, finds PREFIX/share/clausecheck/rules; a
  // binary in its build tree finds the source tree it was built from.
  std::error_code ec;
  const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = executable.parent_path().parent_path() / "share" / "clausecheck" / "rules";
    if (fs::is_directory(installed / "default", ec)) return installed;
  }
  return CLAUSECHECK_BUNDLED_RULES_DIR;
}

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

// A library name is a relative path of plain words, "lib/indemnity": it cannot climb out of
// the directories it is looked for in.
bool valid_import_name(const std::string& name) {
  if (name.empty() || name.front() == '/' || name.back() == '/') return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    std::string_view part(name.data() + start, end - start);
    if (part.empty() || part.front() == '.') return false;
    for (char c : part) {
      if (!ascii_is_alnum(c) && c != '-' && c != '_' && c != '.') return false;
    }
    start = end + 1;
  }
  return true;
}

// `import "lib/indemnity"` names lib/indemnity.rules in the importing file's directory or
// the nearest directory above it that has one, else in the bundled rules directory; so a
// pack anywhere under rules/ finds rules/lib, and a pack elsewhere can bring its own lib/.
std::optional<std::filesystem::path> find_import(const std::filesystem::path& importer, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path relative = fs::path(name + ".rules");
  std::error_code ec;
  fs::path directory = fs::absolute(importer, ec).parent_path();
  // A candidate that does not exist sets its own error code: that only means "look higher".
  std::error_code missing;
  while (!ec) {
    fs::path candidate = directory / relative;
    if (fs::is_regular_file(candidate, missing)) return candidate;
    if (directory == directory.root_path() || !directory.has_parent_path()) break;
    directory = directory.parent_path();
  }
  fs::path bundled = bundled_rules_dir() / relative;
  if (fs::is_regular_file(bundled, missing)) return bundled;
  return std::nullopt;
}

std::string canonical_key(const std::string& path) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : canonical.string();
}

// Adds every library the sources import, and the libraries those import, once each.
void add_imports(RuleFiles& files) {
  std::set<std::string> loaded;
  for (const auto& source : files.sources) loaded.insert(canonical_key(source.path));
  for (std::size_t i = 0; i < files.sources.size(); ++i) {
    const std::string importer = files.sources[i].path;
    files.parsed.emplace_back(files.sources[i]);
    for (const RuleImport& import : files.parsed.back().imports()) {
      const std::string where = importer + ":" + std::to_string(import.line) + ":" + std::to_string(import.column) + ": ";
      if (!valid_import_name(import.name)) {
        files.errors.push_back(where + "\"" + import.name +
                               "\" is not a library name: use a relative path of words, as in \"lib/indemnity\"");
        continue;
      }
      auto found = find_import(importer, import.name);
      if (!found) {
        files.errors.push_back(where + "cannot find the library \"" + import.name + "\": looked for " + import.name +
                               ".rules beside this file, in the directories above it and in " +
                               bundled_rules_dir().string());
        continue;
      }
      if (!loaded.insert(canonical_key(found->string())).second) continue;
      read_one(found->string(), files);  // appended, so the loop reads its imports too
    }
  }
}

}  // namespace

RuleFiles read_rule_files(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  RuleFiles files;
  std::vector<std::string> roots = paths;
  if (roots.empty()) roots.push_back((bundled_rules_dir() / "default").string());
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
  add_imports(files);
  return files;
}

std::shared_ptr<const RulePack> load_rule_pack(const std::vector<std::string>& paths, bool strict,
                                               RulePackIdentity* identity) {
  RuleFiles files = read_rule_files(paths);
  if (identity != nullptr) *identity = identify_rule_pack(paths, files.sources);
  for (const auto& error : files.errors) std::cerr << "clausecheck: error: " << error << "\n";
  RuleCompileOptions options;
  options.strict = strict;
  RuleCompileResult compiled = compile_rule_pack(files.parsed, options);
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
