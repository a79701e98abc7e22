#include <utility>

#include "clausecheck/engine.h"

namespace clausecheck {

AnalysedDocument analyse(Document document) {
  AnalysedDocument analysed;
  analysed.document = std::move(document);
  analysed.text = normalise(analysed.document);
  analysed.structure = recover_structure(analysed.document, analysed.text);
  return analysed;
}

}  // namespace clausecheck
