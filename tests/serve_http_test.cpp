// `clausecheck serve` over HTTP: the server runs as a child process on a free loopback
// port; requests go through cpp-httplib's client. Covers every documented limit (upload
// size, documents per triage, concurrent scans, time per scan), every hostile upload (the
// same message as the command line, and the server keeps serving), escaping of document
// text and names, the access token, and the three pages' happy paths.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <future>
#include <regex>

#include <nlohmann/json.hpp>

#include "cli_run_support.h"
#include "clausecheck/offer_file.h"
#include "serve_support.h"

namespace clausecheck {
namespace {

namespace fs = std::filesystem;
using cli_test::read_file;
using cli_test::run_clausecheck;
using serve_test::ServerProcess;

const fs::path source_dir = CLAUSECHECK_SOURCE_DIR;
const fs::path bad_dir = source_dir / "tests/fixtures/bad";
const fs::path sample_pdf = source_dir / "corpus/samples/sample-subcontract.pdf";
const fs::path sample_md = source_dir / "corpus/samples/sample-subcontract.md";

httplib::MultipartFormData part(const std::string& field, const std::string& content, const std::string& name) {
  return {field, content, name, "application/octet-stream"};
}

// A zip built by Python's zipfile (test-side only); entries are name -> content.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  const fs::path dir = fs::temp_directory_path() / ("clausecheck-serve-zip-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string script = "import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n";
  int n = 0;
  for (const auto& [name, content] : entries) {
    const fs::path file = dir / ("entry" + std::to_string(n++));
    std::ofstream(file, std::ios::binary) << content;
    script += "z.writestr(" + nlohmann::json(name).dump() + ",open(" + nlohmann::json(file.string()).dump() +
              ",'rb').read())\n";
  }
  script += "z.close()\n";
  std::ofstream(dir / "make.py") << script;
  const fs::path zip = dir / "out.zip";
  EXPECT_EQ(std::system(("python3 '" + (dir / "make.py").string() + "' '" + zip.string() + "'").c_str()), 0);
  std::string bytes = read_file(zip);
  fs::remove_all(dir);
  return bytes;
}

class Serve : public ::testing::Test {
 protected:
  void start(const std::vector<std::string>& args = {}) {
    server_ = std::make_unique<ServerProcess>(args);
    ASSERT_GT(server_->port(), 0) << "clausecheck serve did not start";
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(120, 0);
  }
  httplib::Result post(const std::string& path, const httplib::MultipartFormDataItems& items) {
    return client_->Post(path.c_str(), items);
  }
  // Uploads one file for a pre-check and follows the redirect to the result page.
  std::string check_location(const std::string& content, const std::string& name) {
    auto res = post("/check", {part("file", content, name)});
    EXPECT_TRUE(res);
    if (!res) return "";
    EXPECT_EQ(res->status, 303) << res->body;
    return res->get_header_value("Location");
  }
  void expect_still_serving() {
    auto res = client_->Get("/");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_TRUE(server_->running());
  }
  std::string get_body(const std::string& path, int status = 200) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return "";
    EXPECT_EQ(res->status, status) << path;
    return res->body;
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(Serve, HomePageIsSelfContainedWithStrictPolicyAndLabelledControls) {
  start();
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const std::string policy = res->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(res->body.find("<script"), std::string::npos);
  EXPECT_EQ(res->body.find("http://"), std::string::npos) << "no external asset";
  EXPECT_EQ(res->body.find("https://"), std::string::npos) << "no external asset";
  for (const char* id : {"check-file", "old-file", "new-file", "triage-files"}) {
    EXPECT_NE(res->body.find(std::string("<label for=\"") + id + "\""), std::string::npos) << id;
  }
}

TEST_F(Serve, PreCheckShowsTheHighlightedReportAndEveryDownload) {
  start();
  const std::string location = check_location(read_file(sample_pdf), "sample-subcontract.pdf");
  ASSERT_TRUE(std::regex_match(location, std::regex("/check/[0-9a-f]{32}")));
  const std::string page = get_body(location);
  EXPECT_NE(page.find("Risk score"), std::string::npos);
  EXPECT_NE(page.find("<iframe src=\"" + location + "/report.html\""), std::string::npos);

  auto report = client_->Get((location + "/report.html").c_str());
  ASSERT_TRUE(report);
  EXPECT_NE(report->body.find("<mark class=\"hl sev-"), std::string::npos);
  const std::string policy = report->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'sha256-"), std::string::npos);
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);

