// `clausecheck diff OLD NEW`: the risks a new draft adds, removes or changes. Both drafts
// are scanned with the same rule pack; matching is engine logic (draft_diff.h).
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "clausecheck/diff_report.h"
#include "clausecheck/draft_diff.h"
#include "clausecheck/engine.h"
#include "clausecheck/rules.h"
#include "commands.h"
#include "document_pipeline.h"
#include "rule_files.h"
#include "terminal_text.h"

namespace clausecheck::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::vector<std::string> rule_paths;
  bool json = false;
  std::string fail_on;
};

std::optional<ScannedDocument> read_draft(const std::string& path, const RulePack& pack) {
  ScanOutcome scanned = scan_file(path, pack);
  if (auto* error = std::get_if<InputError>(&scanned)) {
    std::cerr << "clausecheck: error: " << terminal_safe(error->describe()) << "\n";
    return std::nullopt;
  }
  for (const Warning& w : std::get<ScannedDocument>(scanned).analysed.document.warnings) {
    std::cerr << "clausecheck: warning: " << terminal_safe(path + ": " + w.message) << "\n";
  }
  return std::move(std::get<ScannedDocument>(scanned));
}

ExitCode run_diff(const DiffOptions& options) {
  std::optional<Severity> fail_on;
  if (!options.fail_on.empty()) {
    fail_on = parse_severity(options.fail_on);
    if (!fail_on) {
      std::cerr << "clausecheck: error: --fail-on " << options.fail_on
                << ": expected info, low, medium, high or critical\n";
      return ExitCode::usage_or_input_error;
    }
  }
  auto pack = load_rule_pack(options.rule_paths, false);
  if (!pack) return ExitCode::usage_or_input_error;
  const std::optional<ScannedDocument> old_draft = read_draft(options.old_path, *pack);
  const std::optional<ScannedDocument> new_draft = read_draft(options.new_path, *pack);
  if (!old_draft || !new_draft) return ExitCode::usage_or_input_error;

  const DraftDiff diff = diff_drafts(old_draft->analysed, old_draft->findings, new_draft->analysed, new_draft->findings);
  if (options.json) {
    std::cout << write_diff_json(diff, options.old_path, options.new_path);
  } else {
    const char* no_colour = std::getenv("NO_COLOR");
    const bool colour = isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0');
    std::cout << write_diff_text(diff, options.old_path, options.new_path, colour);
  }
  // What the new draft makes worse: an added risk, or a changed one, at the threshold.
  bool worse = false;
  for (const Finding& f : diff.added) worse = worse || (fail_on && f.severity >= *fail_on);
  for (const ChangedFinding& c : diff.changed) worse = worse || (fail_on && c.after.severity >= *fail_on);
  return worse ? ExitCode::findings_at_threshold : ExitCode::ok;
}

}  // namespace

void register_diff_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("diff", "Compare two drafts: the risks the new one adds, removes or changes");
  auto options = std::make_shared<DiffOptions>();
  cmd->add_option("OLD", options->old_path, "the earlier draft")->required();
  cmd->add_option("NEW", options->new_path, "the new draft")->required();
  cmd->add_option("--rules", options->rule_paths, "rule files or directories (default: the bundled pack)");
  cmd->add_flag("--json", options->json, "write the comparison as JSON");
  cmd->add_option("--fail-on", options->fail_on,
                  "exit 1 when the new draft adds or changes a risk of this severity or higher");
  cmd->callback([options, &exit_code] { exit_code = run_diff(*options); });
}

}  // namespace clausecheck::cli
