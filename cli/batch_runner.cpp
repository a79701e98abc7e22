#include "batch_runner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "clausecheck/ascii_case.h"
#include "clausecheck/engine.h"
#include "clausecheck/parsers.h"
#include "document_pipeline.h"
#include "input_file.h"
#include "output_directory.h"
#include "safe_text.h"
#include "sha256.h"

namespace clausecheck::cli {
namespace {

namespace fs = std::filesystem;

// The rows of the last run into the output directory: summary.jsonl, then the progress
// file of a run that was interrupted after it (its rows are newer).
std::unordered_map<std::string, BatchRow> previous_rows(const fs::path& out_dir) {
  std::unordered_map<std::string, BatchRow> rows;
  for (const char* name : {"summary.jsonl", batch_progress_file}) {
    std::ifstream in(out_dir / name, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      if (auto row = read_summary_jsonl_row(line)) rows[row->path] = std::move(*row);
    }
  }
  return rows;
}

// `path` as summary.jsonl gives it back: JSON holds only UTF-8, so a file name that is not
// UTF-8 is stored with U+FFFD for its invalid bytes. --resume looks a file up in that form,
// through the summary's own writer and reader.
std::string path_as_stored(const std::string& path) {
  BatchRow row;
  row.path = path;
  std::optional<BatchRow> stored = read_summary_jsonl_row(write_summary_jsonl_row(row));
  return stored ? stored->path : path;
}

BatchRow error_row(const std::string& path, std::string_view kind, std::string reason) {
  BatchRow row;
  row.path = path;
  row.status = BatchStatus::error;
  row.error_kind = std::string(kind);
  row.reason = std::move(reason);
  return row;
}

class Batch {
 public:
  Batch(const std::vector<std::string>& files, const RulePack& pack, const RulePackIdentity& identity,
        const BatchOptions& options, ProgressBar& progress)
      : files_(files),
        stems_(batch_report_stems(files)),
        pack_(pack),
        identity_(identity),
        options_(options),
        progress_(progress),
        rows_(files.size()) {
    if (options.resume) previous_ = previous_rows(options.out_dir);
    progress_out_.open(fs::path(options.out_dir) / batch_progress_file, std::ios::binary | std::ios::trunc);
  }

  BatchResult run() {
    // Workers take the next input from a shared counter: the queue is the input list
    // itself, so it is bounded and nothing but one row per finished document is kept.
    const unsigned jobs = std::max(1u, std::min<unsigned>(options_.jobs, static_cast<unsigned>(files_.size())));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back([this] { work(); });
    work();
    for (auto& worker : workers) worker.join();

    BatchResult result;
    result.rows = std::move(rows_);
    result.resumed = resumed_;
    sort_batch_rows(result.rows);
    const fs::path out(options_.out_dir);
    std::optional<std::string> error = write_file_atomically(out / "summary.csv", write_summary_csv(result.rows));
    if (!error) error = write_file_atomically(out / "summary.jsonl", write_summary_jsonl(result.rows));
    if (error) {
      result.errors.push_back(*error);  // the progress file stays, for --resume
    } else {
      progress_out_.close();
      std::error_code ec;
      fs::remove(out / batch_progress_file, ec);
    }
    return result;
  }

 private:
  void work() {
    for (std::size_t i = next_++; i < files_.size(); i = next_++) {
      BatchRow row;
      try {
        row = process(i);
      } catch (const std::exception& e) {
        // Out of memory or a bug: the document becomes an error row, the batch goes on.
        row = error_row(files_[i], "internal", std::string("internal error: ") + e.what());
      }
      record(i, std::move(row));
    }
  }

  std::vector<std::string> report_names(std::size_t i) const {
    std::vector<std::string> names;
    for (ReportFormat format : options_.formats) names.push_back(stems_[i] + "." + std::string(file_extension(format)));
    return names;
  }

  // The previous row of `path` when nothing it depends on has changed.
  const BatchRow* reusable_row(const std::string& path, const std::string& bytes, const std::vector<std::string>& names) const {
    auto it = previous_.find(path_as_stored(path));
    if (it == previous_.end()) return nullptr;
    const BatchRow& row = it->second;
    if (row.status == BatchStatus::error || row.rule_pack_sha256 != identity_.sha256 || row.reports != names) return nullptr;
    // The assessment is in the reports and the summary: a changed --offer (or one added or
    // dropped) means the document is assessed again.
    if (!row.peak_working_capital || row.offer_sha256 != options_.offer_sha256) return nullptr;
    std::error_code ec;
    for (const auto& name : names) {
      if (!fs::is_regular_file(fs::path(options_.out_dir) / name, ec)) return nullptr;
    }
    return sha256_hex(bytes) == row.sha256 ? &row : nullptr;
  }

