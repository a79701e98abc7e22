#include "document_pipeline.h"

#include "document_memory.h"
#include "input_file.h"

namespace clausecheck::cli {
namespace {

// The document job. Without a pack (`pack` null) it stops after the analysis.
ScanOutcome run_document_job(std::string_view path, std::string bytes, const RulePack* pack,
                             const PipelineOptions& options) {
  const Deadline deadline(options.time_limit);
  ParseLimits limits = options.limits;
  limits.deadline = deadline;
  ParseResult parsed = parse_document(path, bytes, limits);
  bytes.clear();
  bytes.shrink_to_fit();
  if (auto* error = std::get_if<InputError>(&parsed)) return *error;
  // Before each stage, what the document will hold at the stage's peak is estimated (what
  // the earlier stages keep, plus what this one allocates), and the document stops at the
  // first stage that would take it over its budget, before that stage allocates.
  const auto over_budget = [&](std::uint64_t needed) {
    return options.memory_limit_bytes != 0 && needed > options.memory_limit_bytes;
  };
  const Document& read = std::get<Document>(parsed);
  if (const std::uint64_t needed = estimated_bytes(read) + estimated_analysis_bytes(read); over_budget(needed)) {
    return memory_limit_error(path, options.memory_limit_bytes, needed, "reading and analysing its text");
  }
  AnalysisOptions analysis = options.analysis;
  analysis.deadline = deadline;
  RuleScanOptions scan_options = options.scan;
  scan_options.deadline = deadline;
  try {
    ScannedDocument scanned{analyse(std::move(std::get<Document>(parsed)), analysis), {}, std::nullopt};
    if (pack == nullptr) return scanned;  // the analysis was counted before it ran
    const std::uint64_t analysed_bytes = estimated_bytes(scanned.analysed) + estimated_matching_bytes(scanned.analysed);
    if (over_budget(analysed_bytes)) {
      return memory_limit_error(path, options.memory_limit_bytes, analysed_bytes, "its analysis and word index");
    }
    scanned.findings = scan(*pack, scanned.analysed, scan_options);
    // The report is written after this returns, by the caller, and is held whole in memory
    // while it is written: it is counted here, where the document can still be refused.
    const std::uint64_t scanned_bytes = estimated_bytes(scanned.analysed) + estimated_bytes(scanned.findings) +
                                        estimated_report_bytes(scanned.analysed, scanned.findings,
                                                               options.report_formats, options.scan.threads);
    if (over_budget(scanned_bytes)) {
      return memory_limit_error(path, options.memory_limit_bytes, scanned_bytes, "its analysis, findings and report");
    }
    if (options.offer) scanned.assessment = assess_offer(read_contract_terms(scanned.analysed), *options.offer);
    return scanned;
  } catch (const DeadlineExceeded& e) {
    return time_limit_error(path, e.budget());
  }
}

ScanOutcome run_file_job(const std::string& path, const RulePack* pack, const PipelineOptions& options) {
  auto bytes = read_input_file(path, options.limits);
  if (auto* error = std::get_if<InputError>(&bytes)) return *error;
  return run_document_job(path, std::move(std::get<std::string>(bytes)), pack, options);
}

}  // namespace

ScanOutcome scan_document(std::string_view path, std::string bytes, const RulePack& pack,
                          const PipelineOptions& options) {
  return run_document_job(path, std::move(bytes), &pack, options);
}

ScanOutcome scan_file(const std::string& path, const RulePack& pack, const PipelineOptions& options) {
  return run_file_job(path, &pack, options);
}

ScanOutcome analyse_file(const std::string& path, const PipelineOptions& options) {
  return run_file_job(path, nullptr, options);
}

namespace {

Report report_without_findings(const ScannedDocument& scanned, const RulePackIdentity& identity) {
  Report report;
  report.tool_version = CLAUSECHECK_VERSION;
  report.rule_pack = identity;
  report.document = &scanned.analysed;
  if (scanned.assessment) report.assessment = &*scanned.assessment;
  return report;
}

}  // namespace

Report make_report(const ScannedDocument& scanned, const RulePackIdentity& identity) {
  Report report = report_without_findings(scanned, identity);
  report.findings = scanned.findings;
  sort_for_report(report.findings);  // once, so that no writer sorts a copy
  return report;
}

Report take_report(ScannedDocument& scanned, const RulePackIdentity& identity) {
  Report report = report_without_findings(scanned, identity);
  report.findings = std::move(scanned.findings);
  scanned.findings.clear();
  sort_for_report(report.findings);  // once, so that no writer sorts a copy
  return report;
}

}  // namespace clausecheck::cli
