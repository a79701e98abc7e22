// `clausecheck scan FILE --rules PATHS`: run a rule pack on a contract, findings as JSON
// on stdout. The command only wires: reading (input_file), rules (rule_files), engine,
// and the JSON writer in reports/.
#include <iostream>
#include <memory>

#include "clausecheck/engine.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "commands.h"
#include "input_file.h"
#include "rule_files.h"

namespace clausecheck::cli {

void register_scan_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("scan", "Run a rule pack on a contract and write the findings as JSON");
  auto path = std::make_shared<std::string>();
  auto rule_paths = std::make_shared<std::vector<std::string>>();
  cmd->add_option("FILE", *path, "PDF, DOCX, Markdown or plain-text contract")->required();
  cmd->add_option("--rules", *rule_paths, "rule files or directories (default: the bundled pack)");
  cmd->callback([path, rule_paths, &exit_code] {
    auto pack = load_rule_pack(*rule_paths, false);
    if (!pack) {
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    ParseResult parsed = load_document(*path);
    if (auto* error = std::get_if<InputError>(&parsed)) {
      std::cerr << "clausecheck: error: " << error->describe() << "\n";
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    for (const Warning& w : std::get<Document>(parsed).warnings) {
      std::cerr << "clausecheck: warning: " << *path << ": " << w.message << "\n";
    }
    AnalysedDocument analysed = analyse(std::move(std::get<Document>(parsed)));
    std::cout << write_findings_json(analysed.document.path, scan(*pack, analysed));
    exit_code = ExitCode::ok;
  });
}

}  // namespace clausecheck::cli
