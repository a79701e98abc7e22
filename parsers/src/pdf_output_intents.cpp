#include "pdf_output_intents.h"

namespace clausecheck {
namespace {

constexpr std::string_view kOutputIntents = "/OutputIntents";
// Same length as kOutputIntents, so no byte moves; Poppler looks the intents up by name only.
constexpr std::string_view kHidden = "/HiddenIntents";
static_assert(kOutputIntents.size() == kHidden.size());

// PDF's delimiters and white space (ISO 32000-1, 7.2.2): what may end a name.
bool ends_name(char c) {
  switch (c) {
    case '\0': case '\t': case '\n': case '\f': case '\r': case ' ':
    case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}': case '/': case '%':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::optional<std::string> without_output_intents(std::string_view pdf) {
  std::optional<std::string> hidden;
  for (std::size_t at = pdf.find(kOutputIntents); at != std::string_view::npos;
       at = pdf.find(kOutputIntents, at + kOutputIntents.size())) {
    const std::size_t after = at + kOutputIntents.size();
    // "/OutputIntentsX" is another name; the key must end where the name does.
    if (after < pdf.size() && !ends_name(pdf[after])) continue;
    if (!hidden) hidden.emplace(pdf);
    hidden->replace(at, kHidden.size(), kHidden);
  }
  return hidden;
}

}  // namespace clausecheck
