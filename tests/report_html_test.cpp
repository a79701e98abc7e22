// The HTML report: self-contained, every finding marked in place, document text shown
// exactly once and always as text (never as markup).
#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <vector>

#include "assessment_html.h"
#include "assessment_view.h"
#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_file.h"
#include "clausecheck/offer_model.h"
#include "report_test_support.h"

namespace clausecheck {
namespace {

using report_test::sample_analysed_document;
using report_test::sample_report;

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t a = text.find(from);
  const std::size_t b = text.find(to, a == std::string::npos ? 0 : a);
  if (a == std::string::npos || b == std::string::npos) return "";
  return text.substr(a + from.size(), b - a - from.size());
}

// Text content of an HTML fragment: tags dropped, the five escapes undone.
std::string text_content(std::string html) {
  html = std::regex_replace(html, std::regex("<[^>]*>"), "");
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (std::size_t at = html.find(entity); at != std::string::npos; at = html.find(entity, at + 1))
      html.replace(at, std::string_view(entity).size(), character);
  }
  return html;
}

std::string without_newlines(std::string s) {
  std::erase(s, '\n');
  return s;
}

// True when <mark>, <section>, <div> and <p> elements open and close in nested order.
bool elements_nest(const std::string& html) {
  static const std::regex tag("<(/?)(mark|section|div|p)\\b[^>]*>");
  std::vector<std::string> stack;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    const std::string name = (*it)[2];
    if ((*it)[1].length() == 0) {
      stack.push_back(name);
    } else {
      if (stack.empty() || stack.back() != name) return false;
      stack.pop_back();
    }
  }
  return stack.empty();
}

TEST(ReportHtml, ContractContainingScriptTag_ShowsItAsEscapedText) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  // F1 ends after "<script>", so its mark closes between the two escaped tags.
  EXPECT_NE(html.find("Losses &lt;script&gt;</mark>alert(&#39;x&#39;)&lt;/script&gt; &amp; costs"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(count(html, "<script"), 1u) << "only the report's own filter script";
}

TEST(ReportHtml, AFindingThatStandsForSeveralClauses_NamesThemAfterItsOwn) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  for (Finding& f : report.findings) {
    if (f.rule_id == "payment.pay-when-paid") f.also_citations = {"2.1", "2.1(a)"};
  }
  const std::string html = write_report_html(report);
  EXPECT_NE(html.find("Clause 1.2 \u201CPAYMENT\u201D (also 2.1, 2.1(a)), page 1"), std::string::npos);
  EXPECT_EQ(write_report_html(sample_report(doc)).find("(also "), std::string::npos);
}

TEST(ReportHtml, EveryFindingHasExactlyOneAnchor_AndALinkFromTheList) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  for (int n = 1; n <= 6; ++n) {
    const std::string anchor = "finding-" + std::to_string(n);
    EXPECT_EQ(count(html, "id=\"" + anchor + "\""), 1u) << anchor;
    EXPECT_EQ(count(html, "href=\"#" + anchor + "\""), 1u) << anchor;
  }
}

TEST(ReportHtml, LocatedFindings_AreMarksColouredBySeverity) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  // F1 is the critical uncapped-liability finding.
  EXPECT_TRUE(std::regex_search(html, std::regex("<mark class=\"hl sev-critical\" data-finding=\"1\"[^>]* id=\"finding-1\"")));
  EXPECT_TRUE(std::regex_search(html, std::regex("<mark class=\"hl sev-low\" data-finding=\"6\"[^>]* id=\"finding-6\"")));
  // The absence finding (F4) has no span: it is listed above the contract instead.
  EXPECT_TRUE(std::regex_search(html, std::regex("<li class=\"absence-item sev-medium\" id=\"finding-4\"")));
  EXPECT_EQ(html.find("data-finding=\"4\""), std::string::npos);
}

