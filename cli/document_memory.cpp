#include "document_memory.h"

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

std::uint64_t estimated_report_bytes(const AnalysedDocument& analysed, const std::vector<Finding>& findings) {
  // Measured as above: the JSON writer's tree and its text take about five times the
  // findings' own bytes (each string is held by the finding, by the tree and by the text,
  // with the tree's nodes and escaping on top), plus the outline, a few hundred bytes per
  // clause. The text and HTML writers take less.
  constexpr std::uint64_t report_bytes_per_finding_byte = 5;
  constexpr std::uint64_t report_bytes_per_clause = 512;
  return report_bytes_per_finding_byte * estimated_bytes(findings) +
         report_bytes_per_clause * static_cast<std::uint64_t>(analysed.structure.clauses.size());
}

}  // namespace clausecheck::cli
