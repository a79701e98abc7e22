// Which files a `clausecheck scan PATH...` reads: the paths given, with directories walked.
#pragma once

#include <string>
#include <vector>

namespace clausecheck::cli {

// The extensions of the files a directory walk picks up (compared case-insensitively).
// Legacy and other office formats are included on purpose: clausecheck cannot read them,
// and a batch must say so in a row rather than pass over a contract in silence.
// Documented in docs/cli.md.
inline constexpr const char* batch_document_extensions[] = {".pdf", ".docx", ".doc", ".odt", ".rtf",
                                                            ".txt", ".text", ".md", ".markdown"};

// Expands `paths` into the files to scan, sorted by path and without duplicates, so that
// a batch is deterministic. A file named on the command line is always scanned, whatever
// its name (the format is detected from the content). A directory is walked recursively
// for files with one of the extensions above; hidden files and directories (".name") and
// `exclude_dir` (the --out directory, when it lies inside an input) are skipped; symbolic
// links to directories are followed (each directory once). A path that does not exist, a
// directory that cannot be read, and a special file (named pipe, device) with a document's
// name are kept as they are: reading them fails later and each becomes an error row, so no
// input is dropped.
std::vector<std::string> collect_batch_inputs(const std::vector<std::string>& paths, const std::string& exclude_dir);

}  // namespace clausecheck::cli
