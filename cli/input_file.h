// Reading an input file for the parsers: the front end's only file I/O for documents.
#pragma once

#include <string>
#include <variant>

#include "clausecheck/parsers.h"

namespace clausecheck::cli {

// Reads the whole file at `path`, refusing files larger than `limits.max_file_bytes`
// before reading them. Errors (missing file, a directory, permission denied, too large)
// come back as InputError values naming the file.
std::variant<std::string, InputError> read_input_file(const std::string& path, const ParseLimits& limits);

}  // namespace clausecheck::cli
