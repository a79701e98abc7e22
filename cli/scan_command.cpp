// `clausecheck scan PATH...`: the product's main job. One document without --out is the
// pre-check (a report on stdout, the terminal summary by default); with --out DIR it is a
// batch (batch_runner): a report per document plus summary.csv and summary.jsonl.
// The command only wires: inputs (batch_inputs), rules (rule_files), engine, reports.
// Options and exit codes are documented in docs/cli.md.
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "batch_inputs.h"
#include "batch_pack_identity.h"
#include "batch_runner.h"
#include "clausecheck/engine.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "commands.h"
#include "document_pipeline.h"
#include "output_directory.h"
#include "offer_input.h"
#include "progress_bar.h"
#include "rule_files.h"
#include "terminal_text.h"

namespace clausecheck::cli {
namespace {

struct ScanOptions {
  std::vector<std::string> paths;
  std::vector<std::string> rule_paths;
  std::string out_dir;
  std::vector<std::string> formats;
  unsigned jobs = 0;  // 0: all cores
  bool resume = false;
  std::string fail_on;
  bool quiet = false;
  bool every_match = false;
  AnalysisOptions analysis;
  double time_limit_seconds = std::chrono::duration<double>(default_document_time_limit).count();
  std::uint64_t memory_limit_mib = default_document_memory_limit >> 20;
  std::string offer_path;
};

// --time-limit in seconds (fractions allowed, for tests); 0 is no limit, and a positive
// limit is never rounded down to none.
std::chrono::milliseconds time_limit(const ScanOptions& options) {
  if (options.time_limit_seconds <= 0) return std::chrono::milliseconds(0);
  return std::chrono::milliseconds(std::max<std::int64_t>(1, std::llround(options.time_limit_seconds * 1000)));
}

// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
bool stdout_wants_colour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0');
}

bool reaches(const std::array<int, 5>& by_severity, std::optional<Severity> threshold) {
  if (!threshold) return false;
  for (int s = static_cast<int>(*threshold); s < static_cast<int>(by_severity.size()); ++s) {
    if (by_severity[s] > 0) return true;
  }
  return false;
}

ExitCode usage_error(const std::string& message) {
  std::cerr << "clausecheck: error: " << terminal_safe(message) << "\n";
  return ExitCode::usage_or_input_error;
}

// The pre-check: one document, one report on stdout.
ExitCode scan_one(const std::string& path, const RulePack& pack, const RulePackIdentity& identity,
                  ReportFormat format, std::optional<Severity> fail_on, bool quiet, const AnalysisOptions& analysis,
                  const RuleScanOptions& scan_options, std::chrono::milliseconds time_limit,
                  std::uint64_t memory_limit_bytes, const std::optional<Offer>& offer) {
  PipelineOptions options;
  options.memory_limit_bytes = memory_limit_bytes;
  options.analysis = analysis;
  options.scan = scan_options;
  options.time_limit = time_limit;
  options.offer = offer;
  options.report_formats = {format};
  ScanOutcome scanned = scan_file(path, pack, options);
  if (auto* error = std::get_if<InputError>(&scanned)) {
    std::cerr << "clausecheck: error: " << terminal_safe(error->describe()) << "\n";
    return ExitCode::usage_or_input_error;
  }
  if (!quiet) {
    // Reading warnings and analysis warnings (such as parties not found) alike.
    for (const Warning& w : std::get<ScannedDocument>(scanned).analysed.document.warnings) {
      std::cerr << "clausecheck: warning: " << terminal_safe(path + ": " + w.message) << "\n";
    }
  }
  Report report = take_report(std::get<ScannedDocument>(scanned), identity);
  report.options.threads = scan_options.threads;  // the same threads write a large JSON report's findings
  std::cout << write_report(report, format, format == ReportFormat::text && stdout_wants_colour());
  return reaches(summarise(report.findings).by_severity, fail_on) ? ExitCode::findings_at_threshold : ExitCode::ok;
}

ExitCode scan_batch(const std::vector<std::string>& files, const RulePack& pack, const RulePackIdentity& identity,
                    const ScanOptions& options, const std::vector<ReportFormat>& formats,
                    std::optional<Severity> fail_on, const std::optional<Offer>& offer,
                    const std::string& offer_sha256) {
  // One batch at a time per directory: two would overwrite each other's reports and
  // progress file and point their summaries at the other's reports.
  auto lock = OutputDirectoryLock::acquire(options.out_dir);
  if (auto* error = std::get_if<std::string>(&lock)) return usage_error(*error);
  remove_stale_temporaries(options.out_dir);
  BatchOptions batch;
  batch.out_dir = options.out_dir;
  batch.formats = formats;
  batch.jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  batch.resume = options.resume;
  batch.quiet = options.quiet;
  batch.scan.every_match = options.every_match;
  batch.analysis = options.analysis;
  batch.time_limit = time_limit(options);
  batch.memory_limit_bytes = options.memory_limit_mib << 20;
  batch.offer = offer;
  batch.offer_sha256 = offer_sha256;
  ProgressBar progress(files.size(), !options.quiet && stderr_is_terminal());
  const BatchResult result = run_batch(files, pack, identity, batch, progress);
  progress.finish();

  std::size_t unread = 0, unwritten = 0;
  bool threshold_reached = false;
  for (const BatchRow& row : result.rows) {
    if (row.status == BatchStatus::error) ++(row.error_kind == batch_output_error_kind ? unwritten : unread);
    threshold_reached = threshold_reached || reaches(row.by_severity, fail_on);
  }
  const std::size_t failed = unread + unwritten;
  for (const auto& error : result.errors) std::cerr << "clausecheck: error: " << terminal_safe(error) << "\n";
  if (!options.quiet) {
    // A report that could not be written (a full disk) is not a contract that could not be
    // read: the totals keep them apart, and the summary's error_kind says "output".
    std::string totals = std::to_string(result.rows.size()) + " document(s) in " + options.out_dir + ": " +
                         std::to_string(result.rows.size() - failed) + " scanned (" + std::to_string(result.resumed) +
                         " unchanged, skipped), " + std::to_string(unread) + " could not be read";
    if (unwritten > 0) totals += ", " + std::to_string(unwritten) + " scanned but their reports could not be written";
    std::cerr << "clausecheck: " << terminal_safe(totals) << "\n";
  }
  // An unread input makes the batch incomplete: that outranks the findings (docs/cli.md).
  if (failed > 0 || !result.errors.empty()) return ExitCode::usage_or_input_error;
  return threshold_reached ? ExitCode::findings_at_threshold : ExitCode::ok;
}

ExitCode run_scan(const ScanOptions& options) {
  std::vector<ReportFormat> formats;
  for (const auto& name : options.formats) {
    auto format = parse_report_format(name);
    if (!format) return usage_error("--format " + name + ": expected json, html, sarif or text");
    if (std::find(formats.begin(), formats.end(), *format) == formats.end()) formats.push_back(*format);
  }
  std::optional<Severity> fail_on;
  if (!options.fail_on.empty()) {
    fail_on = parse_severity(options.fail_on);
    if (!fail_on) return usage_error("--fail-on " + options.fail_on + ": expected info, low, medium, high or critical");
  }
  if (options.out_dir.empty()) {
    if (options.resume) return usage_error("--resume needs --out DIR");
    if (formats.size() > 1) return usage_error("several --format values need --out DIR");
  }

  if (!options.out_dir.empty()) {
    // Made before the inputs are listed, so that the walk knows it and never reads the
    // reports in it as contracts.
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    if (!std::filesystem::is_directory(options.out_dir, ec)) {
      return usage_error(options.out_dir + ": cannot create the output directory");
    }
    for (const std::string& path : options.paths) {
      if (std::filesystem::is_directory(path, ec) && std::filesystem::equivalent(path, options.out_dir, ec)) {
        return usage_error("--out " + options.out_dir + " is the input directory " + path +
                           ": its reports would be read as contracts by the next run; give another --out, e.g. a "
                           "folder beside it");
      }
    }
  }
  const std::vector<std::string> files = collect_batch_inputs(options.paths, options.out_dir);
  if (files.empty()) return usage_error("no documents found in the given paths");
  if (options.out_dir.empty() && files.size() > 1) {
    return usage_error(std::to_string(files.size()) + " documents to scan: give --out DIR for a batch");
  }

  std::optional<Offer> offer;
  std::string offer_sha256;
  if (!options.offer_path.empty()) {
    auto loaded = load_offer_file(options.offer_path);
    if (auto* error = std::get_if<std::string>(&loaded)) return usage_error(*error);
    offer = std::get<LoadedOffer>(loaded).offer;
    offer_sha256 = std::get<LoadedOffer>(loaded).sha256;
  }
  RulePackIdentity identity;
  auto pack = load_rule_pack(options.rule_paths, false, &identity);
  if (!pack) return ExitCode::usage_or_input_error;

  if (options.out_dir.empty()) {
    RuleScanOptions scan_options;
    scan_options.every_match = options.every_match;
    // One document: --jobs threads share its analysis, and its rules when it is large.
    scan_options.threads = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    AnalysisOptions analysis = options.analysis;
    analysis.threads = scan_options.threads;
    return scan_one(files.front(), *pack, identity, formats.empty() ? ReportFormat::text : formats.front(), fail_on,
                    options.quiet, analysis, scan_options, time_limit(options),
                    options.memory_limit_mib << 20, offer);
  }
  if (formats.empty()) formats.push_back(ReportFormat::json);
  return scan_batch(files, *pack, identity, options, formats, fail_on, offer, offer_sha256);
}

}  // namespace

