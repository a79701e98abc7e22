// The limit on scans running at once, shared by every request of `clausecheck serve`.
// A request waits for a slot for a bounded time and is refused when none comes free, so
// a burst of uploads queues briefly instead of exhausting the machine.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace clausecheck::cli::web {

class ScanSlots {
 public:
  explicit ScanSlots(unsigned count) : free_(count) {}

  // Takes a slot, waiting at most `wait` for one; false when none came free in time.
  bool acquire(std::chrono::duration<double> wait) {
    std::unique_lock lock(mutex_);
    if (!freed_.wait_for(lock, wait, [this] { return free_ > 0; })) return false;
    --free_;
    return true;
  }

  void release() {
    {
      std::lock_guard lock(mutex_);
      ++free_;
    }
    freed_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  unsigned free_;
};

}  // namespace clausecheck::cli::web
