#include "web_server.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "../batch_pack_identity.h"
#include "../batch_runner.h"
#include "../document_pipeline.h"
#include "../rule_files.h"
#include "bounded_scan.h"
#include "clausecheck/batch_summary.h"
#include "clausecheck/diff_report.h"
#include "result_store.h"
#include "uploaded_documents.h"
#include "web_pages.h"

namespace clausecheck::cli::web {
namespace {

namespace fs = std::filesystem;

// "'sha256-BASE64'": a Content-Security-Policy source allowing exactly this inline text.
std::string csp_hash(std::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  unsigned char encoded[64];
  const int length = EVP_EncodeBlock(encoded, digest, SHA256_DIGEST_LENGTH);
  return "'sha256-" + std::string(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length)) + "'";
}

// The text between the first `open` and the next `close`; empty when absent.
std::string_view inner_text(std::string_view html, std::string_view open, std::string_view close) {
  const std::size_t begin = html.find(open);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = html.find(close, begin + open.size());
  if (end == std::string_view::npos) return {};
  return html.substr(begin + open.size(), end - begin - open.size());
}

// The browser's file name without any folder it sent ("C:\\x\\a.pdf" or "../a.pdf" give "a.pdf").
std::string base_name(const std::string& name) {
  const std::size_t slash = name.find_last_of("/\\");
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  return base.empty() || base == "." || base == ".." ? std::string("document") : base;
}

// Constant time, so that the token cannot be guessed a character at a time.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

std::string cookie_value(const httplib::Request& req, std::string_view name) {
  const std::string cookies = req.get_header_value("Cookie");
  std::size_t start = 0;
  while (start < cookies.size()) {
    std::size_t end = cookies.find(';', start);
    if (end == std::string::npos) end = cookies.size();
    std::string_view pair(cookies.data() + start, end - start);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    start = end + 1;
  }
  return "";
}

BatchRow error_row(const std::string& path, const InputError& error) {
  BatchRow row;
  row.path = path;
  row.status = BatchStatus::error;
  row.error_kind = std::string(to_string(error.kind));
  row.reason = error.message;
  return row;
}

class WebServer {
 public:
  WebServer(const ServeOptions& options, std::shared_ptr<const RulePack> pack, RulePackIdentity identity)
      : options_(options),
        pack_(std::move(pack)),
        identity_(std::move(identity)),
        slots_(options.max_scans),
        results_(options.max_results, options.max_result_bytes, std::chrono::minutes(options.result_minutes)) {
    bounds_.queue_seconds = options.queue_seconds;
    bounds_.scan_seconds = options.scan_seconds;
    bounds_.memory_limit_bytes = options.memory_limit_bytes;
    bounds_.parse.max_file_bytes = options.max_upload_bytes;
    page_policy_ = "default-src 'none'; style-src " + csp_hash(page_stylesheet()) +
                   "; img-src data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    PageLimits limits{options.max_upload_bytes, options.max_files, options.scan_seconds};
    home_ = home_page(identity_, pack_->rules().size(), limits);
    rules_ = rules_page(*pack_, identity_);
  }

  ExitCode run() {
    configure();
    const int port = options_.port == 0 ? server_.bind_to_any_port(options_.host)
                                        : (server_.bind_to_port(options_.host, options_.port) ? options_.port : -1);
    if (port < 0) {
      std::cerr << "clausecheck: error: cannot listen on " << options_.host << ":" << options_.port
                << " (in use, or not an address of this machine)\n";
      return ExitCode::usage_or_input_error;
    }
    const bool v6 = options_.host.find(':') != std::string::npos;
    std::cout << "clausecheck: serving on http://" << (v6 ? "[" + options_.host + "]" : options_.host) << ":" << port
              << "/" << std::endl;
    return server_.listen_after_bind() ? ExitCode::ok : ExitCode::usage_or_input_error;
  }

