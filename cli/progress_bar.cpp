#include "progress_bar.h"
#include "terminal_text.h"

#include <unistd.h>

#include <cstdio>

namespace clausecheck::cli {
namespace {

constexpr std::size_t bar_width = 30;
constexpr auto redraw_interval = std::chrono::milliseconds(100);

std::string clock_time(long long seconds) {
  char text[32];
  if (seconds >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", seconds / 60, seconds % 60);
  }
  return text;
}

}  // namespace

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 0), start_(std::chrono::steady_clock::now()) {}

std::string ProgressBar::render(std::size_t done, std::size_t total, std::size_t failed,
                                std::chrono::steady_clock::duration elapsed, std::size_t width) {
  const std::size_t filled = total == 0 ? width : width * done / total;
  std::string line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] " +
                     std::to_string(done) + "/" + std::to_string(total);
  if (failed > 0) line += "  " + std::to_string(failed) + (failed == 1 ? " error" : " errors");
  if (done > 0 && done < total) {
    // The rate so far predicts the rest: documents vary, but a batch averages them out.
    const double seconds = std::chrono::duration<double>(elapsed).count();
    const double left = seconds / static_cast<double>(done) * static_cast<double>(total - done);
    line += "  ETA " + clock_time(static_cast<long long>(left + 0.5));
  }
  return line;
}

void ProgressBar::advance(bool failed) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  ++done_;
  if (failed) ++failed_;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < redraw_interval && done_ < total_) return;
  last_draw_ = now;
  draw_locked();
}

void ProgressBar::print_line(const std::string& line) {
  std::lock_guard lock(mutex_);
  if (enabled_) std::fputs("\r\x1b[K", stderr);
  std::fputs(terminal_safe(line).c_str(), stderr);  // file names may hold escape characters
  std::fputc('\n', stderr);
  if (enabled_) draw_locked();
}

void ProgressBar::finish() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
}

void ProgressBar::draw_locked() {
  const std::string line = render(done_, total_, failed_, std::chrono::steady_clock::now() - start_, bar_width);
  std::fputs(("\r\x1b[K" + line).c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace clausecheck::cli
