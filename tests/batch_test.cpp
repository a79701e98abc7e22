// `clausecheck scan PATH... --out DIR` end to end: every input is a row, broken files
// included; output is deterministic; --resume skips what has not changed.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "clausecheck/batch_summary.h"
#include "cli_run_support.h"
#include "report_test_support.h"

namespace fs = std::filesystem;
using namespace clausecheck;
using namespace clausecheck::cli_test;

namespace {

const std::string good_pdf = "tests/fixtures/pdf/running-headers.pdf";
const std::string pack = "tests/fixtures/rules/pack";
const std::string contract = "tests/fixtures/rules/contract.txt";

void copy_in(const std::string& relative, const fs::path& to) { fs::copy_file(source_path(relative), to); }

std::vector<nlohmann::json> jsonl_rows(const fs::path& path) {
  std::vector<nlohmann::json> rows;
  for (const auto& line : lines_of(read_file(path))) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

// A pile as an auditor finds it: readable documents next to corrupt, encrypted, scanned,
// truncated, empty and mislabelled ones.
void make_mixed_pile(const fs::path& dir) {
  fs::create_directories(dir / "sub");
  copy_in(contract, dir / "contract.txt");
  copy_in(good_pdf, dir / "sub" / "good.pdf");
  copy_in("tests/fixtures/bad/legacy.doc", dir / "legacy.doc");  // LibreOffice's Word 97-2003: read
  copy_in("tests/fixtures/doc/word95.doc", dir / "word95.doc");   // Word 6.0/95: not read
  for (const char* bad : {"corrupt.pdf", "encrypted.pdf", "scanned.pdf", "truncated.pdf", "empty.txt",
                          "whitespace-only.txt", "encrypted.docx", "truncated.docx", "not-docx-named.docx"}) {
    copy_in(std::string("tests/fixtures/bad/") + bad, dir / bad);
  }
}

}  // namespace

TEST(Batch, MixedPile_EveryFileIsARow_BrokenOnesWithTheirReason) {
  TempDir tmp("batch-mixed");
  make_mixed_pile(tmp.path() / "in");
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out' --jobs 2",
                                 true);
  EXPECT_EQ(r.status, 2) << "input errors make the batch exit 2\n" << r.out;

  const auto rows = jsonl_rows(tmp.path() / "out" / "summary.jsonl");
  ASSERT_EQ(rows.size(), 13u) << r.out;
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& row : rows) by_name[fs::path(row["path"].get<std::string>()).filename().string()] = row;
  ASSERT_EQ(by_name.size(), 13u);
  EXPECT_EQ(by_name["contract.txt"]["status"], "ok");
  EXPECT_GT(by_name["contract.txt"]["counts"]["total"].get<int>(), 0);
  EXPECT_NE(by_name["good.pdf"]["status"], "error");
  EXPECT_EQ(by_name["encrypted.pdf"]["error_kind"], "encrypted");
  EXPECT_EQ(by_name["encrypted.docx"]["error_kind"], "encrypted");
  EXPECT_EQ(by_name["scanned.pdf"]["error_kind"], "no-text-layer");
  EXPECT_EQ(by_name["empty.txt"]["error_kind"], "empty");
  // Read: its one clause names only "the Prime Contractor", so the roles warning may come with it.
  EXPECT_NE(by_name["legacy.doc"]["status"], "error");
  EXPECT_EQ(by_name["word95.doc"]["error_kind"], "unsupported");
  for (const char* bad : {"corrupt.pdf", "encrypted.pdf", "scanned.pdf", "truncated.pdf", "empty.txt",
                          "whitespace-only.txt", "encrypted.docx", "truncated.docx", "word95.doc",
                          "not-docx-named.docx"}) {
    EXPECT_EQ(by_name[bad]["status"], "error") << bad;
    EXPECT_FALSE(by_name[bad]["reason"].get<std::string>().empty()) << bad;
    EXPECT_TRUE(by_name[bad]["reports"].empty()) << bad;
  }
  // Error rows come first, then the scanned documents by risk.
  EXPECT_EQ(rows.front()["status"], "error");
  EXPECT_NE(rows.back()["status"], "error");
  // A report per readable document, none for the broken ones.
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "contract.txt.json"));
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "good.pdf.json"));
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "legacy.doc.json"));
  EXPECT_FALSE(fs::exists(tmp.path() / "out" / "corrupt.pdf.json"));
  EXPECT_FALSE(fs::exists(tmp.path() / "out" / ".clausecheck-progress.jsonl"));
  for (const char* report : {"contract.txt.json", "good.pdf.json", "legacy.doc.json"}) {
    EXPECT_EQ(clausecheck::report_test::report_schema_violations(read_file(tmp.path() / "out" / report)), "") << report;
  }

  const auto csv = lines_of(read_file(tmp.path() / "out" / "summary.csv"));
  ASSERT_EQ(csv.size(), 14u);
  EXPECT_EQ(csv[0].rfind("path,status,reason,risk_score,", 0), 0u);
}

