// One document through the shared pipeline under the server's limits: a scan slot
// (bounded wait) and a time limit per scan. A scan that overruns is answered at once; it
// keeps its slot until it really ends, so runaway scans still count against the limit.
#pragma once

#include <memory>
#include <string>
#include <variant>

#include "../document_pipeline.h"
#include "scan_slots.h"

namespace clausecheck::cli::web {

struct ScanBounds {
  double queue_seconds = 30;  // longest wait for a free scan slot
  double scan_seconds = 60;   // longest time one scan may take
  std::uint64_t memory_limit_bytes = default_document_memory_limit;  // one document's budget; 0: none
  ParseLimits parse;
};

enum class ScanStop {
  busy,       // no scan slot came free within queue_seconds
  timed_out,  // the scan took longer than scan_seconds (or stopped itself at that deadline)
};

// The scanned document is shared: reports point into it, and an overrunning scan may
// finish after the caller has gone.
using BoundedScan = std::variant<std::shared_ptr<const ScannedDocument>, InputError, ScanStop>;

// REQUIRES: `pack` and `slots` outlive every scan (they live as long as the server).
// With `offer`, the offer model runs after the scan (docs/offer-model.md).
BoundedScan bounded_scan(ScanSlots& slots, const RulePack& pack, const ScanBounds& bounds, std::string name,
                         std::string bytes, std::optional<Offer> offer = std::nullopt);

}  // namespace clausecheck::cli::web
