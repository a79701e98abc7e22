// The HTML report: one self-contained page a lawyer can read, filter and print.
//
// Left: the findings grouped by category, each with message, reference and the ask, and a
// link to its highlight. Right: the contract's text, by clause when structure recovery
// found clauses (and as the extracted blocks, page by page, when it did not), with every
// finding's words marked in place and coloured by severity. Every byte of the extracted
// text is shown exactly once, so nothing is hidden between clauses.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "also_clauses.h"
#include "assessment_html.h"
#include "clausecheck/reports.h"
#include "html_assets.h"
#include "html_highlighter.h"
#include "parties_view.h"
#include "prepared_report.h"
#include "safe_text.h"

namespace clausecheck {
namespace {

// Beyond this nesting depth a clause's sub-clauses are shown inside it as plain text: a
// malformed tree (a cycle) cannot recurse forever, and no real contract nests this deep.
constexpr int max_section_depth = 32;

std::string finding_anchor(std::size_t number) { return "finding-" + std::to_string(number); }

std::string where_text(const Finding& f) {
  std::string where;
  if (!f.clause_citation.empty()) where += "Clause " + f.clause_citation;
  if (!f.heading.empty()) where += (where.empty() ? "" : " ") + std::string("\u201C") + f.heading + "\u201D";
  if (const std::string also = also_clauses_note(f); !also.empty()) where += " (" + also + ")";
  if (f.page > 0) where += (where.empty() ? "Page " : ", page ") + std::to_string(f.page);
  if (f.absence) where += where.empty() ? "Missing from the document" : " (missing)";
  return where;
}

class ContractRenderer {
 public:
  ContractRenderer(const AnalysedDocument& doc, HtmlHighlighter& highlighter)
      : doc_(doc), structure_(doc.structure), highlighter_(highlighter) {
    // Where each new page starts, so that a lawyer reading a long clause sees the page
    // numbers the printed contract has.
    for (std::size_t i = 1; i < doc.document.blocks.size(); ++i) {
      const Block& block = doc.document.blocks[i];
      if (block.page != doc.document.blocks[i - 1].page) page_starts_.push_back({block.begin, block.page});
    }
  }

  std::string render() {
    if (structure_.clauses.empty()) return render_blocks();
    render_children(structure_.roots, 0, static_cast<std::uint32_t>(doc_.document.text.size()), 0);
    return std::move(html_);
  }

 private:
  void text(std::uint32_t begin, std::uint32_t end) {
    if (begin >= end) return;
    // The line break before the next section is layout, not content: shown inside the
    // pre-wrapped text it would add an empty line under every clause.
    const bool ends_line = doc_.document.text[end - 1] == '\n';
    if (ends_line) --end;
    if (begin >= end) return;
    html_ += "<div class=\"text\">";
    std::uint32_t cursor = begin;
    const auto first = std::upper_bound(page_starts_.begin(), page_starts_.end(), begin,
                                        [](std::uint32_t offset, const PageStart& p) { return offset < p.offset; });
    for (auto it = first; it != page_starts_.end() && it->offset < end; ++it) {
      html_ += highlighter_.render(cursor, it->offset);
      html_ += "<span class=\"page-marker\">Page " + std::to_string(it->page) + "</span>";
      cursor = it->offset;
    }
    html_ += highlighter_.render(cursor, end) + "</div>\n";
  }

  // Renders [begin, end): the listed clauses as sections, the text between them as is.
  void render_children(std::vector<int> children, std::uint32_t begin, std::uint32_t end, int depth) {
    std::erase_if(children, [&](int c) { return c < 0 || static_cast<std::size_t>(c) >= structure_.clauses.size(); });
    std::stable_sort(children.begin(), children.end(), [&](int a, int b) { return clause(a).begin < clause(b).begin; });
    std::uint32_t cursor = begin;
    for (int index : children) {
      const Clause& c = clause(index);
      const std::uint32_t clause_begin = std::clamp(c.begin, cursor, end);
      const std::uint32_t clause_end = std::clamp(c.end, clause_begin, end);
      if (clause_end == clause_begin) continue;  // nothing left to show: the text is already out
      text(cursor, clause_begin);
      render_clause(index, clause_begin, clause_end, depth);
      cursor = clause_end;
    }
    text(cursor, end);
  }

  void render_clause(int index, std::uint32_t begin, std::uint32_t end, int depth) {
    const Clause& c = clause(index);
    html_ += "<section class=\"clause depth-" + std::to_string(std::min(depth, 9)) + "\" id=\"clause-" +
             std::to_string(index) + "\" data-citation=\"" + html_escape(c.citation) + "\">";
    html_ += "<span class=\"clause-ref\">" + html_escape(c.citation);
    if (c.page_start > 0) {
      html_ += " \u00B7 page " + std::to_string(c.page_start);
      if (c.page_end > c.page_start) html_ += "\u2013" + std::to_string(c.page_end);
    }
    html_ += "</span>\n";
    if (depth >= max_section_depth) {
      text(begin, end);
    } else {
      const std::uint32_t body_end = std::clamp(c.body_end, begin, end);
      text(begin, body_end);
      render_children(c.children, body_end, end, depth + 1);
    }
    html_ += "</section>\n";
  }