  // The same findings as `clausecheck scan --format json` on the same file.
  const auto json = nlohmann::json::parse(get_body(location + "/report.json"));
  const auto cli = nlohmann::json::parse(run_clausecheck("scan --format json '" + sample_pdf.string() + "'").out);
  EXPECT_EQ(json["findings"].size(), cli["findings"].size());
  EXPECT_GT(json["findings"].size(), 0u);
  EXPECT_EQ(nlohmann::json::parse(get_body(location + "/report.sarif"))["version"], "2.1.0");
  const std::string asks = get_body(location + "/asks.txt");
  EXPECT_NE(asks.find("We ask for: "), std::string::npos);
  EXPECT_NE(asks.find("1. "), std::string::npos);
}

// A Word 97-2003 .doc (the one LibreOffice wrote for the bad-input fixtures) is pre-checked
// like any other contract: the result page and the same findings as the command line.
TEST_F(Serve, AWord97DocIsPreCheckedLikeAnyOtherContract) {
  start();
  const fs::path doc = bad_dir / "legacy.doc";
  const std::string location = check_location(read_file(doc), "contract.doc");
  ASSERT_TRUE(std::regex_match(location, std::regex("/check/[0-9a-f]{32}")));
  EXPECT_NE(get_body(location).find("Risk score"), std::string::npos);
  const auto json = nlohmann::json::parse(get_body(location + "/report.json"));
  EXPECT_EQ(json["document"]["format"], "doc");
  const auto cli = nlohmann::json::parse(run_clausecheck("scan --format json '" + doc.string() + "'").out);
  EXPECT_EQ(json["findings"].size(), cli["findings"].size());
}

// The offer form: filled-in figures open the report with what the offer costs; a bad one
// is refused naming the field, as the offer file would be.
TEST_F(Serve, OfferFiguresGiveTheCostOnTheResultPageAndTheReportSection) {
  start();
  auto res = post("/check", {part("file", read_file(sample_pdf), "sample-subcontract.pdf"),
                             part("offer_contract_value", "£221,400", ""), part("offer_term", "36 months", ""),
                             part("offer_monthly_delivery_cost", "£5,600", ""), part("offer_cash_reserves", "£25,000", "")});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303);
  const std::string location = res->get_header_value("Location");
  EXPECT_NE(get_body(location).find("<p id=\"offer-cost\"><strong>To take this contract on you need £"), std::string::npos);
  const auto json = nlohmann::json::parse(get_body(location + "/report.json"));
  ASSERT_TRUE(json.contains("assessment"));
  EXPECT_GT(json["assessment"]["figures"][0]["value"].get<double>(), 0);
  EXPECT_NE(get_body(location + "/report.html").find("id=\"assessment\""), std::string::npos);

  auto bad = post("/check", {part("file", read_file(sample_pdf), "sample-subcontract.pdf"),
                             part("offer_expected_outcome_rate", "150%", "")});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("expected_outcome_rate: a percentage cannot be over 100"), std::string::npos) << bad->body;

  // Without figures the report is as before: no assessment.
  const std::string plain = check_location(read_file(sample_pdf), "sample-subcontract.pdf");
  EXPECT_FALSE(nlohmann::json::parse(get_body(plain + "/report.json")).contains("assessment"));
}

