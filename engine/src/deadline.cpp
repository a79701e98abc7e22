#include "clausecheck/deadline.h"

#include <string>

namespace clausecheck {

DeadlineExceeded::DeadlineExceeded(std::chrono::milliseconds budget)
    : std::runtime_error("over the time limit of " + std::to_string(budget.count()) + " ms"), budget_(budget) {}

Deadline::Deadline(std::chrono::milliseconds budget)
    : budget_(budget), end_(std::chrono::steady_clock::now() + budget) {}

}  // namespace clausecheck
