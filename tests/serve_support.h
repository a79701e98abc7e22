// Running `clausecheck serve` as a child process for a test: on a free loopback port,
// stopped (SIGTERM to its own pid) when the test ends.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace clausecheck::serve_test {

class ServerProcess {
 public:
  // Starts `clausecheck serve --port 0 ARGS...` and waits for the address it prints.
  explicit ServerProcess(const std::vector<std::string>& args) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<std::string> all = {CLAUSECHECK_BINARY, "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(CLAUSECHECK_BINARY, argv.data());
      _exit(127);
    }
    close(out[1]);
    FILE* stream = fdopen(out[0], "r");
    char line[512];
    if (stream != nullptr && fgets(line, sizeof line, stream) != nullptr) {
      const std::string text(line);
      const std::size_t colon = text.rfind(':');
      if (text.find("serving on http://127.0.0.1:") != std::string::npos && colon != std::string::npos) {
        port_ = std::stoi(text.substr(colon + 1));
      }
    }
    if (stream != nullptr) fclose(stream);
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }  // 0 when the server did not start
  // True while the child has not exited.
  bool running() const {
    int status = 0;
    return pid_ > 0 && waitpid(pid_, &status, WNOHANG) == 0;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace clausecheck::serve_test
