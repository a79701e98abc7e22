// libFuzzer target: bytes read as a rule file.
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::compile_rules(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
