// Report writers. Each output format is its own writer over the same analysed document
// and findings; every writer is deterministic (same input, byte-identical output).
#pragma once

#include <string>

#include "clausecheck/engine.h"

namespace clausecheck {

// The structured document as written by `clausecheck extract`: keys `document`,
// `clauses`, `definitions`, `references`, `warnings`. Documented in docs/extract-format.md.
std::string write_extract_json(const AnalysedDocument& document);

}  // namespace clausecheck
