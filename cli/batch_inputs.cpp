#include "batch_inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "clausecheck/ascii_case.h"

namespace clausecheck::cli {
namespace {

namespace fs = std::filesystem;

bool has_document_extension(const fs::path& path) {
  const std::string extension = ascii_lower(path.extension().string());
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

// Walks one directory level at a time so that a subdirectory that cannot be read becomes
// an input of its own (an error row names it) instead of being passed over, and follows
// symbolic links to directories, once each (`visited` holds canonical paths, so a link
// cycle ends).
void walk(const fs::path& directory, const std::string& exclude_dir, std::set<fs::path>& visited,
          std::vector<std::string>& files) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(directory, ec);
  if (!ec && !visited.insert(canonical).second) return;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    files.push_back(directory.string());  // unreadable directory: an error row names it
    return;
  }
  for (const fs::directory_entry& entry : entries) {
    const fs::path& path = entry.path();
    if (is_hidden(path)) continue;
    std::error_code entry_ec;
    if (entry.is_directory(entry_ec)) {  // follows a symbolic link to a directory
      if (!same_directory(path, exclude_dir)) walk(path, exclude_dir, visited, files);
      continue;
    }
    if (!has_document_extension(path)) continue;
    // Regular files, links to them, and anything else with a document's name (a dangling
    // link, a named pipe): each is kept and reading it says what it is.
    files.push_back(path.string());
  }
}

}  // namespace

std::vector<std::string> collect_batch_inputs(const std::vector<std::string>& paths, const std::string& exclude_dir) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::set<fs::path> visited;
      walk(path, exclude_dir, visited, files);
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace clausecheck::cli
