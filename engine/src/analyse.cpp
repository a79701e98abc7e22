#include <exception>
#include <thread>
#include <utility>

#include "clausecheck/engine.h"
#include "clause_tree.h"
#include "cross_references.h"
#include "document_kind.h"
#include "party_roles.h"

namespace clausecheck {

AnalysedDocument analyse(Document document, const AnalysisOptions& options) {
  AnalysedDocument analysed;
  analysed.document = std::move(document);
  options.deadline.check();
  if (options.threads > 1) {
    // The clause tree and the definitions read only the extracted text and its blocks, not
    // the normalised text: they are recovered on a second thread while this one normalises.
    // Each thread computes what one thread would, into its own members, so the result is the
    // same. (On a 40 MB contract each side takes about 2 s.)
    std::exception_ptr failure;
    {
      std::jthread outline([&] {
        try {
          analysed.structure = recover_clauses_and_definitions(analysed.document);
        } catch (...) {
          failure = std::current_exception();
        }
      });
      analysed.text = normalise(analysed.document);
    }  // joined here
    if (failure) std::rethrow_exception(failure);
    options.deadline.check();
  } else {
    analysed.text = normalise(analysed.document);
    options.deadline.check();
    analysed.structure = recover_clauses_and_definitions(analysed.document);
  }
  // The references start at the normalised words, so they wait for both.
  analysed.structure.references = find_cross_references(analysed.document, analysed.text, analysed.structure);
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
