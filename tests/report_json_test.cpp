// The JSON report is the stable contract: its shape, its order, its determinism, and its
// schema. Every report this suite writes is validated against the schema.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "report_test_support.h"

namespace clausecheck {
namespace {

using nlohmann::json;
using report_test::sample_analysed_document;
using report_test::sample_report;

json parse(const std::string& text) { return json::parse(text); }

// Every report this suite writes goes through here, so every one is schema-checked.
std::string written(const Report& report) {
  const std::string text = write_report_json(report);
  EXPECT_VALID_REPORT_JSON(text);
  return text;
}

TEST(ReportJson, SampleReport_IsValidAgainstSchema_AndNamesSchemaAndVersion) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string text = written(sample_report(doc));
  const json report = parse(text);
  EXPECT_EQ(report["$schema"], std::string(report_schema_id));
  EXPECT_EQ(report["schema_version"], std::string(report_schema_version));
  EXPECT_EQ(report["tool"]["name"], "clausecheck");
  EXPECT_EQ(report["tool"]["version"], "0.1.0");
  EXPECT_EQ(report["rule_pack"]["name"], "uk-public-subcontracts");
  EXPECT_EQ(report["rule_pack"]["sha256"], std::string(64, 'b'));
  EXPECT_EQ(report["document"]["path"], "contracts/sample subcontract.txt");
  EXPECT_EQ(report["document"]["format"], "text");
  EXPECT_EQ(report["document"]["pages"], 1);
  EXPECT_EQ(text.back(), '\n');
}

TEST(ReportJson, Findings_AreSortedBySeverityThenPageThenPosition) {
  const AnalysedDocument doc = sample_analysed_document();
  const json report = parse(written(sample_report(doc)));
  std::vector<std::string> order;
  for (const json& f : report["findings"]) order.push_back(f["rule_id"]);
  EXPECT_EQ(order, (std::vector<std::string>{"liability.uncapped", "payment.pay-when-paid",
                                             "liability.indemnity-own-negligence", "disputes.no-dispute-resolution",
                                             "payment.period-over-30-days", "payment.invoice-validity"}));
  EXPECT_EQ(report["findings"][0]["id"], "F1");
  EXPECT_EQ(report["findings"][5]["id"], "F6");
}

TEST(ReportJson, Finding_CarriesEverythingTheRuleReported) {
  const AnalysedDocument doc = sample_analysed_document();
  const json report = parse(written(sample_report(doc)));
  const json* period = nullptr;
  for (const json& f : report["findings"]) {
    if (f["rule_id"] == "payment.period-over-30-days") period = &f;
  }
  ASSERT_NE(period, nullptr);
  const json& f = *period;
  EXPECT_EQ(f["severity"], "medium");
  EXPECT_EQ(f["category"], "payment");
  EXPECT_EQ(f["taxonomy"], "PAY-01");
  EXPECT_EQ(f["ask"], "Ask of payment.period-over-30-days.");
  EXPECT_EQ(f["reference"], "Reference of payment.period-over-30-days");
  EXPECT_EQ(f["tags"], json::array({"tag-payment.period-over-30-days"}));
  EXPECT_EQ(f["clause"], "1.1");
  EXPECT_EQ(f["heading"], "PAYMENT");
  EXPECT_EQ(f["page"], 1);
  EXPECT_EQ(f["absence"], false);
  const std::string original = doc.document.text.substr(f["span"]["begin"].get<std::size_t>(),
                                                        f["span"]["end"].get<std::size_t>() - f["span"]["begin"].get<std::size_t>());
  EXPECT_EQ(original, "within sixty (60) days of receipt");
  EXPECT_EQ(f["text"], original);
  ASSERT_EQ(f["captures"].size(), 1u);
  EXPECT_EQ(f["captures"][0]["name"], "days");
  EXPECT_EQ(f["captures"][0]["type"], "DURATION");
  EXPECT_EQ(f["captures"][0]["value"], 60.0);
  EXPECT_EQ(f["captures"][0]["unit"], "day");
  EXPECT_EQ(f["why"], json::array({"phrase matched"}));
}

// A finding that stands for several clauses (a `report once` rule's) lists the others; every
// other finding has no such key, so reports without one are as they were.
TEST(ReportJson, AlsoClauses_OnlyOnAFindingThatStandsForSeveralClauses) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  for (Finding& f : report.findings) {
    if (f.rule_id == "payment.pay-when-paid") f.also_citations = {"2.1", "2.1(a)"};
  }
  const json parsed = parse(written(report));
  std::size_t with_also = 0;
  for (const json& f : parsed["findings"]) {
    if (!f.contains("also_clauses")) continue;
    ++with_also;
    EXPECT_EQ(f["rule_id"], "payment.pay-when-paid");
    EXPECT_EQ(f["also_clauses"], json::array({"2.1", "2.1(a)"}));
  }
  EXPECT_EQ(with_also, 1u);
  EXPECT_EQ(parse(written(sample_report(doc))).dump().find("also_clauses"), std::string::npos);
}

