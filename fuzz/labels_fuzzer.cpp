// libFuzzer target: a gold-label file for `eval` (fuzz_front_end_inputs.h).
#include "fuzz_front_end_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::read_labels(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
