// `clausecheck serve`: the web page for people who will not open a terminal. Options and
// limits are documented in docs/serve.md; the server itself lives in cli/web/.
#include <cstdlib>
#include <memory>

#include "commands.h"
#include "web/web_server.h"

namespace clausecheck::cli {

void register_serve_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("serve", "Serve the pre-check, comparison, triage and rule pack pages in a browser");
  auto options = std::make_shared<web::ServeOptions>();
  cmd->add_option("--host", options->host, "address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("-p,--port", options->port, "port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_flag("--allow-remote", options->allow_remote,
                "allow a --host other than loopback (other machines can connect); needs --token");
  cmd->add_option("--token", options->token,
                  "access token every request must carry (default: $CLAUSECHECK_TOKEN; required with --allow-remote)");
  cmd->add_option("--keep", options->keep_dir, "keep each upload and its JSON report in DIR (default: nothing is kept)");
  cmd->add_option("--rules", options->rule_paths, "rule files or directories (default: the bundled pack)");
  auto* upload = cmd->add_option("--max-upload-mb", "largest request in MiB (default 32)")->check(CLI::Range(1, 4096));
  cmd->add_option("--max-files", options->max_files, "most documents in one triage, zip entries included (default 100)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--max-scans", options->max_scans, "documents scanned at once (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--scan-seconds", options->scan_seconds, "longest time to read and check one document (default 60)")
      ->check(CLI::PositiveNumber);
  auto* memory_limit =
      cmd->add_option("--memory-limit",
                      "MiB one document's text and analysis may take; over it the document is refused "
                      "(0: no limit; default: 2048)")
          ->check(CLI::Range(0, 1 << 20));
  cmd->add_option("--queue-seconds", options->queue_seconds,
                  "longest wait for a free scan slot before a request is refused as busy (default 30)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--results", options->max_results, "results held in memory, oldest dropped first (default 100)")
      ->check(CLI::Range(1, 100000));
  auto* result_memory =
      cmd->add_option("--results-mb", "memory for held results, in MiB; the oldest are dropped first (default 128)")
          ->check(CLI::Range(1, 1 << 20));
  cmd->add_option("--result-minutes", options->result_minutes, "how long a result stays viewable (default 60)")
      ->check(CLI::Range(1, 100000));
  cmd->callback([options, upload, result_memory, memory_limit, &exit_code] {
    if (memory_limit->count() > 0) options->memory_limit_bytes = memory_limit->as<std::uint64_t>() << 20;
    if (upload->count() > 0) options->max_upload_bytes = upload->as<std::uint64_t>() << 20;
    if (result_memory->count() > 0) options->max_result_bytes = result_memory->as<std::size_t>() << 20;
    if (options->token.empty()) {
      const char* token = std::getenv("CLAUSECHECK_TOKEN");
      if (token != nullptr) options->token = token;
    }
    exit_code = web::run_server(*options);
  });
}

}  // namespace clausecheck::cli