  // Without clauses: one paragraph per extracted block, with a marker where a page starts.
  std::string render_blocks() {
    int page = 0;
    for (std::size_t i = 0; i < doc_.document.blocks.size(); ++i) {
      const Block& b = doc_.document.blocks[i];
      if (b.page != page && doc_.document.page_count > 1) {
        html_ += "<div class=\"page-marker\">Page " + std::to_string(b.page) + "</div>\n";
      }
      page = b.page;
      html_ += "<p class=\"block text\" id=\"block-" + std::to_string(i + 1) + "\">";
      html_ += highlighter_.render(b.begin, b.end);
      html_ += "</p>\n";
    }
    return std::move(html_);
  }

  const Clause& clause(int index) const { return structure_.clauses[static_cast<std::size_t>(index)]; }

  struct PageStart {
    std::uint32_t offset;  // the first byte of the page's first block
    int page;
  };

  const AnalysedDocument& doc_;
  const DocumentStructure& structure_;
  std::vector<PageStart> page_starts_;
  HtmlHighlighter& highlighter_;
  std::string html_;
};

std::string severity_counts_html(const ReportSummary& summary) {
  std::string html = "<p class=\"counts\">";
  html += std::to_string(summary.total) + (summary.total == 1 ? " finding" : " findings");
  for (Severity s : severities_high_to_low) {
    const int n = summary.by_severity[static_cast<std::size_t>(s)];
    if (n > 0) html += " \u00B7 <span>" + std::to_string(n) + " " + std::string(to_string(s)) + "</span>";
  }
  return html + "</p>\n";
}

std::string severity_filter_html(const ReportSummary& summary) {
  // Hidden until the script runs: without JavaScript the controls would do nothing.
  std::string html = "<form id=\"severity-filter\" hidden><strong>Show:</strong> ";
  for (Severity s : severities_high_to_low) {
    const std::string name(to_string(s));
    html += "<label><input type=\"checkbox\" name=\"severity\" value=\"" + name + "\" checked> " + name + " (" +
            std::to_string(summary.by_severity[static_cast<std::size_t>(s)]) + ")</label> ";
  }
  return html + "</form>\n";
}

std::string finding_item_html(const Finding& f, std::size_t number, bool placed, const DocumentStructure& structure) {
  const std::string severity(to_string(f.severity));
  std::string html = "<li class=\"finding-item sev-" + severity + "\" data-severity=\"" + severity + "\">";
  html += "<a class=\"jump\" href=\"#" + finding_anchor(number) + "\"><span class=\"badge sev-" + severity + "\">" +
          severity + "</span>" + std::to_string(number) + ". " + html_escape(f.title.empty() ? f.rule_id : f.title) +
          "</a>";
  const std::string where = where_text(f);
  if (!where.empty()) {
    // The clause is a second way in: it shows the finding's words in their full context.
    const bool clause_known = f.clause >= 0 && static_cast<std::size_t>(f.clause) < structure.clauses.size();
    html += "<p class=\"where\">";
    html += clause_known ? "<a href=\"#clause-" + std::to_string(f.clause) + "\">" + html_escape(where) + "</a>"
                         : html_escape(where);
    html += std::string(placed || f.absence ? "" : " (not located in the text)") + "</p>";
  }
  if (!f.message.empty()) html += "<p class=\"message\">" + html_escape(f.message) + "</p>";
  if (!f.ask.empty()) html += "<p class=\"ask\"><strong>Ask for:</strong> " + html_escape(f.ask) + "</p>";
  if (!f.reference.empty()) html += "<p class=\"reference\"><strong>Reference:</strong> " + html_escape(f.reference) + "</p>";
  html += "<p class=\"where\">Rule " + html_escape(f.rule_id) + (f.taxonomy.empty() ? "" : " \u00B7 " + html_escape(f.taxonomy)) + "</p>";
  return html + "</li>\n";
}

}  // namespace

std::string write_report_html(const Report& report) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;
  const std::vector<Finding>& findings = prepared.findings;

