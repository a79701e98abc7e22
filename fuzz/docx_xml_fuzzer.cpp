// libFuzzer target: WordprocessingML packed into a DOCX container (structure-aware).
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  clausecheck::fuzz::read_docx_xml(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
