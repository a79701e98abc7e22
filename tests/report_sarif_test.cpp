// SARIF 2.1.0: the structure editors and review tools rely on.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "report_test_support.h"

namespace clausecheck {
namespace {

using nlohmann::json;
using report_test::sample_analysed_document;
using report_test::sample_report;

const json* result_for(const json& run, const std::string& rule_id) {
  for (const json& r : run["results"]) {
    if (r["ruleId"] == rule_id) return &r;
  }
  return nullptr;
}

TEST(ReportSarif, Log_HasVersionSchemaAndOneRunWithTheDriver) {
  const AnalysedDocument doc = sample_analysed_document();
  const json log = json::parse(write_report_sarif(sample_report(doc)));
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& driver = log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "clausecheck");
  EXPECT_EQ(driver["version"], "0.1.0");
  EXPECT_EQ(log["runs"][0]["properties"]["rulePack"]["name"], "uk-public-subcontracts");
}

TEST(ReportSarif, Rules_AreListedOncePerRuleId_InIdOrder_WithDescriptionsAndAsk) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  report.findings.push_back(report.findings[0]);  // the same rule firing twice
  const json log = json::parse(write_report_sarif(report));
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 6u);
  std::vector<std::string> ids;
  for (const json& rule : rules) ids.push_back(rule["id"]);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  const json& first = rules[0];
  EXPECT_EQ(first["id"], "disputes.no-dispute-resolution");
  EXPECT_EQ(first["shortDescription"]["text"], "No dispute resolution procedure");
  EXPECT_EQ(first["help"]["text"], "Ask for escalation, then mediation, before court.");
  EXPECT_EQ(first["properties"]["category"], "disputes");
  EXPECT_EQ(first["properties"]["severity"], "medium");
  EXPECT_TRUE(first["properties"]["tags"].is_array());
  // Every result points at its rule by index.
  for (const json& r : log["runs"][0]["results"]) EXPECT_EQ(rules[r["ruleIndex"].get<std::size_t>()]["id"], r["ruleId"]);
}

TEST(ReportSarif, Levels_FollowSeverity) {
  const AnalysedDocument doc = sample_analysed_document();
  const json run = json::parse(write_report_sarif(sample_report(doc)))["runs"][0];
  EXPECT_EQ((*result_for(run, "liability.uncapped"))["level"], "error");           // critical
  EXPECT_EQ((*result_for(run, "payment.pay-when-paid"))["level"], "error");        // high
  EXPECT_EQ((*result_for(run, "payment.period-over-30-days"))["level"], "warning");  // medium
  EXPECT_EQ((*result_for(run, "payment.invoice-validity"))["level"], "note");      // low
}

TEST(ReportSarif, TextDocument_IsLocatedByLine_WithPercentEncodedUri) {
  const AnalysedDocument doc = sample_analysed_document();
  const json run = json::parse(write_report_sarif(sample_report(doc)))["runs"][0];
  const json& indemnity = *result_for(run, "liability.indemnity-own-negligence");
  const json& physical = indemnity["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"]["uri"], "contracts/sample%20subcontract.txt");
  EXPECT_EQ(physical["region"]["startLine"], 6);
  EXPECT_EQ(physical["region"]["endLine"], 7);  // runs into sub-clause (a) on the next line
  EXPECT_EQ(indemnity["locations"][0]["logicalLocations"][0]["name"], "2.1");
  EXPECT_NE(indemnity["message"]["text"].get<std::string>().find("Ask for: "), std::string::npos);
  EXPECT_EQ(run["artifacts"][0]["hashes"]["sha-256"], std::string(64, 'a'));
}

TEST(ReportSarif, PdfDocument_IsLocatedByCharacterOffset_WithPageInProperties) {
  DocumentBuilder builder("/tmp/contract.pdf", DocumentFormat::pdf);
  Block line;
  line.page = 3;
  builder.add_block("Clause 5 \u2014 the Subcontractor pays within 90 days.", line);
  AnalysedDocument doc;
  doc.document = std::move(builder).finish();
  Report report;
  report.document = &doc;
  Finding f;
  f.rule_id = "payment.long";
  f.severity = Severity::high;
  f.page = 3;
  f.begin = static_cast<std::uint32_t>(doc.document.text.find("within"));
  f.end = static_cast<std::uint32_t>(doc.document.text.size() - 1);
  report.findings.push_back(f);
  const json result = json::parse(write_report_sarif(report))["runs"][0]["results"][0];
  const json& physical = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"]["uri"], "file:///tmp/contract.pdf");
  // The em dash is three bytes but one character: offsets count characters.
  EXPECT_EQ(physical["region"]["charOffset"], f.begin - 2);
  EXPECT_EQ(physical["region"]["charLength"], std::string("within 90 days").size());
  EXPECT_FALSE(physical["region"].contains("startLine"));
  EXPECT_EQ(result["properties"]["page"], 3);
}

TEST(ReportSarif, CharacterOffsetsFarIntoALongPdf_CountMultiByteCharactersOnce) {
  // Long enough to need several of the writer's 4 KiB checkpoints.
  DocumentBuilder builder("long.pdf", DocumentFormat::pdf);
  std::string line;
  for (int i = 0; i < 40; ++i) line += "\u00A3100 \u2014 caf\u00E9 ";  // 2-, 3- and 2-byte characters
  for (int i = 0; i < 100; ++i) builder.add_block(line);
  builder.add_block("pay within ninety days");
  AnalysedDocument doc;
  doc.document = std::move(builder).finish();
  Report report;
  report.document = &doc;
  Finding f;
  f.rule_id = "payment.long";
  f.begin = static_cast<std::uint32_t>(doc.document.text.find("ninety"));
  f.end = f.begin + 6;
  report.findings.push_back(f);
  const json region = json::parse(write_report_sarif(report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  std::size_t characters = 0;
  for (std::size_t i = 0; i < f.begin; ++i) characters += (static_cast<unsigned char>(doc.document.text[i]) & 0xC0) != 0x80;
  EXPECT_GT(f.begin, 3 * 4096u);
  EXPECT_EQ(region["charOffset"], characters);
  EXPECT_EQ(region["charLength"], 6);
}

TEST(ReportSarif, AbsenceFinding_PointsAtTheDocumentWithoutARegion) {
  const AnalysedDocument doc = sample_analysed_document();
  const json run = json::parse(write_report_sarif(sample_report(doc)))["runs"][0];
  const json& absent = *result_for(run, "disputes.no-dispute-resolution");
  EXPECT_FALSE(absent["locations"][0]["physicalLocation"].contains("region"));
  EXPECT_EQ(absent["properties"]["absence"], true);
}

TEST(ReportSarif, SameInputInAnyFindingOrder_GivesByteIdenticalOutput) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  const std::string first = write_report_sarif(report);
  std::reverse(report.findings.begin(), report.findings.end());
  EXPECT_EQ(write_report_sarif(report), first);
}

}  // namespace
}  // namespace clausecheck
