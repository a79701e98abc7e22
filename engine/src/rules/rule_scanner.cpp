// How a rule decides (docs/rules-language.md, "Matching"):
//  1. Prefilter: if the document lacks every word of one of the pattern's atom sets, the
//     rule cannot match. scan() asks the pack's AtomIndex, in one pass over the document's
//     words, which rules remain; the matcher checks its own rule again.
//  2. Matches are searched inside the units of the rule's scope (a sentence, the clause
//     where the match starts with its sub-clauses, a top-level section, or the whole
//     document), left to right and without overlap; each match must fit inside one unit.
//  3. Each match is checked against `unless` (must not occur) and `requires` (must occur)
//     in the unit of their scope that contains the match: the sentence, the smallest clause
//     holding the whole match with its sub-clauses, the top-level section, or the document.
//  4. One finding per clause: later matches in a clause that already has one are dropped
//     (unless every match is asked for, to measure clause detection). A rule that says
//     `report once` gives one finding per document, the first, and names the later clauses
//     that match in its why.
// An absence rule fires once, with no location, when its `require` pattern matches in no
// unit of its scope (and its own unless/requires, which look at the whole document, allow).
#include "rules/rule_scanner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <mutex>
#include <thread>
#include <cmath>
#include <map>
#include <cstdio>
#include <optional>
#include <set>
#include <string>

#include "clausecheck/ascii_case.h"
#include "clausecheck/rules.h"
#include "rules/message_placeholders.h"
#include "rules/overlapping_findings.h"
#include "rules/pike_matcher.h"

