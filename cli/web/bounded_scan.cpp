#include "bounded_scan.h"

#include <chrono>
#include <cstdint>
#include <exception>
#include <future>
#include <thread>

namespace clausecheck::cli::web {

BoundedScan bounded_scan(ScanSlots& slots, const RulePack& pack, const ScanBounds& bounds, std::string name,
                         std::string bytes, std::optional<Offer> offer) {
  if (!slots.acquire(std::chrono::duration<double>(bounds.queue_seconds))) return ScanStop::busy;
  auto done = std::make_shared<std::promise<BoundedScan>>();
  std::future<BoundedScan> result = done->get_future();
  // A detached worker: the request thread can answer when the time is up, and the worker
  // gives the slot back only when the scan has actually finished.
  // The pipeline's own deadline is the same time limit, so an overrunning scan also stops
  // soon after the request was answered instead of holding its slot to the end.
  const auto time_limit = std::chrono::milliseconds(static_cast<std::int64_t>(bounds.scan_seconds * 1000));
  std::thread([&slots, &pack, parse = bounds.parse, time_limit, memory_limit = bounds.memory_limit_bytes, done, name = std::move(name),
               bytes = std::move(bytes), offer = std::move(offer)]() mutable {
    BoundedScan outcome;
    try {
      PipelineOptions options;
      options.limits = parse;
      options.time_limit = time_limit;
      options.memory_limit_bytes = memory_limit;
      options.offer = std::move(offer);
      ScanOutcome scanned = scan_document(name, std::move(bytes), pack, options);
      if (auto* error = std::get_if<InputError>(&scanned); error && error->kind == InputErrorKind::time_limit) {
        outcome = ScanStop::timed_out;  // the same answer as when the request stops waiting first
      } else if (error) {
        outcome = std::move(*error);
      } else {
        outcome = std::make_shared<const ScannedDocument>(std::move(std::get<ScannedDocument>(scanned)));
      }
    } catch (const std::exception& e) {
      outcome = InputError{name, InputErrorKind::corrupt, std::string("internal error: ") + e.what()};
    }
    slots.release();
    done->set_value(std::move(outcome));
  }).detach();
  if (result.wait_for(std::chrono::duration<double>(bounds.scan_seconds)) != std::future_status::ready) {
    return ScanStop::timed_out;
  }
  return result.get();
}

}  // namespace clausecheck::cli::web
