// `clausecheck assess CONTRACT [--offer FILE]`: what the offer costs the provider in cash
// and risk (docs/offer-model.md). The contract goes through the one document pipeline with
// the offer model switched on; the command reads the offer file and picks the writer.
// Options and exit codes are documented in docs/cli.md.
#include <iostream>
#include <memory>

#include "clausecheck/reports.h"
#include "commands.h"
#include "batch_pack_identity.h"
#include "document_pipeline.h"
#include "offer_input.h"
#include "rule_files.h"

namespace clausecheck::cli {
namespace {

struct AssessOptions {
  std::string contract;
  std::string offer_path;
  std::string format = "text";
  std::vector<std::string> rule_paths;
  AnalysisOptions analysis;
};

ExitCode fail(const std::string& message) {
  std::cerr << "clausecheck: error: " << message << "\n";
  return ExitCode::usage_or_input_error;
}

ExitCode run_assess(const AssessOptions& options) {
  if (options.format != "text" && options.format != "json" && options.format != "html") {
    return fail("--format " + options.format + ": expected text, json or html");
  }
  PipelineOptions pipeline;
  pipeline.analysis = options.analysis;
  pipeline.offer = Offer{};
  if (!options.offer_path.empty()) {
    auto offer = load_offer_file(options.offer_path);
    if (auto* error = std::get_if<std::string>(&offer)) return fail(*error);
    pipeline.offer = std::get<LoadedOffer>(offer).offer;
  }
  RulePackIdentity identity;
  auto pack = load_rule_pack(options.rule_paths, false, &identity);
  if (!pack) return ExitCode::usage_or_input_error;
  const ScanOutcome scanned = scan_file(options.contract, *pack, pipeline);
  if (auto* error = std::get_if<InputError>(&scanned)) return fail(error->describe());
  for (const Warning& w : std::get<ScannedDocument>(scanned).analysed.document.warnings) {
    std::cerr << "clausecheck: warning: " << options.contract << ": " << w.message << "\n";
  }
  const Report report = make_report(std::get<ScannedDocument>(scanned), identity);
  if (options.format == "json") {
    std::cout << write_report_json(report);
  } else if (options.format == "html") {
    std::cout << write_report_html(report);
  } else {
    std::cout << write_assessment_text(report);
  }
  return ExitCode::ok;
}

}  // namespace

void register_assess_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand(
      "assess", "What a contract's terms cost the provider: cash needed, revenue at risk, exit exposure, inflation");
  auto options = std::make_shared<AssessOptions>();
  cmd->add_option("CONTRACT", options->contract, "the contract: PDF, DOCX, .doc, Markdown or plain text")->required();
  cmd->add_option("--offer", options->offer_path,
                  "the provider's figures, one `field = value` a line (docs/offer-model.md; default: stated defaults)");
  cmd->add_option("-f,--format", options->format,
                  "text (default), json (the report with its `assessment`) or html (the report with the section)");
  cmd->add_option("--rules", options->rule_paths, "rule files or directories for the report's findings (default: the bundled pack)");
  cmd->add_option("--provider", options->analysis.provider,
                  "the party whose risk is assessed, by its defined term or name (default: found in the document)");
  cmd->callback([options, &exit_code] { exit_code = run_assess(*options); });
}

}  // namespace clausecheck::cli
