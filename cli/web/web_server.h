// `clausecheck serve`: the web front end. Thin: every document goes through the shared
// pipeline (document_pipeline.h) and every report through the existing writers; this
// server adds the pages, the limits and the access rules. Documented in docs/serve.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "../commands.h"
#include "../document_pipeline.h"

namespace clausecheck::cli::web {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (the address is printed on stdout)
  bool allow_remote = false;  // required, with a token, to bind to a non-loopback address
  std::string token;          // when set, every request must carry it
  std::string keep_dir;       // when set, uploads and their JSON reports are kept here
  std::vector<std::string> rule_paths;
  std::uint64_t max_upload_bytes = 32ull << 20;
  std::size_t max_files = 100;
  unsigned max_scans = 0;  // 0: the number of cores
  double scan_seconds = 60;
  std::uint64_t memory_limit_bytes = default_document_memory_limit;  // per document; 0: none
  double queue_seconds = 30;
  std::size_t max_results = 100;
  std::size_t max_result_bytes = 128ull << 20;  // all held results together
  int result_minutes = 60;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_host(const std::string& host);

// Runs until the process is stopped. Returns an error status when it cannot start.
ExitCode run_server(const ServeOptions& options);

}  // namespace clausecheck::cli::web
