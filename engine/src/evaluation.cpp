#include "clausecheck/evaluation.h"

#include "clausecheck/ascii_case.h"
#include "inline_space.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cmath>
#include <set>
#include <utility>

namespace clausecheck {
namespace {

double ratio(int numerator, int denominator) {
  return denominator == 0 ? 1.0 : static_cast<double>(numerator) / denominator;
}

// A labelled citation as found in the document's clause tree, or -1 when it names no node
// or several. Label files cite a clause inside a stand-alone schedule by the schedule's
// printed name ("Call-Off Schedule 10, 5.1.2") where the document itself may have no node
// for that name: then the part after the last ", " is looked up as well.
int find_labelled_clause(const DocumentStructure& structure, const std::string& citation) {
  const CitationMatch match = resolve_citation(structure, citation);
  if (match.status == CitationMatch::Status::found) return match.clause;
  if (match.status == CitationMatch::Status::ambiguous) return -1;
  const std::size_t comma = citation.rfind(", ");
  if (comma == std::string::npos) return -1;
  const CitationMatch tail = resolve_citation(structure, std::string_view(citation).substr(comma + 2));
  return tail.status == CitationMatch::Status::found ? tail.clause : -1;
}

// Letters and digits only, lower-cased: the form in which a labeller's quote and the
// extracted text are compared, so line breaks, hyphenation, quotes and dashes that differ
// between a PDF viewer and the extraction do not matter. `offsets[i]` is the byte of
// `text` that compact character i came from.
struct CompactText {
  std::string chars;
  std::vector<std::uint32_t> offsets;
};

CompactText compact(std::string_view text) {
  CompactText out;
  out.chars.reserve(text.size());
  out.offsets.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (ascii_is_alnum(static_cast<char>(c))) {
      out.chars.push_back(ascii_lower(static_cast<char>(c)));
      out.offsets.push_back(static_cast<std::uint32_t>(i));
    }
  }
  return out;
}

// A citation the tree gave a clause met again ("6 [3]", "3 [3](b)") names the same numbering
// as a label's "6", or as a label that also names the part the tree did not carry ("Exhibit A,
// 3(b)" for the "(b)" under an exhibit's "3"): its repeat markers dropped, it is the label's
// citation or the label's last part.
bool same_numbering(std::string_view citation, std::string_view label) {
  std::string bare;
  for (std::size_t i = 0; i < citation.size(); ++i) {
    if (citation[i] == ' ' && i + 1 < citation.size() && citation[i + 1] == '[') {
      const std::size_t close = citation.find(']', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    bare.push_back(citation[i]);
  }
  if (bare == citation) return false;  // not met again: the label's citation already said which
  if (bare == label) return true;
  const std::size_t last_part = label.rfind(", ");
  return last_part != std::string_view::npos && bare == label.substr(last_part + 2);
}

// The clause holding a labeller's quote, or -1. A quote too short to be specific (under
// 12 letters and digits) places nothing.
int find_quoted_clause(const AnalysedDocument& document, const CompactText& text, const std::string& quote) {
  const CompactText wanted = compact(quote);
  constexpr std::size_t kMinSpecific = 12;
  if (wanted.chars.size() < kMinSpecific) return -1;
  const std::size_t at = text.chars.find(wanted.chars);
  if (at == std::string::npos) return -1;
  return document.structure.clause_at(text.offsets[at]);
}

bool is_inside(const DocumentStructure& structure, int clause, int ancestor) {
  for (int c = clause; c >= 0; c = structure.clauses[static_cast<std::size_t>(c)].parent) {
    if (c == ancestor) return true;
  }
  return false;
}

std::string first_words(const AnalysedDocument& document, int clause) {
  const Clause& c = document.structure.clauses[static_cast<std::size_t>(clause)];
  std::string_view text = std::string_view(document.document.text).substr(c.begin, c.body_end - c.begin);
  constexpr std::size_t kMaxBytes = 120;
  if (text.size() > kMaxBytes) {
    std::size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    return std::string(text.substr(0, cut)) + "…";
  }
  return std::string(text);
}

std::string citation_of(const AnalysedDocument& document, int clause) {
  return clause < 0 ? std::string() : document.structure.clauses[static_cast<std::size_t>(clause)].citation;
}

}  // namespace

Interval wilson_interval(int successes, int trials) {
  if (trials <= 0) return {};
  constexpr double z = 1.96;
  const double n = trials;
  const double p = successes / n;
  const double denominator = 1 + z * z / n;
  const double centre = (p + z * z / (2 * n)) / denominator;
  const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Interval TypeScore::precision_interval() const {
  return wilson_interval(true_positives, true_positives + false_positives);
}

Interval TypeScore::recall_interval() const {
  return wilson_interval(true_positives, true_positives + false_negatives);
}

double TypeScore::precision() const { return ratio(true_positives, true_positives + false_positives); }

double TypeScore::recall() const { return ratio(true_positives, true_positives + false_negatives); }

double TypeScore::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

TypeScore& TypeScore::operator+=(const TypeScore& other) {
  labels += other.labels;
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  return *this;
}

TypeScore Evaluation::overall() const {
  TypeScore total;
  for (const auto& [type, score] : by_type) total += score;
  return total;
}

std::vector<std::string> Evaluation::types_below_recall(double min_recall, int min_labels) const {
  std::vector<std::string> below;
  for (const auto& [type, score] : by_type) {
    if (score.labels >= min_labels && score.recall() < min_recall) below.push_back(type);
  }
  return below;
}

void score_document(Evaluation& evaluation, const std::string& name, const GoldLabels& labels,
                    const AnalysedDocument& document, const std::vector<Finding>& findings) {
  ++evaluation.documents;
  const DocumentStructure& structure = document.structure;

  // Clause labels, resolved against the clause tree once.
  struct ResolvedLabel {
    const GoldLabel* label;
    int clause;
    bool placed_by_quote = false;
    bool matched = false;
  };
  std::vector<ResolvedLabel> resolved;
  CompactText compact_text;  // built on first need
  for (const GoldLabel& label : labels.labels) {
    ResolvedLabel r{&label, find_labelled_clause(structure, label.clause)};
    // A number used twice (an exhibit's list "1. … 7." before the terms' own "1. … 7."): the
    // tree cites the later clauses "6 [2]", "6 [3]", and the label's "6" finds the first. The
    // quote says which one the labeller meant.
    if (r.clause >= 0 && !label.quote.empty()) {
      if (compact_text.chars.empty()) compact_text = compact(document.document.text);
      const int quoted = find_quoted_clause(document, compact_text, label.quote);
      if (quoted >= 0 && !is_inside(structure, quoted, r.clause)) {
        for (int c = quoted; c >= 0; c = structure.clauses[static_cast<std::size_t>(c)].parent) {
          if (same_numbering(structure.clauses[static_cast<std::size_t>(c)].citation, label.clause)) {
            r.clause = c;
            break;
          }
        }
      }
    }
    if (r.clause < 0 && !label.quote.empty()) {
      if (compact_text.chars.empty()) compact_text = compact(document.document.text);
      r.clause = find_quoted_clause(document, compact_text, label.quote);
      r.placed_by_quote = r.clause >= 0;
      if (r.placed_by_quote) ++evaluation.labels_placed_by_quote;
    }
    resolved.push_back(r);
    ++evaluation.by_type[label.type].labels;
  }
  for (const std::string& type : labels.absent) ++evaluation.by_type[type].labels;

  // Clause findings: a true positive per label, a false alarm per (type, clause) covered by
  // no label of that type.
  std::set<std::pair<std::string, int>> false_alarm_clauses;
  std::set<std::string> absence_types_found;
  for (const Finding& finding : findings) {
    if (finding.taxonomy.empty()) continue;
    if (finding.absence) {
      if (!absence_types_found.insert(finding.taxonomy).second) continue;
      const bool labelled_absent =
          std::find(labels.absent.begin(), labels.absent.end(), finding.taxonomy) != labels.absent.end();
      if (labelled_absent) {
        ++evaluation.by_type[finding.taxonomy].true_positives;
      } else {
        ++evaluation.by_type[finding.taxonomy].false_positives;
        evaluation.false_alarms.push_back({name, finding.taxonomy, "", finding.message, true, "rule says absent"});
      }
      continue;
    }
    // A finding covers its clause and, for a `report once` rule, the other clauses it names
    // as the same risk: each of them can match a label.
    std::vector<int> finding_clauses = {finding.clause};
    finding_clauses.insert(finding_clauses.end(), finding.also_clauses.begin(), finding.also_clauses.end());
    bool covered = false;
    bool matched_any = false;
    for (int clause : finding_clauses) {
      ResolvedLabel* unmatched = nullptr;
      for (ResolvedLabel& r : resolved) {
        if (r.clause < 0 || r.label->type != finding.taxonomy || clause < 0) continue;
        if (!is_inside(structure, clause, r.clause)) continue;
        covered = true;
        if (!r.matched && unmatched == nullptr) unmatched = &r;
      }
      if (unmatched != nullptr) {
        unmatched->matched = true;
        matched_any = true;
        ++evaluation.by_type[finding.taxonomy].true_positives;
      }
    }
    if (!matched_any && !covered && false_alarm_clauses.insert({finding.taxonomy, finding.clause}).second) {
      ++evaluation.by_type[finding.taxonomy].false_positives;
      evaluation.false_alarms.push_back(
          {name, finding.taxonomy, citation_of(document, finding.clause), finding.text, false, ""});
    }
  }

  for (const ResolvedLabel& r : resolved) {
    if (r.matched) continue;
    ++evaluation.by_type[r.label->type].false_negatives;
    if (r.clause < 0) {
      evaluation.misses.push_back({name, r.label->type, r.label->clause, "", false,
                                   "labelled clause not found in the document's clause tree"});
    } else {
      evaluation.misses.push_back({name, r.label->type, r.label->clause, first_words(document, r.clause), false,
                                   r.placed_by_quote ? "citation not in the clause tree; placed by its quote at " +
                                                           citation_of(document, r.clause)
                                                     : ""});
    }
  }
  for (const std::string& type : labels.absent) {
    if (absence_types_found.count(type) != 0) continue;
    ++evaluation.by_type[type].false_negatives;
    evaluation.misses.push_back({name, type, "", "", true, "protection missing, no absence finding"});
  }
}

void score_unreadable_document(Evaluation& evaluation, const std::string& name, const GoldLabels& labels,
                               const std::string& error) {
  ++evaluation.documents;
  evaluation.document_errors.push_back(error);
  for (const GoldLabel& label : labels.labels) {
    TypeScore& score = evaluation.by_type[label.type];
    ++score.labels;
    ++score.false_negatives;
    evaluation.misses.push_back({name, label.type, label.clause, "", false, "document could not be read"});
  }
  for (const std::string& type : labels.absent) {
    TypeScore& score = evaluation.by_type[type];
    ++score.labels;
    ++score.false_negatives;
    evaluation.misses.push_back({name, type, "", "", true, "document could not be read"});
  }
}

std::string labelled_party_name(std::string_view party) {
  // Spaces at the ends, and the comma that closes a name before its description.
  auto trim = [](std::string_view s) {
    s = trim_inline_spaces(s);
    if (!s.empty() && s.back() == ',') s = trim_inline_spaces(s.substr(0, s.size() - 1));
    return s;
  };
  // Typographic quotes are written as ASCII in label files (LABELLING.md), but a copied
  // name may keep them.
  const std::size_t open = party.find('(');
  if (open != std::string_view::npos) {
    std::string_view inside = trim(party.substr(open + 1));
    if (inside.substr(0, 4) == "the ") inside.remove_prefix(4);  // (the "Subcontractor")
    for (std::string_view quote : {std::string_view("\""), std::string_view("\xE2\x80\x9C")}) {
      if (inside.substr(0, quote.size()) != quote) continue;
      inside.remove_prefix(quote.size());
      if (inside.substr(0, 4) == "the ") inside.remove_prefix(4);
      const std::size_t close = inside.find_first_of("\"\xE2");
      if (close != std::string_view::npos && close > 0) return std::string(inside.substr(0, close));
    }
  }
  return std::string(trim(party.substr(0, std::min(party.find('('), party.find(';')))));
}

}  // namespace clausecheck
