// The progress of a batch on stderr: a bar, counts and the time left. Drawn only when
// stderr is a terminal; on a pipe or a log file it prints nothing, so logs stay clean.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace clausecheck::cli {

class ProgressBar {
 public:
  // `enabled` false makes every call a no-op (see stderr_is_terminal()).
  ProgressBar(std::size_t total, bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // One document finished. Thread-safe; redraws at most ten times a second.
  void advance(bool failed);
  // Prints a line (e.g. an error) above the bar without garbling it, control characters
  // escaped (terminal_safe: file names are untrusted). Thread-safe.
  void print_line(const std::string& line);
  // Erases the bar. Call once when the batch is done.
  void finish();

  // "[#########...........]  120/200  3 errors  ETA 0:42" for `width` columns of bar.
  static std::string render(std::size_t done, std::size_t total, std::size_t failed,
                            std::chrono::steady_clock::duration elapsed, std::size_t width);

 private:
  void draw_locked();
  std::mutex mutex_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
};

bool stderr_is_terminal();

}  // namespace clausecheck::cli
