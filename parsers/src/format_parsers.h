// The per-format parsers behind parse_document(). Each takes the whole file's bytes,
// already known to be of its format, and returns a Document or an InputError.
#pragma once

#include <string_view>

#include "clausecheck/parsers.h"

namespace clausecheck {

ParseResult parse_pdf(std::string_view path, std::string_view bytes, const ParseLimits& limits);
ParseResult parse_docx(std::string_view path, std::string_view bytes, const ParseLimits& limits);
ParseResult parse_doc(std::string_view path, std::string_view bytes, const ParseLimits& limits);
ParseResult parse_plain_text(std::string_view path, std::string_view bytes, bool markdown,
                             const ParseLimits& limits);

}  // namespace clausecheck
