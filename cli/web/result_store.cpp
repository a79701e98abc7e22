#include "result_store.h"

#include <fstream>
#include <random>
#include <stdexcept>

namespace clausecheck::cli::web {

std::string random_id() {
  std::ifstream urandom("/dev/urandom", std::ios::binary);
  unsigned char bytes[16];
  if (!urandom.read(reinterpret_cast<char*>(bytes), sizeof bytes)) {
    std::random_device device;  // a fallback that is still not predictable
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(device());
  }
  static constexpr char digits[] = "0123456789abcdef";
  std::string id;
  for (unsigned char b : bytes) {
    id += digits[b >> 4];
    id += digits[b & 15];
  }
  return id;
}

namespace {

std::size_t text_bytes(const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size();
  return bytes;
}

std::size_t finding_bytes(const Finding& f) {
  return sizeof f + f.rule_id.size() + f.title.size() + f.category.size() + f.taxonomy.size() + f.message.size() +
         f.ask.size() + f.reference.size() + f.clause_citation.size() + f.heading.size() + f.text.size() +
         text_bytes(f.tags) + text_bytes(f.why);
}

std::size_t findings_bytes(const std::vector<Finding>& findings) {
  std::size_t bytes = 0;
  for (const Finding& finding : findings) bytes += finding_bytes(finding);
  return bytes;
}

std::size_t top_findings_bytes(const std::vector<TopFinding>& top) {
  std::size_t bytes = 0;
  for (const TopFinding& t : top) bytes += sizeof t + t.rule_id.size() + t.title.size() + t.clause.size();
  return bytes;
}

std::size_t row_bytes(const BatchRow& row) {
  return sizeof row + row.path.size() + row.reason.size() + row.error_kind.size() + row.format.size() +
         row.sha256.size() + row.rule_pack_sha256.size() + row.offer_sha256.size() + text_bytes(row.reports) +
         top_findings_bytes(row.top_findings);
}

}  // namespace

std::size_t stored_bytes(const StoredResult& result) {
  if (const auto* check = std::get_if<std::shared_ptr<const CheckResult>>(&result)) {
    const CheckResult& r = **check;
    return sizeof r + r.name.size() + text_bytes(r.warnings) + r.html.size() + r.json.size() + r.sarif.size() +
           r.asks.size();
  }
  if (const auto* compare = std::get_if<std::shared_ptr<const CompareResult>>(&result)) {
    const CompareResult& r = **compare;
    std::size_t bytes = sizeof r + r.old_name.size() + r.new_name.size() + r.json.size() +
                        findings_bytes(r.diff.added) + findings_bytes(r.diff.removed);
    for (const ChangedFinding& changed : r.diff.changed) bytes += finding_bytes(changed.before) + finding_bytes(changed.after);
    return bytes;
  }
  const TriageJob& job = *std::get<std::shared_ptr<TriageJob>>(result);
  std::lock_guard lock(job.mutex);
  std::size_t bytes = sizeof job + text_bytes(job.reports);
  for (const BatchRow& row : job.rows) bytes += row_bytes(row);
  return bytes;
}

std::string ResultStore::put(StoredResult result) {
  std::string id = random_id();
  const std::size_t bytes = stored_bytes(result);
  std::lock_guard lock(mutex_);
  expire();
  std::size_t held = remeasure();
  while (!order_.empty() && (results_.size() >= capacity_ || held + bytes > byte_budget_)) {
    held -= results_.count(order_.front()) != 0 ? results_.at(order_.front()).bytes : 0;
    drop_oldest();
  }
  results_[id] = Entry{std::move(result), std::chrono::steady_clock::now(), bytes};
  order_.push_back(id);
  held_bytes_ = held + bytes;
  return id;
}

std::size_t ResultStore::size() const {
  std::lock_guard lock(mutex_);
  return results_.size();
}

std::size_t ResultStore::held_bytes() const {
  std::lock_guard lock(mutex_);
  return held_bytes_;
}

void ResultStore::drop_oldest() {
  results_.erase(order_.front());
  order_.pop_front();
}

std::size_t ResultStore::remeasure() {
  std::size_t held = 0;
  for (auto& [id, entry] : results_) {
    // Only a triage changes after it is stored: its workers fill rows and reports.
    if (std::holds_alternative<std::shared_ptr<TriageJob>>(entry.result)) entry.bytes = stored_bytes(entry.result);
    held += entry.bytes;
  }
  return held;
}

void ResultStore::expire() {
  const auto now = std::chrono::steady_clock::now();
  while (!order_.empty()) {
    auto it = results_.find(order_.front());
    if (it != results_.end() && now - it->second.stored < lifetime_) break;
    if (it != results_.end()) results_.erase(it);
    order_.pop_front();
  }
}

}  // namespace clausecheck::cli::web
