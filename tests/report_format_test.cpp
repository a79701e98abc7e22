// Choosing a report writer by its --format name.
#include <gtest/gtest.h>

#include "report_test_support.h"

namespace clausecheck {
namespace {

TEST(ReportFormat, EveryFormatName_RoundTrips) {
  for (ReportFormat f : {ReportFormat::json, ReportFormat::html, ReportFormat::sarif, ReportFormat::text})
    EXPECT_EQ(parse_report_format(to_string(f)), f);
  EXPECT_EQ(parse_report_format("JSON"), std::nullopt);
  EXPECT_EQ(parse_report_format("pdf"), std::nullopt);
  EXPECT_EQ(parse_report_format(""), std::nullopt);
  EXPECT_EQ(file_extension(ReportFormat::text), "txt");
  EXPECT_EQ(file_extension(ReportFormat::sarif), "sarif");
}

TEST(ReportFormat, WriteReport_DispatchesToTheNamedWriter) {
  const AnalysedDocument doc = report_test::sample_analysed_document();
  const Report report = report_test::sample_report(doc);
  EXPECT_EQ(write_report(report, ReportFormat::json), write_report_json(report));
  EXPECT_EQ(write_report(report, ReportFormat::html), write_report_html(report));
  EXPECT_EQ(write_report(report, ReportFormat::sarif), write_report_sarif(report));
  EXPECT_EQ(write_report(report, ReportFormat::text, true), write_report_text(report, true));
  EXPECT_EQ(write_report(report, ReportFormat::text), write_report_text(report, false));
}

}  // namespace
}  // namespace clausecheck
