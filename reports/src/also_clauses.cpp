#include "also_clauses.h"

namespace clausecheck {

std::string also_clauses_note(const Finding& finding) {
  std::string note;
  for (const std::string& citation : finding.also_citations) note += (note.empty() ? "also " : ", ") + citation;
  return note;
}

}  // namespace clausecheck
