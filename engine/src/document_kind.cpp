// What kind of document this is, from the words a reader sees first.
//
//  1. The title: the first three lines with words in them (Markdown '#' and emphasis
//     removed; dates, "Crown Copyright" and version lines skipped). The first that says
//     something decides, in this order:
//       amendment   "Amendment No. 2 to …", "First Amendment", "Deed of Variation",
//                   "Variation Agreement", "Contract Change Note"
//       order form  "Call-Off Order Form", "Order Form"
//       schedule    a line that starts with Schedule, Joint / Call-Off / Framework / Order
//                   Schedule and a number or letter: "Call-Off Schedule 10 - Exit Management"
//       annex       a line that starts with Annex, Appendix, Attachment or Exhibit
//       call-off    "Call-Off Contract", "Call-Off Terms", "Call-Off Agreement"
//       framework   "Framework Agreement", "Framework Contract", "Framework Terms"
//     Only three lines are read so that a contents page ("Schedule 1 Services") is not
//     taken for the title. An SEC filing's exhibit number ("Exhibit 10.16", "EX-4.5")
//     is skipped: it numbers the filing, and the contract under it is usually the main
//     terms.
//  2. "This Schedule …" / "This Annex …" in the first 3,000 bytes, with no parties clause
//     there ("is made", "between"): a schedule or annex that introduces itself.
//  3. The outline: a document whose first top-level node is a Schedule or Annex starting at
//     the very top, with no numbered clause of its own before it.
//  4. Otherwise the main terms.
#include "document_kind.h"

#include "ascii_case.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace clausecheck {

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::main_terms: return "main-terms";
    case DocumentKind::schedule: return "schedule";
    case DocumentKind::annex: return "annex";
    case DocumentKind::framework: return "framework";
    case DocumentKind::call_off: return "call-off";
    case DocumentKind::order_form: return "order-form";
    case DocumentKind::amendment: return "amendment";
  }
  return "main-terms";
}

std::optional<DocumentKind> parse_document_kind(std::string_view text) {
  for (std::size_t k = 0; k < document_kind_count; ++k) {
    if (to_string(static_cast<DocumentKind>(k)) == text) return static_cast<DocumentKind>(k);
  }
  return std::nullopt;
}

bool is_part_of_larger_contract(DocumentKind kind) {
  return kind == DocumentKind::schedule || kind == DocumentKind::annex || kind == DocumentKind::amendment;
}

namespace {

constexpr std::size_t title_lines = 3;
constexpr std::uint32_t opening_bytes = 3000;

// The line as a reader sees it: no Markdown marks, no surrounding spaces, lower case.
std::string plain_line(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c != '#' && c != '*' && c != '_') out += c;
  }
  std::size_t b = out.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  std::size_t e = out.find_last_not_of(" \t");
  return ascii_lower(out.substr(b, e - b + 1));
}

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// "schedule 10 - exit management", "call-off schedule 5", "schedule a", "schedule" alone.
bool starts_with_part(std::string_view line, std::string_view part) {
  for (std::string_view lead : {"", "joint ", "call-off ", "call off ", "framework ", "order "}) {
    std::string prefix = std::string(lead) + std::string(part);
    if (!starts_with(line, prefix)) continue;
    if (line.size() == prefix.size()) return true;
    const char next = line[prefix.size()];
    if (next == ' ' || next == ':' || next == '.' || std::isdigit(static_cast<unsigned char>(next))) {
      std::size_t i = prefix.size();
      while (i < line.size() && (line[i] == ' ' || line[i] == ':')) ++i;
      if (i >= line.size() || std::isalnum(static_cast<unsigned char>(line[i]))) return true;
    }
  }
  return false;
}

