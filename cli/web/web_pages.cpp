#include "web_pages.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "clausecheck/batch_summary.h"
#include "clausecheck/offer_file.h"
#include "safe_text.h"

namespace clausecheck::cli::web {
namespace {

constexpr std::string_view stylesheet = R"css(
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
header.site,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid #ccc}
header.site a{color:#1d4f91}
a:focus,button:focus,input:focus,summary:focus{outline:3px solid #ffbf47;outline-offset:2px}
h1{font-size:1.6rem}
form{border:1px solid #bbb;border-radius:6px;padding:1rem;margin:1rem 0}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input[type=file]{display:block;padding:.5rem;border:2px dashed #777;border-radius:6px;width:100%;box-sizing:border-box}
button{font:inherit;font-weight:600;padding:.5rem 1.2rem;margin-top:.75rem;background:#1d4f91;color:#fff;border:0;border-radius:4px;cursor:pointer}
.hint{color:#444;font-size:.95rem}
.unit{font-weight:400;color:#444}
#offer .hint{margin:.1rem 0 .5rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}
.sev{font-weight:700;text-transform:uppercase;padding:0 .3rem;border-radius:3px;border:1px solid currentColor}
.sev-critical{color:#8b0000}.sev-high{color:#b22222}.sev-medium{color:#8a5a00}.sev-low{color:#1d4f91}.sev-info{color:#555}
.status-error{font-weight:700;color:#8b0000}.status-warning{font-weight:700;color:#8a5a00}
.downloads a{margin-right:1rem}
iframe{width:100%;height:80vh;border:1px solid #bbb}
progress{width:100%;height:1.5rem}
.rule{border-top:1px solid #ccc;padding:.5rem 0}
.example{font-family:Georgia,serif;background:#f6f6f6;padding:.25rem .5rem;margin:.25rem 0}
)css";

std::string escape(std::string_view text) { return html_escape(text); }

std::string mebibytes(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

std::string seconds(double s) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", s);
  return buffer;
}

std::string layout(std::string_view title, const std::string& body, int refresh_seconds = 0) {
  std::string html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  if (refresh_seconds > 0) html += "<meta http-equiv=\"refresh\" content=\"" + std::to_string(refresh_seconds) + "\">\n";
  html += "<title>" + escape(title) + " \u2014 clausecheck</title>\n<style>" + std::string(stylesheet) +
          "</style>\n</head>\n<body>\n<header class=\"site\"><p><strong>clausecheck</strong></p>"
          "<nav aria-label=\"Site\"><a href=\"/\">Check a draft</a> \u00B7 <a href=\"/#compare\">Compare rounds</a> \u00B7 "
          "<a href=\"/#triage\">Triage</a> \u00B7 <a href=\"/rules\">Rule pack</a></nav></header>\n<main>\n" +
          body + "\n</main>\n<footer><p class=\"hint\">clausecheck flags risky terms; it is not legal advice.</p></footer>\n</body>\n</html>\n";
  return html;
}

std::string pack_line(const RulePackIdentity& pack) {
  return "<p class=\"hint\">Rule pack <a href=\"/rules\">" + escape(pack.name) + " " + escape(pack.version) +
         "</a> (sha256 " + escape(pack.sha256.substr(0, 12)) + "\u2026)</p>";
}

// Severity as a word in a bordered label, so colour is never the only signal.
std::string severity_label(Severity severity) {
  const std::string name(to_string(severity));
  return "<span class=\"sev sev-" + name + "\">" + name + "</span>";
}

std::string counts_text(const std::array<int, 5>& by_severity) {
  std::string text;
  for (int s = 4; s >= 0; --s) {
    if (by_severity[static_cast<std::size_t>(s)] == 0) continue;
    text += (text.empty() ? "" : ", ") + std::to_string(by_severity[static_cast<std::size_t>(s)]) + " " +
            std::string(to_string(static_cast<Severity>(s)));
  }
  return text.empty() ? "no findings" : text;
}

std::string finding_row(const Finding& f) {
  std::string where = f.absence ? "missing" : (f.clause_citation.empty() ? "" : "clause " + f.clause_citation);
  if (f.page > 0) where += (where.empty() ? "page " : ", page ") + std::to_string(f.page);
  return "<tr><td>" + severity_label(f.severity) + "</td><td>" + escape(f.title) + "</td><td>" + escape(where) +
         "</td><td>" + escape(f.ask) + "</td></tr>\n";
}

std::string findings_table(std::string_view caption, const std::vector<Finding>& findings) {
  if (findings.empty()) return "<p>" + escape(caption) + ": none.</p>";
  std::string html = "<table><caption>" + escape(caption) + " (" + std::to_string(findings.size()) +
                     ")</caption>\n<tr><th scope=\"col\">Severity</th><th scope=\"col\">Risk</th>"
                     "<th scope=\"col\">Where</th><th scope=\"col\">Ask</th></tr>\n";
  for (const Finding& f : findings) html += finding_row(f);
  return html + "</table>\n";
}

// The provider's figures a trustee is most likely to know come first; every other field of
// the offer file follows, so nothing the file takes is out of reach of the form.
constexpr OfferField first_offer_fields[] = {
    OfferField::contract_value,        OfferField::term,               OfferField::monthly_delivery_cost,
    OfferField::cash_reserves,         OfferField::expected_outcome_rate, OfferField::staff_transferring,
    OfferField::average_salary,        OfferField::inflation,
};

const std::vector<OfferField>& offer_form_order() {
  static const std::vector<OfferField> order = [] {
    std::vector<OfferField> out(std::begin(first_offer_fields), std::end(first_offer_fields));
    for (std::size_t i = 0; i < offer_field_count; ++i) {
      const auto field = static_cast<OfferField>(i);
      if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
    }
    return out;
  }();
  return order;
}

// One field: its label with the unit it is written in, and what is used when it is left
// empty. The help is the offer file's own (offer_field_help), so the form and the file say
// the same.
std::string offer_input(OfferField field) {
  const OfferFieldHelp help = offer_field_help(field);
  const std::string name(to_string(field));
  const std::string id = "offer-" + name;
  return "<label for=\"" + id + "\">" + escape(help.label) + " <span class=\"unit\">(" +
         escape(unit_hint(value_kind(field))) + ")</span></label>\n<input id=\"" + id + "\" name=\"offer_" + name +
         "\" type=\"text\" placeholder=\"" + escape(help.example) + "\" aria-describedby=\"" + id +
         "-default\">\n<p id=\"" + id + "-default\" class=\"hint\">If empty: " + escape(help.when_empty) + ".</p>\n";
}

// The optional part of the pre-check form: the provider's figures for the offer model.
std::string offer_fieldset() {
  std::string html =
      "<details id=\"offer\"><summary>What would it cost? Add your figures (optional)</summary>\n"
      "<p class=\"hint\">Ticked, or with any figure filled in, the report opens with what the contract's terms cost "
      "you in cash. Leave a figure empty to use the default shown under it. Write money as £, time as days or months, "
      "rates as %.</p>\n<label><input type=\"checkbox\" name=\"assess\" value=\"1\"> Show what the offer costs</label>\n";
  const std::vector<OfferField>& order = offer_form_order();
  const std::size_t first = std::size(first_offer_fields);
  for (std::size_t i = 0; i < first; ++i) html += offer_input(order[i]);
  html += "<details id=\"offer-more\"><summary>More figures: unit prices, exit costs, fees and bonds</summary>\n";
  for (std::size_t i = first; i < order.size(); ++i) html += offer_input(order[i]);
  return html + "</details>\n</details>\n";
}

}  // namespace

const std::vector<std::string_view>& offer_form_fields() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (OfferField field : offer_form_order()) out.push_back(to_string(field));
    return out;
  }();
  return names;
}

std::string_view page_stylesheet() { return stylesheet; }

std::string home_page(const RulePackIdentity& pack, std::size_t rule_count, const PageLimits& limits) {
  const std::string size = mebibytes(limits.max_upload_bytes);
  std::string body = "<h1>Check a draft subcontract</h1>\n" + pack_line(pack) +
                     "<p class=\"hint\">" + std::to_string(rule_count) +
                     " rules. Files are read in memory and not kept. Up to " + size + " per upload, " +
                     std::to_string(limits.max_files) + " documents per triage, " + seconds(limits.scan_seconds) +
                     " seconds per document.</p>\n";
  body += "<form id=\"check\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">\n"
          "<h2>Pre-check one draft</h2>\n<label for=\"check-file\">Contract (PDF, DOCX, .doc or text)</label>\n"
          "<input id=\"check-file\" name=\"file\" type=\"file\" required accept=\".pdf,.docx,.doc,.txt,.md,.text,.markdown\" "
          "aria-describedby=\"check-hint\">\n<p id=\"check-hint\" class=\"hint\">Choose a file, or drop it on the box.</p>\n";
  body += offer_fieldset();
  body += "<button type=\"submit\">Check this draft</button>\n</form>\n";
  body += "<form id=\"compare\" method=\"post\" action=\"/compare\" enctype=\"multipart/form-data\">\n"
          "<h2>Compare negotiation rounds</h2>\n<label for=\"old-file\">Previous draft</label>\n"
          "<input id=\"old-file\" name=\"old\" type=\"file\" required>\n<label for=\"new-file\">New draft</label>\n"
          "<input id=\"new-file\" name=\"new\" type=\"file\" required>\n"
          "<button type=\"submit\">Compare the drafts</button>\n</form>\n";
  body += "<form id=\"triage\" method=\"post\" action=\"/triage\" enctype=\"multipart/form-data\">\n"
          "<h2>Triage many contracts</h2>\n<label for=\"triage-files\">Contracts, or a zip of them</label>\n"
          "<input id=\"triage-files\" name=\"files\" type=\"file\" multiple required aria-describedby=\"triage-hint\">\n"
          "<p id=\"triage-hint\" class=\"hint\">A table sorted by risk; a file that cannot be read is listed with the reason.</p>\n"
          "<button type=\"submit\">Triage these files</button>\n</form>\n";
  return layout("Check a draft", body);
}

std::string check_page(const std::string& id, const CheckResult& result, const RulePackIdentity& pack) {
  const std::string base = "/check/" + id;
  std::string body = "<h1>Report: " + escape(result.name) + "</h1>\n" + pack_line(pack);
  body += "<p>Risk score <strong>" + std::to_string(result.summary.risk_score) + "/100 (" +
          std::string(risk_band(result.summary.risk_score)) + ")</strong>; " + std::to_string(result.summary.total) +
          " findings: " + counts_text(result.summary.by_severity) + ".</p>\n";
  if (!result.cost.empty()) body += "<p id=\"offer-cost\"><strong>" + escape(result.cost) + "</strong></p>\n";
  if (!result.warnings.empty()) {
    body += "<h2>Warnings</h2>\n<ul>";
    for (const auto& w : result.warnings) body += "<li>" + escape(w) + "</li>";
    body += "</ul>\n";
  }
  body += "<p class=\"downloads\">Download: <a href=\"" + base + "/report.html\" download>HTML report</a>"
          "<a href=\"" + base + "/report.json\">JSON</a><a href=\"" + base + "/report.sarif\">SARIF</a>"
          "<a href=\"" + base + "/asks.txt\">The list of asks (to send to the prime)</a></p>\n"
          "<p><a href=\"" + base + "/report.html\">Open the report on its own page</a></p>\n"
          "<iframe src=\"" + base + "/report.html\" title=\"Report on " + escape(result.name) + "\"></iframe>\n";
  return layout("Report: " + result.name, body);
}

std::string compare_page(const std::string& id, const CompareResult& result, const RulePackIdentity& pack) {
  const DraftDiff& d = result.diff;
  std::string body = "<h1>Compared: " + escape(result.old_name) + " \u2192 " + escape(result.new_name) + "</h1>\n" +
                     pack_line(pack);
  body += "<p id=\"diff-summary\">The new draft adds " + std::to_string(d.added.size()) + ", removes " +
          std::to_string(d.removed.size()) + " and changes " + std::to_string(d.changed.size()) + " risks; " +
          std::to_string(d.unchanged) + " unchanged.</p>\n";
  body += "<p class=\"downloads\"><a href=\"/compare/" + id + "/diff.json\">Download as JSON</a></p>\n";
  body += "<h2>Added in the new draft</h2>\n" + findings_table("Added risks", d.added);
  body += "<h2>Changed</h2>\n";
  if (d.changed.empty()) {
    body += "<p>Changed risks: none.</p>\n";
  } else {
    body += "<table><caption>Changed risks (" + std::to_string(d.changed.size()) +
            ")</caption>\n<tr><th scope=\"col\">Severity</th><th scope=\"col\">Risk</th><th scope=\"col\">What changed</th>"
            "<th scope=\"col\">Before</th><th scope=\"col\">After</th></tr>\n";
    for (const ChangedFinding& c : d.changed) {
      std::string changes;
      for (const auto& what : c.changes) changes += (changes.empty() ? "" : ", ") + what;
      body += "<tr><td>" + severity_label(c.before.severity) + " \u2192 " + severity_label(c.after.severity) + "</td><td>" +
              escape(c.after.title) + "</td><td>" + escape(changes) + "</td><td>" + escape(c.before.text) + "</td><td>" +
              escape(c.after.text) + "</td></tr>\n";
    }
    body += "</table>\n";
  }
  body += "<h2>Removed from the new draft</h2>\n" + findings_table("Removed risks", d.removed);
  return layout("Compare rounds", body);
}

std::string triage_page(const std::string& id, const TriageJob& job, const RulePackIdentity& pack) {
  std::lock_guard lock(job.mutex);
  const std::string base = "/triage/" + id;
  std::string body = "<h1>Triage of " + std::to_string(job.total) + " documents</h1>\n" + pack_line(pack);
  if (!job.finished) {
    body += "<p id=\"progress-text\" role=\"status\">" + std::to_string(job.done) + " of " + std::to_string(job.total) +
            " read. This page refreshes itself.</p>\n<progress max=\"" + std::to_string(job.total) + "\" value=\"" +
            std::to_string(job.done) + "\" aria-labelledby=\"progress-text\">" + std::to_string(job.done) + " of " +
            std::to_string(job.total) + "</progress>\n";
    return layout("Triage in progress", body, 2);
  }
  std::vector<BatchRow> rows = job.rows;
  sort_batch_rows(rows);
  std::size_t errors = 0, warnings = 0;
  std::array<int, 5> by_severity{};
  for (const BatchRow& row : rows) {
    errors += row.status == BatchStatus::error;
    warnings += row.status == BatchStatus::warning;
    for (std::size_t s = 0; s < by_severity.size(); ++s) by_severity[s] += row.by_severity[s];
  }
  body += "<p id=\"triage-counts\" role=\"status\">" + std::to_string(rows.size()) + " documents: " +
          std::to_string(rows.size() - errors - warnings) + " ok, " + std::to_string(warnings) + " with warnings, " +
          std::to_string(errors) + " could not be read. Findings: " + counts_text(by_severity) + ".</p>\n";
  body += "<p class=\"downloads\"><a href=\"" + base + "/summary.csv\">Download summary.csv</a></p>\n";
  body += "<table id=\"triage-table\"><caption>Documents, the ones needing a person first</caption>\n"
          "<tr><th scope=\"col\">Document</th><th scope=\"col\">Status</th><th scope=\"col\">Risk score</th>"
          "<th scope=\"col\">Findings</th><th scope=\"col\">Top findings</th></tr>\n";
  for (const BatchRow& row : rows) {
    const std::string status(to_string(row.status));
    std::string name = escape(row.path);
    if (!row.reports.empty()) name = "<a href=\"" + base + "/report/" + escape(row.reports.front()) + "\">" + name + "</a>";
    body += "<tr class=\"row-" + status + "\"><td>" + name + "</td><td><span class=\"status-" + status + "\">" + status +
            "</span>" + (row.reason.empty() ? "" : ": " + escape(row.reason)) + "</td><td>" +
            (row.status == BatchStatus::error ? std::string("\u2014") : std::to_string(row.risk_score)) + "</td><td>" +
            (row.status == BatchStatus::error ? std::string("\u2014") : counts_text(row.by_severity)) + "</td><td><ul>";
    for (const TopFinding& top : row.top_findings) {
      body += "<li>" + severity_label(top.severity) + " " + escape(top.title) +
              (top.clause.empty() ? "" : " (clause " + escape(top.clause) + ")") + "</li>";
    }
    body += "</ul></td></tr>\n";
  }
  body += "</table>\n";
  return layout("Triage", body);
}

std::string rules_page(const RulePack& pack, const RulePackIdentity& identity) {
  std::string body = "<h1>Rule pack " + escape(identity.name) + " " + escape(identity.version) + "</h1>\n";
  body += "<p>" + std::to_string(pack.rules().size()) + " rules; sha256 <code>" + escape(identity.sha256) +
          "</code>. Each rule below says what it catches, why it matters, what to ask for, and the examples it is "
          "tested on (it must fire on each example and stay silent on each counter-example).</p>\n";
  std::string category;
  for (const RuleInfo& rule : pack.rules()) {
    if (rule.category != category) {
      category = rule.category;
      body += "<h2>" + escape(category) + "</h2>\n";
    }
    body += "<section class=\"rule\" id=\"rule-" + escape(rule.id) + "\">\n<h3>" + escape(rule.title) + "</h3>\n";
    body += "<p>" + severity_label(rule.severity) + " \u00B7 <code>" + escape(rule.id) + "</code>" +
            (rule.taxonomy.empty() ? "" : " \u00B7 " + escape(rule.taxonomy)) +
            (rule.absence ? " \u00B7 fires when a protection is missing" : "") + "</p>\n";
    if (!rule.message.empty()) body += "<p><strong>Why it matters:</strong> " + escape(rule.message) + "</p>\n";
    if (!rule.ask.empty()) body += "<p><strong>Ask for:</strong> " + escape(rule.ask) + "</p>\n";
    if (!rule.reference.empty()) body += "<p><strong>Reference:</strong> " + escape(rule.reference) + "</p>\n";
    std::string fires, silent;
    for (const RuleExample& example : rule.examples) {
      (example.must_fire ? fires : silent) += "<li class=\"example\">" + escape(example.text) + "</li>";
    }
    if (!fires.empty()) body += "<p>Catches, for example:</p><ul>" + fires + "</ul>\n";
    if (!silent.empty()) body += "<p>Does not fire on:</p><ul>" + silent + "</ul>\n";
    body += "</section>\n";
  }
  return layout("Rule pack", body);
}

std::string message_page(std::string_view title, std::string_view message) {
  return layout(title, "<h1>" + escape(title) + "</h1>\n<p id=\"message\" role=\"alert\">" + escape(message) +
                           "</p>\n<p><a href=\"/\">Back to the start</a></p>");
}

}  // namespace clausecheck::cli::web