  BatchRow process(std::size_t i) {
    const std::string& path = files_[i];
    const ParseLimits limits;
    auto bytes = read_input_file(path, limits);
    if (auto* error = std::get_if<InputError>(&bytes)) return error_row(path, to_string(error->kind), error->message);
    const std::vector<std::string> names = report_names(i);
    if (options_.resume) {
      if (const BatchRow* previous = reusable_row(path, std::get<std::string>(bytes), names)) {
        ++resumed_;
        BatchRow row = *previous;
        row.path = path;  // as found now: the summary may have stored a name that is not UTF-8 lossily
        return row;
      }
    }
    ScanOutcome scanned = scan_document(path, std::move(std::get<std::string>(bytes)), pack_,
                                        {limits, options_.analysis, options_.scan, options_.time_limit,
                                         options_.offer.value_or(Offer{}), options_.memory_limit_bytes,
                                         options_.formats});
    if (auto* error = std::get_if<InputError>(&scanned)) return error_row(path, to_string(error->kind), error->message);
    const AnalysedDocument& analysed = std::get<ScannedDocument>(scanned).analysed;
    Report report = take_report(std::get<ScannedDocument>(scanned), identity_);
    const std::optional<Assessment>& assessment = std::get<ScannedDocument>(scanned).assessment;
    if (!options_.offer) report.assessment = nullptr;
    for (std::size_t f = 0; f < names.size(); ++f) {
      if (auto error = write_file_atomically(fs::path(options_.out_dir) / names[f],
                                             write_report(report, options_.formats[f]))) {
        // All of a document's reports or none: an error row must not point at some of them.
        for (std::size_t written = 0; written < f; ++written) {
          std::error_code ec;
          fs::remove(fs::path(options_.out_dir) / names[written], ec);
        }
        return error_row(path, batch_output_error_kind, *error);
      }
    }
    BatchRow row = make_batch_row(report);
    row.reports = names;
    if (assessment) {
      row.peak_working_capital = assessment->cash_flow.peak_working_capital;
      row.revenue_at_risk = assessment->cash_flow.revenue_at_risk;
      row.offer_sha256 = options_.offer_sha256;
    }
    if (!options_.quiet) {
      for (const Warning& w : analysed.document.warnings) progress_.print_line("clausecheck: warning: " + path + ": " + w.message);
    }
    return row;
  }

  void record(std::size_t i, BatchRow row) {
    const bool failed = row.status == BatchStatus::error;
    if (failed && !options_.quiet) progress_.print_line("clausecheck: error: " + row.path + ": " + row.reason);
    {
      std::lock_guard lock(record_mutex_);
      progress_out_ << write_summary_jsonl_row(row);
      progress_out_.flush();
      rows_[i] = std::move(row);
    }
    progress_.advance(failed);
  }

  const std::vector<std::string>& files_;
  const std::vector<std::string> stems_;
  const RulePack& pack_;
  const RulePackIdentity& identity_;
  const BatchOptions& options_;
  ProgressBar& progress_;
  std::unordered_map<std::string, BatchRow> previous_;  // read-only while workers run
  std::atomic<std::size_t> next_{0};
  std::atomic<std::size_t> resumed_{0};
  std::mutex record_mutex_;
  std::ofstream progress_out_;
  std::vector<BatchRow> rows_;  // slot i belongs to the worker that took input i
};

}  // namespace

std::vector<std::string> batch_report_stems(const std::vector<std::string>& files) {
  std::vector<std::string> stems;
  std::set<std::string> taken;  // lowercased: a case-insensitive file system must not merge two reports
  for (const std::string& file : files) {
    std::string name = fs::path(file).filename().string();
    if (name.empty() || name == "." || name == "..") name = "document";
    for (char& c : name) {
      if (static_cast<unsigned char>(c) < 0x20) c = '_';
    }
    // Report names are UTF-8 (a Latin-1 "caf\xe9.txt" gives "caf\uFFFD.txt.json"), so that
    // summary.jsonl holds them exactly and --resume finds them again.
    name = printable_utf8(name);
    if (name[0] == '.') name[0] = '_';  // a report must not hide, nor look like our progress file
    std::string stem = name;
    for (int n = 2; taken.count(ascii_lower(stem)) != 0; ++n) stem = name + "-" + std::to_string(n);
    taken.insert(ascii_lower(stem));
    stems.push_back(stem);
  }
  return stems;
}

BatchResult run_batch(const std::vector<std::string>& files, const RulePack& pack, const RulePackIdentity& identity,
                      const BatchOptions& options, ProgressBar& progress) {
  return Batch(files, pack, identity, options, progress).run();
}

}  // namespace clausecheck::cli