// The Bar: 200 PDFs, 5 of them broken, give 200 rows, 5 with an error reason.
TEST(Batch, TwoHundredPdfsWithFiveBroken_WritesTwoHundredRowsFiveWithErrors) {
  TempDir tmp("batch-200");
  const fs::path in = tmp.path() / "in";
  fs::create_directories(in);
  for (int i = 0; i < 195; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "contract-%03d.pdf", i);
    fs::create_symlink(source_path(good_pdf), in / name);
  }
  int n = 0;
  for (const char* bad : {"corrupt.pdf", "encrypted.pdf", "scanned.pdf", "truncated.pdf", "image-named.pdf"}) {
    fs::create_symlink(source_path(std::string("tests/fixtures/bad/") + bad), in / ("broken-" + std::to_string(n++) + ".pdf"));
  }
  CommandRun r = run_clausecheck("scan '" + in.string() + "' --out '" + tmp.str() + "/out' --jobs 2 --quiet", true);
  EXPECT_EQ(r.status, 2) << r.out;
  const auto csv = lines_of(read_file(tmp.path() / "out" / "summary.csv"));
  ASSERT_EQ(csv.size(), 201u);
  int errors = 0;
  for (std::size_t i = 1; i < csv.size(); ++i) {
    if (csv[i].find(",error,") != std::string::npos) {
      ++errors;
      EXPECT_EQ(csv[i].find(",error,,"), std::string::npos) << "an error row names its reason: " << csv[i];
    }
  }
  EXPECT_EQ(errors, 5);
  std::size_t reports = 0;
  for (const auto& entry : fs::directory_iterator(tmp.path() / "out")) reports += entry.path().extension() == ".json";
  EXPECT_EQ(reports, 195u);
}

TEST(Batch, TwoRuns_GiveByteIdenticalOutputs_WhateverTheJobCount) {
  TempDir tmp("batch-determinism");
  make_mixed_pile(tmp.path() / "in");
  const std::string common = "scan '" + tmp.str() + "/in' --rules " + pack + " --format json,html,sarif --quiet --out '";
  run_clausecheck(common + tmp.str() + "/one' --jobs 1");
  run_clausecheck(common + tmp.str() + "/two' --jobs 2");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(tmp.path() / "one")) names.push_back(entry.path().filename().string());
  EXPECT_GE(names.size(), 2u + 3u * 2u);
  for (const auto& name : names) {
    EXPECT_EQ(read_file(tmp.path() / "one" / name), read_file(tmp.path() / "two" / name)) << name;
  }
  std::size_t second = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(tmp.path() / "two")) ++second;
  EXPECT_EQ(second, names.size());
}

TEST(Batch, Resume_SkipsUnchangedDocuments_AndRescansAChangedOne) {
  TempDir tmp("batch-resume");
  const fs::path in = tmp.path() / "in";
  fs::create_directories(in);
  copy_in(contract, in / "a.txt");
  copy_in(contract, in / "b.txt");
  copy_in("tests/fixtures/bad/corrupt.pdf", in / "broken.pdf");
  const std::string command = "scan '" + in.string() + "' --rules " + pack + " --out '" + tmp.str() + "/out' --resume";

  CommandRun first = run_clausecheck(command, true);
  EXPECT_NE(first.out.find("(0 unchanged, skipped)"), std::string::npos) << first.out;
  const std::string first_summary = read_file(tmp.path() / "out" / "summary.jsonl");

  CommandRun second = run_clausecheck(command, true);
  EXPECT_NE(second.out.find("(2 unchanged, skipped)"), std::string::npos) << second.out;
  EXPECT_EQ(read_file(tmp.path() / "out" / "summary.jsonl"), first_summary) << "skipped documents are still rows";

  {
    std::ofstream append(in / "b.txt", std::ios::app);
    append << "\n4. Payment\n4.1 The Prime shall pay within 90 days of receipt of invoice.\n";
  }
  CommandRun third = run_clausecheck(command, true);
  EXPECT_NE(third.out.find("(1 unchanged, skipped)"), std::string::npos) << third.out;
  auto sha_of_b = [&](const std::string& summary) {
    for (const auto& line : lines_of(summary)) {
      auto row = nlohmann::json::parse(line);
      if (row["path"].get<std::string>().ends_with("b.txt")) return row["document"]["sha256"].get<std::string>();
    }
    return std::string();
  };
  const std::string summary = read_file(tmp.path() / "out" / "summary.jsonl");
  EXPECT_EQ(lines_of(summary).size(), 3u);
  EXPECT_NE(sha_of_b(summary), sha_of_b(first_summary)) << "the changed document was re-scanned";
  EXPECT_EQ(sha_of_b(summary),
            nlohmann::json::parse(read_file(tmp.path() / "out" / "b.txt.json"))["document"]["sha256"].get<std::string>());

  // Another rule pack: nothing can be reused.
  CommandRun other_pack = run_clausecheck("scan '" + in.string() + "' --out '" + tmp.str() + "/out' --resume", true);
  EXPECT_NE(other_pack.out.find("(0 unchanged, skipped)"), std::string::npos) << other_pack.out;
}

