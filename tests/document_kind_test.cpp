// What kind of document a file is, and how `applies-to` and the default for absence rules
// use it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clausecheck/engine.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_or_fail;
using testing::scan_text;

DocumentKind kind_of(const std::string& text) { return analyse(document_from_text(text, "doc.txt")).kind.kind; }

TEST(DocumentKind, TitleSaysScheduleAnnexFrameworkCallOffOrderFormOrAmendment) {
  EXPECT_EQ(kind_of("Call-Off Schedule 10 - Exit Management\n1. Exit plan\n1.1 The Supplier shall..."),
            DocumentKind::schedule);
  EXPECT_EQ(kind_of("# SCHEDULE 2\n## Payment\n1. The Prime shall pay."), DocumentKind::schedule);
  EXPECT_EQ(kind_of("Annex 1 \u2013 Specification\nThe services are..."), DocumentKind::annex);
  EXPECT_EQ(kind_of("G-Cloud 8 Framework Agreement\n1. Definitions"), DocumentKind::framework);
  EXPECT_EQ(kind_of("Call-Off Contract\nPart A"), DocumentKind::call_off);
  EXPECT_EQ(kind_of("Call-Off Order Form\nOrder reference"), DocumentKind::order_form);
  EXPECT_EQ(kind_of("DEED OF VARIATION\nThis deed varies the Subcontract."), DocumentKind::amendment);
  EXPECT_EQ(kind_of("Amendment No. 2 to the Services Agreement\n1. Clause 5 is replaced."), DocumentKind::amendment);
}

TEST(DocumentKind, MainTermsByDefaultAndAContentsPageIsNotATitle) {
  EXPECT_EQ(kind_of("SUBCONTRACT FOR CARE SERVICES\n1. Definitions\n1.1 \"Charges\" means the sums."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("SUBCONTRACT\nCONTENTS\n1. Definitions\nSchedule 1 Services\nSchedule 2 Charges\n"),
            DocumentKind::main_terms);
}

TEST(DocumentKind, SecFilingExhibitNumberIsNotAnAnnex) {
  // The stamp a contract filed with the SEC carries on its first line.
  EXPECT_EQ(kind_of("Exhibit 10.16\nMAINTENANCE AGREEMENT\n1. Services\n1.1 The Contractor shall..."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("EXHIBIT 4.5\nOUTSOURCING AGREEMENT\nThis Agreement is made between A and B."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("EX-99.3\nAGENCY AGREEMENT\n1. Appointment"), DocumentKind::main_terms);
  // A real exhibit of a larger contract still is one.
  EXPECT_EQ(kind_of("Exhibit A - Statement of Work\n1. Services"), DocumentKind::annex);
  EXPECT_EQ(kind_of("EXHIBIT 2\nPRICING\n1. Fees"), DocumentKind::annex);
}

TEST(DocumentKind, ThisScheduleInTheOpeningWithoutPartiesIsASchedule) {
  EXPECT_EQ(kind_of("Exit management\nThis Schedule sets out the exit arrangements.\n1. The Supplier shall..."),
            DocumentKind::schedule);
  EXPECT_EQ(kind_of("This Agreement is made between A Ltd and B Ltd.\nThis Schedule sets out the charges."),
            DocumentKind::main_terms);
}

const std::string no_cap_rule =
    "absent rule T-02.no-cap {\n title \"No cap\"\n category \"liability\"\n severity high\n"
    " require \"shall not exceed\"\n message \"No cap on {@provider}'s liability\"\n}\n";

TEST(AppliesTo, AbsenceRulesDoNotFireOnAScheduleByDefault) {
  auto pack = compile_or_fail(no_cap_rule);
  ASSERT_TRUE(pack);
  EXPECT_TRUE(scan_text(*pack, "Schedule 4 \u2013 Exit\n1. The Subcontractor shall hand over records.").empty());
  auto findings = scan_text(*pack, "SUBCONTRACT\n1. The Subcontractor shall hand over records.");
  ASSERT_EQ(findings.size(), 1u);
  bool why_names_kind = false;
  for (const auto& line : findings[0].why) why_names_kind |= line.rfind("document kind: main-terms", 0) == 0;
  EXPECT_TRUE(why_names_kind);
  EXPECT_EQ(findings[0].message, "No cap on provider's liability");
}

TEST(AppliesTo, NamedKindsAreTheOnlyOnesARuleRunsOn) {
  std::string with_schedule = no_cap_rule;
  with_schedule.replace(with_schedule.find(" require"), 0, " applies-to schedule call-off\n");
  auto pack = compile_or_fail(with_schedule);
  ASSERT_TRUE(pack);
  EXPECT_EQ(scan_text(*pack, "Schedule 4 \u2013 Exit\n1. The Subcontractor shall hand over records.").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, "SUBCONTRACT\n1. The Subcontractor shall hand over records.").empty());

  auto normal = compile_or_fail(testing::rule_text("\"indemnify\"", "  applies-to call-off"));
  ASSERT_TRUE(normal);
  EXPECT_TRUE(scan_text(*normal, "SUBCONTRACT\n1. The Subcontractor shall indemnify the Prime.").empty());
  EXPECT_EQ(scan_text(*normal, "Call-Off Contract\n1. The Supplier shall indemnify the Buyer.").size(), 1u);
}

TEST(AppliesTo, UnknownKindIsALocatedErrorNamingTheKinds) {
  RuleCompileResult result = compile_rule_pack({{"test.rules", testing::rule_text("\"x\"", "  applies-to schedules")}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics[0].line, 6);
  EXPECT_EQ(result.diagnostics[0].column, 14);
  EXPECT_NE(result.diagnostics[0].expected.find("main-terms, schedule, annex"), std::string::npos)
      << result.diagnostics[0].format();
}

TEST(AppliesTo, LanguageExampleRulesPassTheirOwnExamples) {
  testing::expect_language_examples_pass("tests/fixtures/rules/language/kinds.rules", 6);
}

}  // namespace
}  // namespace clausecheck
