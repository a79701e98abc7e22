// ZipArchive over libzip: zip_source_buffer_create reads the caller's bytes in place.
#include "zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace clausecheck {
namespace {

ZipFailure open_failure(int libzip_error) {
  switch (libzip_error) {
    case ZIP_ER_NOZIP:
      return {InputErrorKind::corrupt, "not a zip archive, or truncated so that its directory is missing"};
    case ZIP_ER_INCONS:
      return {InputErrorKind::corrupt, "the zip archive is inconsistent (damaged or truncated)"};
    case ZIP_ER_MEMORY:
      return {InputErrorKind::too_large, "not enough memory to open the zip archive"};
    case ZIP_ER_MULTIDISK:
      return {InputErrorKind::corrupt, "the zip archive is split over several files"};
    default: {
      zip_error_t error;
      zip_error_init_with_code(&error, libzip_error);
      std::string message = std::string("the zip archive cannot be read: ") + zip_error_strerror(&error);
      zip_error_fini(&error);
      return {InputErrorKind::corrupt, std::move(message)};
    }
  }
}

}  // namespace

void ZipArchive::Closer::operator()(zip* handle) const {
  if (handle != nullptr) zip_discard(handle);
}

ZipArchive::ZipArchive(zip* handle, const ParseLimits& limits) : handle_(handle), limits_(limits) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

std::variant<ZipArchive, ZipFailure> ZipArchive::open(std::string_view bytes, const ParseLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    ZipFailure failure = open_failure(zip_error_code_zip(&error));
    zip_error_fini(&error);
    return failure;
  }
  zip_t* handle = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (handle == nullptr) {
    zip_source_free(source);  // still ours when opening failed
    ZipFailure failure = open_failure(zip_error_code_zip(&error));
    zip_error_fini(&error);
    return failure;
  }
  zip_error_fini(&error);
  return ZipArchive(handle, limits);
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(handle_.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(handle_.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    names.emplace_back(name != nullptr ? name : "");
  }
  return names;
}

bool ZipArchive::contains(std::string_view name) const {
  return zip_name_locate(handle_.get(), std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

std::variant<std::string, ZipFailure> ZipArchive::read(std::string_view name) {
  const std::string part(name);
  zip_int64_t index = zip_name_locate(handle_.get(), part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return ZipFailure{InputErrorKind::corrupt, part + " is missing"};
  return read_entry(static_cast<std::size_t>(index));
}

std::variant<std::string, ZipFailure> ZipArchive::read_entry(std::size_t entry) {
  const auto index = static_cast<zip_int64_t>(entry);
  const char* stored = zip_get_name(handle_.get(), static_cast<zip_uint64_t>(index), ZIP_FL_ENC_GUESS);
  if (stored == nullptr) return ZipFailure{InputErrorKind::corrupt, "zip entry " + std::to_string(entry) + " is missing"};
  const std::string part(stored);

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(handle_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return ZipFailure{InputErrorKind::corrupt, "the zip entry " + part + " cannot be read"};
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return ZipFailure{InputErrorKind::encrypted, part + " is encrypted"};
  }
  const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;

  zip_file_t* file = zip_fopen_index(handle_.get(), static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    zip_error_t* error = zip_get_error(handle_.get());
    int code = zip_error_code_zip(error);
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_WRONGPASSWD) {
      return ZipFailure{InputErrorKind::encrypted, part + " is encrypted"};
    }
    return ZipFailure{InputErrorKind::corrupt,
                      "the zip entry " + part + " cannot be opened: " + zip_error_strerror(error)};
  }

  std::string content;
  // The declared size is only a hint for reserve(); the limits below count real bytes.
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size <= limits_.max_zip_entry_bytes) {
    content.reserve(static_cast<std::size_t>(stat.size));
  }
  std::array<char, 64 * 1024> chunk;
  std::optional<ZipFailure> failure;
  while (true) {
    zip_int64_t got = zip_fread(file, chunk.data(), chunk.size());
    if (got < 0) {
      failure = ZipFailure{InputErrorKind::corrupt,
                           "the zip entry " + part + " is damaged: " + zip_file_strerror(file)};
      break;
    }
    if (got == 0) break;
    const auto n = static_cast<std::uint64_t>(got);
    if (content.size() + n > limits_.max_zip_entry_bytes) {
      failure = ZipFailure{InputErrorKind::too_large,
                           part + " expands to more than " + std::to_string(limits_.max_zip_entry_bytes) +
                               " bytes (the per-part limit)"};
      break;
    }
    if (total_read_ + content.size() + n > limits_.max_zip_total_bytes) {
      failure = ZipFailure{InputErrorKind::too_large,
                           "the archive expands to more than " + std::to_string(limits_.max_zip_total_bytes) +
                               " bytes (the total limit)"};
      break;
    }
    content.append(chunk.data(), static_cast<std::size_t>(n));
    if (content.size() > kRatioFloorBytes &&
        content.size() > static_cast<std::uint64_t>(limits_.max_zip_ratio) * std::max<std::uint64_t>(compressed, 1)) {
      failure = ZipFailure{InputErrorKind::too_large,
                           part + " expands more than " + std::to_string(limits_.max_zip_ratio) +
                               " times its compressed size (a zip bomb?)"};
      break;
    }
  }
  zip_fclose(file);
  if (failure) return *std::move(failure);
  total_read_ += content.size();
  return content;
}

}  // namespace clausecheck
