// Reading NAME.labels.json gold-label files for `clausecheck eval`.
#pragma once

#include <string>
#include <variant>

#include "clausecheck/evaluation.h"

namespace clausecheck::cli {

// Parses the text of a label file: {"labels": [{"type": "PAY-03", "clause": "7.4"}, …],
// "absent": ["RTL-02", …]}, optionally with "document" (the labelled document, relative to
// eval's documents root), "provider", "counterparty", "funder", "kind", and per label
// "quote" and "page" (docs/eval.md). Every key is optional; anything else in the file is
// an error so that a typo ("lables") cannot silently drop labels. The error names `path`
// and what is wrong.
std::variant<GoldLabels, std::string> parse_gold_labels(const std::string& path, const std::string& text);

}  // namespace clausecheck::cli
