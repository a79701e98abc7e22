// Streams of an OLE2 compound file, the container of Word 97-2003 .doc files, read with
// libgsf (GNOME Structured File library), which follows the file's sector chains and checks
// them. The file is read in place; nothing is written.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "clausecheck/parsers.h"

namespace clausecheck {

// Why a stream could not be read: `message` is one sentence without the file's path.
struct CompoundFileFailure {
  InputErrorKind kind = InputErrorKind::corrupt;
  std::string message;
};

// The bytes of the top-level stream `name` ("WordDocument", "1Table") of the compound file in
// `bytes`. A damaged container, a missing stream, or a stream that claims more bytes than the
// file holds is a failure of kind corrupt.
std::variant<std::string, CompoundFileFailure> read_compound_stream(std::string_view bytes, const char* name);

}  // namespace clausecheck
