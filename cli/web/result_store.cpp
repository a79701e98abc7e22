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

std::string ResultStore::put(StoredResult result) {
  std::string id = random_id();
  std::lock_guard lock(mutex_);
  expire();
  while (results_.size() >= capacity_ && !order_.empty()) {
    results_.erase(order_.front());
    order_.pop_front();
  }
  results_[id] = Entry{std::move(result), std::chrono::steady_clock::now()};
  order_.push_back(id);
  return id;
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
