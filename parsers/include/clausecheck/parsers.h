// Reading contract files into Documents.
//
// One entry point, parse_document(), takes the file's bytes (the caller does the I/O),
// detects the format from the content (never the file name), and hands the bytes to the
// parser for that format: PDF (Poppler), DOCX (zip + WordprocessingML), plain text or
// Markdown. Every failure is a value: an InputError that names the file and says what is
// wrong in one line a person can act on.
//
// Contract: parse_document() takes any bytes and returns a Document or an InputError value;
// it never throws on bad input, and a file over its Deadline or ParseLimits is an InputError
// too. The parsers keep no state between calls (Poppler is initialised once, safely), so
// threads may parse different files at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "clausecheck/deadline.h"
#include "clausecheck/document.h"

namespace clausecheck {

enum class InputErrorKind {
  empty,             // zero bytes, or only whitespace
  too_large,         // over ParseLimits::max_file_bytes or a zip expansion limit
  encrypted,         // password-protected PDF or DOCX
  corrupt,           // damaged or truncated file of a known format
  no_text_layer,     // a scanned PDF: pages are images and need OCR
  unsupported,       // a format we do not read (legacy .doc, images, spreadsheets …)
  time_limit,        // reading, analysing or matching it took longer than its time budget
  memory_limit,      // its text and analysis would need more memory than its budget
};

std::string_view to_string(InputErrorKind kind);

struct InputError {
  std::string path;
  InputErrorKind kind = InputErrorKind::corrupt;
  std::string message;  // one line, without the path: "encrypted PDF: remove the password …"

  // "PATH: message", the form every front end prints.
  std::string describe() const { return path + ": " + message; }
};

// Limits that keep a hostile or accidental input from exhausting memory or time.
// Documented in docs/limits.md.
struct ParseLimits {
  std::uint64_t max_file_bytes = 256ull << 20;          // 256 MiB
  std::uint64_t max_zip_entry_bytes = 64ull << 20;      // one DOCX part, uncompressed
  std::uint64_t max_zip_total_bytes = 256ull << 20;     // all parts read, uncompressed
  std::uint32_t max_zip_ratio = 200;                    // uncompressed / compressed per part
  int max_pages = 5000;
  // When to give up reading (checked per PDF page): a time_limit error.
  Deadline deadline;
};

// The error of a document over its time budget (Deadline, DeadlineExceeded), whichever
// stage gave up: "over the time limit of 60 s per document …".
InputError time_limit_error(std::string_view path, std::chrono::milliseconds budget);

// The error of a document whose analysis structures, estimated at a stage boundary, would
// need more than `budget_bytes`: "over the memory limit of 2048 MiB per document …".
InputError memory_limit_error(std::string_view path, std::uint64_t budget_bytes, std::uint64_t needed_bytes,
                              std::string_view stage);

using ParseResult = std::variant<Document, InputError>;

// Detected format of `bytes`, or nullopt when it is none we read. Used by parse_document;
// exposed for tests and for front ends that want to filter a directory.
enum class DetectedFormat { pdf, docx, text, markdown, legacy_doc, other_zip, other_binary };
DetectedFormat detect_format(std::string_view bytes, std::string_view path);

// Parses a contract. `path` is used for messages and reports only; the bytes are all that
// is read. Never throws for bad input: every failure is an InputError.
ParseResult parse_document(std::string_view path, std::string_view bytes,
                           const ParseLimits& limits = {});

}  // namespace clausecheck