TEST(Batch, SameFileNameInTwoFolders_GetsTwoReports) {
  TempDir tmp("batch-collisions");
  fs::create_directories(tmp.path() / "in" / "x");
  fs::create_directories(tmp.path() / "in" / "y");
  copy_in(contract, tmp.path() / "in" / "x" / "contract.txt");
  copy_in(contract, tmp.path() / "in" / "y" / "Contract.TXT");
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out' --quiet");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "contract.txt.json"));
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "Contract.TXT-2.json"));
  EXPECT_EQ(jsonl_rows(tmp.path() / "out" / "summary.jsonl").size(), 2u);
}

TEST(Batch, FailOn_ExitsOneOnlyWhenAFindingReachesTheThreshold) {
  TempDir tmp("batch-fail-on");
  const std::string base = "scan " + contract + " --rules " + pack + " --quiet --out '" + tmp.str() + "/out'";
  EXPECT_EQ(run_clausecheck(base).status, 0);
  EXPECT_EQ(run_clausecheck(base + " --fail-on info").status, 1);
  EXPECT_EQ(run_clausecheck(base + " --fail-on critical").status, 1);
}

TEST(BatchSummary, CsvQuotesCommasAndDefusesFormulas) {
  BatchRow row;
  row.path = "=HYPERLINK(\"x\"),y.pdf";
  row.status = BatchStatus::error;
  row.reason = "corrupt, \"damaged\"";
  const std::string csv = write_summary_csv({row});
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\"),y.pdf\",error,\"corrupt, \"\"damaged\"\"\""), std::string::npos) << csv;
}

