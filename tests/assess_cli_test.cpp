// `clausecheck assess`, end to end: the text a provider reads, the JSON report with its
// assessment (validated against the schema), the HTML section, errors in the offer file,
// and summary.csv's offer-model columns.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

}  // namespace
