#include "offer_input.h"

#include <fstream>

#include "sha256.h"

namespace clausecheck::cli {
namespace {

// An offer file is a page of text; anything larger is not one.
constexpr std::size_t max_offer_bytes = 64 * 1024;

}  // namespace

std::variant<LoadedOffer, std::string> load_offer_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": cannot open the offer file";
  std::string text(max_offer_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_offer_bytes) return path + ": an offer file is at most 64 KiB; this one is larger";
  // Empty, or blank lines only: far more often a failed save or export than a choice (a file
  // of comments only is the deliberate way to ask for the stated defaults).
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return path + ": the offer file is empty; give at least one `field = value` line, or leave out --offer";
  }
  OfferParseResult parsed = parse_offer(text);
  if (auto* error = std::get_if<OfferError>(&parsed)) return error->describe(path);
  return LoadedOffer{std::get<Offer>(std::move(parsed)), sha256_hex(text)};
}

}  // namespace clausecheck::cli
