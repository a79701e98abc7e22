// The subcommands of the clausecheck front end. Each register_* function adds one
// subcommand to the app; when it runs it stores its exit status in `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace clausecheck::cli {

// Documented in docs/cli.md.
enum class ExitCode {
  ok = 0,                    // finished; no finding at or above --fail-on
  findings_at_threshold = 1, // a finding at or above --fail-on, or a rules test failed
  usage_or_input_error = 2,  // bad arguments, unreadable input, invalid rule file
};

void register_extract_command(CLI::App& app, ExitCode& exit_code);
void register_rules_command(CLI::App& app, ExitCode& exit_code);
void register_scan_command(CLI::App& app, ExitCode& exit_code);
void register_eval_command(CLI::App& app, ExitCode& exit_code);
void register_diff_command(CLI::App& app, ExitCode& exit_code);
void register_serve_command(CLI::App& app, ExitCode& exit_code);
void register_assess_command(CLI::App& app, ExitCode& exit_code);

inline void register_commands(CLI::App& app, ExitCode& exit_code) {
  register_extract_command(app, exit_code);
  register_rules_command(app, exit_code);
  register_scan_command(app, exit_code);
  register_eval_command(app, exit_code);
  register_diff_command(app, exit_code);
  register_serve_command(app, exit_code);
  register_assess_command(app, exit_code);
}

}  // namespace clausecheck::cli
