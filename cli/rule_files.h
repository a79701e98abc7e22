// Finding and reading rule files for the commands that take rule PATHS.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "clausecheck/reports.h"
#include "clausecheck/rules.h"

namespace clausecheck::cli {

// The bundled rules (default/, lib/, detect/): $CLAUSECHECK_RULES_DIR when set; else
// share/clausecheck/rules beside an installed binary (PREFIX/bin/clausecheck); else the
// source tree the binary was built from.
std::filesystem::path bundled_rules_dir();

struct RuleFiles {
  std::vector<RuleSource> sources;  // in a deterministic order
  // sources[i], parsed: read for their imports, then compiled without parsing them again.
  std::vector<ParsedRuleFile> parsed;
  std::vector<std::string> errors;  // "PATH: message", one per unreadable path
};

// Each path is a rule file, or a directory searched recursively for *.rules files (sorted
// by path, so that a pack always loads in the same order). An empty list means the
// default pack, bundled_rules_dir()/default. Each file's `import "lib/x"` lines
// add lib/x.rules (from the file's directory or the nearest one above it that has it, else
// from the bundled rules directory) after the files given, once each, recursively.
RuleFiles read_rule_files(const std::vector<std::string>& paths);

// read_rule_files + compile_rule_pack, printing every problem on stderr. Null on any error.
// With `identity`, also identifies the pack from the bytes that were compiled.
std::shared_ptr<const RulePack> load_rule_pack(const std::vector<std::string>& paths, bool strict,
                                               RulePackIdentity* identity = nullptr);

}  // namespace clausecheck::cli