  std::vector<Highlight> highlights;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const TextSpan span = located_span(findings[i], d);
    if (!span.empty()) highlights.push_back({i + 1, span.begin, span.end, findings[i].severity, findings[i].title});
  }
  HtmlHighlighter highlighter(d.text, std::move(highlights));
  const std::string contract = ContractRenderer(prepared.document, highlighter).render();

  // Findings with no place in the text (absent protections, spans the renderer could not
  // show) are listed above the contract, each with the anchor its list entry links to.
  std::string unplaced;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::size_t number = i + 1;
    if (highlighter.placed(number)) continue;
    const Finding& f = findings[i];
    unplaced += "<li class=\"absence-item sev-" + std::string(to_string(f.severity)) + "\" id=\"" +
                finding_anchor(number) + "\"><span class=\"badge sev-" + std::string(to_string(f.severity)) + "\">" +
                std::string(to_string(f.severity)) + "</span>" + std::to_string(number) + ". " +
                html_escape(f.title.empty() ? f.rule_id : f.title) + (f.message.empty() ? "" : ": " + html_escape(f.message)) +
                "</li>\n";
  }

  std::map<std::string, std::vector<std::size_t>> by_category;
  for (std::size_t i = 0; i < findings.size(); ++i) by_category[findings[i].category].push_back(i);

  const std::string title = "clausecheck report: " + (d.path.empty() ? std::string("document") : d.path);
  std::string html;
  html.reserve(d.text.size() * 2 + 16384);
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No network: forbid every fetch except the inline style and script of this page.
  html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "script-src 'unsafe-inline'; img-src data:\">\n";
  html += "<meta name=\"generator\" content=\"" + html_escape(report.tool_name + " " + report.tool_version) + "\">\n";
  html += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(html_report_css) + "</style>\n</head>\n<body>\n";

  html += "<header class=\"report-header\">\n<h1>" + html_escape(d.path.empty() ? std::string("Document") : d.path) + "</h1>\n";
  html += "<p>Risk score <span class=\"score\">" + std::to_string(prepared.summary.risk_score) + "/100 \u00B7 " +
          std::string(risk_band(prepared.summary.risk_score)) + "</span></p>\n";
  html += severity_counts_html(prepared.summary);
  html += "<p>" + std::string(to_string(d.format)) + ", " + std::to_string(d.page_count) +
          (d.page_count == 1 ? " page" : " pages") + ", " + std::string(to_string(prepared.document.kind.kind)) + (d.sha256.empty() ? "" : ", sha256 " + html_escape(d.sha256)) + "</p>\n";
  html += "<p class=\"parties\">" + html_escape(parties_sentence(prepared.document.parties)) + "</p>\n";
  html += "<p>";
  if (!report.rule_pack.name.empty()) {
    html += "Rule pack " + html_escape(report.rule_pack.name) + " " + html_escape(report.rule_pack.version) +
            (report.rule_pack.sha256.empty() ? "" : " (" + html_escape(report.rule_pack.sha256.substr(0, 12)) + ")") +
            " \u00B7 ";
  }
  html += html_escape(report.tool_name) + " " + html_escape(report.tool_version);
  if (report.options.timestamp) html += " \u00B7 generated " + html_escape(*report.options.timestamp);
  html += "</p>\n</header>\n";
  // What the offer costs comes first, across the page and first in print: it is what a
  // trustee deciding whether to sign reads.
  if (report.assessment != nullptr) html += assessment_section_html(*report.assessment);
  html += "<div class=\"layout\">\n";

  html += "<nav class=\"findings\" aria-label=\"Findings\">\n<h2>Findings</h2>\n" + severity_filter_html(prepared.summary);
  if (findings.empty() && has_no_provider(prepared.document.kind.kind)) {
    html += "<p>This document reads as a transaction (" + html_escape(prepared.document.kind.evidence) +
            "), not a provider's contract: no rule of the pack runs on one unless its applies-to names it.</p>\n";
  }
  if (findings.empty()) html += "<p>No rule in the pack fired on this document.</p>\n";
  for (const auto& [category, indices] : by_category) {
    html += "<h3>" + html_escape(category.empty() ? std::string("Uncategorised") : category) + " (" +
            std::to_string(indices.size()) + ")</h3>\n<ol>\n";
    for (std::size_t i : indices) html += finding_item_html(findings[i], i + 1, highlighter.placed(i + 1), prepared.document.structure);
    html += "</ol>\n";
  }
  html += "</nav>\n<main class=\"contract\">\n";

  if (!d.warnings.empty()) {
    html += "<div class=\"panel warnings\"><h2>Warnings</h2><ul>\n";
    for (const Warning& w : d.warnings) {
      html += "<li>" + (w.page > 0 ? "Page " + std::to_string(w.page) + ": " : std::string()) + html_escape(w.message) +
              " <small>(" + html_escape(w.code) + ")</small></li>\n";
    }
    html += "</ul></div>\n";
  }
  if (!unplaced.empty()) {
    html += "<div class=\"panel absences\"><h2>Missing protections and findings without a place in the text</h2><ul>\n" +
            unplaced + "</ul></div>\n";
  }
  html += "<h2>Contract text</h2>\n" + contract + "</main>\n</div>\n";
  html += "<script>" + std::string(html_report_js) + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace clausecheck