namespace clausecheck::rules {

namespace {

// The clause where token `token` is, with its sub-clauses; outside clauses, the section.
TokenRange clause_unit(std::uint32_t token, const DocumentIndex& index) {
  const DocumentStructure& structure = index.document().structure;
  int clause = structure.clause_at(index.document().text.tokens[token].begin);
  if (clause < 0) return index.section_of(token);
  TokenRange range = index.clause_tokens(clause);
  if (range.first > token || range.end <= token) return index.section_of(token);
  return range;
}

// Calls `on_match` for each match of `matcher` inside the units, left to right, without
// overlap, until it returns false.
template <typename OnMatch>
void for_each_match(const PikeMatcher& matcher, RuleScope scope, const DocumentIndex& index, OnMatch on_match) {
  std::uint32_t position = 0;
  std::uint32_t count = index.token_count();
  while (position < count) {
    std::uint32_t start = matcher.next_start(position);
    if (start >= count) return;
    TokenRange unit = scope == RuleScope::sentence   ? index.sentence_of(start)
                      : scope == RuleScope::document ? index.whole()
                      : scope == RuleScope::clause   ? clause_unit(start, index)
                                                     : index.section_of(start);
    // No start in the unit can match inside its own clause either: sub-clauses nest.
    std::optional<TokenMatch> match = matcher.find(start, unit.end);
    if (!match) {
      position = unit.end;
      continue;
    }
    // Clause scope: a match that began in a sub-clause must also end in it.
    if (scope == RuleScope::clause && match->end > clause_unit(match->first, index).end) {
      position = match->first + 1;
      continue;
    }
    if (!on_match(*match)) return;
    position = match->end;
  }
}

std::uint32_t byte_begin(const DocumentIndex& index, std::uint32_t token) {
  return index.document().text.tokens[token].begin;
}
std::uint32_t byte_end(const DocumentIndex& index, std::uint32_t end_token) {
  return index.document().text.tokens[end_token - 1].end;
}

// The unit of `scope` that holds the whole token range `match`.
TokenRange condition_unit(RuleScope scope, const TokenMatch& match, const DocumentIndex& index) {
  switch (scope) {
    case RuleScope::sentence: {
      TokenRange sentence = index.sentence_of(match.first);
      if (match.end <= sentence.end) return sentence;
      return index.section_of(match.first);  // a match wider than a sentence
    }
    case RuleScope::clause: {
      const DocumentStructure& structure = index.document().structure;
      std::uint32_t end = byte_end(index, match.end);
      for (int clause = structure.clause_at(byte_begin(index, match.first)); clause >= 0;
           clause = structure.clauses[static_cast<std::size_t>(clause)].parent) {
        if (structure.clauses[static_cast<std::size_t>(clause)].end >= end) return index.clause_tokens(clause);
      }
      return index.section_of(match.first);
    }
    case RuleScope::section: return index.section_of(match.first);
    case RuleScope::document: break;
  }
  return index.whole();
}

std::string format_number(double value) {
  char buffer[64];
  if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
  }
  return buffer;
}

std::string original_words(const DocumentIndex& index, std::uint32_t first, std::uint32_t end) {
  if (first >= end) return {};
  std::uint32_t b = byte_begin(index, first), e = byte_end(index, end);
  return index.document().document.text.substr(b, e - b);
}

CapturedValue to_captured(const CaptureSlot& slot, const CaptureValue& capture, const DocumentIndex& index) {
  CapturedValue out;
  out.name = slot.name;
  out.type = slot.typed ? std::string(to_string(slot.type)) : "TEXT";
  out.text = original_words(index, capture.first, capture.end);
  if (capture.first < capture.end) {
    out.begin = byte_begin(index, capture.first);
    out.end = byte_end(index, capture.end);
  }
  if (!slot.typed) return out;
  const TypedValue& v = capture.value;
  switch (slot.type) {
    case ValueType::duration: out.value = v.days; out.unit = "day"; break;
    case ValueType::money: out.value = v.value; out.unit = v.unit; break;
    case ValueType::percent: out.value = v.value; out.unit = "percent"; break;
    case ValueType::number: out.value = v.value; break;
    case ValueType::date: out.value = v.value; out.unit = v.unit; break;
  }
  return out;
}

// "60 days", "GBP 1500000", "10%", "2025-04-01".
std::string normalised_value(const CapturedValue& c) {
  if (c.type == "DURATION") return format_number(c.value) + (c.value == 1 ? " day" : " days");
  if (c.type == "MONEY") return (c.unit.empty() ? "" : c.unit + " ") + format_number(c.value);
  if (c.type == "PERCENT") return format_number(c.value) + "%";
  if (c.type == "DATE") return c.unit;
  if (c.type == "NUMBER") return format_number(c.value);
  return c.text;
}

// Replaces {name} with the captured words, {name.value} with the normalised value, {name|words}
// with the words when the capture did not take part in the match, and {@provider} with the
// name the document uses for the role.
std::string interpolate(const std::string& text, const std::vector<CapturedValue>& captures,
                        const PartyRoles& parties) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i];
      continue;
    }
    std::string name = text.substr(i + 1, close - i - 1);
    // {@provider}: the document's name for the role. {@provider|the subcontractor}: the
    // document's own phrase for a role it names ("the Supplier", "Acme"), capitalised when the
    // fallback is; the fallback when it names none or only guessed the role's standard words
    // from their use.
    if (const std::optional<RolePlaceholder> placeholder = parse_role_placeholder(name)) {
      if (const std::optional<PartyRole> role = parse_party_role(placeholder->role)) {
        const RoleBinding& binding = parties[*role];
        if (!placeholder->fallback) {
          out += binding.display;
        } else if (binding.phrase.empty()) {
          out += *placeholder->fallback;
        } else {
          std::string phrase = binding.phrase;
          const std::string_view fallback = *placeholder->fallback;
          if (!fallback.empty() && ascii_is_upper(fallback.front()) && ascii_is_lower(phrase.front())) {
            phrase.front() = static_cast<char>(phrase.front() - 'a' + 'A');
          }
          out += phrase;
        }
        i = close;
        continue;
      }
    }
    const CapturePlaceholder placeholder = parse_capture_placeholder(name);
    const CapturedValue* capture = nullptr;
    for (const auto& c : captures) {
      if (c.name == placeholder.capture) capture = &c;
    }
    if (capture != nullptr) {
      out += placeholder.value ? normalised_value(*capture) : capture->text;
    } else if (placeholder.fallback) {
      out += *placeholder.fallback;
    } else {
      out += text.substr(i, close - i + 1);
    }
    i = close;
  }
  return out;
}

