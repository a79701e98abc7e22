#include "document_memory.h"

#include <algorithm>

namespace clausecheck::cli {

namespace {

template <typename T>
std::uint64_t elements(const std::vector<T>& items) {
  return static_cast<std::uint64_t>(items.capacity()) * sizeof(T);
}

}  // namespace

std::uint64_t estimated_bytes(const Document& document) {
  std::uint64_t bytes = document.text.capacity() + elements(document.blocks) + elements(document.warnings);
  for (const Warning& warning : document.warnings) bytes += warning.message.capacity();
  return bytes;
}

std::uint64_t estimated_analysis_bytes(const Document& document) {
  // Measured on the repeated contracts of scripts/bench-analysis.py (4 to 40 MB): the
  // resident size grows by about 14 bytes per byte of text from reading to the end of
  // analysis (the normalised copy, four bytes of offset per byte, tokens, sentences,
  // blocks cut for the clause tree, ICU's buffers). 16 leaves a margin.
  constexpr std::uint64_t bytes_per_text_byte = 16;
  return bytes_per_text_byte * document.text.size();
}

std::uint64_t estimated_bytes(const AnalysedDocument& analysed) {
  const NormalisedText& text = analysed.text;
  const DocumentStructure& structure = analysed.structure;
  std::uint64_t bytes = estimated_bytes(analysed.document) + text.text.capacity() + elements(text.to_original) +
                        elements(text.tokens) + elements(text.sentences) + elements(structure.clauses) +
                        elements(structure.roots) + elements(structure.definitions) +
                        elements(structure.references) + elements(structure.citation_order);
  for (const Clause& clause : structure.clauses) bytes += clause.citation.capacity() + clause.heading.capacity();
  for (const Definition& definition : structure.definitions) bytes += definition.term.capacity();
  for (const CrossReference& reference : structure.references) bytes += reference.text.capacity();
  return bytes;
}

std::uint64_t estimated_matching_bytes(const AnalysedDocument& analysed) {
  // Per token, the index holds its word id (4 bytes), its place in its word's position list
  // (4), the defined term starting there (8) and a name length per party role (3); a rule's
  // matcher holds the positions of its atoms and start words (at most a few lists of 4
  // bytes per token) and its threads while it runs, and the findings grow as it goes; the
  // allocator keeps some of what a rule frees. 64 bytes per token covered what matching
  // added on the repeated contracts of scripts/bench-analysis.py (docs/limits.md, "Memory").
  constexpr std::uint64_t bytes_per_token = 64;
  return static_cast<std::uint64_t>(analysed.text.tokens.size()) * bytes_per_token;
}

std::uint64_t estimated_bytes(const std::vector<Finding>& findings) {
  std::uint64_t bytes = elements(findings);
  for (const Finding& finding : findings) {
    bytes += finding.text.capacity() + finding.message.capacity() + finding.ask.capacity();
    for (const std::string& line : finding.why) bytes += sizeof(std::string) + line.capacity();
  }
  return bytes;
}

std::uint64_t estimated_report_bytes(const AnalysedDocument& analysed, const std::vector<Finding>& findings,
                                     const std::vector<ReportFormat>& formats, unsigned threads) {
  const std::uint64_t findings_bytes = estimated_bytes(findings);
  const auto clauses = static_cast<std::uint64_t>(analysed.structure.clauses.size());
  // A writer that builds its report as a tree (SARIF; HTML is counted the same way) takes
  // about five times the findings' own bytes (each string is held by the finding, by the
  // tree and by the text, with the tree's nodes and escaping on top), plus the outline, a
  // few hundred bytes per clause.
  const std::uint64_t tree = 5 * findings_bytes + 512 * clauses;
  // The JSON and text writers write the text straight from the findings: they hold the
  // writer's sorted copy of the findings and the text: about the findings' bytes again, the
  // keys, indentation and short strings of each finding (about 800 bytes per finding in the
  // JSON of the 40 MB repeated contract of scripts/bench-analysis.py, at most 1,152; 1,024
  // counted) and the outline (300 bytes per clause there, and one top-level clause's tree at
  // a time; 512 counted, as for a tree).
  const std::uint64_t findings_text = findings_bytes + 1024 * static_cast<std::uint64_t>(findings.size());
  const std::uint64_t streamed = findings_bytes + findings_text + 512 * clauses;
  // On `threads` threads, the JSON writer writes the findings in as many pieces, all but the
  // first into strings of their own, which are held until they are joined to the text.
  const std::uint64_t pieces = threads > 1 ? findings_text * (threads - 1) / threads : 0;
  if (formats.empty()) return tree;
  std::uint64_t most = 0;
  for (ReportFormat format : formats) {
    const std::uint64_t held = format == ReportFormat::json   ? streamed + pieces
                               : format == ReportFormat::text ? streamed
                                                              : tree;
    most = std::max(most, held);
  }
  return most;
}

}  // namespace clausecheck::cli
