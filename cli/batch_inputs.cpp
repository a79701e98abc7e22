#include "batch_inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace clausecheck::cli {
namespace {

namespace fs = std::filesystem;

bool has_document_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(batch_document_extensions), std::end(batch_document_extensions),
                     [&](const char* known) { return extension == known; });
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool same_directory(const fs::path& a, const std::string& b) {
  if (b.empty()) return false;
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

void walk(const std::string& root, const std::string& exclude_dir, std::vector<std::string>& files) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    files.push_back(root);  // unreadable directory: an error row names it
    return;
  }
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::path& path = it->path();
    std::error_code entry_ec;
    if (it->is_directory(entry_ec)) {
      if (is_hidden(path) || same_directory(path, exclude_dir)) it.disable_recursion_pending();
      continue;
    }
    if (is_hidden(path) || !has_document_extension(path)) continue;
    // Regular files and symbolic links to them; a dangling link is kept and becomes an error row.
    files.push_back(path.string());
  }
  if (ec) files.push_back(root);
}

}  // namespace

std::vector<std::string> collect_batch_inputs(const std::vector<std::string>& paths, const std::string& exclude_dir) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      walk(path, exclude_dir, files);
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace clausecheck::cli
