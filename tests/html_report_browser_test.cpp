// The HTML report in a real browser: headless Chromium loads the page, runs its script,
// and a probe script (added to a copy of the page, never to the product) measures every
// highlight. Proves what a reader sees: each finding's words are marked, visible and in
// the clause they belong to; the severity filter works; document text never runs as code.
//
// Never skipped: when Chromium is missing the test fails and says how to install it.
// Artefacts (the HTML and a 1280x2000 screenshot) are kept in <build>/test-artefacts/.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "clausecheck/rules.h"
#include "report_test_support.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using report_test::run_command;
using report_test::TempDir;
using report_test::write_file;

std::string chromium_binary() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(candidate)) return candidate;
  }
  auto [status, output] = run_command("command -v chromium");
  if (status == 0 && !output.empty()) return output.substr(0, output.find('\n'));
  return "";
}

fs::path artefact_dir() {
  const fs::path dir = fs::path(CLAUSECHECK_BINARY).parent_path() / "test-artefacts";
  fs::create_directories(dir);
  return dir;
}

// Runs headless Chromium on `page` with `mode` (--dump-dom or --screenshot=...); returns
// its stdout. A fresh profile each time; nothing may reach the network.
std::string run_chromium(const fs::path& page, const std::string& mode) {
  const std::string chromium = chromium_binary();
  if (chromium.empty()) {
    ADD_FAILURE() << "Chromium is not installed: `apt-get install chromium` (listed in "
                     "scripts/debian-packages.txt). The HTML report browser test is never skipped.";
    return "";
  }
  TempDir profile;
  const std::string command = "timeout 120 " + chromium +
                              " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                              " --disable-component-update --disable-sync --user-data-dir='" +
                              profile.path().string() + "' " + mode + " 'file://" + page.string() + "' 2>'" +
                              (profile.path() / "stderr.txt").string() + "'";
  auto [status, output] = run_command(command, false);
  EXPECT_EQ(status, 0) << "chromium failed: " << command;
  return output;
}

