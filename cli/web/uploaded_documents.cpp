#include "uploaded_documents.h"

#include <algorithm>

#include "../batch_inputs.h"
#include "clausecheck/ascii_case.h"
#include "zip_archive.h"

namespace clausecheck::cli::web {
namespace {

bool has_document_extension(std::string_view name) {
  const std::string lower = ascii_lower(name);
  return std::any_of(std::begin(batch_document_extensions), std::end(batch_document_extensions),
                     [&](std::string_view extension) { return lower.ends_with(extension); });
}

// Hidden files and folders (".DS_Store", "__MACOSX/") are an archiver's, not the user's.
bool is_hidden_entry(std::string_view name) {
  if (name.starts_with("__MACOSX/")) return true;
  std::size_t start = 0;
  while (start < name.size()) {
    if (name[start] == '.' && !name.substr(start).starts_with("../") && name.substr(start) != "..") return true;
    const std::size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

void expand_zip(const std::string& zip_name, const std::string& bytes, const ParseLimits& limits,
                std::vector<UploadedDocument>& out) {
  auto refused = [&](std::string name, InputErrorKind kind, std::string message) {
    out.push_back({name, {}, InputError{std::move(name), kind, std::move(message)}});
  };
  auto opened = ZipArchive::open(bytes, limits);
  if (auto* failure = std::get_if<ZipFailure>(&opened)) {
    refused(zip_name, failure->kind, failure->message);
    return;
  }
  ZipArchive& archive = std::get<ZipArchive>(opened);
  const std::vector<std::string> entries = archive.names();
  for (std::size_t index = 0; index < entries.size(); ++index) {
    const std::string& entry = entries[index];
    if (entry.empty() || entry.back() == '/') continue;
    const std::string name = zip_name + "/" + entry;
    if (zip_entry_name_escapes(entry)) {
      refused(name, InputErrorKind::unsupported,
              "the name inside the zip points outside the archive (absolute, or with \"..\"); not read");
      continue;
    }
    if (is_hidden_entry(entry) || !has_document_extension(entry)) continue;
    // By index, not by name: names are matched without case, and "A.pdf" and "a.pdf" are
    // two documents.
    auto content = archive.read_entry(index);
    if (auto* failure = std::get_if<ZipFailure>(&content)) {
      refused(name, failure->kind, failure->message);
      continue;
    }
    out.push_back({name, std::move(std::get<std::string>(content)), std::nullopt});
  }
}

}  // namespace

bool zip_entry_name_escapes(std::string_view name) {
  if (name.empty()) return false;
  if (name.front() == '/' || name.front() == '\\' || name.find('\\') != std::string_view::npos) return true;
  if (name.size() >= 2 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) slash = name.size();
    if (name.substr(start, slash - start) == "..") return true;
    start = slash + 1;
  }
  return false;
}

std::variant<std::vector<UploadedDocument>, TooManyDocuments> expand_uploads(std::vector<UploadedFile> files,
                                                                             const ParseLimits& limits,
                                                                             std::size_t max_documents) {
  std::vector<UploadedDocument> documents;
  for (UploadedFile& file : files) {
    std::string name = file.name.empty() ? std::string("document") : file.name;
    // Only a file named .zip is opened as an archive: a zip named "contract.docx" is a
    // broken DOCX, and gets the command line's message for one.
    const std::string lower = ascii_lower(name);
    if (lower.ends_with(".zip") && detect_format(file.bytes, name) == DetectedFormat::other_zip) {
      expand_zip(name, file.bytes, limits, documents);
    } else {
      documents.push_back({std::move(name), std::move(file.bytes), std::nullopt});
    }
    file.bytes.clear();
    file.bytes.shrink_to_fit();
    if (documents.size() > max_documents) return TooManyDocuments{documents.size()};
  }
  return documents;
}

}  // namespace clausecheck::cli::web
