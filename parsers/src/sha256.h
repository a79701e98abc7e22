// SHA-256 of a file's bytes, as lowercase hex: the document identity in every report.
#pragma once

#include <string>
#include <string_view>

namespace clausecheck {

// Lowercase hex SHA-256 digest of `bytes` (64 characters). Uses OpenSSL's EVP interface.
std::string sha256_hex(std::string_view bytes);

}  // namespace clausecheck