// "Exhibit 10.16", "EXHIBIT 4.5", "EX-99.3": the number under which a contract was filed
// with the SEC, stamped on its first page. It names the filing, not a part of a larger
// contract ("Exhibit A", "Exhibit 1 - Services" are parts).
bool is_filing_exhibit_number(std::string_view line) {
  std::string_view rest;
  if (starts_with(line, "exhibit ")) {
    rest = line.substr(8);
  } else if (starts_with(line, "ex-")) {
    rest = line.substr(3);
  } else {
    return false;
  }
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    return i > start;
  };
  if (!digits() || i >= rest.size() || rest[i] != '.') return false;
  ++i;
  if (!digits()) return false;
  // An optional short suffix: "10.1(a)", "10.16*", "4.5 (Confidential)".
  return rest.size() - i <= 16;
}

bool skipped_line(std::string_view line) {
  if (line.empty()) return true;
  if (is_filing_exhibit_number(line)) return true;
  if (!std::any_of(line.begin(), line.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return true;
  }
  for (std::string_view noise : {"crown copyright", "version ", "v1.", "v2.", "v3.", "date:", "dated", "page "}) {
    if (starts_with(line, noise)) return true;
  }
  return false;
}

std::optional<DocumentKind> kind_of_title(std::string_view line) {
  for (std::string_view w : {"amendment no", "amendment number", "amendment #", "amendment to", "first amendment",
                             "second amendment", "third amendment", "deed of variation", "variation agreement",
                             "contract change note", "change control note", "variation to"}) {
    if (contains(line, w)) return DocumentKind::amendment;
  }
  if (starts_with(line, "amendment")) return DocumentKind::amendment;
  if (contains(line, "order form")) return DocumentKind::order_form;
  for (std::string_view part : {"schedule", "sch."}) {
    if (starts_with_part(line, part)) return DocumentKind::schedule;
  }
  for (std::string_view part : {"annex", "appendix", "attachment", "exhibit"}) {
    if (starts_with_part(line, part)) return DocumentKind::annex;
  }
  for (std::string_view w : {"call-off contract", "call off contract", "call-off terms", "call-off agreement"}) {
    if (contains(line, w)) return DocumentKind::call_off;
  }
  for (std::string_view w : {"framework agreement", "framework contract", "framework terms"}) {
    if (contains(line, w)) return DocumentKind::framework;
  }
  return std::nullopt;
}

}  // namespace

DocumentKindReading find_document_kind(const Document& document, const DocumentStructure& structure) {
  std::size_t seen = 0;
  for (const Block& block : document.blocks) {
    if (seen == title_lines || block.begin > opening_bytes) break;
    std::string_view raw = document.block_text(block);
    const std::string line = plain_line(raw);
    if (skipped_line(line)) continue;
    ++seen;
    if (auto kind = kind_of_title(line)) {
      std::string title(raw.substr(0, 120));
      title.erase(std::remove_if(title.begin(), title.end(), [](char c) { return c == '#' || c == '*'; }), title.end());
      return {*kind, "title \"" + title.substr(title.find_first_not_of(' ') == std::string::npos
                                                   ? 0
                                                   : title.find_first_not_of(' ')) +
                         "\""};
    }
  }

  const std::string opening = ascii_lower(std::string_view(document.text).substr(0, opening_bytes));
  const bool has_parties = contains(opening, "is made") || contains(opening, "made between") ||
                           contains(opening, "entered into") || contains(opening, "between:");
  if (!has_parties) {
    if (contains(opening, "this schedule")) return {DocumentKind::schedule, "\"This Schedule\" in the opening"};
    if (contains(opening, "this annex") || contains(opening, "this appendix")) {
      return {DocumentKind::annex, "\"This Annex\" in the opening"};
    }
  }

  if (!structure.roots.empty()) {
    const Clause& first = structure.clauses[static_cast<std::size_t>(structure.roots.front())];
    const std::string label = ascii_lower(first.label);
    if (first.kind == ClauseKind::part && first.begin < 300) {
      if (starts_with(label, "schedule")) {
        return {DocumentKind::schedule, "the document opens with " + first.label + " and has no clauses before it"};
      }
      if (starts_with(label, "annex") || starts_with(label, "appendix")) {
        return {DocumentKind::annex, "the document opens with " + first.label + " and has no clauses before it"};
      }
    }
  }
  return {DocumentKind::main_terms, "no title or opening says it is part of a larger contract"};
}

}  // namespace clausecheck
