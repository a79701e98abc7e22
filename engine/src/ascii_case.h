// ASCII lower-casing for matching the fixed English words of contract structure ("schedule",
// "means", "clause"): only A-Z change, so byte offsets into the original text stay valid.
// Unicode-aware folding of document text is the normaliser's job (normaliser.h), not this.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace clausecheck {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace clausecheck