// "@provider = "Subcontractor", "Tyneside Works" (parties clause)": which words stood for a
// role in this document, and why.
std::string role_note(const DocumentIndex& index, PartyRole role) {
  const RoleBinding& binding = index.document().parties[role];
  std::string note = "@" + std::string(to_string(role)) + " = ";
  for (std::size_t i = 0; i < binding.names.size(); ++i) note += (i == 0 ? "\"" : ", \"") + binding.names[i] + "\"";
  if (binding.names.empty()) note += "nothing";
  note += binding.found ? " (" + binding.evidence + ")" : " (not named in the document: the standard words)";
  return note;
}

// Who is who left open: the parties clause names two parties but not which one provides
// (parties.h, OpenParty), and the matched words name one of them. A rule reads a clause as
// binding the provider or its counterparty; here it cannot know which, so the finding says so
// rather than stand silent (the clause may be the risk it describes) or assert a side it has
// not found. "This Agreement may be terminated by Company at any time" in a contract between
// "FIIOC" and the "Company" is the Company's own right if the Company is the provider.
// Returns the open party's name the words hold, or empty.
std::string open_party_named(const PartyRoles& parties, std::string_view words) {
  if (parties.determined()) return {};
  for (const OpenParty& party : parties.open_parties) {
    for (const std::string& name : party.names) {
      for (std::size_t at = words.find(name); at != std::string_view::npos; at = words.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        if ((at == 0 || !ascii_is_alnum(words[at - 1])) && (end == words.size() || !ascii_is_alnum(words[end]))) {
          return party.display;
        }
      }
    }
  }
  return {};
}

std::string open_parties_list(const PartyRoles& parties) {
  std::string out;
  for (std::size_t i = 0; i < parties.open_parties.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parties.open_parties.size() ? " and " : ", ");
    out += "\"" + parties.open_parties[i].display + "\"";
  }
  return out;
}

// "in clause 14.2: "shall not exceed £1m"": where a condition's evidence is.
std::string where_found(const TokenMatch& hit, const DocumentIndex& index) {
  const DocumentStructure& structure = index.document().structure;
  const int clause = structure.clause_at(byte_begin(index, hit.first));
  std::string where = clause >= 0 ? "in clause " + structure.clauses[static_cast<std::size_t>(clause)].citation
                                  : std::string("outside the numbered clauses");
  return where + ": \"" + original_words(index, hit.first, hit.end) + "\"";
}

// within referenced: searches the clauses that the clause holding `match` cross-references
// (the references written inside it that resolve), in the order written. `evidence` says
// where the pattern was found, or which clauses were searched.
bool search_referenced(const PikeMatcher& matcher, const TokenMatch& match, const DocumentIndex& index,
                       std::string& evidence) {
  const DocumentStructure& structure = index.document().structure;
  const TokenRange unit = condition_unit(RuleScope::clause, match, index);
  const std::uint32_t begin = byte_begin(index, unit.first), end = byte_end(index, unit.end);
  std::string searched;
  // References are in document order: start at the first inside the clause, so a match
  // costs the references of its own clause, not those of the whole document.
  const auto& references = structure.references;
  auto first = std::partition_point(references.begin(), references.end(),
                                    [&](const CrossReference& ref) { return ref.begin < begin; });
  for (auto it = first; it != references.end() && it->begin < end; ++it) {
    const CrossReference& ref = *it;
    if (ref.end > end || ref.target_clause < 0) continue;
    const TokenRange target = index.clause_tokens(ref.target_clause);
    const std::string citation = structure.clauses[static_cast<std::size_t>(ref.target_clause)].citation;
    if (auto hit = matcher.find(target.first, target.end)) {
      evidence = "found " + where_found(*hit, index) + " (referred to as \"" + ref.text + "\")";
      return true;
    }
    searched += (searched.empty() ? "" : ", ") + citation;
  }
  evidence = searched.empty() ? "not found: the clause refers to no other clause"
                              : "not found in the clauses it refers to (" + searched + ")";
  return false;
}

