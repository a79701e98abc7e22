// The memory budget of one document: estimates of what its analysis structures hold, made
// at the pipeline's stage boundaries (scan_document) so that a document too large for its
// budget stops with a memory-limit error before the next stage allocates, and the batch
// goes on. The estimates count the bytes the structures' elements and strings take; they
// leave out allocator overhead, so they are lower bounds of the resident size (docs/limits.md,
// "Memory").
#pragma once

#include <cstdint>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/finding.h"
#include "clausecheck/reports.h"

namespace clausecheck::cli {

// The extracted text, its blocks and warnings.
std::uint64_t estimated_bytes(const Document& document);
// What analysis will allocate for `document` (normalised text, byte offsets, tokens,
// sentences, the clause tree and what is read from it), estimated from its text before
// analysis starts: the stage's peak, not what it keeps.
std::uint64_t estimated_analysis_bytes(const Document& document);
// The document, its normalised text and tokens, sentences and structure (clause tree,
// definitions, cross-references).
std::uint64_t estimated_bytes(const AnalysedDocument& analysed);
// What matching adds while it runs: the word index over the tokens (rules/document_index.h)
// and a rule's matcher (positions of its atoms, its threads), per token.
std::uint64_t estimated_matching_bytes(const AnalysedDocument& analysed);
// The findings and their texts.
std::uint64_t estimated_bytes(const std::vector<Finding>& findings);
// What writing the report in each of `formats` adds, the most of them (they are written one
// after another): the text is built whole in memory before it is written out, and the SARIF
// writer (and the HTML, counted the same) builds a tree of the findings first. Empty
// `formats`: every format is counted. `threads`: ReportOptions::threads of the report (the
// JSON writer then also holds all but the first of its pieces of findings).
std::uint64_t estimated_report_bytes(const AnalysedDocument& analysed, const std::vector<Finding>& findings,
                                     const std::vector<ReportFormat>& formats, unsigned threads = 1);

}  // namespace clausecheck::cli