TEST(ReportHtml, OverlappingAndCrossingSpans_ProduceProperlyNestedMarks) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  EXPECT_TRUE(elements_nest(between(html, "<main class=\"contract\">", "</main>")));
  // F1 nests inside F3 (the indemnity): a mark inside a mark.
  EXPECT_TRUE(std::regex_search(html, std::regex("data-finding=\"3\"[^>]*>indemnify the Contractor against <mark[^>]*data-finding=\"1\"")));
  // F3 runs from clause 2.1 into sub-clause (a): it is continued there without a second id.
  const std::string sub_clause = between(html, "data-citation=\"2.1(a)\"", "</section>");
  EXPECT_TRUE(std::regex_search(sub_clause, std::regex("<mark class=\"hl sev-high\" data-finding=\"3\" data-severity=\"high\" title=\"[^\"]*\">\\(a\\) including</mark>")));
  // F5 and F6 cross on "within": the shared word is inside both marks.
  EXPECT_TRUE(std::regex_search(html, std::regex("data-finding=\"6\"[^>]*>pay each valid invoice <mark[^>]*data-finding=\"5\"[^>]*>within</mark></mark><mark[^>]*data-finding=\"5\"[^>]*> sixty")));
}

TEST(ReportHtml, EveryByteOfTheContract_IsShownExactlyOnce) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  std::string contract = between(html, "<h2>Contract text</h2>", "</main>");
  contract = std::regex_replace(contract, std::regex("<span class=\"clause-ref\">[^<]*</span>"), "");
  EXPECT_EQ(without_newlines(text_content(contract)), without_newlines(doc.document.text));
}

TEST(ReportHtml, ClausesAreSections_WithCitationAndPage) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  EXPECT_EQ(count(html, "<section class=\"clause"), doc.structure.clauses.size());
  EXPECT_NE(html.find("<section class=\"clause depth-2\" id=\"clause-5\" data-citation=\"2.1(a)\">"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"clause-ref\">2.1(a) \u00B7 page 1</span>"), std::string::npos);
}

TEST(ReportHtml, SideList_GroupsByCategoryWithMessageAskAndReference) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  const std::string nav = between(html, "<nav class=\"findings\"", "</nav>");
  const std::size_t disputes = nav.find("<h3>disputes (1)</h3>");
  const std::size_t liability = nav.find("<h3>liability (2)</h3>");
  const std::size_t payment = nav.find("<h3>payment (3)</h3>");
  ASSERT_NE(disputes, std::string::npos);
  ASSERT_NE(liability, std::string::npos);
  ASSERT_NE(payment, std::string::npos);
  EXPECT_LT(disputes, liability);
  EXPECT_LT(liability, payment);
  EXPECT_NE(nav.find("Message of payment.pay-when-paid."), std::string::npos);
  EXPECT_NE(nav.find("<strong>Ask for:</strong> Ask of payment.pay-when-paid."), std::string::npos);
  EXPECT_NE(nav.find("<strong>Reference:</strong> Reference of payment.pay-when-paid"), std::string::npos);
  EXPECT_NE(nav.find("Clause 1.2 \u201CPAYMENT\u201D, page 1"), std::string::npos);
  // A finding that names its clause links to the clause's section too.
  EXPECT_NE(nav.find("<a href=\"#clause-2\">Clause 1.2 \u201CPAYMENT\u201D, page 1</a>"), std::string::npos);
}

