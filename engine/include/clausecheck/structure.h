// The structure a lawyer sees in a contract: numbered clauses, headings, defined terms
// and cross-references.
//
// Clauses form a tree: "Schedule 2" > "3" > "3.1" > "(a)" > "(i)". Every node knows the
// label it shows ("(a)"), the citation a lawyer would write ("3.1(a)", "Schedule 2
// paragraph 3.1(a)" is cited as "Schedule 2, 3.1(a)"), its heading, the pages it spans
// and its byte span in Document::text (the span of a node includes its sub-clauses).
//
// Contract: recover_structure() and resolve_citation() read their arguments only and return
// values: text that fits no numbering is ordinary text, a citation that names no clause is
// reported in the CitationMatch, never thrown. They keep no state, so threads may call them at
// once on different documents.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck {

enum class ClauseKind {
  numbered,   // 1 / 1.1 / 1.1.1 / Clause 5 / Article 3
  lettered,   // (a) / (A) / a)
  roman,      // (i) / (iv)
  part,       // Schedule 2 / Part A / Annex 1 / Appendix B / Section 4
};

struct Clause {
  std::string label;     // as shown: "7.2", "(b)", "Schedule 2"
  std::string citation;  // as cited: "7.2(b)", "Schedule 2"
  std::string heading;   // "Payment", or empty
  ClauseKind kind = ClauseKind::numbered;
  int depth = 0;         // 0 for top-level nodes
  int parent = -1;       // index into DocumentStructure::clauses, -1 for roots
  std::vector<int> children;
  int page_start = 1;
  int page_end = 1;
  std::uint32_t begin = 0;  // byte span in Document::text, including sub-clauses
  std::uint32_t end = 0;
  std::uint32_t body_end = 0;  // end of the clause's own text, before its first sub-clause
};

struct Definition {
  std::string term;            // as written: "Prime Contract"
  std::string normalised_term; // normalise_string(term)
  std::string definition;      // the defining text: "the contract between the Authority and …"
  int clause = -1;             // the clause it is defined in, or -1
  int page = 1;
  std::uint32_t begin = 0;     // byte span of the definition in Document::text
  std::uint32_t end = 0;
  bool inline_definition = false;  // (the "Prime Contract") rather than a definitions clause
};

struct CrossReference {
  std::string text;        // as written: "clause 12.3"
  std::string target;      // the citation it names: "12.3", "Schedule 4"
  int target_clause = -1;  // resolved clause index, -1 when the document has no such clause
  int from_clause = -1;    // the clause the reference appears in, or -1
  int page = 1;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// A byte span of Document::text.
struct TextSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct DocumentStructure {
  std::vector<Clause> clauses;  // pre-order: a parent precedes its children
  // The lines (or pieces of lines) of a table of contents, in document order. They list
  // clauses without being them ("14.1 Press Announcements ..... 42"): rules do not match
  // their words, or a contents page would raise the findings of the clauses it lists.
  std::vector<TextSpan> contents;
  std::vector<int> roots;
  std::vector<Definition> definitions;
  std::vector<CrossReference> references;
  // Clause indices sorted by citation (ties by index), so find_citation can binary-search.
  // Filled by recover_structure; when empty (a structure built by hand) find_citation scans.
  std::vector<int> citation_order;

  // The deepest clause whose span contains byte `offset`, or -1.
  int clause_at(std::uint32_t offset) const;
  // The first clause (in document order) with this citation ("7.2(b)"), or -1.
  int find_citation(std::string_view citation) const;
};

// The node a citation written by a person names. `written` may be an exact citation
// ("Call-Off Schedule 2, Part D, Annex D2, 5.3") or the way people write one: "Part D
// 2.3.2", "Annex D2, para 5.3", "Section 5.02(b)", "cl. 7.3(a)", "clause 7.3 (a)",
// "Attachment 1 7.3(a)", "Schedule 2 paragraph 1.2", "paragraph 3 of Schedule 4". Numbers
// compare by value ("5.2" names a printed "5.02"). Defined in citation_resolver.cpp.
struct CitationMatch {
  enum class Status { found, ambiguous, not_found };
  Status status = Status::not_found;
  int clause = -1;              // the node when found, else -1
  std::vector<int> candidates;  // every node the words could name, in document order
};
CitationMatch resolve_citation(const DocumentStructure& structure, std::string_view written);

// Recovers clauses, definitions and cross-references from an extracted document and its
// normalised text. REQUIRES: `text` is normalise(document).
DocumentStructure recover_structure(const Document& document, const NormalisedText& text);

}  // namespace clausecheck
