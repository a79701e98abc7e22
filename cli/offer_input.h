// Reading the provider's offer file (--offer) for the commands that assess a contract.
#pragma once

#include <string>
#include <variant>

#include "clausecheck/offer_file.h"

namespace clausecheck::cli {

struct LoadedOffer {
  Offer offer;
  std::string sha256;  // of the file's bytes: `scan --resume` re-scans when the offer changes
};

// The parsed offer, or an error message naming the file (and the line and field when the
// file is read but wrong: "offer.txt:4: cash_reserves: must not be negative (got …)").
std::variant<LoadedOffer, std::string> load_offer_file(const std::string& path);

}  // namespace clausecheck::cli
