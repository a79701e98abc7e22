// `clausecheck diff` output: the risks a new draft adds, removes or changes.
#include <nlohmann/json.hpp>

#include "clausecheck/ascii_case.h"
#include "clausecheck/diff_report.h"
#include "finding_json.h"
#include "safe_text.h"

namespace clausecheck {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string where(const Finding& f) {
  if (f.absence) return "missing from the document";
  std::string out = f.clause_citation.empty() ? "no clause" : "clause " + f.clause_citation;
  if (f.page > 0) out += ", page " + std::to_string(f.page);
  return out;
}

// "+ HIGH   PAY-03.long-payment-terms  Payment due more than 30 days  (clause 4.1, page 2)"
std::string line(char mark, const Finding& f, bool colour) {
  std::string severity(to_string(f.severity));
  for (char& c : severity) c = ascii_upper(c);
  std::string text = std::string(1, mark) + " " + severity + "  " + printable_utf8(f.rule_id) + "  " +
                     printable_utf8(f.title) + "  (" + printable_utf8(where(f)) + ")";
  if (!colour) return text + "\n";
  const char* code = mark == '+' ? "\x1b[31m" : mark == '-' ? "\x1b[32m" : "\x1b[33m";
  return code + text + "\x1b[0m\n";
}


}  // namespace

std::string write_diff_text(const DraftDiff& diff, const std::string& old_path, const std::string& new_path,
                            bool colour) {
  std::string out = "Comparing " + printable_utf8(old_path) + " -> " + printable_utf8(new_path) + "\n" +
                    std::to_string(diff.added.size()) + " added, " + std::to_string(diff.changed.size()) +
                    " changed, " + std::to_string(diff.removed.size()) + " removed, " +
                    std::to_string(diff.unchanged) + " unchanged\n";
  if (!diff.added.empty()) {
    out += "\nNew risks in the new draft\n";
    for (const Finding& f : diff.added) {
      out += line('+', f, colour) + "    " + printable_utf8(f.message) + "\n";
      if (!f.ask.empty()) out += "    Ask for: " + printable_utf8(f.ask) + "\n";
    }
  }
  if (!diff.changed.empty()) {
    out += "\nChanged risks\n";
    for (const ChangedFinding& c : diff.changed) {
      out += line('~', c.after, colour);
      if (c.before.severity != c.after.severity) {
        out += "    severity: " + std::string(to_string(c.before.severity)) + " -> " +
               std::string(to_string(c.after.severity)) + "\n";
      }
      out += "    was: " + printable_utf8(c.before.message) + "\n    now: " + printable_utf8(c.after.message) + "\n";
    }
  }
  if (!diff.removed.empty()) {
    out += "\nRisks the new draft removes\n";
    for (const Finding& f : diff.removed) out += line('-', f, colour);
  }
  return out;
}

std::string write_diff_json(const DraftDiff& diff, const std::string& old_path, const std::string& new_path) {
  ordered_json out;
  out["old"] = old_path;
  out["new"] = new_path;
  out["summary"] = ordered_json{{"added", diff.added.size()},
                                {"changed", diff.changed.size()},
                                {"removed", diff.removed.size()},
                                {"unchanged", diff.unchanged}};
  out["added"] = ordered_json::array();
  for (const Finding& f : diff.added) out["added"].push_back(finding_json(f));
  out["removed"] = ordered_json::array();
  for (const Finding& f : diff.removed) out["removed"].push_back(finding_json(f));
  out["changed"] = ordered_json::array();
  for (const ChangedFinding& c : diff.changed) {
    out["changed"].push_back(
        ordered_json{{"changes", c.changes}, {"before", finding_json(c.before)}, {"after", finding_json(c.after)}});
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