TEST(ReportJson, Outline_IsTheClauseTreeWithoutText) {
  const AnalysedDocument doc = sample_analysed_document();
  const json report = parse(written(sample_report(doc)));
  const json& outline = report["outline"];
  ASSERT_EQ(outline.size(), 2u);
  EXPECT_EQ(outline[0]["citation"], "1");
  EXPECT_EQ(outline[0]["heading"], "PAYMENT");
  ASSERT_EQ(outline[0]["children"].size(), 2u);
  EXPECT_EQ(outline[0]["children"][1]["citation"], "1.2");
  EXPECT_EQ(outline[1]["children"][0]["children"][0]["citation"], "2.1(a)");
  EXPECT_EQ(outline[1]["children"][0]["children"][0]["label"], "(a)");
  EXPECT_FALSE(outline[0].contains("text"));
}

TEST(ReportJson, Summary_CountsPerSeverityAndCategory_AbsenceIncluded) {
  const AnalysedDocument doc = sample_analysed_document();
  const json report = parse(written(sample_report(doc)));
  const json& summary = report["summary"];
  EXPECT_EQ(summary["total"], 6);
  EXPECT_EQ(summary["by_severity"], json::parse(R"({"critical":1,"high":2,"medium":2,"low":1,"info":0})"));
  EXPECT_EQ(summary["by_category"], json::parse(R"({"disputes":1,"liability":2,"payment":3})"));
  EXPECT_GT(summary["risk_score"].get<int>(), 75);
  EXPECT_EQ(summary["risk_band"], "critical");
}

TEST(ReportJson, SameInputInAnyFindingOrder_GivesByteIdenticalOutput) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  const std::string first = written(report);
  std::mt19937 shuffle_seed(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(report.findings.begin(), report.findings.end(), shuffle_seed);
    EXPECT_EQ(written(report), first);
  }
  // Findings the pipeline has already sorted are written as they are, not sorted again:
  // the same bytes either way.
  EXPECT_FALSE(in_report_order(report.findings));
  sort_for_report(report.findings);
  EXPECT_TRUE(in_report_order(report.findings));
  EXPECT_EQ(written(report), first);
}

TEST(ReportJson, Timestamp_IsAbsentByDefault_AndWrittenOnlyWhenAsked) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  EXPECT_FALSE(parse(written(report)).contains("generated_at"));
  report.options.timestamp = current_utc_timestamp();
  const std::string with_time = written(report);
  EXPECT_EQ(parse(with_time)["generated_at"], *report.options.timestamp);
}

TEST(ReportJson, DocumentWithoutFindingsOrClauses_IsStillAValidReport) {
  AnalysedDocument doc;
  doc.document = document_from_text("Nothing risky here.", "clean.txt");
  Report report;
  report.tool_version = "0.1.0";
  report.document = &doc;
  const std::string text = written(report);
  const json parsed = parse(text);
  EXPECT_TRUE(parsed["findings"].empty());
  EXPECT_TRUE(parsed["outline"].empty());
  EXPECT_EQ(parsed["summary"]["risk_score"], 0);
  EXPECT_EQ(parsed["summary"]["risk_band"], "none");
}

