// `clausecheck extract FILE`: the structured document as JSON on stdout.
#include <iostream>
#include <memory>

#include "clausecheck/reports.h"
#include "commands.h"
#include "document_pipeline.h"
#include "terminal_text.h"

namespace clausecheck::cli {

void register_extract_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("extract", "Write a contract's clauses, definitions and references as JSON");
  auto path = std::make_shared<std::string>();
  auto options = std::make_shared<PipelineOptions>();
  cmd->add_option("FILE", *path, "PDF, DOCX, .doc, Markdown or plain-text contract")->required();
  cmd->add_option("--provider", options->analysis.provider,
                  "the party whose risk is assessed: its defined term or name (default: found in the document)");
  cmd->callback([path, options, &exit_code] {
    // The document job that scan runs, stopped before the rules: the structure is the same
    // one the findings cite.
    const ScanOutcome analysed = analyse_file(*path, *options);
    if (auto* error = std::get_if<InputError>(&analysed)) {
      std::cerr << "clausecheck: error: " << terminal_safe(error->describe()) << "\n";
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    const AnalysedDocument& document = std::get<ScannedDocument>(analysed).analysed;
    // Reading warnings and analysis warnings (such as parties not found) alike.
    for (const Warning& w : document.document.warnings) {
      std::cerr << "clausecheck: warning: " << terminal_safe(*path + ": " + w.message) << "\n";
    }
    std::cout << write_extract_json(document);
    exit_code = ExitCode::ok;
  });
}

}  // namespace clausecheck::cli
