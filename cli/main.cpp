// clausecheck: the command-line front end. It parses arguments and wires the libraries;
// each subcommand lives in its own file and registers itself here.
#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"clausecheck: reads contracts and flags risky terms and conditions"};
  app.set_version_flag("--version", std::string("clausecheck ") + CLAUSECHECK_VERSION);
  app.require_subcommand(1);

  clausecheck::cli::ExitCode exit_code = clausecheck::cli::ExitCode::ok;
  clausecheck::cli::register_commands(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    // CLI11 reports --help and --version as "errors" with status 0.
    return status == 0 ? 0 : static_cast<int>(clausecheck::cli::ExitCode::usage_or_input_error);
  }
  return static_cast<int>(exit_code);
}