TEST(ReportJson, NullDocument_GivesAnEmptyValidReportNotACrash) {
  Report report;
  report.tool_version = "0.1.0";
  written(report);  // valid against the schema
}

TEST(ReportJson, InvalidUtf8AndUnreadableValues_DoNotBreakTheReport) {
  AnalysedDocument doc = sample_analysed_document();
  doc.document.warnings.push_back({"page-without-text", "Page 2 has no text layer.", 2});
  Report report = sample_report(doc);
  report.findings[0].text = "broken \xC3\x28 bytes \xFF";
  report.findings[0].captures[0].value = std::numeric_limits<double>::quiet_NaN();
  const std::string text = written(report);
  const json parsed = parse(text);
  EXPECT_EQ(parsed["warnings"][0]["code"], "page-without-text");
  EXPECT_EQ(parsed["warnings"][0]["page"], 2);
  bool saw_null = false;
  for (const json& f : parsed["findings"]) {
    if (!f["captures"].empty()) saw_null = f["captures"][0]["value"].is_null();
  }
  EXPECT_TRUE(saw_null);
}

TEST(ReportJson, BundledSampleAnalysedByTheEngine_IsAValidReportWithItsOutline) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/corpus/samples/sample-subcontract.md", std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  ASSERT_FALSE(content.str().empty());
  const AnalysedDocument doc = analyse(document_from_text(content.str(), "corpus/samples/sample-subcontract.md"));
  Report report;
  report.tool_version = "0.1.0";
  report.document = &doc;
  const json parsed = parse(written(report));
  EXPECT_EQ(parsed["outline"].size(), doc.structure.roots.size());
}

// The report is written piece by piece (the findings one at a time, not as one tree); its
// bytes are still those of the whole report dumped at once with two-space indentation, with
// and without findings, outline, warnings and timestamp.
TEST(ReportJson, WrittenPieceByPiece_IsByteForByteTheWholeTreeDumped) {
  const auto redumped = [](const std::string& text) {
    return nlohmann::ordered_json::parse(text).dump(2) + "\n";
  };
  AnalysedDocument doc = sample_analysed_document();
  doc.document.warnings.push_back({"page-without-text", "Page 2 has no text layer.", 2});
  Report report = sample_report(doc);
  report.options.timestamp = "2026-01-02T03:04:05Z";
  const std::string full = written(report);
  EXPECT_EQ(full, redumped(full));
  ASSERT_NE(full.find("\n    {\n      \"id\": \"F1\""), std::string::npos);

  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/corpus/samples/sample-subcontract.md", std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  const AnalysedDocument analysed = analyse(document_from_text(content.str(), "sample-subcontract.md"));
  Report outline_only;
  outline_only.tool_version = "0.1.0";
  outline_only.document = &analysed;
  const std::string with_outline = written(outline_only);
  EXPECT_EQ(with_outline, redumped(with_outline));

  AnalysedDocument clean;
  clean.document = document_from_text("Nothing risky here.", "clean.txt");
  Report empty;
  empty.tool_version = "0.1.0";
  empty.document = &clean;
  const std::string bare = written(empty);
  EXPECT_EQ(bare, redumped(bare));
  EXPECT_NE(bare.find("\"findings\": []"), std::string::npos);
}

TEST(ReportJsonSchema, ReportMissingARequiredKey_IsRejected) {
  // The validator must be able to fail: otherwise every "valid" above proves nothing.
  const AnalysedDocument doc = sample_analysed_document();
  json report = parse(written(sample_report(doc)));
  report["findings"][0].erase("severity");
  report["summary"]["risk_score"] = 101;
  const std::string violations = report_test::report_schema_violations(report.dump());
  EXPECT_NE(violations.find("'severity' is a required property"), std::string::npos) << violations;
  EXPECT_NE(violations.find("101"), std::string::npos) << violations;
}

}  // namespace
}  // namespace clausecheck