TEST(ReportHtml, Page_IsSelfContained_WithHiddenFilterAndPrintStyles) {
  const AnalysedDocument doc = sample_analysed_document();
  const std::string html = write_report_html(sample_report(doc));
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_NE(html.find("<form id=\"severity-filter\" hidden>"), std::string::npos);
  EXPECT_EQ(count(html, "name=\"severity\""), 5u);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(ReportHtml, DocumentWithoutClauses_FallsBackToBlocksWithPageMarkers) {
  DocumentBuilder builder("scan.pdf", DocumentFormat::pdf);
  Block first;
  first.page = 1;
  builder.add_block("The Subcontractor shall indemnify the Contractor.", first);
  Block second;
  second.page = 2;
  builder.add_block("Payment within 90 days.", second);
  builder.set_page_count(2);
  AnalysedDocument doc;
  doc.document = std::move(builder).finish();
  Report report;
  report.document = &doc;
  Finding f;
  f.rule_id = "payment.long";
  f.severity = Severity::high;
  f.begin = static_cast<std::uint32_t>(doc.document.text.find("90 days"));
  f.end = f.begin + 7;
  f.page = 2;
  report.findings.push_back(f);
  const std::string html = write_report_html(report);
  EXPECT_EQ(count(html, "<p class=\"block text\""), 2u);
  EXPECT_NE(html.find("<div class=\"page-marker\">Page 2</div>"), std::string::npos);
  EXPECT_NE(html.find("id=\"finding-1\">90 days</mark>"), std::string::npos);
}

TEST(ReportHtml, ClauseRunningOntoTheNextPage_ShowsWhereThePageStarts) {
  DocumentBuilder builder("contract.pdf", DocumentFormat::pdf);
  Block line;
  line.page = 1;
  builder.add_block("7. Payment", line);
  builder.add_block("7.1 The Contractor shall pay within", line);
  line.page = 2;
  builder.add_block("ninety days of receipt.", line);
  builder.set_page_count(2);
  AnalysedDocument doc;
  doc.document = std::move(builder).finish();
  Clause clause;
  clause.label = clause.citation = "7";
  clause.end = clause.body_end = static_cast<std::uint32_t>(doc.document.text.size());
  clause.page_end = 2;
  doc.structure.clauses.push_back(clause);
  doc.structure.roots = {0};
  Report report;
  report.document = &doc;
  Finding f;
  f.rule_id = "payment.long";
  f.severity = Severity::high;
  f.begin = static_cast<std::uint32_t>(doc.document.text.find("pay within"));
  f.end = static_cast<std::uint32_t>(doc.document.text.find(" of receipt"));
  report.findings.push_back(f);
  const std::string html = write_report_html(report);
  // The highlight is cut at the page marker and continues after it.
  EXPECT_NE(html.find("id=\"finding-1\">pay within\n</mark><span class=\"page-marker\">Page 2</span><mark class=\"hl sev-high\" "
                      "data-finding=\"1\" data-severity=\"high\">ninety days</mark> of receipt."),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<span class=\"clause-ref\">7 \u00B7 page 1\u20132</span>"), std::string::npos);
}

TEST(ReportHtml, SpanOutsideTheText_IsListedNotDropped) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  report.findings.resize(1);
  report.findings[0].begin = 100000;
  report.findings[0].end = 100010;
  const std::string html = write_report_html(report);
  EXPECT_NE(html.find("<li class=\"absence-item sev-medium\" id=\"finding-1\">"), std::string::npos);
  EXPECT_NE(html.find("(not located in the text)"), std::string::npos);
}

