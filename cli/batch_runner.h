// The batch behind `clausecheck scan PATH... --out DIR`: scans many documents on a pool of
// threads, writes each document's reports into DIR as soon as it is done, and keeps only
// a compact row per document, so memory stays flat however many documents there are.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/batch_summary.h"
#include "clausecheck/offer_file.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "document_pipeline.h"
#include "progress_bar.h"

namespace clausecheck::cli {

struct BatchOptions {
  std::string out_dir;
  std::vector<ReportFormat> formats{ReportFormat::json};
  unsigned jobs = 1;
  // Reuse the row of a document whose bytes, rule pack and offer are unchanged since the last run
  // into out_dir (summary.jsonl, or the progress file of an interrupted run) when its
  // reports are still there.
  bool resume = false;
  bool quiet = false;  // no per-document error and warning lines on stderr
  RuleScanOptions scan;  // --every-match
  AnalysisOptions analysis;  // --provider
  std::chrono::milliseconds time_limit = default_document_time_limit;  // per document; 0: none
  std::uint64_t memory_limit_bytes = default_document_memory_limit;     // per document; 0: none
  // --offer: every document is assessed against it and its reports carry the assessment.
  // Without it, documents are still assessed on the stated defaults for summary.csv, and the
  // reports stay as `scan` writes them.
  std::optional<Offer> offer;
  // The sha256 of the --offer file's bytes, empty without one: --resume reuses a row only
  // when its assessment was made on the same offer (or, both, on the stated defaults).
  std::string offer_sha256;
};

struct BatchResult {
  std::vector<BatchRow> rows;  // one per input, in summary order (sort_batch_rows)
  std::size_t resumed = 0;     // rows reused by --resume
  std::vector<std::string> errors;  // problems with out_dir itself (could not write a summary …)
};

// The error_kind of a row whose document was scanned but whose report could not be
// written (a full disk, a read-only directory): "could not write", never "could not read".
inline constexpr const char* batch_output_error_kind = "output";

// The progress file: rows appended as documents finish, so an interrupted batch resumes.
// Removed once summary.csv and summary.jsonl are written.
inline constexpr const char* batch_progress_file = ".clausecheck-progress.jsonl";

// Report file names for `files`, one stem each: the file name (control characters as "_",
// bytes that are not UTF-8 as U+FFFD), made unique within the batch (case-insensitively)
// by "-2", "-3" … in input order. "contract.pdf" gives the
// stem "contract.pdf" and the reports "contract.pdf.json", "contract.pdf.html".
std::vector<std::string> batch_report_stems(const std::vector<std::string>& files);

// REQUIRES: out_dir exists and this process holds its OutputDirectoryLock. `pack` is shared, read-only, by all worker threads.
BatchResult run_batch(const std::vector<std::string>& files, const RulePack& pack, const RulePackIdentity& identity,
                      const BatchOptions& options, ProgressBar& progress);

}  // namespace clausecheck::cli
