// The documents of a triage upload: the files as sent, with zip archives opened in memory
// and their documents taken out. Nothing touches the disk. An entry that cannot be taken
// out (encrypted, a zip bomb, a name that climbs out of the archive with "../") is kept
// as a refused document with its reason, so that the triage shows it as a row.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "clausecheck/parsers.h"

namespace clausecheck::cli::web {

struct UploadedFile {
  std::string name;   // the file name the browser sent, untrusted
  std::string bytes;
};

struct UploadedDocument {
  std::string name;  // "contract.pdf", or "bundle.zip/folder/contract.pdf" for a zip entry
  std::string bytes;
  std::optional<InputError> refused;  // set when the document cannot be read at all
};

// A refusal of the whole upload: more documents than `max_documents`.
struct TooManyDocuments {
  std::size_t count = 0;
};

// Expands `files` in order. A file named *.zip whose content is a zip archive is opened
// and every entry with a document extension (batch_document_extensions) is taken out,
// under `limits` (entry size, total size and compression ratio); directories, hidden
// entries and other files in the archive are passed over, as a directory walk does.
std::variant<std::vector<UploadedDocument>, TooManyDocuments> expand_uploads(std::vector<UploadedFile> files,
                                                                             const ParseLimits& limits,
                                                                             std::size_t max_documents);

// True when a name inside a zip would leave the archive's folder if written out: an
// absolute path, a drive letter, a backslash path or a ".." component.
bool zip_entry_name_escapes(std::string_view name);

}  // namespace clausecheck::cli::web