TEST(ReportHtml, InvalidUtf8AndControlCharacters_BecomeReplacementCharacters) {
  AnalysedDocument doc;
  doc.document = document_from_text("Bad \xFF byte and \x1b[31m escape.", "bad.txt");
  Report report;
  report.document = &doc;
  const std::string html = write_report_html(report);
  EXPECT_NE(html.find("Bad \xEF\xBF\xBD byte and \xEF\xBF\xBD[31m escape."), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
}

TEST(ReportHtml, MalformedClauseTreeAndSpans_NeverCrash_AndStillShowAllText) {
  AnalysedDocument doc = sample_analysed_document();
  auto& clauses = doc.structure.clauses;
  clauses[0].children = {1, 0, 99, -4, 2};       // itself, out of range, negative
  clauses[1].children = {0};                      // a cycle back to its parent
  clauses[2].end = 1u << 30;                      // beyond the text
  clauses[3].begin = clauses[3].end + 5;          // begin after end
  clauses[5].body_end = 0;                        // body ends before it begins
  doc.structure.roots = {3, 0, 0, 42};            // unsorted, repeated, out of range
  Report report = sample_report(doc);
  std::mt19937 random(11);
  const auto size = static_cast<std::uint32_t>(doc.document.text.size());
  for (int i = 0; i < 200; ++i) {
    Finding f = report.findings[static_cast<std::size_t>(i) % 5];
    f.absence = false;
    // Both below size + 20, so they fit the offsets' uint32_t.
    f.begin = static_cast<std::uint32_t>(random() % (size + 20));
    f.end = static_cast<std::uint32_t>(random() % (size + 20));
    report.findings.push_back(f);
  }
  const std::string html = write_report_html(report);
  const std::string main = between(html, "<main class=\"contract\">", "</main>");
  EXPECT_TRUE(elements_nest(main));
  std::string contract = between(html, "<h2>Contract text</h2>", "</main>");
  contract = std::regex_replace(contract, std::regex("<span class=\"clause-ref\">[^<]*</span>"), "");
  EXPECT_EQ(without_newlines(text_content(contract)), without_newlines(doc.document.text));
  for (std::size_t n = 1; n <= report.findings.size(); ++n)
    EXPECT_EQ(count(html, "id=\"finding-" + std::to_string(n) + "\""), 1u) << n;
}

TEST(ReportHtml, SameInput_GivesByteIdenticalOutput) {
  const AnalysedDocument doc = sample_analysed_document();
  Report report = sample_report(doc);
  const std::string first = write_report_html(report);
  std::reverse(report.findings.begin(), report.findings.end());
  EXPECT_EQ(write_report_html(report), first);
}

// ---- The offer assessment's section: why the cash is needed, said in words a trustee reads
// once (docs/offer-model.md, examples 1, 3 and 8).

Assessment assessed(const std::string& contract, const std::string& offer) {
  const OfferParseResult parsed = parse_offer(offer);
  EXPECT_TRUE(std::holds_alternative<Offer>(parsed));
  const Offer o = std::holds_alternative<Offer>(parsed) ? std::get<Offer>(parsed) : Offer{};
  return assess_offer(read_contract_terms(analyse(document_from_text(contract))), o);
}

const std::string pay30 =
    "1. Payment\n"
    "1.1 The Subcontractor shall invoice monthly in arrears.\n"
    "1.2 The Prime shall pay each valid invoice within thirty (30) days of receipt.\n";

TEST(AssessmentSection, PeakBeforeTheFirstPayment_IsWhatWasSpentWhileWaiting) {
  const Assessment a = assessed(
      "1. Payment\n1.1 The Subcontractor shall invoice monthly in arrears.\n"
      "1.2 The Prime shall pay each valid invoice within sixty (60) days of receipt.\n",
      "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n");
  EXPECT_EQ(peak_reason_text(a),
            "Each invoice is raised at the end of the month it covers and paid 60 days later, so the first payment "
            "arrives in month 3. By then the provider is £18,000 out of pocket: the lowest point.");
  const std::string html = assessment_section_html(a);
  EXPECT_NE(html.find("<p class=\"because\"><strong>Why:</strong> Each invoice is raised"), std::string::npos) << html;
  EXPECT_LT(html.find("class=\"headline\""), html.find("class=\"because\""));
}

TEST(AssessmentSection, CashChart_NamesTheLowestBarInWordsAndSaysWhatTheBarsMean) {
  const Assessment a = assessed(
      "1. Payment\n1.1 The Subcontractor shall invoice monthly in arrears.\n"
      "1.2 The Prime shall pay each valid invoice within sixty (60) days of receipt.\n",
      "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n");
  const std::string html = assessment_section_html(a);
  // One marker, on the chart: an outline alone is lost on a dark bar and in grey print.
  const std::string marker = "lowest \u25BC</text>";
  const std::size_t at = html.find(marker);
  ASSERT_NE(at, std::string::npos) << html;
  EXPECT_EQ(html.find(marker, at + 1), std::string::npos) << "only the lowest month is marked";
  EXPECT_NE(html.find("Lowest point: -£18,000 in month 2 (marked \u25BC)"), std::string::npos) << html;
  EXPECT_NE(html.find("Dark bars below the line are cash the provider must carry; white bars above it are cash in hand."),
            std::string::npos);
}

TEST(AssessmentSection, PayWhenPaid_SaysTheWaitIncludesThePrimes) {
  const Assessment a = assessed(pay30 +
                                    "1.3 The Prime shall not pay any sum unless and until it has itself received "
                                    "payment from the Authority.\n",
                                "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,000\n"
                                "inflation = 0%\n");
  EXPECT_NE(peak_reason_text(a).find("paid 60 days later (waiting for the prime to be paid), so the first payment "
                                     "arrives in month 3"),
            std::string::npos)
      << peak_reason_text(a);
}

TEST(AssessmentSection, PeakAfterTheFirstPayment_SaysLessComesInThanGoesOutUntilThen) {
  const Assessment a = assessed(pay30 +
                                    "1.3 Outcome payments make up forty per cent (40%) of the Charges.\n"
                                    "1.4 Each outcome payment is claimed six (6) months after the start of the "
                                    "service.\n",
                                "contract_value = £120,000\nterm = 12 months\nmonthly_delivery_cost = £8,000\n"
                                "expected_outcome_rate = 55%\ninflation = 0%\n");
  EXPECT_EQ(peak_reason_text(a),
            "Each invoice is raised at the end of the month it covers and paid 30 days later, so the first payment "
            "arrives in month 2. By then the provider is £8,000 out of pocket. After that, less comes in than goes "
            "out until month 7, the lowest point.");
}

TEST(AssessmentSection, QuarterlyInvoices_NameThePeriodTheyCover) {
  const Assessment a = assessed(
      "1. Payment\n1.1 The Subcontractor shall invoice quarterly in arrears.\n"
      "1.2 The Prime shall pay each valid invoice within thirty (30) days of receipt.\n",
      "contract_value = £60,000\nterm = 6 months\nmonthly_delivery_cost = £9,000\ninflation = 0%\n");
  EXPECT_EQ(peak_reason_text(a),
            "Each invoice is raised at the end of the 3 months it covers and paid 30 days later, so the first payment "
            "arrives in month 4. By then the provider is £27,000 out of pocket: the lowest point.");
}

TEST(AssessmentSection, ABond_IsSaidToBePartOfWhatIsOutOfPocket) {
  const Assessment a = assessed(pay30, "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £9,000\n"
                                       "inflation = 0%\nbond_amount = £5,000\n");
  EXPECT_NE(peak_reason_text(a).find("By then the provider is £14,000 out of pocket, £5,000 of it the deposit or bond "
                                     "put up in month 1: the lowest point."),
            std::string::npos)
      << peak_reason_text(a);
}

TEST(AssessmentSection, NoCashNeeded_GivesNoReason_AndNoRevenueAtRiskSaysTheWholePriceIsPaid) {
  const Assessment a = assessed(pay30, "contract_value = £30,000\nterm = 3 months\nmonthly_delivery_cost = £0\n");
  EXPECT_EQ(peak_reason_text(a), "");
  const std::string html = assessment_section_html(a);
  EXPECT_EQ(html.find("class=\"because\""), std::string::npos);
  EXPECT_NE(html.find("None: at the expected volume the whole price of £30,000 is paid"), std::string::npos) << html;
  EXPECT_EQ(html.find("£0</strong> may never be paid"), std::string::npos);
}

}  // namespace
}  // namespace clausecheck
