// Running the built clausecheck binary from a test, from the repository root.
#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace clausecheck::testing {

struct CliRun {
  int status = -1;     // exit status, -1 when the process did not exit normally
  std::string output;  // what it wrote on stdout (and stderr when `merge_stderr`)
};

// Runs `clausecheck ARGUMENTS` with the shell, in the repository root.
inline CliRun run_clausecheck(const std::string& arguments, bool merge_stderr = true) {
  const std::string command = std::string("cd '") + CLAUSECHECK_SOURCE_DIR + "' && '" + CLAUSECHECK_BINARY + "' " +
                              arguments + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  CliRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace clausecheck::testing
