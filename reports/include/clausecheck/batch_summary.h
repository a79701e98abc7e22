// The batch summary of `clausecheck scan --out DIR`: one row per input file, written as
// summary.csv (for a spreadsheet) and summary.jsonl (for programs). Documented in docs/cli.md.
//
// A row is the compact record a batch keeps per document (a few hundred bytes), so a batch
// of 10,000 contracts holds rows, never documents. summary.jsonl doubles as the state that
// `scan --resume` reads back: a row carries the document's and the rule pack's sha256.
//
// Contract: the writers are pure functions of their rows and give byte-identical output for
// the same rows; read_summary_jsonl_row() returns nullopt for a line it cannot read, never an
// exception. Nothing here keeps state, so threads may call it at once.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/reports.h"

namespace clausecheck {

// ok: read and scanned, no warnings; warning: scanned, but the reader must know something
// (a page without text, tracked changes …); error: not scanned (unreadable, encrypted …).
enum class BatchStatus { ok, warning, error };
std::string_view to_string(BatchStatus status);
std::optional<BatchStatus> parse_batch_status(std::string_view text);

// One of a document's most serious findings, as the summary lists it.
struct TopFinding {
  std::string rule_id;
  Severity severity = Severity::medium;
  std::string title;
  std::string clause;  // citation, empty when none
  int page = 0;        // 0 for absence findings
};

struct BatchRow {
  std::string path;            // as given or found while walking a directory
  BatchStatus status = BatchStatus::ok;
  std::string reason;          // error message, or the warning messages joined by "; "
  std::string error_kind;      // InputErrorKind spelling for error rows ("encrypted" …), else empty
  std::string format;          // "pdf", "docx", "doc", "text", "markdown"; empty for error rows
  int pages = 0;
  std::string sha256;          // of the file's bytes; empty when it could not be read
  std::string rule_pack_sha256;
  int risk_score = 0;
  int total = 0;
  std::array<int, 5> by_severity{};  // indexed by Severity (info .. critical)
  std::vector<TopFinding> top_findings;
  std::vector<std::string> reports;  // file names of this document's reports inside --out
  // The offer model's headline figures (docs/offer-model.md), on the batch's --offer or the
  // stated defaults; absent for error rows and rows resumed from an older summary.
  std::optional<double> peak_working_capital;
  std::optional<double> revenue_at_risk;
  std::string offer_sha256;  // of the --offer file the figures were computed on; empty: the defaults
};

// How many findings a row lists in `top_findings`.
inline constexpr std::size_t batch_top_findings = 3;

// The row of a scanned document: identity, counts, risk score and top findings of `report`.
BatchRow make_batch_row(const Report& report);

// Summary order: error rows first (a file nobody could read needs a person most), then by
// risk score, highest first, then by path. Total, so the summary is deterministic.
void sort_batch_rows(std::vector<BatchRow>& rows);

// RFC 4180 CSV with a header line; cells that a spreadsheet would run as a formula
// (starting with = + - @) are prefixed with a quote. Columns in docs/cli.md.
std::string write_summary_csv(const std::vector<BatchRow>& rows);

// One JSON object per line per row, keys in a fixed order.
std::string write_summary_jsonl(const std::vector<BatchRow>& rows);
std::string write_summary_jsonl_row(const BatchRow& row);
// Reads back one line of summary.jsonl; nullopt when it is not a row this version wrote.
std::optional<BatchRow> read_summary_jsonl_row(std::string_view line);

}  // namespace clausecheck
