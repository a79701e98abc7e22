// The one road from a document to its findings, shared by every front end (scan, the
// batch, diff, eval, assess, extract, serve): bytes -> parse_document -> analyse -> scan ->
// Report. A front end decides where the bytes come from, how far the document goes (extract
// stops after the analysis: it writes the structure and matches no rules) and where the
// result goes; nothing else. Every stage runs under the same time and memory budgets.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"

namespace clausecheck::cli {

// A document read, analysed and (unless the job stopped after the analysis) scanned. Reports point into `analysed`: keep the
// ScannedDocument where it is while a Report made from it is in use.
struct ScannedDocument {
  AnalysedDocument analysed;
  std::vector<Finding> findings;
  std::optional<Assessment> assessment;  // when PipelineOptions::offer is set
};

using ScanOutcome = std::variant<ScannedDocument, InputError>;

// The time budget of one document by default (--time-limit; docs/limits.md). A 12 MB
// contract takes about 15 s of CPU, so five minutes lets a very large real contract finish
// and still stops a pathological one.
inline constexpr std::chrono::seconds default_document_time_limit{300};

// The memory budget of one document by default (--memory-limit; docs/limits.md, "Memory"):
// its text and analysis structures, estimated at each stage boundary (document_memory.h).
// Eight times the largest input read (max_file_bytes, 256 MiB): a hostile file is stopped
// before it takes the machine, and ordinary contracts never come near it.
inline constexpr std::uint64_t default_document_memory_limit = 2048ull << 20;

// How a front end wants a document read: input limits, who the provider is (--provider),
// whether every match is reported (--every-match), the time budget from parsing to the
// last rule (zero: none; the deadlines in `limits`, `analysis` and `scan` are set from
// `time_limit` when the document's reading starts), and the offer to assess the contract
// against (docs/offer-model.md; an empty Offer assesses on the stated defaults).
struct PipelineOptions {
  ParseLimits limits;
  AnalysisOptions analysis;
  RuleScanOptions scan;
  std::chrono::milliseconds time_limit = default_document_time_limit;
  std::optional<Offer> offer;  // set: the offer model runs after the scan
  std::uint64_t memory_limit_bytes = default_document_memory_limit;  // 0: none
  // The formats the document's reports will be written in, for the memory budget: the JSON
  // and text writers write straight from the findings, the HTML and SARIF writers hold more.
  // Empty: not known (serve writes every format), every writer is counted.
  std::vector<ReportFormat> report_formats;
};

// Parses `bytes` (the format is detected from the content; `path` names the document in
// messages and reports), analyses and scans it. `bytes` is released as soon as it is
// parsed, so a large file is not held twice while it is analysed. A document over
// options.time_limit is an InputError of kind time_limit; one whose structures would need
// more than options.memory_limit_bytes, of kind memory_limit.
ScanOutcome scan_document(std::string_view path, std::string bytes, const RulePack& pack,
                          const PipelineOptions& options = {});

// read_input_file + scan_document.
ScanOutcome scan_file(const std::string& path, const RulePack& pack, const PipelineOptions& options = {});

// The same job as scan_file, stopped after the analysis (the clause tree, definitions,
// references and parties): no rule is matched, so `findings` is empty and there is no
// assessment (options.scan and options.offer are not used). For `extract`.
ScanOutcome analyse_file(const std::string& path, const PipelineOptions& options = {});

// The report of `scanned` as every writer takes it: this build's version, the pack's identity,
// and the assessment when there is one.
Report make_report(const ScannedDocument& scanned, const RulePackIdentity& identity);
// The same, with the findings moved out of `scanned` into the report rather than copied: a
// large contract's findings hold hundreds of MB. For a caller done with scanned.findings.
Report take_report(ScannedDocument& scanned, const RulePackIdentity& identity);

}  // namespace clausecheck::cli