void locate(Finding& finding, std::uint32_t begin_byte, const DocumentIndex& index) {
  const AnalysedDocument& doc = index.document();
  const DocumentStructure& structure = doc.structure;
  finding.page = doc.document.page_at(begin_byte);
  finding.clause = structure.clause_at(begin_byte);
  if (finding.clause < 0) return;
  finding.clause_citation = structure.clauses[static_cast<std::size_t>(finding.clause)].citation;
  for (int c = finding.clause; c >= 0; c = structure.clauses[static_cast<std::size_t>(c)].parent) {
    if (!structure.clauses[static_cast<std::size_t>(c)].heading.empty()) {
      finding.heading = structure.clauses[static_cast<std::size_t>(c)].heading;
      break;
    }
  }
}

// report once: says that the finding stands for the whole document and names the other
// clauses that match (at most report_once_listed of them, then how many more).
constexpr std::size_t report_once_listed = 12;
void add_report_once_note(Finding& finding, const std::vector<std::string>& also_matched) {
  if (also_matched.empty()) {
    finding.why.push_back("report once: the only clause of the document that matches");
    return;
  }
  finding.why.push_back("report once: the first of " + std::to_string(also_matched.size() + 1) +
                        " clauses of the document that match; the others follow");
  for (std::size_t i = 0; i < also_matched.size() && i < report_once_listed; ++i) {
    finding.why.push_back("also " + also_matched[i]);
  }
  if (also_matched.size() > report_once_listed) {
    finding.why.push_back("and " + std::to_string(also_matched.size() - report_once_listed) + " more");
  }
}

Finding base_finding(const CompiledRule& rule) {
  Finding f;
  f.rule_id = rule.info.id;
  f.title = rule.info.title;
  f.category = rule.info.category;
  f.taxonomy = rule.info.taxonomy;
  f.severity = rule.info.severity;
  f.ask = rule.ask;
  f.reference = rule.reference;
  f.tags = rule.info.tags;
  f.absence = rule.info.absence;
  return f;
}

}  // namespace

