// libFuzzer target: bytes read as a file named "contract.doc" (format detection still decides).
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::read_like_a_user("contract.doc", std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
