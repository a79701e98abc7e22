#include "document_pipeline.h"

#include "document_memory.h"
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
  // Each stage's structures are estimated when they exist, before the next stage adds its
  // own: the document stops at the first boundary over its budget.
  const auto over_budget = [&](std::uint64_t needed) {
    return options.memory_limit_bytes != 0 && needed > options.memory_limit_bytes;
  };
  // Analysis copies and normalises the text, and keeps tokens and offsets per byte: at
  // least four times the text, before any structure.
  const std::uint64_t read_bytes = estimated_bytes(std::get<Document>(parsed));
  if (over_budget(read_bytes + 4 * std::get<Document>(parsed).text.size())) {
    return memory_limit_error(path, options.memory_limit_bytes, read_bytes + 4 * std::get<Document>(parsed).text.size(),
                              "reading and normalising its text");
  }
  AnalysisOptions analysis = options.analysis;
  analysis.deadline = deadline;
  RuleScanOptions scan_options = options.scan;
  scan_options.deadline = deadline;
  try {
    ScannedDocument scanned{analyse(std::move(std::get<Document>(parsed)), analysis), {}, std::nullopt};
    const std::uint64_t analysed_bytes = estimated_bytes(scanned.analysed) + estimated_matching_bytes(scanned.analysed);
    if (over_budget(analysed_bytes)) {
      return memory_limit_error(path, options.memory_limit_bytes, analysed_bytes, "its analysis and word index");
    }
    scanned.findings = scan(pack, scanned.analysed, scan_options);
    const std::uint64_t scanned_bytes = estimated_bytes(scanned.analysed) + estimated_bytes(scanned.findings);
    if (over_budget(scanned_bytes)) {
      return memory_limit_error(path, options.memory_limit_bytes, scanned_bytes, "its analysis and findings");
    }
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
