// The directory a batch writes into (`scan --out DIR`): held by one run at a time, and
// written only through temporary files that are renamed into place, so that two batches
// never mix their reports and a full disk never leaves half a report behind.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace clausecheck::cli {

// An exclusive lock on an output directory for the life of the object (flock on
// DIR/.clausecheck.lock). The kernel drops it when the process ends however it ends, so a
// killed batch never leaves the directory locked for --resume.
class OutputDirectoryLock {
 public:
  // The lock, or a one-line error: another run holds it, or the lock file cannot be made.
  static std::variant<OutputDirectoryLock, std::string> acquire(const std::filesystem::path& directory);

  OutputDirectoryLock(OutputDirectoryLock&& other) noexcept;
  OutputDirectoryLock& operator=(OutputDirectoryLock&&) = delete;
  OutputDirectoryLock(const OutputDirectoryLock&) = delete;
  OutputDirectoryLock& operator=(const OutputDirectoryLock&) = delete;
  ~OutputDirectoryLock();

 private:
  explicit OutputDirectoryLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

inline constexpr const char* output_lock_file = ".clausecheck.lock";

// Writes `content` to `path` through a hidden temporary file unique to this process in the
// same directory, then renames it over `path`: the file is complete or absent, and a failed
// write (a full disk) removes its temporary. Returns nullopt, or the reason, e.g.
// "could not write out/a.pdf.json: No space left on device".
std::optional<std::string> write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Removes temporary files that an earlier run killed in the middle of a write left in
// `directory`. Call only while holding the directory's lock.
void remove_stale_temporaries(const std::filesystem::path& directory);

}  // namespace clausecheck::cli