// Measures each finding's first <mark>, then unticks the "critical" filter box and
// records what happened; results go into <pre id="probe-result"> as JSON.
constexpr std::string_view probe_script = R"js(<script>
(function () {
  var out = { marks: {}, anchors: [], scripts: document.scripts.length,
              filterShown: !document.getElementById('severity-filter').hidden };
  document.querySelectorAll('[id^="finding-"]').forEach(function (el) { out.anchors.push(el.id); });
  document.querySelectorAll('mark[id^="finding-"]').forEach(function (m) {
    var r = m.getBoundingClientRect(), s = getComputedStyle(m), section = m.closest('section.clause');
    out.marks[m.id] = { width: r.width, height: r.height, background: s.backgroundColor, visibility: s.visibility,
                        display: s.display, citation: section ? section.getAttribute('data-citation') : null,
                        text: m.textContent };
  });
  var box = document.querySelector('input[name="severity"][value="critical"]');
  box.checked = false;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  var hidden = 0, shown = 0;
  document.querySelectorAll('li.finding-item').forEach(function (li) {
    if (getComputedStyle(li).display === 'none') hidden++; else shown++;
  });
  var critical = document.querySelector('mark.sev-critical');
  out.afterUntickingCritical = { hiddenItems: hidden, shownItems: shown,
                                 criticalMarkBackground: critical ? getComputedStyle(critical).backgroundColor : null };
  var pre = document.createElement('pre');
  pre.id = 'probe-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>)js";

// The probe's JSON out of the dumped DOM (text content is HTML-escaped there).
json probe_result(const std::string& dom) {
  const std::string open = "<pre id=\"probe-result\">";
  const std::size_t begin = dom.find(open);
  const std::size_t end = dom.find("</pre>", begin);
  if (begin == std::string::npos || end == std::string::npos) {
    ADD_FAILURE() << "the probe did not run; DOM starts: " << dom.substr(0, 500);
    return json::object();
  }
  std::string text = dom.substr(begin + open.size(), end - begin - open.size());
  for (auto [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::string_view(entity).size(), character);
  }
  return json::parse(text);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

Finding finding_at(const AnalysedDocument& doc, std::string rule_id, std::string taxonomy, Severity severity,
                   std::string category, std::string_view words) {
  Finding f;
  f.rule_id = std::move(rule_id);
  f.taxonomy = std::move(taxonomy);
  f.title = "Risk " + f.taxonomy;
  f.severity = severity;
  f.category = std::move(category);
  f.message = "Why " + f.taxonomy + " matters to a small provider.";
  f.ask = "What to ask for instead of " + f.taxonomy + ".";
  f.reference = "Risk taxonomy " + f.taxonomy;
  const std::size_t at = doc.document.text.find(words);
  EXPECT_NE(at, std::string::npos) << "the sample lacks: " << words;
  if (at == std::string::npos) return f;
  f.begin = static_cast<std::uint32_t>(at);
  f.end = static_cast<std::uint32_t>(at + words.size());
  f.text = std::string(words);
  f.page = doc.document.page_at(f.begin);
  f.clause = doc.structure.clause_at(f.begin);
  if (f.clause >= 0) {
    const Clause& clause = doc.structure.clauses[static_cast<std::size_t>(f.clause)];
    f.clause_citation = clause.citation;
    f.heading = clause.heading;
  }
  return f;
}

// The bundled sample contract, analysed by the engine, with the findings its gold labels
// (corpus/samples/sample-subcontract.labels.json) expect, placed by hand on their words.
std::vector<Finding> bundled_sample_findings(const AnalysedDocument& doc) {
  std::vector<Finding> findings = {
      finding_at(doc, "payment.period-over-30-days", "PAY-01", Severity::medium, "payment",
                 "within sixty (60) days of the date on which it is received"),
      finding_at(doc, "payment.pay-when-paid", "PAY-03", Severity::high, "payment",
                 "unless and until the Contractor has itself received payment from the Authority"),
      finding_at(doc, "workforce.tupe-indemnity", "WRK-01", Severity::high, "workforce",
                 "indemnify and keep indemnified the Contractor against all Losses arising out of or in connection with "
                 "the employment of"),
      finding_at(doc, "liability.uncapped-indemnity", "RTL-01", Severity::critical, "liability",
                 "from and against any and all Losses howsoever arising"),
      // Crosses the RTL-01 span: two highlights share "howsoever arising".
      finding_at(doc, "liability.all-causes", "RTL-05", Severity::medium, "liability",
                 "howsoever arising out of or in connection with this Subcontract"),
      finding_at(doc, "termination.for-convenience-one-sided", "TRM-01", Severity::high, "termination",
                 "may terminate this Subcontract at any time and for any reason"),
      finding_at(doc, "workforce.redundancy-costs", "WRK-07", Severity::medium, "workforce",
                 "including loss of profit or any costs of redundancy"),
      finding_at(doc, "termination.on-prime-contract-end", "TRM-02", Severity::high, "termination",
                 "the Prime Contract expires or is terminated for any reason"),
      finding_at(doc, "payment.fixed-price-no-indexation", "PAY-11", Severity::low, "payment",
                 "The Charges are fixed for the term of this Subcontract."),
  };
  Finding absent;
  absent.rule_id = "disputes.no-dispute-resolution";
  absent.taxonomy = "DSP-01";
  absent.title = "No dispute resolution procedure";
  absent.category = "disputes";
  absent.severity = Severity::medium;
  absent.message = "Nothing says how a disagreement is escalated before court.";
  absent.ask = "Ask for escalation to senior managers, then mediation.";
  absent.absence = true;
  findings.push_back(absent);
  return findings;
}

AnalysedDocument bundled_sample() {
  const std::string text = read_file(fs::path(CLAUSECHECK_SOURCE_DIR) / "corpus/samples/sample-subcontract.md");
  EXPECT_FALSE(text.empty()) << "corpus/samples/sample-subcontract.md is missing";
  return analyse(document_from_text(text, "corpus/samples/sample-subcontract.md"));
}

Report make_report(const AnalysedDocument& doc, std::vector<Finding> findings) {
  Report report;
  report.tool_version = "0.1.0";
  report.rule_pack = {"uk-public-subcontracts", "1.0.0", std::string(64, 'b')};
  report.document = &doc;
  report.findings = std::move(findings);
  return report;
}

// Loads `html` with the probe in Chromium; checks every finding is marked, visible and in
// its clause, and the filter works. Returns the probe's result for further checks.
json expect_highlights_visible(const std::string& html, std::vector<Finding> findings, const std::string& name) {
  TempDir dir;
  const fs::path page = dir.path() / (name + ".probe.html");
  std::string probed = html;
  probed.insert(probed.rfind("</body>"), probe_script);
  write_file(page, probed);
  const json probe = probe_result(run_chromium(page, "--dump-dom"));
  if (probe.empty()) return probe;

  EXPECT_TRUE(probe["filterShown"].get<bool>()) << "the report's own script did not run";
  EXPECT_EQ(probe["scripts"], 2) << "only the report's script and the probe may be scripts";
  sort_for_report(findings);
  int critical_items = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const std::string id = "finding-" + std::to_string(i + 1);
    critical_items += f.severity == Severity::critical;
    if (f.absence) {
      EXPECT_NE(std::find(probe["anchors"].begin(), probe["anchors"].end(), id), probe["anchors"].end()) << id;
      continue;
    }
    if (!probe["marks"].contains(id)) {
      ADD_FAILURE() << id << " (" << f.rule_id << ") has no <mark> in the DOM";
      continue;
    }
    const json& mark = probe["marks"][id];
    EXPECT_GT(mark["width"].get<double>(), 0) << id;
    EXPECT_GT(mark["height"].get<double>(), 0) << id;
    EXPECT_EQ(mark["visibility"], "visible") << id;
    EXPECT_NE(mark["background"], "rgba(0, 0, 0, 0)") << id << " is not coloured";
    EXPECT_EQ(f.text.rfind(mark["text"].get<std::string>(), 0), 0u) << id << " marks the wrong words";
    if (!f.clause_citation.empty()) {
      EXPECT_EQ(mark["citation"], f.clause_citation) << id << " is outside its clause";
    }
  }
  const json& filtered = probe["afterUntickingCritical"];
  EXPECT_EQ(filtered["hiddenItems"], critical_items);
  EXPECT_EQ(filtered["shownItems"].get<int>(), static_cast<int>(findings.size()) - critical_items);
  if (critical_items > 0) {
    EXPECT_EQ(filtered["criticalMarkBackground"], "rgba(0, 0, 0, 0)");
  }
  return probe;
}

// Keeps the unmodified report, as a user opens it, and a 1280x2000 screenshot of it in
// <build>/test-artefacts/ for people to look at; checks the screenshot is not blank.
void keep_artefacts(const std::string& html, const std::string& name) {
  const fs::path artefacts = artefact_dir();
  const fs::path page = artefacts / (name + ".html");
  const fs::path screenshot = artefacts / (name + ".png");
  write_file(page, html);
  fs::remove(screenshot);
  run_chromium(page, "--screenshot='" + screenshot.string() + "' --window-size=1280,2000 --hide-scrollbars");
  ASSERT_TRUE(fs::exists(screenshot)) << "no screenshot at " << screenshot;
  EXPECT_GT(fs::file_size(screenshot), 20000u) << "the screenshot looks blank";
}

TEST(HtmlReportBrowser, BundledSample_EveryFindingIsHighlightedVisiblyInItsClause_AndScreenshotKept) {
  const AnalysedDocument doc = bundled_sample();
  const std::vector<Finding> findings = bundled_sample_findings(doc);
  const std::string html = write_report_html(make_report(doc, findings));
  expect_highlights_visible(html, findings, "bundled-sample");
  keep_artefacts(html, "html-report-sample");
}


TEST(HtmlReportBrowser, BundledSampleScannedWithTheDefaultPack_EveryFindingIsHighlightedVisibly) {
  const RuleCompileResult compiled = compile_rule_pack(clausecheck::testing::default_pack_sources());
  ASSERT_TRUE(compiled.ok()) << "the default pack does not compile: "
                             << (compiled.diagnostics.empty() ? "" : compiled.diagnostics[0].format());
  const AnalysedDocument doc = bundled_sample();
  const std::vector<Finding> findings = scan(*compiled.pack, doc);
  ASSERT_FALSE(findings.empty()) << "the default pack found nothing in the bundled sample";
  const std::string html = write_report_html(make_report(doc, findings));
  expect_highlights_visible(html, findings, "bundled-sample-scanned");
  keep_artefacts(html, "html-report-sample-scanned");
  // The same findings as a JSON report keep to the schema.
  EXPECT_VALID_REPORT_JSON(write_report_json(make_report(doc, findings)));
}

TEST(HtmlReportBrowser, NestedAndCrossingHighlightsAndScriptText_RenderAsText) {
  const AnalysedDocument doc = report_test::sample_analysed_document();
  const Report report = report_test::sample_report(doc);
  const std::string html = write_report_html(report);
  const json probe = expect_highlights_visible(html, report.findings, "fixture");
  keep_artefacts(html, "html-report-overlaps");
  // The contract's "<script>alert('x')</script>" is text inside the marks, not an element;
  // F3's first piece runs to the end of clause 2.1's own text and contains F1's mark.
  ASSERT_TRUE(probe["marks"].contains("finding-3"));
  EXPECT_EQ(probe["marks"]["finding-3"]["text"],
            "indemnify the Contractor against all Losses <script>alert('x')</script> & costs without limit.");
  EXPECT_EQ(probe["marks"]["finding-1"]["text"], "all Losses <script>");
}

TEST(HtmlReportBrowser, PrintedReport_HidesTheFilter_AndNumbersEveryHighlight) {
  const AnalysedDocument doc = report_test::sample_analysed_document();
  const std::string html = write_report_html(report_test::sample_report(doc));
  TempDir dir;
  const fs::path page = dir.path() / "report.html";
  const fs::path pdf = dir.path() / "report.pdf";
  write_file(page, html);
  run_chromium(page, "--print-to-pdf='" + pdf.string() + "' --no-pdf-header-footer");
  ASSERT_TRUE(fs::exists(pdf)) << "Chromium printed nothing";
  // Poppler's pdftotext (poppler-utils, in scripts/debian-packages.txt) reads the print back.
  auto [status, printed] = run_command("pdftotext -layout '" + pdf.string() + "' -");
  ASSERT_EQ(status, 0) << printed;
  EXPECT_EQ(printed.find("Show:"), std::string::npos) << "the severity filter is printed";
  EXPECT_NE(printed.find("Ask for: Ask of payment.pay-when-paid."), std::string::npos) << printed;
  EXPECT_NE(printed.find("receiving payment [2] from the Authority."), std::string::npos) << printed;
  EXPECT_NE(printed.find("all Losses <script> [1]"), std::string::npos) << printed;
}

}  // namespace
}  // namespace clausecheck
