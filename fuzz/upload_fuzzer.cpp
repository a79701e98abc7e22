// libFuzzer target: bytes uploaded to `serve` as "bundle.zip" (fuzz_front_end_inputs.h).
#include "fuzz_front_end_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::read_upload(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
