// parse_document(): the one door every file comes through.
//
// Order matters: limits and emptiness first (cheap, and no parser should see a 0-byte or
// oversized file), then encryption of Office files (a CFB container that is neither a
// .doc nor anything else we know), then the format from the content, then the parser.
// Every outcome is a Document or one InputError line; whatever the parser returns, the
// dispatcher fills in the identity fields (path, sha256) so no parser has to.
#include <algorithm>
#include <string>
#include <utility>

#include "clausecheck/parsers.h"
#include "format_detection.h"
#include "format_parsers.h"
#include "sha256.h"

namespace clausecheck {
namespace {

std::string_view format_name(DetectedFormat format) {
  switch (format) {
    case DetectedFormat::pdf: return "PDF";
    case DetectedFormat::docx: return "DOCX";
    case DetectedFormat::text: return "text";
    case DetectedFormat::markdown: return "Markdown";
    case DetectedFormat::legacy_doc: return "Word .doc";
    case DetectedFormat::other_zip: return "zip";
    case DetectedFormat::other_binary: return "binary";
  }
  return "binary";
}

bool is_blank(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

bool has_visible_text(const Document& document) {
  return std::any_of(document.text.begin(), document.text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  });
}

std::string mebibytes(std::uint64_t bytes) {
  return bytes % (1ull << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

std::string unsupported_message(std::string_view bytes, std::string_view claimed) {
  std::string what = describe_unsupported_content(bytes);
  std::string message = "not a PDF, DOCX, .doc, Markdown or text file";
  if (!what.empty() || !claimed.empty()) {
    message += " (";
    if (!what.empty()) message += "looks like " + what;
    if (!claimed.empty()) message += std::string(what.empty() ? "" : ", ") + "although its name says " + std::string(claimed);
    message += ")";
  }
  return message;
}

}  // namespace

std::string_view to_string(InputErrorKind kind) {
  switch (kind) {
    case InputErrorKind::empty: return "empty";
    case InputErrorKind::too_large: return "too-large";
    case InputErrorKind::encrypted: return "encrypted";
    case InputErrorKind::corrupt: return "corrupt";
    case InputErrorKind::no_text_layer: return "no-text-layer";
    case InputErrorKind::unsupported: return "unsupported";
    case InputErrorKind::time_limit: return "time-limit";
    case InputErrorKind::memory_limit: return "memory-limit";
  }
  return "corrupt";
}

InputError time_limit_error(std::string_view path, std::chrono::milliseconds budget) {
  const auto ms = budget.count();
  const std::string limit = ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
  return {std::string(path), InputErrorKind::time_limit,
          "over the time limit of " + limit +
              " per document: stopped before the end (the document is too large or too complex to finish in time; "
              "a longer limit may let it finish)"};
}

InputError memory_limit_error(std::string_view path, std::uint64_t budget_bytes, std::uint64_t needed_bytes,
                              std::string_view stage) {
  const std::uint64_t needed_mib = (needed_bytes + (1ull << 20) - 1) >> 20;
  return {std::string(path), InputErrorKind::memory_limit,
          "over the memory limit of " + mebibytes(budget_bytes) + " per document: " + std::string(stage) +
              " would need about " + std::to_string(needed_mib) +
              " MiB (the document is too large to analyse within the budget; a larger limit may let it finish)"};
}

ParseResult parse_document(std::string_view path, std::string_view bytes, const ParseLimits& limits) {
  auto error = [&](InputErrorKind kind, std::string message) -> ParseResult {
    return InputError{std::string(path), kind, std::move(message)};
  };
  if (bytes.size() > limits.max_file_bytes) {
    return error(InputErrorKind::too_large, "file is " + std::to_string(bytes.size()) +
                                                " bytes, over the limit of " + mebibytes(limits.max_file_bytes));
  }
  if (bytes.empty()) return error(InputErrorKind::empty, "file is empty (0 bytes)");
  if (is_blank(bytes)) return error(InputErrorKind::empty, "file contains only whitespace, no text");
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; })) {
    return error(InputErrorKind::empty, "file contains only zero bytes: it was never written or was wiped");
  }
  if (is_encrypted_office_file(bytes)) {
    return error(InputErrorKind::encrypted,
                 "Office document is encrypted (password-protected): remove the password in Word and try again");
  }

  const DetectedFormat format = detect_format(bytes, path);
  const std::string claimed = claimed_format_of_path(path);
  ParseResult result;
  try {  // a reader that checks limits.deadline (the PDF reader, per page) throws when it passes
    switch (format) {
      case DetectedFormat::pdf: result = parse_pdf(path, bytes, limits); break;
      case DetectedFormat::docx: result = parse_docx(path, bytes, limits); break;
      case DetectedFormat::text: result = parse_plain_text(path, bytes, false, limits); break;
      case DetectedFormat::markdown: result = parse_plain_text(path, bytes, true, limits); break;
      case DetectedFormat::legacy_doc: result = parse_doc(path, bytes, limits); break;
      case DetectedFormat::other_zip:
      case DetectedFormat::other_binary:
        return error(InputErrorKind::unsupported, unsupported_message(bytes, claimed));
    }
  } catch (const DeadlineExceeded& e) {
    return time_limit_error(path, e.budget());
  }

  if (auto* failure = std::get_if<InputError>(&result)) {
    failure->path = std::string(path);
    return result;
  }
  Document& document = std::get<Document>(result);
  // "Never an empty contract": a DOCX or text file that yields no words at all is reported,
  // not passed on as a contract with no risks. (The PDF parser says why itself: no text
  // layer.)
  if (!has_visible_text(document)) {
    return error(InputErrorKind::empty, std::string(format_name(format)) + " file contains no text");
  }
  document.path = std::string(path);
  document.sha256 = sha256_hex(bytes);
  // Text and Markdown are one family: a .txt holding Markdown is not mislabelled.
  bool same_family = claimed == format_name(format) ||
                     ((claimed == "text" || claimed == "Markdown") &&
                      (format == DetectedFormat::text || format == DetectedFormat::markdown));
  if (!claimed.empty() && !same_family) {
    document.warnings.insert(document.warnings.begin(),
                             Warning{"mislabelled-file",
                                     "the file name says " + claimed + " but the content is " +
                                         std::string(format_name(format)) + "; it was read as " +
                                         std::string(format_name(format)),
                                     0});
  }
  return result;
}

}  // namespace clausecheck
