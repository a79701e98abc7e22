// Building located Diagnostic values (rules.h) from positions in a rule file.
#pragma once

#include <string>
#include <string_view>

#include "clausecheck/rules.h"
#include "rules/syntax_tree.h"

namespace clausecheck::rules {

// A diagnostic at `position` of `source` (the rule file's text), with the offending line
// and a caret under the column. `expected` is empty for errors that are not syntax errors.
Diagnostic make_diagnostic(std::string_view path, std::string_view source, SourcePosition position,
                           std::string message, std::string expected = {});

}  // namespace clausecheck::rules
