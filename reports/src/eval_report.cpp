// Writers for `clausecheck eval`: a table a person reads, and JSON for machines.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "clausecheck/evaluation.h"
#include "clausecheck/reports.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

std::string fixed3(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

// "0.62–0.91": a 95 % interval as two decimals, the precision it deserves.
std::string interval_text(const Interval& interval) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f-%.2f", interval.low, interval.high);
  return buffer;
}

std::string table_row(const std::string& name, const TypeScore& s) {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer, "%-8s %6d %5d %5d %5d %9s %9s %7s %9s %6s\n", name.c_str(), s.labels,
                s.true_positives, s.false_positives, s.false_negatives, fixed3(s.precision()).c_str(),
                interval_text(s.precision_interval()).c_str(), fixed3(s.recall()).c_str(),
                interval_text(s.recall_interval()).c_str(), fixed3(s.f1()).c_str());
  return buffer;
}

std::string event_line(const EvaluationEvent& e) {
  std::string line = "  " + e.document + "  " + e.type + "  ";
  line += e.absence ? std::string("(absent)") : (e.clause.empty() ? std::string("(no clause)") : "clause " + e.clause);
  if (!e.note.empty()) line += "  [" + e.note + "]";
  if (!e.text.empty()) line += "\n      " + e.text;
  return line + "\n";
}

ordered_json score_json(const TypeScore& s) {
  return {{"labels", s.labels},
          {"true_positives", s.true_positives},
          {"false_positives", s.false_positives},
          {"false_negatives", s.false_negatives},
          {"precision", s.precision()},
          {"precision_95", {s.precision_interval().low, s.precision_interval().high}},
          {"recall", s.recall()},
          {"recall_95", {s.recall_interval().low, s.recall_interval().high}},
          {"f1", s.f1()}};
}

ordered_json events_json(const std::vector<EvaluationEvent>& events) {
  ordered_json out = ordered_json::array();
  for (const EvaluationEvent& e : events) {
    out.push_back({{"document", e.document},
                   {"type", e.type},
                   {"clause", e.clause},
                   {"absence", e.absence},
                   {"text", e.text},
                   {"note", e.note}});
  }
  return out;
}

}  // namespace

std::string write_evaluation_text(const Evaluation& evaluation) {
  std::string out = "type     labels    TP    FP    FN precision    95% CI  recall    95% CI     F1\n";
  for (const auto& [type, score] : evaluation.by_type) out += table_row(type, score);
  out += table_row("overall", evaluation.overall());
  out += "\n" + std::to_string(evaluation.documents) + " documents, " +
         std::to_string(evaluation.document_errors.size()) + " not read\n";
  if (evaluation.labels_placed_by_quote > 0) {
    out += std::to_string(evaluation.labels_placed_by_quote) +
           " labels cite a clause the clause tree does not have; they were placed by their quoted words\n";
  }
  out += "95% CI: Wilson score interval\n";
  for (const std::string& error : evaluation.document_errors) out += "  " + error + "\n";
  out += "\nmisses (" + std::to_string(evaluation.misses.size()) + "):\n";
  for (const EvaluationEvent& e : evaluation.misses) out += event_line(e);
  out += "\nfalse alarms (" + std::to_string(evaluation.false_alarms.size()) + "):\n";
  for (const EvaluationEvent& e : evaluation.false_alarms) out += event_line(e);
  return out;
}

std::string write_evaluation_json(const Evaluation& evaluation) {
  ordered_json out;
  out["documents"] = evaluation.documents;
  out["document_errors"] = evaluation.document_errors;
  out["labels_placed_by_quote"] = evaluation.labels_placed_by_quote;
  out["overall"] = score_json(evaluation.overall());
  ordered_json types = ordered_json::object();
  for (const auto& [type, score] : evaluation.by_type) types[type] = score_json(score);
  out["types"] = std::move(types);
  out["misses"] = events_json(evaluation.misses);
  out["false_alarms"] = events_json(evaluation.false_alarms);
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace clausecheck
