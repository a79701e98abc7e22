// libFuzzer target: an offer file (`assess --offer`, `scan --offer`), read and, when it
// reads, assessed (fuzz_inputs.h).
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::read_offer(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
