#include "output_directory.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace clausecheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view temporary_suffix = ".clausecheck-partial";

std::string could_not_write(const fs::path& path, int error_number) {
  return "could not write " + path.string() + ": " + std::strerror(error_number);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

std::variant<OutputDirectoryLock, std::string> OutputDirectoryLock::acquire(const fs::path& directory) {
  const fs::path lock_path = directory / output_lock_file;
  const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return could_not_write(lock_path, errno);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error_number = errno;
    ::close(fd);
    if (error_number == EWOULDBLOCK) {
      return directory.string() +
             ": another clausecheck batch is writing into this directory; wait for it to finish, or give another --out";
    }
    return "could not lock " + lock_path.string() + ": " + std::strerror(error_number);
  }
  return OutputDirectoryLock(fd);
}

OutputDirectoryLock::OutputDirectoryLock(OutputDirectoryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

OutputDirectoryLock::~OutputDirectoryLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the flock
}

std::optional<std::string> write_file_atomically(const fs::path& path, std::string_view content) {
  // Hidden (a rescan never reads it) and unique to the process (two writers never share it).
  fs::path temporary = path.parent_path() / ("." + path.filename().string() + "." +
                                             std::to_string(static_cast<long>(::getpid())) +
                                             std::string(temporary_suffix));
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return could_not_write(path, errno);
  // A full disk shows at write or, on some file systems, only at close: both are checked.
  bool ok = write_all(fd, content);
  int error_number = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    error_number = errno;
  }
  if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
    ok = false;
    error_number = errno;
  }
  if (!ok) {
    ::unlink(temporary.c_str());
    return could_not_write(path, error_number);
  }
  return std::nullopt;
}

void remove_stale_temporaries(const fs::path& directory) {
  std::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > temporary_suffix.size() && name[0] == '.' &&
        name.compare(name.size() - temporary_suffix.size(), temporary_suffix.size(), temporary_suffix) == 0) {
      std::error_code remove_ec;
      fs::remove(it->path(), remove_ec);
    }
  }
}

}  // namespace clausecheck::cli
