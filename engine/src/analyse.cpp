#include <utility>

#include "clausecheck/engine.h"
#include "document_kind.h"
#include "party_roles.h"

namespace clausecheck {

AnalysedDocument analyse(Document document, const AnalysisOptions& options) {
  AnalysedDocument analysed;
  analysed.document = std::move(document);
  options.deadline.check();
  analysed.text = normalise(analysed.document);
  options.deadline.check();
  analysed.structure = recover_structure(analysed.document, analysed.text);
  options.deadline.check();
  analysed.kind = find_document_kind(analysed.document, analysed.structure);
  analysed.parties = find_party_roles(analysed.document, analysed.structure, options);
  options.deadline.check();
  if (!analysed.parties.determined()) {
    analysed.document.warnings.push_back(
        {"parties-not-found",
         "could not tell which party is the provider (whose risk is assessed) and which its counterparty; rules "
         "that name roles use the standard words (subcontractor, supplier, prime, contractor, …); give --provider "
         "NAME to say which party is the provider",
         0});
  }
  return analysed;
}

}  // namespace clausecheck
