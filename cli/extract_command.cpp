// `clausecheck extract FILE`: the structured document as JSON on stdout.
#include <iostream>

#include "clausecheck/engine.h"
#include "clausecheck/parsers.h"
#include "commands.h"
#include "input_file.h"

namespace clausecheck::cli {

void register_extract_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("extract", "Write a contract's text, clauses, definitions and references as JSON");
  auto path = std::make_shared<std::string>();
  cmd->add_option("FILE", *path, "PDF, DOCX, Markdown or plain-text contract")->required();
  cmd->callback([path, &exit_code] {
    (void)path;
    exit_code = ExitCode::usage_or_input_error;
    std::cerr << "extract: not wired yet\n";
  });
}

}  // namespace clausecheck::cli
