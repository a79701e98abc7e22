// A finding: one risky clause (or one missing protection) that a rule reported.
//
// Contract: value types only. parse_severity() returns nullopt for an unknown word; nothing
// here throws or holds shared state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

enum class Severity { info, low, medium, high, critical };

// "info", "low", "medium", "high", "critical".
std::string_view to_string(Severity severity);
// Parses the spelling above; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view text);

// A typed value a rule captured, with its normalised reading.
struct CapturedValue {
  std::string name;      // the capture name in the rule ("days")
  std::string type;      // NUMBER, MONEY, PERCENT, DURATION, DATE, or TEXT
  std::string text;      // the original words: "sixty (60) days"
  double value = 0;      // normalised: 60 (days for DURATION, major units for MONEY, 10 for 10%)
  std::string unit;      // "day", "GBP", "percent", ISO date for DATE, "" when none
  std::uint32_t begin = 0;  // byte span in Document::text
  std::uint32_t end = 0;
};

struct Finding {
  std::string rule_id;
  std::string title;
  std::string category;
  std::string taxonomy;             // e.g. "PAY-03", empty when the rule names none
  Severity severity = Severity::medium;
  std::string message;              // with captured values interpolated
  std::string ask;                  // what to ask for instead
  std::string reference;            // legal or policy reference, may be empty
  std::vector<std::string> tags;
  bool absence = false;             // fired because a protective clause is missing
  int page = 0;                     // 0 for absence findings
  int clause = -1;                  // index into DocumentStructure::clauses, -1 when none
  std::string clause_citation;      // "7.2(b)", empty when none
  std::string heading;              // heading of the clause or its nearest headed ancestor
  std::uint32_t begin = 0;          // byte span of the matched words in Document::text
  std::uint32_t end = 0;
  std::string text;                 // the original words of that span
  std::vector<CapturedValue> captures;
  std::vector<std::string> why;     // which pattern parts and conditions held, in order
  // A `report once` rule's finding stands for the document: the other clauses where the
  // rule matched (indices, in document order; `why` names them). Empty otherwise.
  std::vector<int> also_clauses;
  // Their citations, each once and never the finding's own, for reports to show ("also
  // 2.12, 6.1"): the reader of a `report once` finding needs every clause, not only the first.
  std::vector<std::string> also_citations;
};

}  // namespace clausecheck