void scan_rule(const CompiledRule& rule, const DocumentIndex& index, std::vector<Finding>& findings,
               bool every_match) {
  if (index.token_count() == 0 && !rule.info.absence) return;
  const DocumentKindReading& kind = index.document().kind;
  if ((rule.applies_to & (1u << static_cast<unsigned>(kind.kind))) == 0) return;
  PikeMatcher matcher(rule.match, index, rule.slots.size());
  std::vector<PikeMatcher> scoped;
  auto scoped_matchers = [&]() -> std::vector<PikeMatcher>& {
    if (scoped.empty()) {
      for (const auto& s : rule.scoped) scoped.emplace_back(s.program, index, s.slot_count);
    }
    return scoped;
  };

  if (rule.info.absence) {
    bool present = false;
    if (matcher.possible()) {
      for_each_match(matcher, rule.scope, index, [&](const TokenMatch&) {
        present = true;
        return false;
      });
    }
    if (present) return;
    Finding finding = base_finding(rule);
    finding.message = interpolate(rule.message, {}, index.document().parties);
    finding.ask = interpolate(rule.ask, {}, index.document().parties);
    finding.why.push_back("require " + rule.match.source + ": not found " +
                          (rule.scope == RuleScope::document ? std::string("anywhere in the document")
                                                             : "in any " + std::string(scope_word(rule.scope)) +
                                                                   " of the document"));
    finding.why.push_back("document kind: " + std::string(to_string(kind.kind)) + " (" + kind.evidence + "); the rule " +
                          (rule.applies_to_written ? "applies to it" : "applies to every kind but schedule, annex, amendment, fragment and transaction"));
    for (std::size_t i = 0; i < rule.scoped.size(); ++i) {
      const ScopedProgram& s = rule.scoped[i];
      const std::optional<TokenMatch> hit =
          index.token_count() > 0 ? scoped_matchers()[i].find(0, index.token_count()) : std::nullopt;
      if (hit.has_value() == s.is_unless) return;
      // A requires that holds is the finding's evidence ("the subcontract says volumes are not
      // guaranteed"): where it was found lets a reader check it.
      finding.why.push_back(std::string(s.is_unless ? "unless " : "requires ") + s.program.source +
                            (hit ? ": found in the document, " + where_found(*hit, index) : ": not found in the document"));
    }
    findings.push_back(std::move(finding));
    return;
  }

  if (!matcher.possible()) return;
  // A condition searched in a unit gives the same answer for every match in that unit, so
  // it is searched once per unit: a document-scope `unless` costs one pass over the
  // document, not one per match (which made a large document quadratic).
  struct ConditionResult {
    bool found = false;
    std::string evidence;  // what `why` says about it
  };
  std::vector<std::map<std::pair<std::uint32_t, std::uint32_t>, ConditionResult>> searched(rule.scoped.size());
  std::set<int> clauses_reported;
  // report once: the first finding stands for the document; later clauses that match become
  // lines of its why, in document order.
  const bool once = rule.report_once && !every_match;
  std::optional<std::size_t> first_finding;
  std::vector<std::string> also_matched;
  for_each_match(matcher, rule.scope, index, [&](const TokenMatch& match) {
    std::uint32_t begin = byte_begin(index, match.first);
    int clause = index.document().structure.clause_at(begin);
    if (!every_match && clauses_reported.count(clause) != 0) return true;

    std::vector<std::string> why;
    why.push_back("match " + rule.match.source + ": \"" + original_words(index, match.first, match.end) + "\" (" +
                  std::string(scope_word(rule.scope)) + " scope)");
    for (std::uint32_t role = 0; role < party_role_count; ++role) {
      if ((rule.match.roles_used & (1u << role)) != 0) why.push_back(role_note(index, static_cast<PartyRole>(role)));
    }
    Finding finding = base_finding(rule);
    for (std::size_t slot = 0; slot < rule.slots.size(); ++slot) {
      const CaptureValue& capture = match.captures[slot];
      if (!capture.set) continue;
      CapturedValue value = to_captured(rule.slots[slot], capture, index);
      if (rule.slots[slot].typed) {
        std::string reading = value.name + " = " + normalised_value(value) + " (from \"" + value.text + "\"";
        if (capture.definition >= 0) {
          const Definition& d = index.document().structure.definitions[static_cast<std::size_t>(capture.definition)];
          reading += ", read through the defined term \"" + d.term + "\"";
        }
        why.push_back(reading + ")");
      }
      finding.captures.push_back(std::move(value));
    }
    for (const auto& condition : rule.conditions) {
      std::string held = "where " + condition.source + ": held";
      std::string values;
      for (int slot : {condition.slot, condition.other_slot}) {
        if (slot < 0) continue;
        for (const auto& capture : finding.captures) {
          if (capture.name == rule.slots[static_cast<std::size_t>(slot)].name) {
            values += (values.empty() ? "" : ", ") + capture.name + " = " + normalised_value(capture);
          }
        }
      }
      if (!values.empty()) held += " (" + values + ")";
      why.push_back(held);
    }

    for (std::size_t i = 0; i < rule.scoped.size(); ++i) {
      const ScopedProgram& s = rule.scoped[i];
      const std::string head = std::string(s.is_unless ? "unless " : "requires ") + s.program.source + ": ";
      const TokenRange unit = condition_unit(s.referenced ? RuleScope::clause : s.scope, match, index);
      auto [it, fresh] = searched[i].try_emplace({unit.first, unit.end});
      ConditionResult& result = it->second;
      if (fresh && s.referenced) {
        result.found = search_referenced(scoped_matchers()[i], match, index, result.evidence);
      } else if (fresh) {
        std::optional<TokenMatch> hit = scoped_matchers()[i].find(unit.first, unit.end);
        result.found = hit.has_value();
        result.evidence = std::string(result.found ? "found" : "not found") + " in the same " +
                          std::string(scope_word(s.scope));
        if (result.found && s.scope == RuleScope::document) result.evidence += ", " + where_found(*hit, index);
      }
      if (result.found == s.is_unless) return true;  // an unless found, or a requires missing
      why.push_back(head + result.evidence);
    }

    clauses_reported.insert(clause);
    if (once && first_finding) {
      also_matched.push_back(where_found(match, index));
      if (clause >= 0) {
        Finding& first = findings[*first_finding];
        first.also_clauses.push_back(clause);
        const std::string& citation = index.document().structure.clauses[static_cast<std::size_t>(clause)].citation;
        if (!citation.empty() && citation != first.clause_citation &&
            std::find(first.also_citations.begin(), first.also_citations.end(), citation) == first.also_citations.end()) {
          first.also_citations.push_back(citation);
        }
      }
      return true;
    }
    locate(finding, begin, index);
    finding.begin = begin;
    finding.end = byte_end(index, match.end);
    finding.text = index.document().document.text.substr(finding.begin, finding.end - finding.begin);
    finding.message = interpolate(rule.message, finding.captures, index.document().parties);
    finding.ask = interpolate(rule.ask, finding.captures, index.document().parties);
    const PartyRoles& parties = index.document().parties;
    if (const std::string open = open_party_named(parties, finding.text); !open.empty()) {
      finding.message += " Who is who is not settled: the contract does not say whether " + open +
                         " is the provider or its counterparty, so check which side this clause binds.";
      why.push_back("parties: " + open_parties_list(parties) + " are named but their roles are not settled; the " +
                    "matched words name " + open + ", which may be the provider (--provider NAME settles it)");
    }
    finding.why = std::move(why);
    if (once) first_finding = findings.size();
    findings.push_back(std::move(finding));
    return true;
  });
  if (first_finding) add_report_once_note(findings[*first_finding], also_matched);
}

}  // namespace clausecheck::rules

