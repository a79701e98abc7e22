// What kind of document a file is, and how `applies-to` and the default for absence rules
// use it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clausecheck/engine.h"
#include "clausecheck/parsers.h"
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
  EXPECT_EQ(kind_of("Exhibit A(1) - Prices\n1. Fees"), DocumentKind::annex);
}

TEST(DocumentKind, OlderLetteredFilingNumbersAndRedactionNoticesAreNotTitles) {
  EXPECT_EQ(kind_of("Exhibit 10(l)\nLICENSE AND HOSTING AGREEMENT\nTHIS LICENSE AND HOSTING AGREEMENT is made by "
                    "and between Alpha, Inc. (\"TAG\") and Beta, Inc. (\"LMG\")."),
            DocumentKind::main_terms);
  // The notice of what the filing redacts runs over three lines before the title, which it
  // pushed out of the three title lines.
  EXPECT_EQ(kind_of("Exhibit 10.39\nIN ACCORDANCE WITH ITEM 601(b) OF REGULATION S-K, CERTAIN IDENTIFIED INFORMATION "
                    "(THE \"CONFIDENTIAL\nINFORMATION\") HAS BEEN EXCLUDED FROM THIS EXHIBIT BECAUSE IT IS BOTH (I) "
                    "NOT MATERIAL AND (II) WOULD LIKELY\nCAUSE COMPETITIVE HARM IF PUBLICLY DISCLOSED. THE "
                    "CONFIDENTIAL INFORMATION IS DENOTED HEREIN BY [*****].\nAMENDMENT NO. 3 TO THE "
                    "NONEXCLUSIVE\nVALUE ADDED DISTRIBUTOR AGREEMENT\nThis Amendment No. 3 is made by and between "
                    "Alpha and Beta."),
            DocumentKind::amendment);
}

