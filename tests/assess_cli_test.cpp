// `clausecheck assess`, end to end: the text a provider reads, the JSON report with its
// assessment (validated against the schema), the HTML section, errors in the offer file,
// and summary.csv's offer-model columns.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "clausecheck/batch_summary.h"
#include "cli_run_support.h"
#include "report_test_support.h"

using namespace clausecheck;
using namespace clausecheck::cli_test;

namespace {

const std::string sample = "corpus/samples/sample-subcontract.pdf";
const std::string offer = "tests/fixtures/offers/sample-offer.txt";

TEST(AssessCli, Text_SaysTheCashNeededAndTheClausesBehindIt) {
  const CommandRun r = run_clausecheck("assess " + sample + " --offer " + offer);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("Cash needed to take the contract on: £"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Payment period: 60 days (clause 4.3, page 2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Pay when paid: yes (clause 4.4, page 2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Liability: UNBOUNDED"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(assumed: "), std::string::npos) << "assumed inputs are said so";
  // The provider's own figures say where they came from, in one pair of brackets: a
  // nested "(your figures (offer, line 3))" reads as a typo to someone new to the tool.
  EXPECT_NE(r.out.find("Unit price: £410 (your figures: offer, line 3)"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("))"), std::string::npos) << r.out;
}

TEST(AssessCli, Json_IsAValidReportWithTheAssessmentAndTracedFigures) {
  const CommandRun r = run_clausecheck("assess " + sample + " --offer " + offer + " --format json");
  ASSERT_EQ(r.status, 0);
  EXPECT_VALID_REPORT_JSON(r.out);
  const auto report = nlohmann::json::parse(r.out);
  const auto& a = report.at("assessment");
  // £410 x 540 over 36 months is £6,150 a month, paid 30 + 60 days after each month (pay
  // when paid on a 60-day period): three months of costs before the first payment.
  bool saw_peak = false, saw_liability = false;
  for (const auto& f : a.at("figures")) {
    EXPECT_FALSE(f.at("from").empty()) << f;
    if (f.at("id") == "peak_working_capital") {
      saw_peak = true;
      EXPECT_GE(f.at("value").get<double>(), 3 * 5600 + 8000) << f;
    }
    if (f.at("id") == "liability_exposure") {
      saw_liability = true;
      EXPECT_TRUE(f.at("value").is_null());
      EXPECT_TRUE(f.at("unbounded").get<bool>());
    }
  }
  EXPECT_TRUE(saw_peak);
  EXPECT_TRUE(saw_liability);
  for (const auto& in : a.at("inputs")) {
    const std::string source = in.at("source");
    if (source == "contract") {
      EXPECT_GT(in.at("page").get<int>(), 0) << in;
    } else if (source == "offer") {
      EXPECT_GT(in.at("line").get<int>(), 0) << in;
    } else {
      EXPECT_FALSE(in.at("note").get<std::string>().empty()) << in;
    }
  }
  EXPECT_EQ(run_clausecheck("assess " + sample + " --offer " + offer + " --format json").out, r.out)
      << "deterministic";
}

TEST(AssessCli, Html_HasTheSectionAndBothChartsFirst) {
  const CommandRun r = run_clausecheck("assess " + sample + " --offer " + offer + " --format html");
  ASSERT_EQ(r.status, 0);
  const std::size_t section = r.out.find("<section class=\"assessment\" id=\"assessment\"");
  ASSERT_NE(section, std::string::npos);
  EXPECT_LT(section, r.out.find("<div class=\"layout\">"));
  EXPECT_NE(r.out.find("Cash position by month", section), std::string::npos);
  EXPECT_NE(r.out.find("Revenue at risk by scenario", section), std::string::npos);
  EXPECT_NE(r.out.find("<strong>Liability: unbounded.</strong>", section), std::string::npos);
  // How much and why, in one reading: £410 x 540 over 36 months, paid 60 days after each
  // invoice once the prime is paid (30 days assumed): three months of £5,600 and the £8,000
  // set-up are spent before the first payment.
  EXPECT_NE(r.out.find("the provider needs <strong>£24,800</strong> of its own cash", section), std::string::npos);
  EXPECT_NE(r.out.find("<p class=\"because\"><strong>Why:</strong> Each invoice is raised at the end of the month it "
                       "covers and paid 90 days later (waiting for the prime to be paid), so the first payment arrives "
                       "in month 4. By then the provider is £24,800 out of pocket: the lowest point.</p>",
                       section),
            std::string::npos);
}

// A contract that costs more than it pays is not working capital that comes back: the HTML
// section says the cash is never paid back, and how short the contract ends.
TEST(AssessCli, Html_SaysWhenTheContractNeverPaysTheCashBack) {
  TempDir tmp("assess-ends-short");
  const std::string losing = (tmp.path() / "losing.txt").string();
  std::ofstream(losing, std::ios::binary) << "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £11,000\n"
                                             "inflation = 0%\n";
  const CommandRun r = run_clausecheck("assess " + sample + " --offer " + losing + " --format html");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("The contract never pays this back: it ends £3,000 short."), std::string::npos);
  EXPECT_EQ(r.out.find("before the contract pays for itself"), std::string::npos);
  const CommandRun paying = run_clausecheck("assess " + sample + " --offer " + offer + " --format html");
  EXPECT_NE(paying.out.find("before the contract pays for itself"), std::string::npos);
  EXPECT_EQ(paying.out.find("never pays this back"), std::string::npos);
}

TEST(AssessCli, BadOfferFiles_AreUsageErrorsNamingTheLineAndField) {
  struct Case {
    std::string file;
    std::string message;
  };
  for (const Case& c : {Case{"unknown-field.txt", "unknown-field.txt:2: reserve: unknown field"},
                        Case{"negative.txt", "negative.txt:1: cash_reserves: must not be negative"},
                        Case{"over-100.txt", "over-100.txt:1: expected_outcome_rate: a percentage cannot be over 100"},
                        Case{"wrong-unit.txt",
                             "wrong-unit.txt:2: monthly_delivery_cost: expected an amount in pounds, such as £22,000, "
                             "got \"5600 days\", which is a length of time"}}) {
    const CommandRun r = run_clausecheck("assess " + sample + " --offer tests/fixtures/offers/" + c.file, true);
    EXPECT_EQ(r.status, 2) << c.file;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << r.out;
  }
  EXPECT_EQ(run_clausecheck("assess " + sample + " --offer tests/fixtures/offers/missing.txt").status, 2);
}

TEST(AssessCli, Batch_SummaryCsvHasPeakWorkingCapitalAndRevenueAtRisk) {
  TempDir tmp("assess-batch");
  const CommandRun r = run_clausecheck("scan " + sample + " corpus/subcontracts/employment-programme-subcontract.pdf"
                                       " --quiet --out '" + tmp.str() + "/out'");
  ASSERT_LE(r.status, 1);
  const auto csv = lines_of(read_file(tmp.path() / "out" / "summary.csv"));
  ASSERT_EQ(csv.size(), 3u);
  EXPECT_NE(csv[0].find(",peak_working_capital,revenue_at_risk"), std::string::npos) << csv[0];
  for (std::size_t i = 1; i < csv.size(); ++i) {
    const std::string tail = csv[i].substr(csv[i].rfind(',', csv[i].rfind(',') - 1) + 1);
    EXPECT_NE(tail.find_first_of("0123456789"), std::string::npos) << csv[i];
  }
  // Without --offer the reports are as `scan` writes them: no assessment.
  const std::string json = read_file(tmp.path() / "out" / "sample-subcontract.pdf.json");
  EXPECT_EQ(json.find("\"assessment\""), std::string::npos);
}

// `word` in `text` on its own, in any case ("NaN", "inf"), not inside a word ("financial").
bool has_word(const std::string& text, const std::string& word) {
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
    if (starts && ends) return true;
  }
  return false;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(AssessCli, EmptyOfferFile_IsAUsageErrorNamingTheFile) {
  TempDir tmp("assess-empty-offer");
  const std::string path = tmp.str() + "/empty-offer.txt";
  write_text(path, "");
  const CommandRun r = run_clausecheck("assess " + sample + " --offer '" + path + "'", true);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find(path + ": the offer file is empty"), std::string::npos) << r.out;
  // Only blank lines: as empty. Only comments is a deliberate file: every figure its default.
  write_text(path, "\n  \n\t\n");
  EXPECT_EQ(run_clausecheck("assess " + sample + " --offer '" + path + "'").status, 2);
  write_text(path, "# our figures are not ready: the stated defaults for now\n");
  EXPECT_EQ(run_clausecheck("assess " + sample + " --offer '" + path + "'").status, 0);
}

TEST(AssessCli, OfferFileOverTheSizeLimit_IsRefusedNamingTheFileAndTheLimit) {
  TempDir tmp("assess-huge-offer");
  const std::string path = tmp.str() + "/huge-offer.txt";
  std::string text;
  while (text.size() <= 64 * 1024) text += "# a comment line that pads the file out past its limit\n";
  write_text(path, "contract_value = £600,000\n" + text);
  const CommandRun r = run_clausecheck("assess " + sample + " --offer '" + path + "'", true);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find(path + ": an offer file is at most 64 KiB"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("What the offer costs"), std::string::npos) << "nothing is assessed";
}

TEST(AssessCli, ExtremeOffers_GiveNoNaNOrInfinityInAnyFormat) {
  TempDir tmp("assess-extreme-offer");
  const std::string huge = tmp.str() + "/huge-values.txt";
  write_text(huge, "contract_value = £1,000,000,000,000\nterm = 50 years\ninflation = 100%\n"
                   "monthly_delivery_cost = £1,000,000,000,000\ncash_reserves = £0\n");
  const std::string none = tmp.str() + "/no-volume.txt";
  write_text(none, "unit_price = £410\nexpected_volume = 0\n");
  for (const std::string& offer_file : {huge, none}) {
    for (const char* format : {"text", "json", "html"}) {
      SCOPED_TRACE(offer_file + " " + format);
      const CommandRun r =
          run_clausecheck("assess " + sample + " --offer '" + offer_file + "' --format " + format);
      ASSERT_EQ(r.status, 0) << r.out;
      for (const char* bad : {"nan", "inf", "infinity"}) EXPECT_FALSE(has_word(r.out, bad)) << bad;
      EXPECT_EQ(r.out.find("-£0"), std::string::npos);
      // Text and HTML write every amount in full, never in exponent form.
      if (std::string(format) != "json") {
        EXPECT_FALSE(std::regex_search(r.out, std::regex("[0-9][eE]\\+[0-9]")));
      }
      if (std::string(format) == "json") {
        EXPECT_VALID_REPORT_JSON(r.out);
        // Held in a variable: a range-for over a member of a temporary reads freed memory.
        const nlohmann::json report = nlohmann::json::parse(r.out);
        for (const auto& f : report.at("assessment").at("figures")) {
          EXPECT_EQ(f.at("value").is_null(), f.at("unbounded").get<bool>()) << f;
        }
      }
    }
  }
  // No reserves: the report says so instead of a share of nothing.
  const CommandRun text = run_clausecheck("assess " + sample + " --offer '" + huge + "'");
  EXPECT_NE(text.out.find("The provider has no cash reserves to meet it"), std::string::npos) << text.out;
}

// The assessment is part of every report and of the summary: a batch resumed with another
// offer (or none) must not keep figures computed on the old one.
TEST(AssessCli, ResumeWithAChangedOffer_ReassessesEveryDocument) {
  TempDir tmp("assess-resume-offer");
  const std::filesystem::path in = tmp.path() / "in";
  std::filesystem::create_directories(in);
  std::filesystem::copy_file(source_path("corpus/subcontracts/plain-english-short-subcontract.md"), in / "a.md");
  const std::string offer_path = tmp.str() + "/offer.txt";
  write_text(offer_path, "contract_value = £120,000\nterm = 12 months\nmonthly_delivery_cost = £9,000\n");
  const std::string scan = "scan '" + in.string() + "' --out '" + tmp.str() + "/out' --resume";
  auto peak_in_summary = [&] {
    const auto row = nlohmann::json::parse(lines_of(read_file(tmp.path() / "out" / "summary.jsonl")).at(0));
    return row.at("offer_model").at("peak_working_capital").get<double>();
  };

  CommandRun first = run_clausecheck(scan + " --offer '" + offer_path + "'", true);
  ASSERT_LE(first.status, 1) << first.out;
  const double first_peak = peak_in_summary();
  CommandRun same = run_clausecheck(scan + " --offer '" + offer_path + "'", true);
  EXPECT_NE(same.out.find("(1 unchanged, skipped)"), std::string::npos) << same.out;

  write_text(offer_path, "contract_value = £120,000\nterm = 12 months\nmonthly_delivery_cost = £19,000\n");
  CommandRun changed = run_clausecheck(scan + " --offer '" + offer_path + "'", true);
  EXPECT_NE(changed.out.find("(0 unchanged, skipped)"), std::string::npos) << changed.out;
  EXPECT_GT(peak_in_summary(), first_peak) << "the summary has the new offer's figures";
  const auto report = nlohmann::json::parse(read_file(tmp.path() / "out" / "a.md.json"));
  bool saw_cost = false;
  for (const auto& input : report.at("assessment").at("inputs")) {
    if (input.at("id") == "monthly_delivery_cost") {
      saw_cost = true;
      EXPECT_EQ(input.at("value"), "£19,000") << "the report has the new offer's figures";
    }
  }
  EXPECT_TRUE(saw_cost);

  // Dropping --offer: the reports no longer carry an assessment, so they are written again.
  CommandRun dropped = run_clausecheck(scan, true);
  EXPECT_NE(dropped.out.find("(0 unchanged, skipped)"), std::string::npos) << dropped.out;
  EXPECT_EQ(read_file(tmp.path() / "out" / "a.md.json").find("\"assessment\""), std::string::npos);
  CommandRun again = run_clausecheck(scan, true);
  EXPECT_NE(again.out.find("(1 unchanged, skipped)"), std::string::npos) << again.out;
}

}  // namespace
