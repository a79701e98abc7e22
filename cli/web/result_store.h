// What the server remembers between a request and the pages that show its result: the
// rendered reports of a pre-check, a comparison, the rows of a triage. In memory only,
// under an unguessable id, for a bounded time, number and size; the oldest go first.
// Uploaded bytes are never kept here, only what the pages show.
//
// The size bound is what keeps a long-running server's memory level: a count alone lets
// a hundred reports of 5,000-page contracts hold gigabytes. Sizes are the bytes of the
// rendered text a result holds (reports, rows, names), measured when a result is stored;
// a triage still being filled is measured again at each later store, so it counts as it
// grows.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "clausecheck/batch_summary.h"
#include "clausecheck/draft_diff.h"
#include "clausecheck/reports.h"

namespace clausecheck::cli::web {

struct CheckResult {
  std::string name;
  ReportSummary summary;
  std::vector<std::string> warnings;
  std::string html, json, sarif, asks;
  std::string cost;  // the offer assessment's headline, when the offer form was filled in
};

struct CompareResult {
  std::string old_name, new_name;
  DraftDiff diff;
  std::string json;
};

// A triage in progress or done. Workers fill `rows` slot by slot; pages read a snapshot.
struct TriageJob {
  mutable std::mutex mutex;
  std::size_t total = 0;
  std::size_t done = 0;
  bool finished = false;
  std::vector<BatchRow> rows;          // slot i: input i; rows[i].reports = {"<i>.html"} when scanned
  std::vector<std::string> reports;    // slot i: input i's HTML report, empty for an error row
};

using StoredResult =
    std::variant<std::shared_ptr<const CheckResult>, std::shared_ptr<const CompareResult>, std::shared_ptr<TriageJob>>;

class ResultStore {
 public:
  ResultStore(std::size_t capacity, std::size_t byte_budget, std::chrono::seconds lifetime)
      : capacity_(capacity), byte_budget_(byte_budget), lifetime_(lifetime) {}

  // Stores `result` under a new random id (32 hex digits) and returns the id. Drops the
  // oldest results first until at most `capacity` are held and, with this one, they fit in
  // `byte_budget`; a single result larger than the budget is still kept, alone, so the
  // user who waited for it can see it.
  std::string put(StoredResult result);

  std::size_t size() const;
  std::size_t held_bytes() const;  // as last measured

  // The result stored under `id` when it is of type T and has not expired; else null.
  template <typename T>
  std::shared_ptr<T> get(const std::string& id) {
    std::lock_guard lock(mutex_);
    expire();
    auto it = results_.find(id);
    if (it == results_.end()) return nullptr;
    auto* held = std::get_if<std::shared_ptr<T>>(&it->second.result);
    return held != nullptr ? *held : nullptr;
  }

 private:
  struct Entry {
    StoredResult result;
    std::chrono::steady_clock::time_point stored;
    std::size_t bytes = 0;
  };
  void expire();             // REQUIRES: mutex_ held
  void drop_oldest();        // REQUIRES: mutex_ held, order_ not empty
  std::size_t remeasure();   // REQUIRES: mutex_ held; the total bytes of every entry

  mutable std::mutex mutex_;
  std::size_t capacity_;
  std::size_t byte_budget_;
  std::chrono::seconds lifetime_;
  std::unordered_map<std::string, Entry> results_;
  std::deque<std::string> order_;  // ids, oldest first
  std::size_t held_bytes_ = 0;
};

// The bytes of text `result` holds: what the store counts against its budget.
std::size_t stored_bytes(const StoredResult& result);

// 128 random bits from the system's generator, as 32 hex digits.
std::string random_id();

}  // namespace clausecheck::cli::web
