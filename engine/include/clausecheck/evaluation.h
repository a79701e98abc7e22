// Scoring a rule pack against hand-labelled documents: precision and recall per risk type.
//
// A labelled document lists, for each risky clause, the taxonomy type and the citation of
// the smallest numbered clause that holds the risky words ("7.4", "Schedule 2, 1.2"), and
// the types whose protective clause is missing altogether. Scoring is at clause level:
//
//  - a finding of type T is a true positive for a label (T, C) when its clause is C or a
//    clause inside C (by the document's clause tree, not by string prefix); each label is
//    matched once, and further findings of T inside the same labelled clause are ignored;
//  - a finding of type T in a clause that no label of type T covers is a false alarm, once
//    per clause (two findings of T in one clause are one false alarm);
//  - an absence finding of type T is a true positive when T is listed as absent, a false
//    alarm otherwise; a type listed absent with no absence finding is a miss;
//  - findings whose rule names no taxonomy type are not scored.
//
// The engine does no I/O: the caller reads label files and documents and hands them in.
//
// Contract: scoring is arithmetic over labels and findings; a label whose clause the
// document does not have is noted on its result ("labelled clause not found in the
// document"), never thrown. An Evaluation is filled by one thread at a time; separate
// Evaluations may be filled in parallel.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/finding.h"

namespace clausecheck {

struct GoldLabel {
  std::string type;    // taxonomy id, e.g. "PAY-03"
  std::string clause;  // citation, e.g. "7.4" or "Schedule 2, 1.2"
  // Optional: a few of the risky words, verbatim. When the citation names no node of the
  // document's clause tree, the label is placed at the clause that holds these words, so a
  // structure error is reported as such (EvaluationEvent::note) instead of costing a risk.
  std::string quote;
  int page = 0;  // optional: the page the labeller saw the words on (1-based), 0 if not given
};

// The parties as the labeller read them, and what kind of document it is. Informational
// for scoring; shown beside each document's events.
struct GoldDocumentFacts {
  std::string provider;      // the party whose risk is assessed, as the document names it
  std::string counterparty;  // the party it contracts with
  std::string funder;        // the counterparty's own customer or funder, if named
  std::string kind;          // main-terms, schedule, annex, framework, call-off, order-form, ...
};

// The name to give --provider for the party a labeller named: the short name in quotes right
// after the party's name, `Networks Associates, Inc. ("NAI"), paid …` gives "NAI"; otherwise
// the name before any parenthesis or semicolon, `Schoolpop, Inc. (the reseller; …)` gives
// "Schoolpop, Inc.". Empty when the labeller named no one.
std::string labelled_party_name(std::string_view party);

struct GoldLabels {
  std::vector<GoldLabel> labels;
  std::vector<std::string> absent;  // taxonomy ids whose protection is missing
  // The document these labels describe, relative to a documents root chosen by the caller
  // (eval's --shared); empty when the document sits beside the label file.
  std::string document;
  GoldDocumentFacts facts;
};

// A two-sided 95 % confidence interval for a proportion.
struct Interval {
  double low = 0;
  double high = 1;
};

// Wilson score interval for `successes` out of `trials` at 95 % (z = 1.96). It stays inside
// [0, 1] and is honest for small counts and for proportions near 0 or 1, where the normal
// approximation is not; with no trials it is [0, 1]: nothing is known.
Interval wilson_interval(int successes, int trials);

struct TypeScore {
  int labels = 0;  // clause labels plus `absent` entries of this type
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;

  // 1 when nothing was predicted (no false alarm was possible); likewise recall is 1 when
  // nothing was labelled. F1 is 0 when precision and recall are both 0.
  double precision() const;
  double recall() const;
  double f1() const;
  Interval precision_interval() const;  // Wilson, over true + false positives
  Interval recall_interval() const;     // Wilson, over true positives + false negatives
  TypeScore& operator+=(const TypeScore& other);
};

// One miss or one false alarm, for a person to look at.
struct EvaluationEvent {
  std::string document;
  std::string type;
  std::string clause;  // citation; empty for absence events and findings outside clauses
  std::string text;    // the finding's words, or the first words of the labelled clause
  bool absence = false;
  std::string note;    // e.g. "labelled clause not found in the document"
};

struct Evaluation {
  std::map<std::string, TypeScore> by_type;  // ordered by taxonomy id
  int documents = 0;
  std::vector<EvaluationEvent> misses;        // false negatives
  std::vector<EvaluationEvent> false_alarms;  // false positives
  std::vector<std::string> document_errors;   // "PATH: message" for documents not read
  int labels_placed_by_quote = 0;  // labels whose citation named no node, placed by their quote

  TypeScore overall() const;
  // Types with at least `min_labels` labels whose recall is below `min_recall`.
  std::vector<std::string> types_below_recall(double min_recall, int min_labels) const;
};

// Scores one analysed document's findings against its labels and adds the counts to
// `evaluation`. `name` identifies the document in events.
void score_document(Evaluation& evaluation, const std::string& name, const GoldLabels& labels,
                    const AnalysedDocument& document, const std::vector<Finding>& findings);

// Records a document that could not be read: every label and absence becomes a miss.
void score_unreadable_document(Evaluation& evaluation, const std::string& name, const GoldLabels& labels,
                               const std::string& error);

}  // namespace clausecheck