TEST(DocumentKind, FilingNumbersOfEveryFormAndATitleRunIntoThemAreNotAnAnnex) {
  // The forms CUAD's filings print: a letter after the number, dotted letters, brackets after
  // a dot, and a dotted part after brackets.
  EXPECT_EQ(kind_of("Exhibit 10d-2\nRESELLER AGREEMENT\nThis Reseller Agreement is entered by and between A and B."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Exhibit 10.B.01\nEXECUTION COPY\nCONTENT LICENSE AGREEMENT\n1. Grant"), DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Exhibit 99.(H)(3)\nWHOLESALE MARKETING AGREEMENT\n1. Appointment"), DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Exhibit 4(b)(ii).3\nMAINTENANCE AND SUPPORT CONTRACT\n1. Services"), DocumentKind::main_terms);
  // A text rendering runs the stamp, the title and the parties clause into one line.
  EXPECT_EQ(kind_of("Exhibit 10.19 JOINT CONTENT LICENSE AGREEMENT This JOINT CONTENT LICENSE AGREEMENT (the "
                    "\"Agreement\"), dated February 1, 2019, is entered into by and between A and B.\n1. License"),
            DocumentKind::main_terms);
  // A bare number is the filing's when a parties clause follows, and a part's when none does.
  EXPECT_EQ(kind_of("Exhibit 1\nJOINT VENTURE AGREEMENT\nThis Agreement is made by and between A and B."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("EXHIBIT 2\nPRICING\n1. Fees"), DocumentKind::annex);
  // What follows the stamp still decides: an attachment filed under it is an attachment.
  EXPECT_EQ(kind_of("Exhibit 10.6 ATTACHMENT A\nPRICE LIST\n1. Prices"), DocumentKind::annex);
}

TEST(DocumentKind, ThisScheduleInTheOpeningWithoutPartiesIsASchedule) {
  EXPECT_EQ(kind_of("Exit management\nThis Schedule sets out the exit arrangements.\n1. The Supplier shall..."),
            DocumentKind::schedule);
  EXPECT_EQ(kind_of("This Agreement is made between A Ltd and B Ltd.\nThis Schedule sets out the charges."),
            DocumentKind::main_terms);
}

TEST(DocumentKind, AClauseOnItsOwnIsAFragment) {
  // Clauses as a reviewer pastes them or a clause set scans them: a heading at most, no
  // title naming a document, no parties clause.
  EXPECT_EQ(kind_of("Limitation of Liability\nThe Supplier shall indemnify the Buyer against all losses."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("12. Entire Agreement\nThis Agreement constitutes the entire agreement between the parties."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("Term of Agreement\nThis Agreement runs for three years from the Effective Date."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("Company shall indemnify, defend and hold harmless Customer from any and all claims arising "
                    "out of this Agreement."),
            DocumentKind::fragment);
}

// A clause that speaks of a document is not titled by it: the words after its first verb, or
// a numbered sentence, name what the clause is about, not what the text is.
TEST(DocumentKind, AClauseNamingADocumentInItsSentenceIsStillAFragment) {
  EXPECT_EQ(kind_of("10.3.1 CCS has the right to terminate the Framework Contract at any time without reason or "
                    "liability by giving the Supplier at least 30 days' notice."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("CCS will have the right, without cause and without liability, to suspend or terminate this "
                    "Framework Agreement by giving at least 1 month's written notice to the Supplier."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("11.2 Each Party's total aggregate liability under each Call-Off Contract (whether in tort, "
                    "contract or otherwise) is no more than the greater of £1 million or 150% of the Charges."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("1. Access and Use. During the Subscription Period, Customer may access the Product as set out "
                    "in the Order Form."),
            DocumentKind::fragment);
  // "is made" in a payment clause is no parties clause: "until such payment is made".
  EXPECT_EQ(kind_of("5.2.1 Invoicing and Payment. Owner shall pay each invoice within 50 days. Late amounts bear "
                    "interest from the date such payment is due until such payment is made."),
            DocumentKind::fragment);
  EXPECT_EQ(kind_of("This Agreement is made on 1 April 2024 between Acme Ltd and Hope Trust.\n1. Services"),
            DocumentKind::main_terms);
  // A title run into the parties clause on one line keeps its kind.
  EXPECT_EQ(kind_of("G-CLOUD 8 FRAMEWORK AGREEMENT This Agreement is made between CCS and the Supplier.\n1. Definitions"),
            DocumentKind::framework);
}

TEST(DocumentKind, AShortContractWithATitleOrPartiesIsNotAFragment) {
  // The shortest whole contracts among real filings are a page long, and name themselves.
  EXPECT_EQ(kind_of("WEB HOSTING AGREEMENT\nThe Host shall provide the hosting. The Client shall pay $100 a month."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Subcontract for Care Services\n1. The Subcontractor shall provide the Services."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("General Terms and Conditions\n1. The Supplier shall deliver the Goods."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("# SUBCONTRACT: HOUSING SUPPORT FOR YOUNG PEOPLE\n1. The Partner shall provide support."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("# NHS SUB-CONTRACT FOR COMMUNITY THERAPIES\n1. The Provider shall deliver therapy."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Care Services\n**Between**\nAcme Care Ltd and Hope Trust\n1. Hope Trust shall provide care."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("This Agreement is made between A Ltd and B Ltd.\n1. B shall provide the Services."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("This Consulting Agreement is entered into as of 1 May 2020 by A Inc. and B LLC.\n1. Services."),
            DocumentKind::main_terms);
}

TEST(DocumentKind, ALongUntitledTextIsMainTerms) {
  std::string text = "Services\n";
  for (int i = 0; i < 200; ++i) text += "The Provider shall deliver the Services as the Specification says. ";
  EXPECT_EQ(kind_of(text), DocumentKind::main_terms);
}

TEST(DocumentKind, AnOutlineThatOpensWithACallOffScheduleAfterAVersionTableIsASchedule) {
  const std::string version_table =
      "Version Control\nVersion Number\nRelease Date\nComments\nv 1.0\n28/10/17\nBaseline\nv 1.1\n12/11/17\n"
      "DLAP amends\nV1.2\n13/11/17\nLegal review amendments to wording\n\n";
  const std::string markdown =
      version_table + "# CALL-OFF SCHEDULE 20 (OPTIONAL)\nPERFORMANCE BOND\n1. FORM OF BOND\n1.1 The Guarantor shall pay.\n";
  ParseResult parsed = parse_document("bond.md", markdown);
  ASSERT_TRUE(std::holds_alternative<Document>(parsed));
  AnalysedDocument doc = analyse(std::get<Document>(std::move(parsed)));
  EXPECT_EQ(doc.kind.kind, DocumentKind::schedule) << doc.kind.evidence;
}

TEST(DocumentKind, RecitalsOfASeparationAcquisitionOrInvestorGroupMakeATransaction) {
  // Reworded from SEC filings: an IP agreement of a corporate separation, an IP agreement
  // signed for a business sale, an investor group's cooperation (standstill) agreement.
  EXPECT_EQ(kind_of("Exhibit 10.4   TRADEMARK AGREEMENT   This TRADEMARK AGREEMENT is entered into among Alpha "
                    "Corp and Beta Rentals Inc. WHEREAS, the parent has approved plans to split the car and the "
                    "equipment businesses into two independent listed companies (the \"Separation\");"),
            DocumentKind::transaction);
  EXPECT_EQ(kind_of("INTELLECTUAL PROPERTY AGREEMENT\nThis IP Agreement is entered into as of 1 May 2015 by and "
                    "between Gamma Inc. (the \"Seller\") and Delta Corp. (the \"Purchaser\").\nRECITALS\nWHEREAS, "
                    "the Seller will sell the Business to the Purchaser on the terms of the Master Acquisition "
                    "Agreement of even date (the \"Acquisition Agreement\");"),
            DocumentKind::transaction);
  EXPECT_EQ(kind_of("SETTLEMENT AND COOPERATION AGREEMENT\nThis Agreement is made and entered into by Epsilon, Inc. "
                    "(the \"Company\") and the persons listed on the signature page (the \"Investors\").\n"
                    "WHEREAS, the Investors beneficially own 3,000,000 shares of the Company's common stock;"),
            DocumentKind::transaction);
  EXPECT_EQ(kind_of("ESCROW AGREEMENT\nThis agreement is made between the Owner, the Licensee and the Agent."),
            DocumentKind::transaction);
  EXPECT_EQ(kind_of("ASSET PURCHASE AGREEMENT\n1. Sale of the Purchased Assets."), DocumentKind::transaction);
}

TEST(DocumentKind, ATransactionIsSeenPastATableOfContentsAndAPartysName) {
  // Reworded from SEC filings. A title page and a table of contents whose articles grant
  // licences, with the spin-off recited after it.
  std::string contents;
  for (int article = 1; article <= 80; ++article) {
    contents += "ARTICLE " + std::to_string(article) + " LICENSES AND COVENANTS FROM ALPHA TO BETA .......... " +
                std::to_string(article + 3) + "\n";
  }
  const std::string separation = "INTELLECTUAL PROPERTY AGREEMENT\nby and between\nALPHA INDUSTRIES INC.\nand\nBETA "
                                 "MOTION INC.\nDated as of 1 May 2018\n" +
                                 contents +
                                 "WHEREAS, Alpha and Beta have entered into the Separation and Distribution Agreement, "
                                 "providing for the spin-off of Beta;\n1. Definitions.\n";
  EXPECT_EQ(kind_of(separation), DocumentKind::transaction);
  // The recitals start inside the opening (its first 3,000 bytes) and name the transaction
  // only past its end.
  std::string title_page = "INTELLECTUAL PROPERTY AGREEMENT\nby and between\nALPHA INDUSTRIES INC.\nand\nBETA MOTION INC.\n";
  std::string short_contents = "ARTICLE 1 DEFINITIONS .......... 1\n";
  while (title_page.size() + short_contents.size() < 2900) {
    short_contents += "ARTICLE 3 LICENSES AND COVENANTS FROM ALPHA TO BETA .......... 4\n";
  }
  const std::string straddling = title_page + short_contents +
                                 "WHEREAS, the board of Alpha has decided, for reasons set out at length in the "
                                 "information statement filed with the regulator and for the benefit of the holders "
                                 "of its common stock, to enter into the Separation and Distribution Agreement;\n"
                                 "1. Definitions.\n";
  ASSERT_LT(straddling.find("WHEREAS"), 3000u);
  ASSERT_GT(straddling.find("Separation and Distribution"), 3000u);
  EXPECT_EQ(kind_of(straddling), DocumentKind::transaction);
  // A party whose name holds a word of a service or licence, and its short name.
  EXPECT_EQ(kind_of("INTELLECTUAL PROPERTY AGREEMENT\nThis Agreement is entered into by and between Gamma Flooring, "
                    "Inc. (\"Seller\") and Gamma Licensing LLC (\"Licensing\") and Delta Holdings, Inc. (\"Buyer\").\n"
                    "WHEREAS, Seller and Buyer have entered into the Stock Purchase Agreement;"),
            DocumentKind::transaction);
  // The same contents and recitals under a title that names a service keep the provider.
  std::string services = separation;
  services.replace(0, std::string("INTELLECTUAL PROPERTY AGREEMENT").size(), "TRANSITION SERVICES AGREEMENT");
  EXPECT_EQ(kind_of(services), DocumentKind::main_terms);
  // A word of a party's name that is not followed by its legal form still names a service.
  EXPECT_EQ(kind_of("LICENSE AGREEMENT\nThis Agreement is entered into by and between Gamma Flooring, Inc. and Delta "
                    "Holdings, Inc.\nWHEREAS, Gamma has sold its flooring business under the Stock Purchase Agreement;"),
            DocumentKind::main_terms);
}

TEST(DocumentKind, AServiceSupplyOrLicenceBesideATransactionKeepsItsProvider) {
  // The same recitals above a contract under which someone performs: still main terms.
  EXPECT_EQ(kind_of("TRANSITION SERVICES AGREEMENT\nThis Agreement is entered into by and between Gamma Inc. and "
                    "Delta Corp.\nWHEREAS, the parties have signed the Acquisition Agreement;\n1. Gamma shall "
                    "provide the Services."),
            DocumentKind::main_terms);
  EXPECT_EQ(kind_of("Exhibit 10.2\nCO-BRANDING AGREEMENT\nThis Agreement is made as of 14 November 2000 by and "
                    "between Zeta SA and Eta Inc.\nWHEREAS, Zeta acquired the Component Business under the Asset "
                    "Purchase Agreement;"),
            DocumentKind::main_terms);
  // Words of a transaction with no parties clause: a clause on its own, not a transaction.
  EXPECT_EQ(kind_of("Standstill\nThe Supplier shall not bring any claim during the standstill period."),
            DocumentKind::fragment);
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

TEST(AppliesTo, NoRuleRunsOnATransactionUnlessItSaysSo) {
  const std::string transaction =
      "STOCKHOLDERS AGREEMENT\nThis Agreement is made between Theta Inc. and its stockholders.\n"
      "1. The Subcontractor shall indemnify the Prime.";
  auto absent = compile_or_fail(no_cap_rule);
  ASSERT_TRUE(absent);
  EXPECT_TRUE(scan_text(*absent, transaction).empty());
  auto normal = compile_or_fail(testing::rule_text("\"indemnify\""));
  ASSERT_TRUE(normal);
  EXPECT_TRUE(scan_text(*normal, transaction).empty());
  auto written = compile_or_fail(testing::rule_text("\"indemnify\"", "  applies-to main-terms transaction"));
  ASSERT_TRUE(written);
  EXPECT_EQ(scan_text(*written, transaction).size(), 1u);
}

TEST(AppliesTo, AbsenceRulesDoNotFireOnAFragmentButOtherRulesDo) {
  auto pack = compile_or_fail(no_cap_rule);
  ASSERT_TRUE(pack);
  EXPECT_TRUE(scan_text(*pack, "Assignment\nThe Subcontractor shall not assign this Subcontract.").empty());

  auto normal = compile_or_fail(testing::rule_text("\"indemnify\""));
  ASSERT_TRUE(normal);
  EXPECT_EQ(scan_text(*normal, "Indemnity\nThe Subcontractor shall indemnify the Prime.").size(), 1u);

  auto fragment_only = compile_or_fail(no_cap_rule.substr(0, no_cap_rule.find(" require")) + " applies-to fragment\n" +
                                       no_cap_rule.substr(no_cap_rule.find(" require")));
  ASSERT_TRUE(fragment_only);
  EXPECT_EQ(scan_text(*fragment_only, "Assignment\nThe Subcontractor shall not assign this Subcontract.").size(), 1u);

  auto main_terms_only = compile_or_fail(testing::rule_text("\"indemnify\"", "  applies-to main-terms"));
  ASSERT_TRUE(main_terms_only);
  EXPECT_TRUE(scan_text(*main_terms_only, "Indemnity\nThe Subcontractor shall indemnify the Prime.").empty());
  EXPECT_EQ(scan_text(*main_terms_only, "SUBCONTRACT\n1. The Subcontractor shall indemnify the Prime.").size(), 1u);
}

TEST(AppliesTo, RuleExamplesStandForWholeTermsSoAbsenceExamplesStillFire) {
  std::string with_examples = no_cap_rule;
  with_examples.replace(with_examples.rfind("}"), 0,
                        " example \"The Subcontractor shall hand over records.\"\n"
                        " counter \"The Subcontractor's liability shall not exceed the Charges.\"\n"
                        " counter \"Schedule 4 - Exit\\n1. The Subcontractor shall hand over records.\"\n");
  auto pack = compile_or_fail(with_examples);
  ASSERT_TRUE(pack);
  RuleTestSummary summary = run_rule_tests(*pack);
  EXPECT_EQ(summary.examples_run, 3);
  EXPECT_TRUE(summary.failures.empty()) << summary.failures.front().problem;
}

// A rule written for clauses on their own keeps its examples as fragments, so they test what
// the rule will read.
TEST(AppliesTo, ExamplesOfAFragmentOnlyRuleStayFragments) {
  std::string with_examples = testing::rule_text("\"not\" \"promised\"", "  applies-to fragment");
  with_examples.replace(with_examples.rfind("}"), 0, " example \"Work is anticipated but not promised.\"\n");
  auto fragment_rule = compile_or_fail(with_examples);
  ASSERT_TRUE(fragment_rule);
  RuleTestSummary summary = run_rule_tests(*fragment_rule);
  EXPECT_EQ(summary.examples_run, 1);
  EXPECT_TRUE(summary.failures.empty());
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
