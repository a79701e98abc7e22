// The time budget of one document: a point on the steady clock after which parsing,
// analysis and matching give up. A hostile or pathological file must not hold a batch (or
// a web server's worker) for ever, whatever part of the pipeline it makes slow.
//
// The pipeline checks the deadline between its stages and inside its long loops (pages,
// tokens, rules); when it has passed, check() throws DeadlineExceeded, which the front end's
// pipeline (cli/document_pipeline.cpp) turns into an InputError value naming the budget.
// A default Deadline never passes.
//
// Contract: a Deadline is a small value; copies share nothing and may be checked from any
// thread. check() is the one place the engine throws on purpose (DeadlineExceeded).
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>

namespace clausecheck {

class DeadlineExceeded : public std::runtime_error {
 public:
  explicit DeadlineExceeded(std::chrono::milliseconds budget);
  std::chrono::milliseconds budget() const { return budget_; }

 private:
  std::chrono::milliseconds budget_;
};

class Deadline {
 public:
  Deadline() = default;  // unlimited
  // Starts now; a budget of zero or less is unlimited.
  explicit Deadline(std::chrono::milliseconds budget);

  bool limited() const { return budget_.count() > 0; }
  std::chrono::milliseconds budget() const { return budget_; }
  bool passed() const { return limited() && std::chrono::steady_clock::now() >= end_; }
  // THROWS: DeadlineExceeded when the deadline has passed.
  void check() const {
    if (passed()) throw DeadlineExceeded(budget_);
  }
  // check(), but only every 4096th call with the same counter: for loops whose single step
  // is far cheaper than reading the clock.
  void check_every(std::uint32_t& counter) const {
    if ((++counter & 0xfffu) == 0) check();
  }

 private:
  std::chrono::milliseconds budget_{0};
  std::chrono::steady_clock::time_point end_{};
};

}  // namespace clausecheck