// Every field of the offer file is on the form, with the unit it is written in and what is
// used when it is left empty; the fields beyond the first eight reach the model the same way.
TEST_F(Serve, EveryOfferFileFieldIsOnTheFormWithItsUnitAndDefault) {
  start();
  const std::string home = get_body("/");
  for (std::size_t i = 0; i < offer_field_count; ++i) {
    const auto field = static_cast<OfferField>(i);
    const std::string name(to_string(field));
    SCOPED_TRACE(name);
    EXPECT_NE(home.find("name=\"offer_" + name + "\""), std::string::npos);
    EXPECT_NE(home.find("id=\"offer-" + name + "-default\" class=\"hint\">If empty: "), std::string::npos);
  }
  EXPECT_NE(home.find("Deposit or performance bond, when the contract gives no amount <span class=\"unit\">(£)</span>"),
            std::string::npos);
  EXPECT_NE(home.find("The prime&#39;s management fee"), std::string::npos);

  auto res = post("/check", {part("file", read_file(sample_pdf), "sample-subcontract.pdf"),
                             part("offer_management_fee", "12%", ""), part("offer_bond_amount", "£25,000", ""),
                             part("offer_committed_costs", "£5,000", "")});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303);
  const auto json = nlohmann::json::parse(get_body(res->get_header_value("Location") + "/report.json"));
  ASSERT_TRUE(json.contains("assessment"));
  int from_offer = 0;
  for (const auto& in : json["assessment"]["inputs"]) {
    if ((in["id"] == "management_fee" || in["id"] == "bond_amount" || in["id"] == "committed_costs") &&
        in["source"] == "offer") {
      ++from_offer;
    }
  }
  EXPECT_EQ(from_offer, 3) << json["assessment"]["inputs"].dump();

  auto bad = post("/check", {part("file", read_file(sample_pdf), "sample-subcontract.pdf"),
                             part("offer_bond_amount", "30 days", "")});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("bond_amount: expected an amount in pounds"), std::string::npos) << bad->body;
}

TEST_F(Serve, DocumentTextAndNamesAreEscapedNeverRun) {
  start();
  const std::string name = "<img src=x onerror=alert(1)>.txt";
  const std::string text =
      "SUBCONTRACT\n\n1. Payment\n\n1.1 <script>alert('owned')</script> The Contractor may withhold payment at its "
      "absolute discretion. <b onmouseover=alert(2)>bold</b>\n";
  const std::string location = check_location(text, name);
  const std::string page = get_body(location);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(1)&gt;.txt"), std::string::npos);
  auto json = client_->Get((location + "/report.json").c_str());
  ASSERT_TRUE(json);
  EXPECT_EQ(json->get_header_value("Content-Disposition"), "attachment; filename=\"_img_src_x_onerror_alert_1__.txt.json\"");
  const std::string report = get_body(location + "/report.html");
  EXPECT_EQ(report.find("<script>alert('owned')"), std::string::npos);
  EXPECT_NE(report.find("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"), std::string::npos) << report.substr(0, 2000);
  EXPECT_EQ(report.find("<b onmouseover"), std::string::npos);
}

