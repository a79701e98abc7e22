// clausecheck engine: the one header an embedding program includes.
//
// The engine is a library without I/O. A front end reads a file, asks parsers/ for a
// Document, then:
//
//   AnalysedDocument doc = analyse(std::move(document));     // normalise + structure
//   std::vector<Finding> findings = scan(pack, doc);         // match a compiled rule pack
//
// A compiled RulePack is immutable and may be shared by any number of threads.
#pragma once

#include "clausecheck/document.h"
#include "clausecheck/finding.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {

// A document with everything the matcher needs, computed once.
struct AnalysedDocument {
  Document document;
  NormalisedText text;
  DocumentStructure structure;
};

AnalysedDocument analyse(Document document);

}  // namespace clausecheck
