// The list of asks: what a provider sends back to the prime after a pre-check. Plain text
// a person can paste into an email or a letter: one numbered request per finding that
// carries an ask, highest risk first, each naming the clause it is about and why. No
// scores, rule ids or severities: those are for the provider, not the other side.
#include <string>

#include "clausecheck/reports.h"
#include "prepared_report.h"
#include "safe_text.h"

namespace clausecheck {
namespace {

std::string clause_reference(const Finding& f) {
  if (f.absence) return "New clause";
  std::string where = f.clause_citation.empty() ? std::string() : "Clause " + f.clause_citation;
  if (!f.heading.empty()) where += (where.empty() ? "\u201C" : " \u201C") + f.heading + "\u201D";
  if (f.page > 0) where += (where.empty() ? "Page " : ", page ") + std::to_string(f.page);
  return where.empty() ? "General" : where;
}

}  // namespace

std::string write_asks_text(const Report& report) {
  const PreparedReport prepared = prepare_report(report);
  const Document& d = prepared.document.document;
  std::string out = "Requested changes to " + printable_utf8(d.path.empty() ? std::string("the draft") : d.path) + "\n\n";
  int number = 0;
  for (const Finding& f : prepared.findings) {
    if (f.ask.empty()) continue;
    ++number;
    out += std::to_string(number) + ". " + printable_utf8(clause_reference(f)) + ": " +
           printable_utf8(f.title.empty() ? f.rule_id : f.title) + "\n";
    if (!f.message.empty()) out += "   Why: " + printable_utf8(f.message) + "\n";
    out += "   We ask for: " + printable_utf8(f.ask) + "\n";
    if (!f.reference.empty()) out += "   Reference: " + printable_utf8(f.reference) + "\n";
    out += "\n";
  }
  if (number == 0) out += "No changes to request: no rule with an ask fired on this draft.\n\n";
  out += "Prepared with " + printable_utf8(report.tool_name) + " " + printable_utf8(report.tool_version) +
         (report.rule_pack.name.empty() ? std::string()
                                        : ", rule pack " + printable_utf8(report.rule_pack.name) + " " +
                                              printable_utf8(report.rule_pack.version)) +
         ". Not legal advice.\n";
  return out;
}

}  // namespace clausecheck
