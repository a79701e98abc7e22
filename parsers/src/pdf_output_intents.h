// A PDF's output intents, hidden from Poppler before it reads the text.
//
// An output intent (PDF/A, PDF/X, and most filings printed to PDF: 397 of CUAD's 459 PDFs)
// names the colour profile of the device the document was made for. Poppler, built with
// Little CMS as Debian builds it, opens that profile and builds four colour transforms from
// it for every page it displays (Gfx::initDisplayProfile, whatever the output device), and
// inverting the profile's tone curves for them is most of the work of reading such a PDF:
// 60 % of `scan`'s CPU time over the batch bench's 35 PDFs, 88 % of pdftotext's on a
// 64-page filing. Text has no colour, so the profile changes no word or box.
//
// The catalog's /OutputIntents key is renamed in a copy of the bytes to a name of the same
// length that Poppler does not know, so every byte offset (the cross-reference table's) is
// unchanged. A catalog kept in a compressed object stream is not visible in the bytes and
// is read as it is: slower, never different.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clausecheck {

// The PDF's bytes with each /OutputIntents name renamed, or nullopt when there is none
// (the bytes are then read as they are, without a copy).
std::optional<std::string> without_output_intents(std::string_view pdf);

}  // namespace clausecheck
