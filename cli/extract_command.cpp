// `clausecheck extract FILE`: the structured document as JSON on stdout.
#include <iostream>
#include <memory>

#include "clausecheck/engine.h"
#include "clausecheck/reports.h"
#include "commands.h"
#include "input_file.h"
#include "terminal_text.h"

namespace clausecheck::cli {

void register_extract_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("extract", "Write a contract's clauses, definitions and references as JSON");
  auto path = std::make_shared<std::string>();
  auto analysis = std::make_shared<AnalysisOptions>();
  cmd->add_option("FILE", *path, "PDF, DOCX, Markdown or plain-text contract")->required();
  cmd->add_option("--provider", analysis->provider,
                  "the party whose risk is assessed: its defined term or name (default: found in the document)");
  cmd->callback([path, analysis, &exit_code] {
    ParseResult parsed = load_document(*path);
    if (auto* error = std::get_if<InputError>(&parsed)) {
      std::cerr << "clausecheck: error: " << terminal_safe(error->describe()) << "\n";
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    for (const Warning& w : std::get<Document>(parsed).warnings) {
      std::cerr << "clausecheck: warning: " << terminal_safe(*path + ": " + w.message) << "\n";
    }
    AnalysedDocument analysed = analyse(std::move(std::get<Document>(parsed)), *analysis);
    for (const Warning& w : analysed.document.warnings) {
      if (w.code == "parties-not-found") std::cerr << "clausecheck: warning: " << terminal_safe(*path + ": " + w.message) << "\n";
    }
    std::cout << write_extract_json(analysed);
    exit_code = ExitCode::ok;
  });
}

}  // namespace clausecheck::cli
