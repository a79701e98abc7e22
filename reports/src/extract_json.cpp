#include <nlohmann/json.hpp>

#include "clausecheck/reports.h"
#include "parties_view.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

const char* clause_kind_name(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::numbered: return "numbered";
    case ClauseKind::lettered: return "lettered";
    case ClauseKind::roman: return "roman";
    case ClauseKind::part: return "part";
  }
  return "numbered";
}

ordered_json clause_json(const AnalysedDocument& doc, int index) {
  const Clause& clause = doc.structure.clauses[static_cast<std::size_t>(index)];
  ordered_json node;
  node["label"] = clause.label;
  node["citation"] = clause.citation;
  node["kind"] = clause_kind_name(clause.kind);
  node["heading"] = clause.heading;
  node["page"] = clause.page_start;
  node["page_end"] = clause.page_end;
  node["span"] = {clause.begin, clause.end};
  node["text"] = std::string_view(doc.document.text).substr(clause.begin, clause.body_end - clause.begin);
  ordered_json children = ordered_json::array();
  for (int child : clause.children) children.push_back(clause_json(doc, child));
  node["children"] = std::move(children);
  return node;
}

}  // namespace

std::string write_extract_json(const AnalysedDocument& doc) {
  const Document& d = doc.document;
  ordered_json out;
  out["document"] = {{"path", d.path},
                     {"sha256", d.sha256},
                     {"format", std::string(to_string(d.format))},
                     {"pages", d.page_count},
                     {"running_lines_removed", d.running_lines_removed},
                     {"kind", std::string(to_string(doc.kind.kind))},
                     {"kind_evidence", doc.kind.evidence}};
  out["parties"] = parties_json(doc.parties);
  ordered_json clauses = ordered_json::array();
  for (int root : doc.structure.roots) clauses.push_back(clause_json(doc, root));
  out["clauses"] = std::move(clauses);

  ordered_json definitions = ordered_json::array();
  for (const Definition& def : doc.structure.definitions) {
    const int c = def.clause;
    definitions.push_back({{"term", def.term},
                           {"definition", def.definition},
                           {"clause", c >= 0 ? doc.structure.clauses[static_cast<std::size_t>(c)].citation : ""},
                           {"page", def.page},
                           {"inline", def.inline_definition},
                           {"span", {def.begin, def.end}}});
  }
  out["definitions"] = std::move(definitions);

  ordered_json references = ordered_json::array();
  for (const CrossReference& ref : doc.structure.references) {
    const int from = ref.from_clause;
    references.push_back({{"text", ref.text},
                          {"target", ref.target},
                          {"resolved", ref.target_clause >= 0},
                          {"from_clause", from >= 0 ? doc.structure.clauses[static_cast<std::size_t>(from)].citation : ""},
                          {"page", ref.page},
                          {"span", {ref.begin, ref.end}}});
  }
  out["references"] = std::move(references);

  ordered_json warnings = ordered_json::array();
  for (const Warning& w : d.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}, {"page", w.page}});
  out["warnings"] = std::move(warnings);
  // Invalid UTF-8 from a damaged file must not abort the report: replace it.
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
