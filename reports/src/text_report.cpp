// The terminal pre-check: what a provider with one draft reads before signing.
//
// Plain words first: the score, then every finding, highest risk first, each with where
// it is (clause, heading, page), what the risk is, and what to ask for instead. Lines are
// wrapped at 80 columns. Document text is untrusted: control characters are replaced so a
// hostile file cannot send escape sequences to the terminal; colour codes are added by us
// only when the caller asks.
#include <string>
#include <vector>

#include "also_clauses.h"
#include "clausecheck/reports.h"
#include "parties_view.h"
#include "prepared_report.h"
#include "safe_text.h"
#include "text_wrap.h"

namespace clausecheck {
namespace {

class Styler {
 public:
  explicit Styler(bool colour) : colour_(colour) {}
  std::string bold(std::string_view s) const { return wrap("\x1b[1m", s); }
  std::string dim(std::string_view s) const { return wrap("\x1b[2m", s); }
  std::string severity(Severity sev, std::string_view s) const {
    switch (sev) {
      case Severity::critical: return wrap("\x1b[1;97;41m", s);
      case Severity::high: return wrap("\x1b[1;31m", s);
      case Severity::medium: return wrap("\x1b[1;33m", s);
      case Severity::low: return wrap("\x1b[1;34m", s);
      case Severity::info: return wrap("\x1b[2m", s);
    }
    return std::string(s);
  }

 private:
  std::string wrap(std::string_view code, std::string_view s) const {
    return colour_ ? std::string(code) + std::string(s) + "\x1b[0m" : std::string(s);
  }
  bool colour_;
};

std::string location(const Finding& f) {
  std::string where;
  if (f.absence) return "missing from the document";
  if (!f.clause_citation.empty()) where = "clause " + f.clause_citation;
  if (!f.heading.empty()) where += (where.empty() ? "\u201C" : " \u201C") + f.heading + "\u201D";
  if (const std::string also = also_clauses_note(f); !also.empty()) where += " (" + also + ")";
  if (f.page > 0) where += (where.empty() ? "page " : ", page ") + std::to_string(f.page);
  return where.empty() ? "location unknown" : where;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::string write_report_text(const Report& report, bool colour) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;
  const ReportSummary& summary = prepared.summary;
  const Styler style(colour);

  std::string out;
  out += style.bold(printable_utf8(d.path.empty() ? std::string("<document>") : d.path)) + "\n";
  std::string about = std::string(to_string(d.format)) + ", " + std::to_string(d.page_count) +
                      (d.page_count == 1 ? " page" : " pages");
  if (prepared.document.kind.kind != DocumentKind::main_terms) {
    about += ", " + std::string(to_string(prepared.document.kind.kind));
  }
  if (!report.rule_pack.name.empty()) {
    about += " \u00B7 rule pack " + printable_utf8(report.rule_pack.name) + " " + printable_utf8(report.rule_pack.version);
  }
  about += " \u00B7 " + printable_utf8(report.tool_name) + " " + printable_utf8(report.tool_version);
  out += style.dim(about) + "\n";
  out += wrap(parties_sentence(prepared.document.parties), "", "  ") + "\n";

  std::string counts;
  for (Severity s : severities_high_to_low) {
    const int n = summary.by_severity[static_cast<std::size_t>(s)];
    if (n > 0) counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(to_string(s));
  }
  out += "Risk score: " + style.bold(std::to_string(summary.risk_score) + "/100") + " (" +
         std::string(risk_band(summary.risk_score)) + ")\n";
  out += std::to_string(summary.total) + (summary.total == 1 ? " finding" : " findings") +
         (counts.empty() ? "" : ": " + counts) + "\n";

  if (!d.warnings.empty()) {
    out += "\n" + style.bold("Warnings") + "\n";
    for (const Warning& w : d.warnings) {
      out += wrap((w.page > 0 ? "page " + std::to_string(w.page) + ": " : std::string()) + w.message, "  ! ", "    ");
    }
  }

  if (prepared.findings.empty()) {
    // Silence on a transaction is not a clean bill: the rules did not run.
    if (has_no_provider(prepared.document.kind.kind)) {
      out += "\n" + wrap("This document reads as a transaction (" + prepared.document.kind.evidence +
                              "), not a provider's contract: no rule of the pack runs on one unless its applies-to "
                              "names it (docs/rules-language.md, Kinds of document).",
                          "", "");
    }
    out += "\nNo rule in the pack fired on this document. That is not legal advice: read the\n"
           "contract, and check the warnings above.\n";
    return out;
  }

  out += "\n" + style.bold("Risks, highest first") + "\n";
  for (std::size_t i = 0; i < prepared.findings.size(); ++i) {
    const Finding& f = prepared.findings[i];
    const std::string number = std::to_string(i + 1) + ". ";
    const std::string label = upper(to_string(f.severity));
    const std::string title = f.title.empty() ? f.rule_id : f.title;
    out += "\n" + number + style.severity(f.severity, label) + " " + style.bold(printable_utf8(title)) + "\n";
    const std::string indent(number.size(), ' ');
    out += wrap(location(f), indent, indent);
    if (!f.message.empty()) out += wrap(f.message, indent, indent);
    if (!f.text.empty() && !f.absence) {
      std::string quote = f.text;
      if (quote.size() > 240) {
        std::size_t cut = 240;  // never cut inside a UTF-8 sequence
        while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;
        quote = quote.substr(0, cut) + "\u2026";
      }
      out += style.dim(wrap("\u201C" + quote + "\u201D", indent + "  ", indent + "  "));
    }
    if (!f.ask.empty()) out += wrap("Ask for: " + f.ask, indent, indent + "  ");
    if (!f.reference.empty()) out += style.dim(wrap("Reference: " + f.reference, indent, indent + "  "));
  }
  return out;
}

}  // namespace clausecheck