void register_scan_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("scan", "Scan contracts for risky clauses: one report, or a batch with --out DIR");
  auto options = std::make_shared<ScanOptions>();
  cmd->add_option("PATH", options->paths, "contract files (PDF, DOCX, .doc, Markdown, text) or directories")->required();
  cmd->add_option("--rules", options->rule_paths, "rule files or directories (default: the bundled pack)");
  cmd->add_option("-o,--out", options->out_dir,
                  "write a report per document and summary.csv/summary.jsonl into DIR (created if missing)");
  cmd->add_option("-f,--format", options->formats,
                  "json, html, sarif or text; with --out, repeat or separate by commas for several "
                  "(default: text on stdout, json with --out)")
      ->delimiter(',');
  cmd->add_option("-j,--jobs", options->jobs, "documents scanned at once; for one large document, threads sharing its rules (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("--resume", options->resume,
                "with --out: skip documents whose bytes and rule pack are unchanged since the last run");
  cmd->add_option("--fail-on", options->fail_on,
                  "exit 1 when a finding of this severity or higher exists (info, low, medium, high, critical)");
  cmd->add_option("--provider", options->analysis.provider,
                  "the party whose risk is assessed, by its defined term or name, e.g. --provider Supplier "
                  "(default: found in each document)");
  cmd->add_option("--time-limit", options->time_limit_seconds,
                  "seconds one document may take, from reading to the last rule; over it the document is an "
                  "error (0: no limit; default: 300)")
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_option("--memory-limit", options->memory_limit_mib,
                  "MiB one document's text and analysis may take; over it the document is an error "
                  "(0: no limit; default: 2048)")
      ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{1} << 30));
  cmd->add_option("--offer", options->offer_path,
                  "the provider's figures (docs/offer-model.md): each report gets the offer assessment; a batch's "
                  "summary.csv has peak working capital and revenue at risk with or without it");
  cmd->add_flag("-q,--quiet", options->quiet, "no progress bar, warnings or batch totals on stderr");
  cmd->add_flag("--every-match", options->every_match,
                "report every match of every rule, not one per rule and clause (for measuring clause detection)");
  cmd->callback([options, &exit_code] { exit_code = run_scan(*options); });
}

}  // namespace clausecheck::cli
