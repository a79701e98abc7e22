#include "document_pipeline.h"

#include "input_file.h"

namespace clausecheck::cli {

ScanOutcome scan_document(std::string_view path, std::string bytes, const RulePack& pack,
                          const PipelineOptions& options) {
  const Deadline deadline(options.time_limit);
  ParseLimits limits = options.limits;
  limits.deadline = deadline;
  ParseResult parsed = parse_document(path, bytes, limits);
  bytes.clear();
  bytes.shrink_to_fit();
  if (auto* error = std::get_if<InputError>(&parsed)) return *error;
  AnalysisOptions analysis = options.analysis;
  analysis.deadline = deadline;
  RuleScanOptions scan_options = options.scan;
  scan_options.deadline = deadline;
  try {
    ScannedDocument scanned{analyse(std::move(std::get<Document>(parsed)), analysis), {}, std::nullopt};
    scanned.findings = scan(pack, scanned.analysed, scan_options);
    if (options.offer) scanned.assessment = assess_offer(read_contract_terms(scanned.analysed), *options.offer);
    return scanned;
  } catch (const DeadlineExceeded& e) {
    return time_limit_error(path, e.budget());
  }
}

ScanOutcome scan_file(const std::string& path, const RulePack& pack, const PipelineOptions& options) {
  auto bytes = read_input_file(path, options.limits);
  if (auto* error = std::get_if<InputError>(&bytes)) return *error;
  return scan_document(path, std::move(std::get<std::string>(bytes)), pack, options);
}

Report make_report(const ScannedDocument& scanned, const RulePackIdentity& identity) {
  Report report;
  report.tool_version = CLAUSECHECK_VERSION;
  report.rule_pack = identity;
  report.document = &scanned.analysed;
  report.findings = scanned.findings;
  if (scanned.assessment) report.assessment = &*scanned.assessment;
  return report;
}

}  // namespace clausecheck::cli
