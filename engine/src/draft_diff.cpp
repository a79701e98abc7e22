// Matching findings of two drafts by rule and clause text (the idea is in draft_diff.h).
#include "clausecheck/draft_diff.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace clausecheck {
namespace {

constexpr double reworded_clause_similarity = 0.5;

struct Keyed {
  const Finding* finding;
  std::vector<std::string> words;  // clause words, as matched
  std::string key;                 // the words joined
  bool matched = false;
};

// The clause's own text (before its sub-clauses), or the matched words when there is none.
std::string_view clause_text_of(const AnalysedDocument& draft, const Finding& f) {
  const auto& clauses = draft.structure.clauses;
  const std::string& text = draft.document.text;
  if (f.clause >= 0 && static_cast<std::size_t>(f.clause) < clauses.size()) {
    const Clause& c = clauses[static_cast<std::size_t>(f.clause)];
    const std::uint32_t end = std::min<std::uint32_t>(c.body_end > c.begin ? c.body_end : c.end,
                                                      static_cast<std::uint32_t>(text.size()));
    if (c.begin < end) return std::string_view(text).substr(c.begin, end - c.begin);
  }
  return f.absence ? std::string_view() : std::string_view(f.text);
}

std::vector<Keyed> keyed(const AnalysedDocument& draft, const std::vector<Finding>& findings) {
  std::vector<Keyed> out;
  for (const Finding& f : findings) {
    Keyed k{&f, clause_words_for_matching(clause_text_of(draft, f)), "", false};
    for (const auto& w : k.words) k.key += w + ' ';
    out.push_back(std::move(k));
  }
  return out;
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  if (sa.empty() && sb.empty()) return 1;
  std::size_t common = 0;
  for (const auto& w : sa) common += sb.count(w);
  return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

std::vector<std::string> differences(const Finding& before, const Finding& after) {
  std::vector<std::string> changes;
  if (before.severity != after.severity) changes.push_back("severity");
  if (before.message != after.message) changes.push_back("message");
  if (before.text != after.text) changes.push_back("text");
  if (before.clause_citation != after.clause_citation) changes.push_back("clause");
  return changes;
}

bool higher_first(const Finding& a, const Finding& b) {
  return std::make_tuple(-static_cast<int>(a.severity), a.page, a.begin, a.rule_id, a.end) <
         std::make_tuple(-static_cast<int>(b.severity), b.page, b.begin, b.rule_id, b.end);
}

}  // namespace

std::vector<std::string> clause_words_for_matching(std::string_view clause_text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : clause_text) {
    const auto u = static_cast<unsigned char>(c);
    if (ascii_is_alnum(u) || u >= 0x80) {
      word += ascii_lower(c);
    } else {
      flush();
    }
  }
  flush();
  // A leading clause number goes: number words ("7.2" gave "7", "2"), then one word when
  // the text goes on with a bracketed label ("(b)", "(iv)").
  std::size_t skip = 0;
  while (skip < words.size() && std::all_of(words[skip].begin(), words[skip].end(), [](char c) { return ascii_is_digit(c); })) ++skip;
  const std::string_view trimmed = clause_text.substr(std::min(clause_text.find_first_not_of(" \t0123456789."), clause_text.size()));
  if (trimmed.size() > 2 && trimmed[0] == '(') {
    const std::size_t close = trimmed.find(')');
    if (close != std::string_view::npos && close <= 6 && skip < words.size()) ++skip;
  }
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(skip));
  return words;
}

DraftDiff diff_drafts(const AnalysedDocument& old_draft, const std::vector<Finding>& old_findings,
                      const AnalysedDocument& new_draft, const std::vector<Finding>& new_findings) {
  std::vector<Keyed> before = keyed(old_draft, old_findings);
  std::vector<Keyed> after = keyed(new_draft, new_findings);
  DraftDiff diff;
  auto pair_up = [&](Keyed& b, Keyed& a) {
    b.matched = a.matched = true;
    std::vector<std::string> changes = differences(*b.finding, *a.finding);
    // A renumbered clause with the same words and the same risk is no change to the risk.
    if (changes.empty() || changes == std::vector<std::string>{"clause"}) {
      ++diff.unchanged;
    } else {
      diff.changed.push_back({*b.finding, *a.finding, std::move(changes)});
    }
  };
  // 1. Same rule, same clause text.
  for (Keyed& a : after) {
    for (Keyed& b : before) {
      if (!b.matched && b.finding->rule_id == a.finding->rule_id && b.key == a.key) {
        pair_up(b, a);
        break;
      }
    }
  }
  // 2. Same rule, reworded clause: the most similar pairs first.
  struct Candidate {
    double similarity;
    std::size_t b, a;
  };
  std::vector<Candidate> candidates;
  for (std::size_t ai = 0; ai < after.size(); ++ai) {
    if (after[ai].matched) continue;
    for (std::size_t bi = 0; bi < before.size(); ++bi) {
      if (before[bi].matched || before[bi].finding->rule_id != after[ai].finding->rule_id) continue;
      const double s = jaccard(before[bi].words, after[ai].words);
      if (s >= reworded_clause_similarity) candidates.push_back({s, bi, ai});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.similarity > y.similarity; });
  for (const Candidate& c : candidates) {
    if (!before[c.b].matched && !after[c.a].matched) pair_up(before[c.b], after[c.a]);
  }
  // 3. The rest.
  for (const Keyed& b : before) {
    if (!b.matched) diff.removed.push_back(*b.finding);
  }
  for (const Keyed& a : after) {
    if (!a.matched) diff.added.push_back(*a.finding);
  }
  std::sort(diff.added.begin(), diff.added.end(), higher_first);
  std::sort(diff.removed.begin(), diff.removed.end(), higher_first);
  std::sort(diff.changed.begin(), diff.changed.end(),
            [](const ChangedFinding& x, const ChangedFinding& y) { return higher_first(x.after, y.after); });
  return diff;
}

}  // namespace clausecheck