TEST(BatchSummary, CsvAmountsRoundingToZero_AreZeroNotMinusZero) {
  BatchRow row;
  row.path = "a.pdf";
  row.status = BatchStatus::ok;
  row.peak_working_capital = -0.0;
  row.revenue_at_risk = -0.4;
  const std::string csv = write_summary_csv({row});
  EXPECT_NE(csv.find(",0,0\r\n"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("-0"), std::string::npos) << csv;
}

TEST(BatchSummary, CsvDefusesFormulasHiddenBehindATabOrCarriageReturn) {
  for (const std::string path : {"\t=cmd|' /C calc'!A0.pdf", "\r=1+1.pdf"}) {
    BatchRow row;
    row.path = path;
    row.status = BatchStatus::error;
    const std::string csv = write_summary_csv({row});
    const std::string body = csv.substr(csv.find('\n') + 1);
    // The cell opens with a quote character, inside RFC 4180 quoting where needed.
    EXPECT_TRUE(body.rfind("'", 0) == 0 || body.rfind("\"'", 0) == 0) << body;
  }
}

TEST(BatchSummary, JsonlRowReadsBackAsWritten) {
  BatchRow row;
  row.path = "in/a.pdf";
  row.status = BatchStatus::warning;
  row.reason = "page 3 has no text";
  row.format = "pdf";
  row.pages = 4;
  row.sha256 = std::string(64, 'a');
  row.rule_pack_sha256 = std::string(64, 'b');
  row.risk_score = 57;
  row.total = 2;
  row.by_severity[static_cast<int>(Severity::high)] = 2;
  row.top_findings.push_back({"PAY-03.long", Severity::high, "Long payment terms", "7.2(b)", 3});
  row.reports = {"a.pdf.json", "a.pdf.html"};
  auto back = read_summary_jsonl_row(write_summary_jsonl_row(row));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(write_summary_jsonl_row(*back), write_summary_jsonl_row(row));
  EXPECT_FALSE(read_summary_jsonl_row("{\"path\": 3}").has_value());
  EXPECT_FALSE(read_summary_jsonl_row("not json").has_value());
}

TEST(BatchSummary, ErrorsFirstThenHighestRiskThenPath) {
  std::vector<BatchRow> rows(4);
  rows[0].path = "b";
  rows[0].risk_score = 10;
  rows[1].path = "a";
  rows[1].risk_score = 10;
  rows[2].path = "z";
  rows[2].status = BatchStatus::error;
  rows[3].path = "c";
  rows[3].risk_score = 90;
  sort_batch_rows(rows);
  EXPECT_EQ(rows[0].path, "z");
  EXPECT_EQ(rows[1].path, "c");
  EXPECT_EQ(rows[2].path, "a");
  EXPECT_EQ(rows[3].path, "b");
}

// The bar is for a person at a terminal: `script` gives the command one; a pipe gets none.
TEST(Batch, ProgressBar_OnATerminalOnly) {
  TempDir tmp("batch-progress");
  make_mixed_pile(tmp.path() / "in");
  const std::string scan = std::string("'") + CLAUSECHECK_BINARY + "' scan '" + tmp.str() + "/in' --rules '" +
                           source_path(pack) + "' --jobs 2 --out '" + tmp.str() + "/out";
  CommandRun piped = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/piped'", true);
  EXPECT_EQ(piped.out.find("\x1b[K"), std::string::npos) << piped.out;
  EXPECT_EQ(piped.out.find("13/13"), std::string::npos) << piped.out;

  FILE* pipe = popen(("script -qec \"" + scan + "-tty'\" /dev/null 2>&1").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string terminal;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) terminal.append(buffer, n);
  pclose(pipe);
  EXPECT_NE(terminal.find("] 13/13"), std::string::npos) << terminal;
  EXPECT_NE(terminal.find("10 errors"), std::string::npos) << terminal;
}

TEST(Batch, NamedPipeWithADocumentName_IsAnErrorRowNotAHang) {
  TempDir tmp("batch-fifo");
  fs::create_directories(tmp.path() / "in");
  copy_in(contract, tmp.path() / "in" / "contract.txt");
  ASSERT_EQ(::mkfifo((tmp.path() / "in" / "pipe.pdf").c_str(), 0600), 0);
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  EXPECT_EQ(r.status, 2) << r.out;
  const auto rows = jsonl_rows(tmp.path() / "out" / "summary.jsonl");
  ASSERT_EQ(rows.size(), 2u) << r.out;
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& row : rows) by_name[fs::path(row["path"].get<std::string>()).filename().string()] = row;
  EXPECT_EQ(by_name["contract.txt"]["status"], "ok");
  EXPECT_EQ(by_name["pipe.pdf"]["status"], "error");
  EXPECT_NE(by_name["pipe.pdf"].dump().find("named pipe"), std::string::npos) << by_name["pipe.pdf"].dump();
}

TEST(Batch, SymlinkedDirectory_IsWalked_AndALinkCycleEnds) {
  TempDir tmp("batch-symlink");
  fs::create_directories(tmp.path() / "elsewhere");
  fs::create_directories(tmp.path() / "in");
  copy_in(contract, tmp.path() / "elsewhere" / "linked.txt");
  copy_in(contract, tmp.path() / "in" / "direct.txt");
  fs::create_directory_symlink(tmp.path() / "elsewhere", tmp.path() / "in" / "link");
  fs::create_directory_symlink(tmp.path() / "in", tmp.path() / "in" / "loop");  // a cycle back to the root
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  EXPECT_EQ(r.status, 0) << r.out;
  const auto rows = jsonl_rows(tmp.path() / "out" / "summary.jsonl");
  std::vector<std::string> names;
  for (const auto& row : rows) names.push_back(fs::path(row["path"].get<std::string>()).filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"direct.txt", "linked.txt"})) << r.out;
}