 private:
  void configure() {
    const std::size_t threads = std::max<std::size_t>(16, 4u * options_.max_scans);
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_payload_max_length(options_.max_upload_bytes);
    server_.set_read_timeout(60, 0);
    server_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                 {"Referrer-Policy", "same-origin"},
                                 {"Cache-Control", "no-store"},
                                 {"Cross-Origin-Opener-Policy", "same-origin"}});
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return admit(req, res) ? httplib::Server::HandlerResponse::Unhandled : httplib::Server::HandlerResponse::Handled;
    });
    server_.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      switch (res.status) {
        case 413:
          page(res, 413, message_page("Upload too large", "The upload is larger than the limit of " +
                                                              std::to_string(options_.max_upload_bytes >> 20) +
                                                              " MiB per request. Send fewer or smaller files."));
          break;
        case 404:
          page(res, 404, message_page("Not found", "There is nothing here. Results are kept for " +
                                                       std::to_string(options_.result_minutes) +
                                                       " minutes; check the document again."));
          break;
        default:
          page(res, res.status, message_page("Request refused", "The request could not be handled (HTTP " +
                                                                    std::to_string(res.status) + ")."));
      }
    });
    server_.set_exception_handler([this](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      page(res, 500, message_page("Internal error", "Something went wrong on the server; the document was not kept."));
    });

    server_.Get("/", [this](const httplib::Request&, httplib::Response& res) { page(res, 200, home_); });
    server_.Get("/rules", [this](const httplib::Request&, httplib::Response& res) { page(res, 200, rules_); });
    server_.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok\n", "text/plain"); });
    server_.Post("/check", [this](const httplib::Request& req, httplib::Response& res) { check(req, res); });
    server_.Get(R"(/check/([0-9a-f]{32}))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto result = results_.get<const CheckResult>(req.matches[1])) page(res, 200, check_page(req.matches[1], *result, identity_));
      else not_found(res);
    });
    server_.Get(R"(/check/([0-9a-f]{32})/(report\.html|report\.json|report\.sarif|asks\.txt))",
                [this](const httplib::Request& req, httplib::Response& res) { check_download(req, res); });
    server_.Post("/compare", [this](const httplib::Request& req, httplib::Response& res) { compare(req, res); });
    server_.Get(R"(/compare/([0-9a-f]{32}))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto result = results_.get<const CompareResult>(req.matches[1])) page(res, 200, compare_page(req.matches[1], *result, identity_));
      else not_found(res);
    });
    server_.Get(R"(/compare/([0-9a-f]{32})/diff\.json)", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto result = results_.get<const CompareResult>(req.matches[1])) download(res, result->json, "application/json", "diff.json");
      else not_found(res);
    });
    server_.Post("/triage", [this](const httplib::Request& req, httplib::Response& res) { triage(req, res); });
    server_.Get(R"(/triage/([0-9a-f]{32}))", [this](const httplib::Request& req, httplib::Response& res) {
      if (auto job = results_.get<TriageJob>(req.matches[1])) page(res, 200, triage_page(req.matches[1], *job, identity_));
      else not_found(res);
    });
    server_.Get(R"(/triage/([0-9a-f]{32})/summary\.csv)", [this](const httplib::Request& req, httplib::Response& res) {
      auto job = results_.get<TriageJob>(req.matches[1]);
      if (!job) return not_found(res);
      std::lock_guard lock(job->mutex);
      if (!job->finished) return page(res, 409, message_page("Triage still running", "The summary is ready when every document has been read."));
      std::vector<BatchRow> rows = job->rows;
      sort_batch_rows(rows);
      download(res, write_summary_csv(rows), "text/csv; charset=utf-8", "summary.csv");
    });
    server_.Get(R"(/triage/([0-9a-f]{32})/report/([0-9]{1,6})\.html)", [this](const httplib::Request& req, httplib::Response& res) {
      auto job = results_.get<TriageJob>(req.matches[1]);
      if (!job) return not_found(res);
      std::lock_guard lock(job->mutex);
      const std::size_t i = std::stoul(req.matches[2]);
      if (i >= job->reports.size() || job->reports[i].empty()) return not_found(res);
      report_page(res, job->reports[i]);
    });
  }

  // The access rules, before any route: the token when one is set, and same-origin posts.
  bool admit(const httplib::Request& req, httplib::Response& res) {
    if (!options_.token.empty()) {
      const std::string authorization = req.get_header_value("Authorization");
      const bool by_header = authorization.starts_with("Bearer ") && same_secret(authorization.substr(7), options_.token);
      const bool by_cookie = same_secret(cookie_value(req, "clausecheck_token"), options_.token);
      if (!by_header && !by_cookie) {
        if (req.has_param("token") && same_secret(req.get_param_value("token"), options_.token)) {
          // The address with ?token= is what the operator hands out; a cookie keeps the
          // token out of later addresses and of the browser's history.
          res.set_header("Set-Cookie", "clausecheck_token=" + options_.token + "; HttpOnly; SameSite=Strict; Path=/");
          res.set_redirect(req.path, 303);
          return false;
        }
        page(res, 401, message_page("Access token needed", "This server needs its access token. Open the address "
                                                            "with ?token=\u2026 that the person running it gave you."));
        return false;
      }
    }
    // A page on another site must not post documents to this server from the user's browser.
    if (req.method == "POST" && req.has_header("Origin")) {
      const std::string origin = req.get_header_value("Origin");
      if (origin != "http://" + req.get_header_value("Host")) {
        page(res, 403, message_page("Refused", "Uploads are accepted only from this server's own pages."));
        return false;
      }
    }
    return true;
  }

  void page(httplib::Response& res, int status, const std::string& html) {
    res.status = status;
    res.set_header("Content-Security-Policy", page_policy_);
    res.set_header("X-Frame-Options", "DENY");
    res.set_content(html, "text/html; charset=utf-8");
  }

  // A report from the HTML writer, served as it is: its own inline style and script are
  // allowed by their hashes, nothing else.
  void report_page(httplib::Response& res, const std::string& html) {
    res.status = 200;
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src " + csp_hash(inner_text(html, "<style>", "</style>")) +
                       "; script-src " + csp_hash(inner_text(html, "<script>", "</script>")) +
                       "; img-src data:; form-action 'none'; frame-ancestors 'self'; base-uri 'none'");
    res.set_header("X-Frame-Options", "SAMEORIGIN");
    res.set_content(html, "text/html; charset=utf-8");
  }

  void download(httplib::Response& res, const std::string& content, const char* type, std::string file_name) {
    // The name came from the uploader: no quote, line break or other byte that could end
    // the header or the quoted string may reach it.
    for (char& c : file_name) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                         c == '-' || c == '_';
      if (!plain) c = '_';
    }
    res.status = 200;
    res.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
    res.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    res.set_content(content, type);
  }

  void not_found(httplib::Response& res) {
    res.status = 404;  // the error handler writes the page
  }

  // The refusal of a document, with the status that says why.
  void refuse(httplib::Response& res, const BoundedScan& outcome, const std::string& who = "") {
    if (auto* error = std::get_if<InputError>(&outcome)) {
      const int status = error->kind == InputErrorKind::too_large ? 413 : 422;
      page(res, status, message_page("This document cannot be read", who + error->describe()));
    } else if (std::get<ScanStop>(outcome) == ScanStop::busy) {
      res.set_header("Retry-After", "30");
      page(res, 503, message_page("The server is busy", "Every scan slot is in use. Try again in a minute."));
    } else {
      page(res, 504, message_page("The document took too long", who + "reading and checking it took longer than the "
                                                                      "limit of " + std::to_string(static_cast<int>(options_.scan_seconds)) +
                                                                      " seconds per document."));
    }
  }

  const httplib::MultipartFormData* upload(const httplib::Request& req, const std::string& field) {
    auto it = req.files.find(field);
    if (it == req.files.end() || (it->second.filename.empty() && it->second.content.empty())) return nullptr;
    return &it->second;
  }

  // --keep DIR: the upload and its JSON report, under the result's id.
  void keep(const std::string& id, const std::string& name, const std::string& bytes, const std::string& json) {
    if (options_.keep_dir.empty()) return;
    const fs::path dir = fs::path(options_.keep_dir) / id;
    std::error_code ec;
    fs::create_directories(dir, ec);
    const std::string stem = batch_report_stems({name}).front();
    std::ofstream(dir / stem, std::ios::binary) << bytes;
    if (!json.empty()) std::ofstream(dir / (stem + ".json"), std::ios::binary) << json;
  }

  void check(const httplib::Request& req, httplib::Response& res) {
    const httplib::MultipartFormData* file = upload(req, "file");
    if (file == nullptr) return page(res, 400, message_page("No file", "Choose a contract file to check."));
    const std::string name = base_name(file->filename);
    std::string kept = options_.keep_dir.empty() ? std::string() : file->content;
    // The offer form: its filled-in fields read as lines of an offer file, so the figures
    // are checked exactly as `assess --offer` checks them.
    std::string offer_text;
    for (std::string_view field : offer_form_fields()) {
      auto it = req.files.find("offer_" + std::string(field));
      if (it == req.files.end()) continue;
      std::string value = it->second.content;
      for (char& c : value) {
        if (c == '\n' || c == '\r' || c == '#') c = ' ';
      }
      if (value.find_first_not_of(' ') == std::string::npos) continue;
      offer_text += std::string(field) + " = " + value + "\n";
    }
    std::optional<Offer> offer;
    if (!offer_text.empty() || req.files.count("assess") > 0) {
      OfferParseResult parsed = parse_offer(offer_text);
      if (auto* error = std::get_if<OfferError>(&parsed)) {
        return page(res, 400, message_page("Check your figures", error->field + ": " + error->message));
      }
      offer = std::get<Offer>(std::move(parsed));
    }
    const BoundedScan outcome = bounded_scan(slots_, *pack_, bounds_, name, file->content, offer);
    if (!std::holds_alternative<std::shared_ptr<const ScannedDocument>>(outcome)) return refuse(res, outcome);
    const auto& scanned = std::get<std::shared_ptr<const ScannedDocument>>(outcome);
    const Report report = make_report(*scanned, identity_);
    auto result = std::make_shared<CheckResult>();
    result->name = name;
    result->summary = summarise(report.findings);
    for (const Warning& w : scanned->analysed.document.warnings) {
      result->warnings.push_back((w.page > 0 ? "page " + std::to_string(w.page) + ": " : std::string()) + w.message);
    }
    if (scanned->assessment) {
      const CashFlow& flow = scanned->assessment->cash_flow;
      result->cost = flow.peak_working_capital > 0
                         ? "To take this contract on you need " + format_pounds(flow.peak_working_capital) +
                               " of your own cash (the lowest point, in month " + std::to_string(flow.peak_month) +
                               "); revenue at risk " + format_pounds(flow.revenue_at_risk) +
                               ". The report explains why, clause by clause."
                         : "The contract's payments arrive before its costs fall due; revenue at risk " +
                               format_pounds(flow.revenue_at_risk) + ". The report explains why.";
    }
    result->html = write_report_html(report);
    result->json = write_report_json(report);
    result->sarif = write_report_sarif(report);
    result->asks = write_asks_text(report);
    const std::string id = results_.put(std::shared_ptr<const CheckResult>(result));
    keep(id, name, kept, result->json);
    res.set_redirect("/check/" + id, 303);
  }

  void check_download(const httplib::Request& req, httplib::Response& res) {
    auto result = results_.get<const CheckResult>(req.matches[1]);
    if (!result) return not_found(res);
    const std::string what = req.matches[2];
    if (what == "report.html") return report_page(res, result->html);
    if (what == "report.json") return download(res, result->json, "application/json", result->name + ".json");
    if (what == "report.sarif") return download(res, result->sarif, "application/sarif+json", result->name + ".sarif");
    download(res, result->asks, "text/plain; charset=utf-8", result->name + "-asks.txt");
  }

  void compare(const httplib::Request& req, httplib::Response& res) {
    const httplib::MultipartFormData* old_file = upload(req, "old");
    const httplib::MultipartFormData* new_file = upload(req, "new");
    if (old_file == nullptr || new_file == nullptr) {
      return page(res, 400, message_page("Two drafts needed", "Choose the previous draft and the new draft."));
    }
    auto result = std::make_shared<CompareResult>();
    result->old_name = base_name(old_file->filename);
    result->new_name = base_name(new_file->filename);
    const BoundedScan old_scan = bounded_scan(slots_, *pack_, bounds_, result->old_name, old_file->content);
    if (!std::holds_alternative<std::shared_ptr<const ScannedDocument>>(old_scan)) return refuse(res, old_scan, "Previous draft: ");
    const BoundedScan new_scan = bounded_scan(slots_, *pack_, bounds_, result->new_name, new_file->content);
    if (!std::holds_alternative<std::shared_ptr<const ScannedDocument>>(new_scan)) return refuse(res, new_scan, "New draft: ");
    const auto& before = *std::get<std::shared_ptr<const ScannedDocument>>(old_scan);
    const auto& after = *std::get<std::shared_ptr<const ScannedDocument>>(new_scan);
    result->diff = diff_drafts(before.analysed, before.findings, after.analysed, after.findings);
    result->json = write_diff_json(result->diff, result->old_name, result->new_name);
    const std::string id = results_.put(std::shared_ptr<const CompareResult>(result));
    if (!options_.keep_dir.empty()) {
      keep(id, "old-" + result->old_name, old_file->content, "");
      keep(id, "new-" + result->new_name, new_file->content, result->json);
    }
    res.set_redirect("/compare/" + id, 303);
  }

  void triage(const httplib::Request& req, httplib::Response& res) {
    std::vector<UploadedFile> files;
    auto [first, last] = req.files.equal_range("files");
    for (auto it = first; it != last; ++it) {
      if (it->second.filename.empty() && it->second.content.empty()) continue;
      files.push_back({base_name(it->second.filename), it->second.content});
    }
    if (files.empty()) return page(res, 400, message_page("No files", "Choose the contracts (or a zip of them) to triage."));
    if (files.size() > options_.max_files) return too_many(res, files.size());
    std::vector<std::string> kept_names;
    std::vector<std::string> kept_bytes;
    if (!options_.keep_dir.empty()) {
      for (const auto& f : files) kept_names.push_back(f.name), kept_bytes.push_back(f.bytes);
    }
    auto expanded = expand_uploads(std::move(files), bounds_.parse, options_.max_files);
    if (auto* too_many_documents = std::get_if<TooManyDocuments>(&expanded)) return too_many(res, too_many_documents->count);
    auto documents = std::make_shared<std::vector<UploadedDocument>>(std::move(std::get<std::vector<UploadedDocument>>(expanded)));

    auto job = std::make_shared<TriageJob>();
    job->total = documents->size();
    job->rows.resize(documents->size());
    job->reports.resize(documents->size());
    const std::string id = results_.put(job);
    for (std::size_t i = 0; i < kept_names.size(); ++i) keep(id, kept_names[i], kept_bytes[i], "");
    // The triage runs on its own workers, as many as there are scan slots; the page
    // shows how far it is. Workers wait for slots without a deadline: the job is queued.
    auto next = std::make_shared<std::atomic<std::size_t>>(0);
    const unsigned workers = std::max(1u, std::min<unsigned>(options_.max_scans, static_cast<unsigned>(documents->size())));
    auto remaining = std::make_shared<std::atomic<unsigned>>(workers);
    for (unsigned w = 0; w < workers; ++w) {
      std::thread([this, job, documents, next, remaining] {
        ScanBounds bounds = bounds_;
        bounds.queue_seconds = 24 * 3600;
        for (std::size_t i = (*next)++; i < documents->size(); i = (*next)++) {
          triage_one(*job, i, (*documents)[i], bounds);
        }
        if (--*remaining == 0) {
          std::lock_guard lock(job->mutex);
          job->finished = true;
        }
      }).detach();
    }
    res.set_redirect("/triage/" + id, 303);
  }

  void triage_one(TriageJob& job, std::size_t i, UploadedDocument& document, const ScanBounds& bounds) {
    BatchRow row;
    std::string html;
    if (document.refused) {
      row = error_row(document.name, *document.refused);
    } else {
      const BoundedScan outcome = bounded_scan(slots_, *pack_, bounds, document.name, std::move(document.bytes));
      if (auto* error = std::get_if<InputError>(&outcome)) {
        row = error_row(document.name, *error);
      } else if (auto* stop = std::get_if<ScanStop>(&outcome)) {
        row = error_row(document.name, InputError{document.name, InputErrorKind::too_large,
                                                  *stop == ScanStop::busy ? "the server was too busy to read it"
                                                                          : "reading it took longer than the limit of " +
                                                                                std::to_string(static_cast<int>(options_.scan_seconds)) +
                                                                                " seconds"});
      } else {
        const Report report = make_report(*std::get<std::shared_ptr<const ScannedDocument>>(outcome), identity_);
        row = make_batch_row(report);
        row.path = document.name;
        row.reports = {std::to_string(i) + ".html"};
        html = write_report_html(report);
      }
    }
    document = UploadedDocument{};  // the bytes are gone once read
    std::lock_guard lock(job.mutex);
    job.rows[i] = std::move(row);
    job.reports[i] = std::move(html);
    ++job.done;
  }

  void too_many(httplib::Response& res, std::size_t count) {
    page(res, 413, message_page("Too many documents", "This upload holds " + std::to_string(count) +
                                                          (count > options_.max_files ? " or more" : "") +
                                                          " documents; the limit is " + std::to_string(options_.max_files) +
                                                          " per triage. Split it into smaller batches."));
  }

  const ServeOptions& options_;
  std::shared_ptr<const RulePack> pack_;
  RulePackIdentity identity_;
  ScanSlots slots_;
  ScanBounds bounds_;
  ResultStore results_;
  std::string page_policy_;
  std::string home_;
  std::string rules_;
  httplib::Server server_;
};

}  // namespace

bool is_loopback_host(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

ExitCode run_server(const ServeOptions& given) {
  ServeOptions options = given;
  if (options.max_scans == 0) options.max_scans = std::max(1u, std::thread::hardware_concurrency());
  if (!is_loopback_host(options.host)) {
    if (!options.allow_remote || options.token.empty()) {
      std::cerr << "clausecheck: error: --host " << options.host
                << " would let other machines reach the server: give --allow-remote and --token TOKEN "
                   "(or CLAUSECHECK_TOKEN) as well\n";
      return ExitCode::usage_or_input_error;
    }
  }
  RulePackIdentity identity;
  auto pack = load_rule_pack(options.rule_paths, false, &identity);
  if (!pack) return ExitCode::usage_or_input_error;
  WebServer server(options, std::move(pack), std::move(identity));
  return server.run();
}

}  // namespace clausecheck::cli::web
