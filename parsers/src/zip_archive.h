// A read-only view of a zip archive held in memory, with expansion limits.
//
// A DOCX is a zip of XML parts. A hostile file can be a zip bomb: a few kilobytes that
// inflate to gigabytes. ZipArchive never trusts the sizes in the zip directory: it
// inflates a part in chunks and stops as soon as the bytes actually produced exceed
// ParseLimits::max_zip_entry_bytes for the part, max_zip_total_bytes over every part read
// from this archive, or max_zip_ratio times the part's compressed size (the ratio is only
// checked once a part passes kRatioFloorBytes, because small XML parts legitimately
// compress very well). Any of these is an InputErrorKind::too_large failure.
//
// Errors are values (ZipFailure); libzip's own handles are released on every path.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clausecheck/parsers.h"

struct zip;

namespace clausecheck {

// Why a zip could not be opened or a part could not be read. `message` is one sentence
// without the file's path, e.g. "the zip archive is truncated".
struct ZipFailure {
  InputErrorKind kind = InputErrorKind::corrupt;
  std::string message;
};

class ZipArchive {
 public:
  // Parts smaller than this are never refused for their compression ratio.
  static constexpr std::uint64_t kRatioFloorBytes = 1ull << 20;

  // Opens the archive in `bytes`. REQUIRES: `bytes` outlives the returned archive (it is
  // read in place, not copied).
  static std::variant<ZipArchive, ZipFailure> open(std::string_view bytes, const ParseLimits& limits);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  bool contains(std::string_view name) const;

  // The names of every entry, in the archive's order, as stored (directories end in '/';
  // an entry whose name cannot be read is ""), so that names()[i] is entry i.
  // Names are untrusted: a hostile archive may hold "../x" or "/etc/x".
  std::vector<std::string> names() const;

  // The uncompressed bytes of entry `index` (an index into names()). For an archive of
  // documents, where two entries may differ only in case and each is its own file.
  std::variant<std::string, ZipFailure> read_entry(std::size_t index);

  // The uncompressed bytes of part `name` (matched case-insensitively, as OPC part names
  // are). A missing part is a ZipFailure of kind corrupt saying "NAME is missing"; call
  // contains() first for optional parts.
  std::variant<std::string, ZipFailure> read(std::string_view name);

  // Total uncompressed bytes read so far from this archive.
  std::uint64_t bytes_read() const { return total_read_; }

 private:
  ZipArchive(zip* handle, const ParseLimits& limits);

  struct Closer {
    void operator()(zip* handle) const;
  };
  std::unique_ptr<zip, Closer> handle_;
  ParseLimits limits_;
  std::uint64_t total_read_ = 0;
};

}  // namespace clausecheck
