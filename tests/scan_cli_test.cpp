// `clausecheck scan FILE`: the pre-check on stdout in each format, exit codes, usage errors.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "cli_run_support.h"

using namespace clausecheck::cli_test;

namespace {

const std::string scan_contract = "scan tests/fixtures/rules/contract.txt --rules tests/fixtures/rules/pack";

}  // namespace

TEST(ScanCli, OneFileWithoutOut_PrintsTheTextSummaryWithoutColourOnAPipe) {
  CommandRun r = run_clausecheck(scan_contract);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Risk score: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Ask for:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "no escape codes when stdout is not a terminal";
}

TEST(ScanCli, FormatJson_IsTheVersionedReportWithPackIdentity) {
  CommandRun r = run_clausecheck(scan_contract + " --format json");
  EXPECT_EQ(r.status, 0);
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["document"]["format"], "text");
  EXPECT_EQ(report["document"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(report["findings"].size(), 4u);
  EXPECT_EQ(report.dump().find("\"sha256\":\"\""), std::string::npos) << "the rule pack hash is filled in";
}

TEST(ScanCli, FormatSarif_IsSarif210) {
  CommandRun r = run_clausecheck(scan_contract + " --format sarif");
  EXPECT_EQ(r.status, 0);
  const auto sarif = nlohmann::json::parse(r.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_EQ(sarif["runs"][0]["results"].size(), 4u);
}

TEST(ScanCli, FormatHtml_IsOneSelfContainedPage) {
  CommandRun r = run_clausecheck(scan_contract + " --format html");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u) << r.out.substr(0, 100);
  EXPECT_EQ(r.out.find("<script src="), std::string::npos);
}

TEST(ScanCli, SameInputTwice_GivesByteIdenticalOutput) {
  for (const char* format : {"json", "html", "sarif", "text"}) {
    EXPECT_EQ(run_clausecheck(scan_contract + " --format " + format).out,
              run_clausecheck(scan_contract + " --format " + format).out)
        << format;
  }
}

TEST(ScanCli, FailOn_ExitsOneAtOrAboveTheThresholdOnly) {
  // The fixture contract has a critical absence finding and high findings.
  EXPECT_EQ(run_clausecheck(scan_contract + " --fail-on critical").status, 1);
  EXPECT_EQ(run_clausecheck(scan_contract + " --fail-on high").status, 1);
  CommandRun clean = run_clausecheck("scan tests/fixtures/rules/contract.txt --rules "
                                     "tests/fixtures/rules/pack/payment.rules --fail-on critical");
  EXPECT_EQ(clean.status, 0) << clean.out;
  EXPECT_EQ(run_clausecheck("scan tests/fixtures/rules/contract.txt --rules tests/fixtures/rules/pack/payment.rules "
                            "--fail-on high")
                .status,
            1);
}

TEST(ScanCli, UnreadableInput_ExitsTwoNamingTheFile) {
  CommandRun r = run_clausecheck("scan tests/fixtures/bad/encrypted.pdf --fail-on critical", true);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("tests/fixtures/bad/encrypted.pdf: "), std::string::npos) << r.out;
  EXPECT_EQ(run_clausecheck("scan no/such/file.pdf").status, 2);
}

TEST(ScanCli, UsageErrors_ExitTwoWithAMessage) {
  for (const char* arguments : {" --format pdf", " --fail-on severe", " --resume", " --format json,html",
                                " --jobs 0"}) {
    CommandRun r = run_clausecheck(scan_contract + arguments, true);
    EXPECT_EQ(r.status, 2) << arguments << "\n" << r.out;
    EXPECT_FALSE(r.out.empty()) << arguments;
  }
  CommandRun several = run_clausecheck("scan tests/fixtures/rules/contract.txt tests/fixtures/pdf/running-headers.pdf", true);
  EXPECT_EQ(several.status, 2);
  EXPECT_NE(several.out.find("give --out DIR"), std::string::npos) << several.out;
}

TEST(ScanCli, OutWithSeveralFormats_WritesEachReportAndTheSummaries) {
  TempDir tmp("scan-cli-formats");
  CommandRun r = run_clausecheck(scan_contract + " --quiet --out '" + tmp.str() + "' --format json --format html,sarif,text");
  EXPECT_EQ(r.status, 0);
  for (const char* name : {"contract.txt.json", "contract.txt.html", "contract.txt.sarif", "contract.txt.txt",
                           "summary.csv", "summary.jsonl"}) {
    EXPECT_TRUE(std::filesystem::exists(tmp.path() / name)) << name;
  }
  // The report in --out is the one stdout would show.
  EXPECT_EQ(read_file(tmp.path() / "contract.txt.json"), run_clausecheck(scan_contract + " --format json").out);
  EXPECT_EQ(read_file(tmp.path() / "contract.txt.txt"), run_clausecheck(scan_contract + " --format text").out);
}