TEST_F(Serve, UploadOverTheSizeLimitIsRefusedWith413) {
  start({"--max-upload-mb", "1"});
  auto res = post("/check", {part("file", std::string(2u << 20, 'a'), "big.txt")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("limit of 1 MiB"), std::string::npos) << res->body;
  expect_still_serving();
}

TEST_F(Serve, TriageOverTheDocumentLimitIsRefusedWith413EvenInsideAZip) {
  start({"--max-files", "2"});
  const std::string text = read_file(sample_md);
  auto res = post("/triage", {part("files", text, "a.md"), part("files", text, "b.md"), part("files", text, "c.md")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("the limit is 2 per triage"), std::string::npos) << res->body;
  const std::string zip = make_zip({{"a.md", text}, {"b.md", text}, {"c.md", text}});
  res = post("/triage", {part("files", zip, "three.zip")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  expect_still_serving();
}

TEST_F(Serve, ScansBeyondTheConcurrencyLimitAreRefusedAsBusyWith503) {
  start({"--max-scans", "1", "--queue-seconds", "0"});
  const std::string pdf = read_file(sample_pdf);
  std::vector<std::future<int>> statuses;
  for (int i = 0; i < 6; ++i) {
    statuses.push_back(std::async(std::launch::async, [&] {
      httplib::Client client("127.0.0.1", server_->port());
      client.set_read_timeout(120, 0);
      auto res = client.Post("/check", httplib::MultipartFormDataItems{part("file", pdf, "s.pdf")});
      if (res && res->status == 503) {
        EXPECT_EQ(res->get_header_value("Retry-After"), "30");
        EXPECT_NE(res->body.find("busy"), std::string::npos);
      }
      return res ? res->status : -1;
    }));
  }
  int busy = 0, done = 0;
  for (auto& s : statuses) {
    const int status = s.get();
    busy += status == 503;
    done += status == 303;
    EXPECT_TRUE(status == 503 || status == 303) << status;
  }
  EXPECT_GE(busy, 1);
  EXPECT_GE(done, 1);
  expect_still_serving();
}

TEST_F(Serve, AScanOverTheTimeLimitIsAnsweredWith504AndTheServerGoesOn) {
  start({"--scan-seconds", "0.001"});
  auto res = post("/check", {part("file", read_file(sample_pdf), "s.pdf")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 504);
  EXPECT_NE(res->body.find("took longer than the limit"), std::string::npos) << res->body;
  expect_still_serving();
}

// The per-document memory budget of `scan` holds in the server too: a document whose
// analysis needs more is refused with the command line's message, and a smaller one under
// the same budget is scanned.
TEST_F(Serve, ADocumentOverTheMemoryLimitIsRefusedWith422AndTheServerGoesOn) {
  start({"--memory-limit", "4"});
  const std::string contract = read_file(sample_md);
  std::string big;
  while (big.size() < (2u << 20)) big += contract + "\n\n";
  auto res = post("/check", {part("file", big, "big.md")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422);
  EXPECT_NE(res->body.find("over the memory limit of 4 MiB per document"), std::string::npos) << res->body;
  expect_still_serving();
  EXPECT_EQ(post("/check", {part("file", contract, "small.md")})->status, 303);
}

// Each hostile or broken file gets the command line's own message, as a 422 (or 413).
TEST_F(Serve, HostileUploadsGetTheCommandLinesMessage) {
  start();
  for (const char* name : {"encrypted.pdf", "encrypted.docx", "corrupt.pdf", "truncated.docx", "not-docx-named.docx",
                           "image-named.pdf", "empty.txt", "scanned.pdf", "not-docx.zip"}) {
    const fs::path file = bad_dir / name;
    const auto cli = run_clausecheck("scan '" + file.string() + "'", true);
    ASSERT_EQ(cli.status, 2) << name;
    const std::string prefix = "clausecheck: error: " + file.string() + ": ";
    const std::size_t at = cli.out.find(prefix);
    ASSERT_NE(at, std::string::npos) << cli.out;
    std::string message = cli.out.substr(at + prefix.size());
    message = message.substr(0, message.find('\n'));

    auto res = post("/check", {part("file", read_file(file), name)});
    ASSERT_TRUE(res) << name;
    EXPECT_TRUE(res->status == 422 || res->status == 413) << name << " " << res->status;
    std::string html_message;
    for (char c : message) {
      switch (c) {
        case '&': html_message += "&amp;"; break;
        case '<': html_message += "&lt;"; break;
        case '>': html_message += "&gt;"; break;
        case '"': html_message += "&quot;"; break;
        case '\'': html_message += "&#39;"; break;
        default: html_message += c;
      }
    }
    EXPECT_NE(res->body.find(std::string(name) + ": " + html_message), std::string::npos)
        << name << "\nCLI: " << message << "\nweb: " << res->body;
  }
  expect_still_serving();
}

TEST_F(Serve, TriageListsEveryFileWithItsStatusIncludingZipBombsAndEscapingNames) {
  start();
  httplib::MultipartFormDataItems items;
  std::size_t bad_files = 0;
  for (const auto& entry : fs::directory_iterator(bad_dir)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".sh" || ext == ".py") continue;
    items.push_back(part("files", read_file(entry.path()), entry.path().filename().string()));
    ++bad_files;
  }
  items.push_back(part("files", read_file(sample_pdf), "sample-subcontract.pdf"));
  const std::string zip = make_zip({{"inner/good.md", read_file(sample_md)},
                                    {"../../etc/evil.pdf", "%PDF-1.4"},
                                    {"bomb.pdf", std::string(8u << 20, '\0')},
                                    {"notes.png", "ignored: not a document"}});
  items.push_back(part("files", zip, "bundle.zip"));
  auto res = post("/triage", items);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  const std::string location = res->get_header_value("Location");
  std::string page;
  for (int i = 0; i < 600; ++i) {
    page = get_body(location);
    if (page.find("id=\"triage-table\"") != std::string::npos) break;
    EXPECT_NE(page.find("<progress"), std::string::npos);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_NE(page.find("id=\"triage-table\""), std::string::npos);
  // Every upload is a row: the bad files, the sample, and the zip's three documents.
  const std::string csv = get_body(location + "/summary.csv");
  const auto lines = cli_test::lines_of(csv);
  EXPECT_EQ(lines.size(), 1 + bad_files + 1 + 3) << csv;
  EXPECT_NE(csv.find("bundle.zip/inner/good.md"), std::string::npos);
  EXPECT_NE(page.find("bundle.zip/../../etc/evil.pdf</td><td><span class=\"status-error\">error</span>: the name inside "
                      "the zip points outside the archive"),
            std::string::npos)
      << page;
  EXPECT_NE(csv.find("bundle.zip/bomb.pdf,error"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("notes.png"), std::string::npos);
  // A zip named .docx is a broken DOCX, as on the command line, not an archive to open.
  EXPECT_NE(csv.find("not-docx-named.docx,error"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("not-docx-named.docx/"), std::string::npos) << csv;
  // Error rows come first, and a scanned row opens its report.
  const std::size_t first_error = page.find("class=\"row-error\"");
  const std::size_t first_ok = page.find("class=\"row-ok\"");
  ASSERT_NE(first_error, std::string::npos);
  ASSERT_NE(first_ok, std::string::npos);
  EXPECT_LT(first_error, first_ok);
  std::smatch link;
  ASSERT_TRUE(std::regex_search(page, link, std::regex("href=\"(/triage/[0-9a-f]{32}/report/[0-9]+\\.html)\"")));
  EXPECT_NE(get_body(link[1]).find("<mark"), std::string::npos);
  expect_still_serving();
}

TEST_F(Serve, ZipEntriesThatDifferOnlyInCaseAreTwoDocuments) {
  start();
  // "Terms.md" holds a contract, "terms.md" nothing: read by name without case, both rows
  // would show the contract.
  const std::string zip = make_zip({{"Terms.md", read_file(sample_md)}, {"terms.md", ""}});
  auto res = post("/triage", {part("files", zip, "case.zip")});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  const std::string location = res->get_header_value("Location");
  std::string csv;
  for (int i = 0; i < 600; ++i) {
    if (get_body(location).find("id=\"triage-table\"") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  csv = get_body(location + "/summary.csv");
  EXPECT_NE(csv.find("case.zip/terms.md,error"), std::string::npos) << csv;
  EXPECT_NE(csv.find("case.zip/Terms.md,ok"), std::string::npos) << csv;
}

TEST_F(Serve, CompareShowsWhatTheNewDraftChanges) {
  start();
  const std::string old_draft = read_file(sample_md);
  std::string new_draft = old_draft;
  // The new round drops a paragraph: risks in it are removed, none added.
  const std::size_t cut = new_draft.find("\n\n", new_draft.size() / 2);
  ASSERT_NE(cut, std::string::npos);
  new_draft = new_draft.substr(0, cut) + "\n";
  auto res = post("/compare", {part("old", old_draft, "round1.md"), part("new", new_draft, "round2.md")});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  const std::string location = res->get_header_value("Location");
  const std::string page = get_body(location);
  EXPECT_NE(page.find("round1.md \u2192 round2.md"), std::string::npos);
  const auto diff = nlohmann::json::parse(get_body(location + "/diff.json"));
  EXPECT_EQ(diff["removed"].size() + diff["added"].size() + diff["changed"].size() > 0, true);
  EXPECT_NE(page.find("removes " + std::to_string(diff["removed"].size())), std::string::npos);

  res = post("/compare", {part("old", old_draft, "round1.md"), part("new", read_file(bad_dir / "encrypted.pdf"), "x.pdf")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422);
  EXPECT_NE(res->body.find("New draft: x.pdf: "), std::string::npos);
}

TEST_F(Serve, RulePackPageListsEveryRuleWithWhyAndExamples) {
  start();
  const std::string page = get_body("/rules");
  const auto listed = run_clausecheck("rules list");
  ASSERT_EQ(listed.status, 0);
  std::size_t sections = 0;
  for (std::size_t at = page.find("<section class=\"rule\""); at != std::string::npos;
       at = page.find("<section class=\"rule\"", at + 1)) {
    ++sections;
  }
  EXPECT_GT(sections, 10u);
  EXPECT_NE(page.find("Why it matters:"), std::string::npos);
  EXPECT_NE(page.find("Catches, for example:"), std::string::npos);
  EXPECT_NE(page.find("id=\"rule-DSP-01.no-dispute-resolution\""), std::string::npos);
}

TEST_F(Serve, AnAccessTokenGuardsEveryPage) {
  start({"--token", "s3cret-token"});
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  res = client_->Get("/rules");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  res = client_->Get("/?token=wrong");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  res = client_->Get("/?token=s3cret-token");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
  EXPECT_NE(res->get_header_value("Set-Cookie").find("clausecheck_token=s3cret-token; HttpOnly; SameSite=Strict"),
            std::string::npos);
  res = client_->Get("/", {{"Cookie", "clausecheck_token=s3cret-token"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  res = client_->Get("/", {{"Authorization", "Bearer s3cret-token"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST_F(Serve, UploadsFromAnotherSiteAreRefused) {
  start();
  auto res = client_->Post("/check", {{"Origin", "http://evil.example"}},
                           httplib::MultipartFormDataItems{part("file", "text", "a.txt")});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST(ServeOptions, ANonLoopbackAddressNeedsAllowRemoteAndAToken) {
  auto run = run_clausecheck("serve --host 0.0.0.0 --port 0", true);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("--allow-remote and --token"), std::string::npos) << run.out;
  run = run_clausecheck("serve --host 0.0.0.0 --port 0 --allow-remote", true);
  EXPECT_EQ(run.status, 2);
}

TEST_F(Serve, KeepsNothingOnDiskUnlessAskedAndKeepsTheUploadWithKeep) {
  const fs::path keep = fs::temp_directory_path() / ("clausecheck-keep-" + std::to_string(getpid()));
  fs::remove_all(keep);
  start({"--keep", keep.string()});
  const std::string location = check_location(read_file(sample_md), "kept.md");
  const std::string id = location.substr(location.rfind('/') + 1);
  EXPECT_EQ(read_file(keep / id / "kept.md"), read_file(sample_md));
  EXPECT_TRUE(fs::exists(keep / id / "kept.md.json"));
  fs::remove_all(keep);
}

}  // namespace
}  // namespace clausecheck
