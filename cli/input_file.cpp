#include "input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace clausecheck::cli {

std::variant<std::string, InputError> read_input_file(const std::string& path, const ParseLimits& limits) {
  namespace fs = std::filesystem;
  auto error = [&](InputErrorKind kind, std::string message) {
    return InputError{path, kind, std::move(message)};
  };
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return error(InputErrorKind::unsupported, "no such file");
  if (fs::is_directory(status)) {
    fs::directory_iterator probe(path, ec);
    if (ec) return error(InputErrorKind::unsupported, "directory cannot be read: " + ec.message());
    return error(InputErrorKind::unsupported, "is a directory, not a file");
  }
  // Opening a named pipe blocks until someone writes to it, and a device never ends: only
  // regular files are read.
  if (!fs::is_regular_file(status)) {
    const char* what = fs::is_fifo(status)                                     ? "a named pipe"
                       : fs::is_socket(status)                                 ? "a socket"
                       : fs::is_block_file(status) || fs::is_character_file(status) ? "a device"
                                                                               : "a special file";
    return error(InputErrorKind::unsupported, std::string("is ") + what + ", not a regular file");
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limits.max_file_bytes) {
    return error(InputErrorKind::too_large,
                 "file is " + std::to_string(size >> 20) + " MiB, over the limit of " +
                     std::to_string(limits.max_file_bytes >> 20) + " MiB");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return error(InputErrorKind::unsupported, std::string("cannot open: ") + std::strerror(errno));
  std::string bytes;
  if (!ec) bytes.reserve(static_cast<std::size_t>(size));
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    // A file that grows while we read it (or a special file) is still bounded.
    if (bytes.size() > limits.max_file_bytes) {
      return error(InputErrorKind::too_large, "file is over the limit of " +
                                                  std::to_string(limits.max_file_bytes >> 20) + " MiB");
    }
  }
  if (in.bad()) return error(InputErrorKind::corrupt, "read error");
  return bytes;
}

}  // namespace clausecheck::cli
