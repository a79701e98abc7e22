// clausecheck engine: the one header an embedding program includes.
//
// The engine is a library without I/O. A front end reads a file, asks parsers/ for a
// Document, then:
//
//   AnalysedDocument doc = analyse(std::move(document));     // normalise + structure + parties
//   std::vector<Finding> findings = scan(pack, doc);         // match a compiled rule pack
//
// A compiled RulePack is immutable and may be shared by any number of threads.
//
// Contract: analyse() takes any Document (empty, garbled, hostile) and returns a value; what
// it cannot read becomes a warning in document.warnings, never an exception. The one
// exception is DeadlineExceeded once options.deadline has passed (deadline.h). analyse() keeps
// no state between calls, so threads may analyse different documents at once.
#pragma once

#include "clausecheck/document.h"
#include "clausecheck/document_kind.h"
#include "clausecheck/finding.h"
#include "clausecheck/parties.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {

// A document with everything the matcher needs, computed once.
struct AnalysedDocument {
  Document document;
  NormalisedText text;
  DocumentStructure structure;
  PartyRoles parties;  // who is the provider, its counterparty and the funder (parties.h)
  DocumentKindReading kind;  // main terms, schedule, annex, … (document_kind.h)
};

// When the parties cannot be told apart, a "parties-not-found" warning is added to
// document.warnings and the roles stand for their standard words.
AnalysedDocument analyse(Document document, const AnalysisOptions& options = {});

}  // namespace clausecheck
