// Running the built `clausecheck` binary from a test, and reading what it wrote.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace clausecheck::cli_test {

struct CommandRun {
  int status = -1;
  std::string out;  // stdout only, or stdout and stderr with `merge_stderr`
};

// Runs `clausecheck ARGUMENTS` from the repository root.
inline CommandRun run_clausecheck(const std::string& arguments, bool merge_stderr = false) {
  std::string command = std::string("cd '") + CLAUSECHECK_SOURCE_DIR + "' && '" + CLAUSECHECK_BINARY + "' " +
                        arguments + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  CommandRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// A fresh directory under the system temp dir, removed when the test ends.
class TempDir {
 public:
  explicit TempDir(const std::string& name) {
    path_ = std::filesystem::temp_directory_path() /
            ("clausecheck-" + name + "-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

inline std::string source_path(const std::string& relative) {
  return (std::filesystem::path(CLAUSECHECK_SOURCE_DIR) / relative).string();
}

}  // namespace clausecheck::cli_test