namespace clausecheck {

std::vector<Finding> scan(const RulePack& pack, const AnalysedDocument& document, const RuleScanOptions& options) {
  rules::DocumentIndex index(document, options.deadline);
  // Only the rules whose atoms all occur (and those that run whatever the words): the rest
  // could find nothing, and skipping them costs nothing per rule (atom_index.h).
  const rules::CompiledPack& compiled = pack.compiled();
  const std::vector<std::uint32_t> candidates = compiled.atom_index.candidates(index);
  const unsigned threads = index.token_count() >= options.parallel_from_tokens
                               ? std::min<unsigned>(options.threads, static_cast<unsigned>(candidates.size()))
                               : 1;
  if (threads <= 1) {
    std::vector<Finding> findings;
    for (const std::uint32_t r : candidates) {
      options.deadline.check();
      rules::scan_rule(compiled.rules[r], index, findings, options.every_match);
    }
    if (!options.every_match) rules::fold_overlapping_findings(findings);
    return findings;
  }
  // Each rule's findings go to its own list, whichever thread ran it, and the lists are
  // joined in pack order: the same findings in the same order as one thread gives. Rules
  // are handed out one at a time, since their costs differ by orders of magnitude.
  std::vector<std::vector<Finding>> by_rule(candidates.size());
  std::atomic<std::size_t> next_rule{0};
  std::atomic<bool> stopped{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto run_rules = [&] {
    try {
      for (std::size_t i = next_rule++; i < candidates.size() && !stopped; i = next_rule++) {
        options.deadline.check();
        rules::scan_rule(compiled.rules[candidates[i]], index, by_rule[i], options.every_match);
      }
    } catch (...) {
      const std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      stopped = true;
    }
  };
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(run_rules);
    run_rules();
  }  // joined here
  if (failure) std::rethrow_exception(failure);
  std::vector<Finding> findings;
  std::size_t total = 0;
  for (const auto& list : by_rule) total += list.size();
  findings.reserve(total);
  for (auto& list : by_rule) std::move(list.begin(), list.end(), std::back_inserter(findings));
  if (!options.every_match) rules::fold_overlapping_findings(findings);
  return findings;
}

}  // namespace clausecheck