TEST(Batch, UnreadableSubdirectory_IsAnErrorRow) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every directory; run as a normal user to check this";
  TempDir tmp("batch-unreadable");
  fs::create_directories(tmp.path() / "in" / "locked");
  copy_in(contract, tmp.path() / "in" / "contract.txt");
  copy_in(contract, tmp.path() / "in" / "locked" / "hidden-by-permissions.txt");
  fs::permissions(tmp.path() / "in" / "locked", fs::perms::none);
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  fs::permissions(tmp.path() / "in" / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.status, 2) << r.out;
  const auto rows = jsonl_rows(tmp.path() / "out" / "summary.jsonl");
  ASSERT_EQ(rows.size(), 2u) << r.out;
  EXPECT_NE(read_file(tmp.path() / "out" / "summary.jsonl").find("directory cannot be read"), std::string::npos);
}

TEST(Batch, OutputDirectoryHeldByAnotherBatch_IsRefusedWithoutTouchingIt) {
  TempDir tmp("batch-locked");
  fs::create_directories(tmp.path() / "in");
  fs::create_directories(tmp.path() / "out");
  copy_in(contract, tmp.path() / "in" / "contract.txt");
  // This test holds the lock a running batch would hold.
  const int fd = ::open((tmp.path() / "out" / ".clausecheck.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  ::close(fd);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("another clausecheck batch is writing into this directory"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(tmp.path() / "out" / "summary.jsonl"));
  EXPECT_FALSE(fs::exists(tmp.path() / "out" / "contract.txt.json"));
  // Once the other batch is done, the directory is free again.
  r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(Batch, OutputDirectoryThatIsTheInputDirectory_IsAUsageError) {
  TempDir tmp("batch-out-is-in");
  copy_in(contract, tmp.path() / "contract.txt");
  CommandRun r =
      run_clausecheck("scan '" + tmp.str() + "' --rules " + pack + " --out '" + tmp.str() + "/.' --format text", true);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("is the input directory"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(tmp.path() / "contract.txt.txt")) << "no report may be written where it is read";
}

TEST(Batch, ReportsInsideTheInputDirectory_AreNeverReadAsContracts) {
  TempDir tmp("batch-out-inside");
  fs::create_directories(tmp.path() / "in");
  copy_in(contract, tmp.path() / "in" / "contract.txt");
  const std::string command =
      "scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/in/reports' --format text";
  for (int run = 0; run < 2; ++run) {
    CommandRun r = run_clausecheck(command, true);
    EXPECT_EQ(r.status, 0) << r.out;
  }
  const auto rows = jsonl_rows(tmp.path() / "in" / "reports" / "summary.jsonl");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(fs::path(rows[0]["path"].get<std::string>()).filename(), "contract.txt");
}

// A full disk: the contracts were read, their reports could not be written. The totals
// must not call them unreadable, and no temporary file may be left behind.
TEST(Batch, FullDisk_CountsReportsThatCouldNotBeWritten_AndLeavesNoTemporaries) {
  if (::geteuid() != 0) GTEST_SKIP() << "mounting a small tmpfs needs root";
  TempDir tmp("batch-full-disk");
  fs::create_directories(tmp.path() / "in");
  fs::create_directories(tmp.path() / "out");
  for (int i = 0; i < 6; ++i) copy_in(contract, tmp.path() / "in" / ("contract-" + std::to_string(i) + ".txt"));
  const std::string mount = "mount -t tmpfs -o size=64k tmpfs '" + tmp.str() + "/out' 2>/dev/null";
  if (std::system(mount.c_str()) != 0) GTEST_SKIP() << "cannot mount a tmpfs here";
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() +
                                     "/out' --format json,html,sarif,text --jobs 1",
                                 true);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(tmp.path() / "out")) left.push_back(entry.path().filename().string());
  (void)std::system(("umount '" + tmp.str() + "/out'").c_str());
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("No space left on device"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0 could not be read"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("could not be written"), std::string::npos) << r.out;
  std::map<std::string, int> reports_per_document;  // all four of a document's reports, or none
  for (const auto& name : left) {
    EXPECT_EQ(name.find("partial"), std::string::npos) << name;
    if (name.rfind("contract-", 0) == 0) ++reports_per_document[fs::path(name).stem().string()];
  }
  for (const auto& [document, count] : reports_per_document) EXPECT_EQ(count, 4) << document;
}

TEST(Batch, ControlCharactersInAFileName_AreEscapedOnTheTerminal) {
  TempDir tmp("batch-control-name");
  fs::create_directories(tmp.path() / "in");
  // An empty file, so that its name is printed in an error line.
  std::ofstream(tmp.path() / "in" / "evil\x1b]0;pwned\x07\x1b[2K.txt").close();
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'", true);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "a raw escape reached the terminal";
  EXPECT_EQ(r.out.find('\x07'), std::string::npos);
  EXPECT_NE(r.out.find("evil\\x1b]0;pwned\\x07\\x1b[2K.txt: file is empty"), std::string::npos) << r.out;
}

TEST(Batch, Resume_RecognisesAFileWhoseNameIsNotUtf8) {
  TempDir tmp("batch-latin1-name");
  fs::create_directories(tmp.path() / "in");
  copy_in(contract, tmp.path() / "in" / "caf\xe9.txt");  // Latin-1, as an old file server names it
  const std::string command = "scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out'";
  CommandRun first = run_clausecheck(command, true);
  ASSERT_EQ(first.status, 0) << first.out;
  const std::string summary = read_file(tmp.path() / "out" / "summary.jsonl");
  CommandRun resumed = run_clausecheck(command + " --resume", true);
  EXPECT_EQ(resumed.status, 0) << resumed.out;
  EXPECT_NE(resumed.out.find("1 scanned (1 unchanged, skipped)"), std::string::npos) << resumed.out;
  EXPECT_EQ(read_file(tmp.path() / "out" / "summary.jsonl"), summary);
}

// A batch of the sample contract and a big one made of it repeated to `big_bytes`, scanned
// with a budget option: the exit status and the summary rows by file name.
struct BudgetedBatch {
  int status = 0;
  std::string out;
  std::map<std::string, nlohmann::json> rows;
};

BudgetedBatch scan_small_and_big(const TempDir& tmp, std::size_t big_bytes, const std::string& budget_option) {
  fs::create_directories(tmp.path() / "in");
  copy_in(contract, tmp.path() / "in" / "small.txt");
  const std::string clause = read_file(source_path(contract));
  {
    std::ofstream big(tmp.path() / "in" / "big.txt", std::ios::binary);
    for (std::size_t written = 0; written < big_bytes; written += clause.size()) big << clause;
  }
  CommandRun r = run_clausecheck("scan '" + tmp.str() + "/in' --rules " + pack + " --out '" + tmp.str() + "/out' " +
                                     budget_option + " --jobs 1",
                                 true);
  BudgetedBatch batch{r.status, r.out, {}};
  for (const auto& row : jsonl_rows(tmp.path() / "out" / "summary.jsonl")) {
    batch.rows[fs::path(row["path"].get<std::string>()).filename().string()] = row;
  }
  return batch;
}

// A document whose analysis would need more than its memory budget is an error row naming
// the budget; the batch goes on with the next file.
TEST(Batch, DocumentOverItsMemoryLimit_IsAnErrorRow_AndTheBatchGoesOn) {
  TempDir tmp("batch-memory-limit");
  // 4 MiB: the small contract's structures take well under one, two megabytes of text more.
  BudgetedBatch batch = scan_small_and_big(tmp, 2u << 20, "--memory-limit 4");
  EXPECT_EQ(batch.status, 2) << batch.out;
  EXPECT_EQ(batch.rows["small.txt"]["status"], "ok");
  EXPECT_EQ(batch.rows["big.txt"]["status"], "error");
  EXPECT_EQ(batch.rows["big.txt"]["error_kind"], "memory-limit");
  EXPECT_NE(batch.rows["big.txt"]["reason"].get<std::string>().find("over the memory limit of 4 MiB per document"),
            std::string::npos)
      << batch.rows["big.txt"].dump();
}

// A document over its time budget is an error row naming the budget; the batch goes on.
TEST(Batch, DocumentOverItsTimeLimit_IsAnErrorRow_AndTheBatchGoesOn) {
  TempDir tmp("batch-time-limit");
  // 0.2 s: the small contract takes milliseconds, four megabytes take seconds.
  BudgetedBatch batch = scan_small_and_big(tmp, 4u << 20, "--time-limit 0.2");
  EXPECT_EQ(batch.status, 2) << batch.out;
  EXPECT_EQ(batch.rows["small.txt"]["status"], "ok");
  EXPECT_EQ(batch.rows["big.txt"]["status"], "error");
  EXPECT_EQ(batch.rows["big.txt"]["error_kind"], "time-limit");
  EXPECT_NE(batch.rows["big.txt"]["reason"].get<std::string>().find("over the time limit of 200 ms"), std::string::npos)
      << batch.rows["big.txt"].dump();
}
