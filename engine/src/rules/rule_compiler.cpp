// Syntax tree -> compiled pack: resolves pattern names, checks everything a parser cannot
// (names, captures, types and units in comparisons, bounds, metadata), and emits a Program
// for each pattern (see compiled_pack.h). Every problem becomes a located Diagnostic and
// compilation goes on, so that one run reports all the mistakes of a pack.
#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "clausecheck/rules.h"
#include "rules/compiled_pack.h"
#include "rules/diagnostics.h"
#include "rules/phrase_tokens.h"
#include "rules/rule_parser.h"

namespace clausecheck {

RulePack::RulePack(std::shared_ptr<const rules::CompiledPack> compiled) : compiled_(std::move(compiled)) {}

const std::vector<RuleInfo>& RulePack::rules() const { return compiled_->infos; }

namespace rules {

namespace {

inline constexpr long long max_gap = 50;
inline constexpr long long max_repeat = 20;
inline constexpr std::size_t max_instructions = 20000;
inline constexpr std::size_t max_reference_depth = 16;
inline constexpr std::size_t max_alternatives = 2000;
inline constexpr std::size_t max_atom_sets = 32;

struct FileContext {
  std::string_view path;
  std::string_view text;
};

struct NamedPattern {
  const PatternDefinitionSyntax* definition = nullptr;
  FileContext file;
};

std::string_view scope_name(RuleScope scope) {
  switch (scope) {
    case RuleScope::sentence: return "sentence";
    case RuleScope::clause: return "clause";
    case RuleScope::section: return "section";
    case RuleScope::document: return "document";
  }
  return "sentence";
}

void sort_unique(std::vector<std::string>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

void merge_into(WordSet& into, const WordSet& from) {
  into.words.insert(into.words.end(), from.words.begin(), from.words.end());
  into.prefixes.insert(into.prefixes.end(), from.prefixes.begin(), from.prefixes.end());
  sort_unique(into.words);
  sort_unique(into.prefixes);
}

// Merges many sets at once (sorting once, not once per set).
WordSet merge_all(const std::vector<WordSet>& sets) {
  WordSet merged;
  for (const auto& set : sets) {
    merged.words.insert(merged.words.end(), set.words.begin(), set.words.end());
    merged.prefixes.insert(merged.prefixes.end(), set.prefixes.begin(), set.prefixes.end());
  }
  sort_unique(merged.words);
  sort_unique(merged.prefixes);
  return merged;
}

// Quoted phrases are tokenised through normalise(); a pack repeats many phrases, and the
// compiler looks at each several times, so the tokens are kept for the whole compilation.
using PhraseCache = std::map<std::string, PhraseTokens>;

const PhraseTokens& cached_phrase_tokens(PhraseCache& cache, const std::string& phrase) {
  auto it = cache.find(phrase);
  if (it == cache.end()) it = cache.emplace(phrase, phrase_tokens(phrase)).first;
  return it->second;
}

// Emits one Program from a pattern tree, checking as it goes.
class ProgramBuilder {
 public:
  ProgramBuilder(Program& program, const std::map<std::string, NamedPattern>& patterns,
                 std::vector<CaptureSlot>& slots, std::vector<Diagnostic>& diagnostics, PhraseCache& cache)
      : program_(program), patterns_(patterns), slots_(slots), diagnostics_(diagnostics), cache_(cache) {}

  // unless reciprocal: emit @provider as @counterparty and the reverse.
  void swap_roles() { swap_roles_ = true; }

  // Returns false when an error was reported.
  bool build(const PatternSyntax& pattern, FileContext file) {
    program_.source = pattern.source;
    emit(pattern.root, file);
    if (ok_ && program_.code.size() >= max_instructions) {
      error(file, pattern.position,
            "pattern is too large once its gaps and repetitions are unrolled (over " +
                std::to_string(max_instructions) + " steps); use smaller bounds");
    }
    program_.code.push_back({Op::match, 0, 0});
    if (ok_ && can_match_nothing()) {
      error(file, pattern.position, "pattern can match without any words (everything in it is optional)");
    }
    if (ok_) {
      std::set<std::string> visiting;
      program_.atoms = required_of(pattern.root, visiting);
      if (program_.atoms.size() > max_atom_sets) program_.atoms.resize(max_atom_sets);
      compute_start_words();
      compute_max_span();
    }
    return ok_;
  }

 private:
  void error(FileContext file, SourcePosition position, std::string message) {
    ok_ = false;
    diagnostics_.push_back(make_diagnostic(file.path, file.text, position, std::move(message)));
  }

  std::uint32_t here() const { return static_cast<std::uint32_t>(program_.code.size()); }
  bool too_large() const { return program_.code.size() >= max_instructions; }

  std::uint32_t add_set(WordSet set) {
    program_.sets.push_back(std::move(set));
    return static_cast<std::uint32_t>(program_.sets.size() - 1);
  }

  // The words of a phrase, or nullopt (after an error) when it has none or a stray '*'.
  std::optional<std::vector<PhraseToken>> tokens_of(const PatternNode& node, FileContext file) {
    const PhraseTokens& tokens = cached_phrase_tokens(cache_, node.text);
    if (tokens.misplaced_wildcard) {
      error(file, node.position, "a '*' wildcard must end a word, as in \"indemnif*\"");
      return std::nullopt;
    }
    if (tokens.tokens.empty()) {
      error(file, node.position, "empty phrase: a quoted phrase needs at least one word");
      return std::nullopt;
    }
    return tokens.tokens;
  }

  // A set when `node` always matches exactly one token from a fixed list of words.
  std::optional<WordSet> single_word_set(const PatternNode& node, FileContext file, bool report) {
    if (node.kind == NodeKind::phrase) {
      const PhraseTokens& tokens = cached_phrase_tokens(cache_, node.text);
      if (tokens.misplaced_wildcard || tokens.tokens.size() != 1) return std::nullopt;
      WordSet set;
      (tokens.tokens[0].prefix ? set.prefixes : set.words).push_back(tokens.tokens[0].text);
      return set;
    }
    if (node.kind == NodeKind::alternation) {
      std::vector<WordSet> sets;
      for (const auto& child : node.children) {
        auto child_set = single_word_set(child, file, false);
        if (!child_set) return std::nullopt;
        sets.push_back(std::move(*child_set));
      }
      return merge_all(sets);
    }
    (void)report;
    return std::nullopt;
  }

  void emit(const PatternNode& node, FileContext file) {
    if (too_large()) return;
    switch (node.kind) {
      case NodeKind::phrase: {
        auto tokens = tokens_of(node, file);
        if (!tokens) return;
        for (const auto& token : *tokens) {
          WordSet set;
          (token.prefix ? set.prefixes : set.words).push_back(token.text);
          program_.code.push_back({Op::word, add_set(std::move(set)), 0});
        }
        return;
      }
      case NodeKind::any: program_.code.push_back({Op::any, 0, 0}); return;
      case NodeKind::gap: {
        if (node.min > node.max) {
          error(file, node.position, "gap(" + std::to_string(node.min) + ".." + std::to_string(node.max) +
                                         "): the smallest gap is larger than the largest");
          return;
        }
        if (node.max > max_gap) {
          error(file, node.position, "gap(" + std::to_string(node.min) + ".." + std::to_string(node.max) +
                                         ") is too wide: a gap spans at most " + std::to_string(max_gap) +
                                         " tokens; use a wider scope instead");
          return;
        }
        for (long long i = 0; i < node.min; ++i) program_.code.push_back({Op::any, 0, 0});
        emit_optional_chain(node.max - node.min, [&] { program_.code.push_back({Op::any, 0, 0}); });
        return;
      }
      case NodeKind::value: {
        program_.values.push_back({node.value_type, -1, {}});
        program_.code.push_back({Op::value, static_cast<std::uint32_t>(program_.values.size() - 1), 0});
        return;
      }
      case NodeKind::role: {
        // A role compiles to one instruction that consumes whichever name of the role starts
        // at the current token. The names differ per document (the "Supplier" here, the
        // "Subcontractor" there, a company name, "we"), so they cannot be words of the
        // compiled, shared program; and as several of them span many tokens, a per-document
        // word set would not do either. The DocumentIndex instead marks once per document,
        // for every token, how long the longest name of each role starting there is (like a
        // defined term), and the instruction advances by that much. Each thread still takes
        // one step per instruction, so matching stays linear in the document.
        auto role = parse_party_role(node.text);
        if (!role) {
          error(file, node.position, "unknown role '@" + node.text + "': use @provider, @counterparty or @funder");
          return;
        }
        if (swap_roles_ && *role != PartyRole::funder) {
          role = *role == PartyRole::provider ? PartyRole::counterparty : PartyRole::provider;
        }
        program_.roles_used |= 1u << static_cast<unsigned>(*role);
        program_.code.push_back({Op::role, static_cast<std::uint32_t>(*role), 0});
        return;
      }
      case NodeKind::reference: {
        auto found = patterns_.find(node.text);
        if (found == patterns_.end()) {
          error(file, node.position, "unknown pattern '" + node.text + "'");
          return;
        }
        if (std::find(stack_.begin(), stack_.end(), node.text) != stack_.end()) {
          std::string cycle;
          for (const auto& name : stack_) cycle += name + " -> ";
          error(file, node.position, "pattern '" + node.text + "' refers to itself (" + cycle + node.text + ")");
          return;
        }
        if (stack_.size() >= max_reference_depth) {
          error(file, node.position, "patterns refer to other patterns more than " +
                                         std::to_string(max_reference_depth) + " levels deep");
          return;
        }
        stack_.push_back(node.text);
        emit(found->second.definition->pattern.root, found->second.file);
        stack_.pop_back();
        return;
      }
      case NodeKind::sequence:
        for (const auto& child : node.children) emit(child, file);
        return;
      case NodeKind::alternation: {
        if (node.children.size() > max_alternatives) {
          error(file, node.position, "too many alternatives (" + std::to_string(node.children.size()) +
                                         "): at most " + std::to_string(max_alternatives) +
                                         " in one ( … | … ); split the rule");
          return;
        }
        if (auto set = single_word_set(node, file, false)) {
          program_.code.push_back({Op::word, add_set(std::move(*set)), 0});
          return;
        }
        // split L1, next; L1: alt1; jump end; next: split L2, next2; ...
        std::vector<std::uint32_t> jumps;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
          bool last = i + 1 == node.children.size();
          std::uint32_t split = here();
          if (!last) program_.code.push_back({Op::split, split + 1, 0});
          emit(node.children[i], file);
          if (too_large()) return;
          if (!last) {
            jumps.push_back(here());
            program_.code.push_back({Op::jump, 0, 0});
            program_.code[split].b = here();
          }
        }
        for (auto jump : jumps) program_.code[jump].a = here();
        return;
      }
      case NodeKind::repeat: {
        if (node.min > node.max) {
          error(file, node.position, "{" + std::to_string(node.min) + ".." + std::to_string(node.max) +
                                         "}: the smallest count is larger than the largest");
          return;
        }
        if (node.max > max_repeat) {
          error(file, node.position, "{" + std::to_string(node.min) + ".." + std::to_string(node.max) +
                                         "} repeats too often: at most " + std::to_string(max_repeat) + " times");
          return;
        }
        if (node.max == 0) {
          error(file, node.position, "{0..0} repeats nothing; remove it");
          return;
        }
        for (long long i = 0; i < node.min && !too_large(); ++i) emit(node.children[0], file);
        emit_optional_chain(node.max - node.min, [&] { emit(node.children[0], file); });
        return;
      }
      case NodeKind::capture: {
        const PatternNode& captured = node.children[0];
        bool typed = captured.kind == NodeKind::value;
        int slot = slot_for(node, typed, captured.value_type, file);
        if (slot < 0) return;
        if (typed) {
          program_.values.push_back({captured.value_type, slot, {}});
          program_.code.push_back({Op::value, static_cast<std::uint32_t>(program_.values.size() - 1), 0});
          return;
        }
        program_.code.push_back({Op::save, static_cast<std::uint32_t>(slot), 0});
        emit(captured, file);
        program_.code.push_back({Op::save, static_cast<std::uint32_t>(slot), 1});
        return;
      }
      case NodeKind::negation: {
        auto set = single_word_set(node.children[0], file, true);
        if (!set) {
          error(file, node.position,
                "'not' applies to single words: write not \"sole\" or not (\"sole\" | \"absolute\")");
          return;
        }
        program_.code.push_back({Op::not_word, add_set(std::move(*set)), 0});
        return;
      }
    }
  }

  // count times: split(take, skip) take… — each copy optional, and later copies only after
  // earlier ones, so x{0..3} is (x (x (x)?)?)?.
  template <typename EmitOne>
  void emit_optional_chain(long long count, EmitOne emit_one) {
    std::vector<std::uint32_t> splits;
    for (long long i = 0; i < count && !too_large(); ++i) {
      splits.push_back(here());
      program_.code.push_back({Op::split, here() + 1, 0});
      emit_one();
    }
    for (auto split : splits) program_.code[split].b = here();
  }

  int slot_for(const PatternNode& node, bool typed, ValueType type, FileContext file) {
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      if (slots_[i].name != node.text) continue;
      if (slots_[i].typed != typed || (typed && slots_[i].type != type)) {
        error(file, node.position, "capture '" + node.text + "' is used twice with different types");
        return -1;
      }
      return static_cast<int>(i);
    }
    slots_.push_back({node.text, typed, type});
    return static_cast<int>(slots_.size() - 1);
  }

  // Whether the match instruction is reachable from the start without consuming a token.
  bool can_match_nothing() const {
    std::vector<bool> seen(program_.code.size(), false);
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
      std::uint32_t pc = stack.back();
      stack.pop_back();
      if (pc >= program_.code.size() || seen[pc]) continue;
      seen[pc] = true;
      const Instruction& in = program_.code[pc];
      switch (in.op) {
        case Op::match: return true;
        case Op::split: stack.push_back(in.a); stack.push_back(in.b); break;
        case Op::jump: stack.push_back(in.a); break;
        case Op::save: stack.push_back(pc + 1); break;
        default: break;
      }
    }
    return false;
  }

  void compute_start_words() {
    std::vector<bool> seen(program_.code.size(), false);
    std::vector<std::uint32_t> stack{0};
    WordSet start;
    while (!stack.empty()) {
      std::uint32_t pc = stack.back();
      stack.pop_back();
      if (pc >= program_.code.size() || seen[pc]) continue;
      seen[pc] = true;
      const Instruction& in = program_.code[pc];
      switch (in.op) {
        case Op::split: stack.push_back(in.a); stack.push_back(in.b); break;
        case Op::jump: stack.push_back(in.a); break;
        case Op::save: stack.push_back(pc + 1); break;
        case Op::word: merge_into(start, program_.sets[in.a]); break;
        default: return;  // any, not_word, value: a match may start at any token
      }
    }
    program_.has_start_words = true;
    program_.start_words = std::move(start);
  }

  // The longest path through the program, in tokens. Programs are acyclic (bounded
  // repetitions are unrolled, every branch goes forward), so one backward pass suffices.
  void compute_max_span() {
    const auto& code = program_.code;
    std::vector<std::uint32_t> longest(code.size() + 1, 0);
    for (std::size_t i = code.size(); i-- > 0;) {
      const Instruction& in = code[i];
      switch (in.op) {
        case Op::match: longest[i] = 0; break;
        case Op::split: longest[i] = std::max(longest[in.a], longest[in.b]); break;
        case Op::jump: longest[i] = longest[in.a]; break;
        case Op::save: longest[i] = longest[i + 1]; break;
        case Op::value: longest[i] = longest[i + 1] + max_value_tokens; break;
        case Op::role: longest[i] = longest[i + 1] + max_role_tokens; break;
        default: longest[i] = longest[i + 1] + 1; break;
      }
    }
    program_.max_span = longest[0];
  }

  // Sets of words each of which has a word in every match of `node`: all the words of a
  // phrase, the parts of a sequence, one combined set for an alternation.
  std::vector<WordSet> required_of(const PatternNode& node, std::set<std::string>& visiting) {
    switch (node.kind) {
      case NodeKind::phrase: {
        std::vector<WordSet> sets;
        for (const auto& token : cached_phrase_tokens(cache_, node.text).tokens) {
          WordSet set;
          (token.prefix ? set.prefixes : set.words).push_back(token.text);
          sets.push_back(std::move(set));
        }
        return sets;
      }
      case NodeKind::sequence: {
        std::vector<WordSet> sets;
        for (const auto& child : node.children) {
          auto child_sets = required_of(child, visiting);
          sets.insert(sets.end(), std::make_move_iterator(child_sets.begin()), std::make_move_iterator(child_sets.end()));
        }
        return sets;
      }
      case NodeKind::alternation: {
        if (auto atoms = atoms_of(node, visiting)) return {std::move(*atoms)};
        return {};
      }
      case NodeKind::repeat:
        if (node.min == 0) return {};
        return required_of(node.children[0], visiting);
      case NodeKind::capture: return required_of(node.children[0], visiting);
      case NodeKind::reference: {
        auto found = patterns_.find(node.text);
        if (found == patterns_.end() || !visiting.insert(node.text).second) return {};
        auto sets = required_of(found->second.definition->pattern.root, visiting);
        visiting.erase(node.text);
        return sets;
      }
      default: return {};
    }
  }

  // Atoms: a set of words one of which occurs in every match of `node` (YARA's idea, on
  // tokens). Sequences keep their most selective part; alternations need all branches.
  std::optional<WordSet> atoms_of(const PatternNode& node, std::set<std::string>& visiting) {
    switch (node.kind) {
      case NodeKind::phrase: {
        const PhraseTokens& tokens = cached_phrase_tokens(cache_, node.text);
        const PhraseToken* best = nullptr;
        for (const auto& token : tokens.tokens) {
          auto score = [](const PhraseToken& t) { return (t.prefix ? 0 : 1000) + t.text.size(); };
          if (best == nullptr || score(token) > score(*best)) best = &token;
        }
        if (best == nullptr) return std::nullopt;
        WordSet set;
        (best->prefix ? set.prefixes : set.words).push_back(best->text);
        return set;
      }
      case NodeKind::sequence: {
        std::optional<WordSet> best;
        for (const auto& child : node.children) {
          auto atoms = atoms_of(child, visiting);
          if (!atoms) continue;
          auto size = [](const WordSet& s) { return s.words.size() + 4 * s.prefixes.size(); };
          if (!best || size(*atoms) < size(*best)) best = std::move(atoms);
        }
        return best;
      }
      case NodeKind::alternation: {
        std::vector<WordSet> sets;
        for (const auto& child : node.children) {
          auto atoms = atoms_of(child, visiting);
          if (!atoms) return std::nullopt;
          sets.push_back(std::move(*atoms));
        }
        return merge_all(sets);
      }
      case NodeKind::repeat:
        if (node.min == 0) return std::nullopt;
        return atoms_of(node.children[0], visiting);
      case NodeKind::capture: return atoms_of(node.children[0], visiting);
      case NodeKind::reference: {
        auto found = patterns_.find(node.text);
        if (found == patterns_.end() || !visiting.insert(node.text).second) return std::nullopt;
        auto atoms = atoms_of(found->second.definition->pattern.root, visiting);
        visiting.erase(node.text);
        return atoms;
      }
      default: return std::nullopt;
    }
  }

  Program& program_;
  const std::map<std::string, NamedPattern>& patterns_;
  std::vector<CaptureSlot>& slots_;
  std::vector<Diagnostic>& diagnostics_;
  PhraseCache& cache_;
  std::vector<std::string> stack_;
  bool ok_ = true;
  bool swap_roles_ = false;
};

// ---- where: reading the quantity a captured value is compared with.

struct Quantity {
  double number = 0;
  std::string currency;  // "GBP", "USD", "EUR", or ""
  std::string unit;      // "day", "working day", "week", "month", "year", "percent", or ""
  bool is_date = false;
};

long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

// Reads "30 days", "£1,000,000", "1.5 million GBP", "10%", "2025-04-01". nullopt with
// `problem` set when a word is not understood.
std::optional<Quantity> read_quantity(std::string_view text, std::string& problem) {
  Quantity q;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    // The grammar admits only digits here, so atoi cannot fail; the calendar check must
    // agree with the document reader, which rejects 2025-02-31.
    int y = std::atoi(std::string(text.substr(0, 4)).c_str());
    unsigned m = static_cast<unsigned>(std::atoi(std::string(text.substr(5, 2)).c_str()));
    unsigned d = static_cast<unsigned>(std::atoi(std::string(text.substr(8, 2)).c_str()));
    static constexpr unsigned kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m < 1 || m > 12 || d < 1 || d > kDaysInMonth[m - 1] || (m == 2 && d == 29 && !leap)) {
      problem = "'" + std::string(text) + "' is not a valid date";
      return std::nullopt;
    }
    q.is_date = true;
    q.number = static_cast<double>(days_from_civil(y, m, d));
    return q;
  }
  std::size_t i = 0;
  for (auto [symbol, code] : {std::pair{"£", "GBP"}, std::pair{"$", "USD"}, std::pair{"€", "EUR"}}) {
    std::string_view s(symbol);
    if (text.substr(0, s.size()) == s) {
      q.currency = code;
      i = s.size();
    }
  }
  std::string digits;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' || text[i] == '.')) {
    if (text[i] != ',') digits += text[i];
    ++i;
  }
  // strtod, not stod: a 400-digit literal must be a diagnostic, not an exception.
  char* end = nullptr;
  q.number = std::strtod(digits.c_str(), &end);
  constexpr double kLargestLiteral = 1e15;  // beyond any sum, count or period in a contract
  if (digits.empty() || end != digits.c_str() + digits.size() || !(q.number <= kLargestLiteral)) {
    problem = "'" + std::string(text) + "' is not a number clausecheck can compare (at most 10^15)";
    return std::nullopt;
  }
  std::string rest;
  for (; i < text.size(); ++i) rest += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  // Split the unit words.
  std::vector<std::string> words;
  std::string word;
  for (char c : rest) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else if (c == '%') {
      if (!word.empty()) words.push_back(word);
      words.push_back("%");
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& u = words[w];
    if (u == "%" || u == "percent" || (u == "per" && w + 1 < words.size() && words[w + 1] == "cent")) {
      q.unit = "percent";
      if (u == "per") ++w;
    } else if (u == "day" || u == "days" || u == "calendar") {
      if (q.unit.empty()) q.unit = "day";
    } else if (u == "working" || u == "business") {
      q.unit = "working day";
      if (w + 1 < words.size() && (words[w + 1] == "day" || words[w + 1] == "days")) ++w;
    } else if (u == "week" || u == "weeks") {
      q.unit = "week";
    } else if (u == "month" || u == "months") {
      q.unit = "month";
    } else if (u == "year" || u == "years") {
      q.unit = "year";
    } else if (u == "gbp" || u == "usd" || u == "eur") {
      std::string code = u;
      for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      q.currency = code;
    } else if (u == "million" || u == "m") {
      q.number *= 1e6;
    } else if (u == "billion" || u == "bn") {
      q.number *= 1e9;
    } else if (u == "thousand" || u == "k") {
      q.number *= 1e3;
    } else {
      problem = "unknown unit '" + u + "'";
      return std::nullopt;
    }
  }
  return q;
}

double unit_days(const std::string& unit) {
  if (unit == "working day") return 7.0 / 5.0;
  if (unit == "week") return 7;
  if (unit == "month") return 30;
  if (unit == "year") return 365;
  return 1;
}

// Resolves `condition` against the capture's type; nullopt with `problem` when they do not fit.
std::optional<Comparison> resolve_condition(const ConditionSyntax& condition, const CaptureSlot& slot,
                                            std::string& problem) {
  std::string q_problem;
  auto q = read_quantity(condition.quantity, q_problem);
  if (!q) {
    problem = q_problem;
    return std::nullopt;
  }
  Comparison c;
  c.comparator = condition.comparator;
  c.source = condition.source;
  std::string type(to_string(slot.type));
  auto mismatch = [&](const std::string& example) {
    problem = "'" + slot.name + "' is a " + type + " and cannot be compared with " + condition.quantity +
              "; compare it with " + example;
    return std::nullopt;
  };
  if (!condition.field.empty() && condition.field != "value" &&
      !(condition.field == "days" && slot.type == ValueType::duration)) {
    problem = "unknown field '" + condition.field + "' of " + slot.name + " (" + type +
              "): use value" + (slot.type == ValueType::duration ? " or days" : "");
    return std::nullopt;
  }
  switch (slot.type) {
    case ValueType::duration:
      if (q->is_date || !q->currency.empty() || q->unit == "percent") return mismatch("a duration, such as 30 days");
      if (condition.field == "days" || condition.field == "value") {
        if (!q->unit.empty()) return mismatch("a number of days, such as " + slot.name + ".days > 30");
        c.operand = q->number;
        c.compare_days = condition.field == "days";
        return c;
      }
      if (q->unit.empty()) {
        problem = "'" + slot.name + "' is a DURATION: give the number a unit, as in " + slot.name + " > " +
                  condition.quantity + " days";
        return std::nullopt;
      }
      c.operand = q->number * unit_days(q->unit);
      c.compare_days = true;
      return c;
    case ValueType::money:
      if (q->is_date || !q->unit.empty()) return mismatch("an amount, such as £1,000,000");
      c.operand = q->number;
      c.currency = q->currency;
      return c;
    case ValueType::percent:
      if (q->is_date || !q->currency.empty() || (!q->unit.empty() && q->unit != "percent")) {
        return mismatch("a percentage, such as 10%");
      }
      c.operand = q->number;
      return c;
    case ValueType::number:
      if (q->is_date || !q->currency.empty() || !q->unit.empty()) return mismatch("a plain number, such as 5");
      c.operand = q->number;
      return c;
    case ValueType::date:
      if (!q->is_date) return mismatch("a date, such as 2025-04-01");
      c.operand = q->number;
      return c;
  }
  return std::nullopt;
}

// Checks the {captures} of a message or ask; reports each unknown one.
void check_interpolation(const Located<std::string>& text, const char* property,
                         const std::vector<CaptureSlot>& slots, FileContext file,
                         std::vector<Diagnostic>& diagnostics) {
  if (!text.present) return;
  const std::string& s = text.value;
  for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    std::size_t close = s.find('}', open);
    if (close == std::string::npos) break;
    std::string name = s.substr(open + 1, close - open - 1);
    if (!name.empty() && name[0] == '@') {
      if (!parse_party_role(name.substr(1))) {
        SourcePosition at = text.position;
        at.column += static_cast<int>(open) + 1;
        diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                              "unknown role '{" + name + "}' in " + property +
                                                  ": use {@provider}, {@counterparty} or {@funder}"));
      }
      continue;
    }
    std::size_t dot = name.find('.');
    std::string capture = name.substr(0, dot);
    bool known = std::any_of(slots.begin(), slots.end(), [&](const CaptureSlot& slot) { return slot.name == capture; });
    if (!known) {
      SourcePosition at = text.position;
      at.column += static_cast<int>(open) + 1;  // +1: the opening quote
      diagnostics.push_back(make_diagnostic(file.path, file.text, at,
                                            "unknown capture '{" + name + "}' in " + property +
                                                ": name it in the pattern, as in " + capture + ":DURATION"));
    }
  }
}

class PackCompiler {
 public:
  PackCompiler(const RuleCompileOptions& options, std::vector<Diagnostic>& diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  void add_patterns(const RuleFileSyntax& file, FileContext context) {
    for (const auto& definition : file.patterns) {
      auto [it, inserted] = patterns_.emplace(definition.name, NamedPattern{&definition, context});
      if (!inserted) {
        error(context, definition.position,
              "pattern '" + definition.name + "' is defined twice (first at " +
                  std::string(it->second.file.path) + ":" + std::to_string(it->second.definition->position.line) + ")");
      }
    }
  }

  void check_patterns() {
    // Check each named pattern on its own, so a mistake in an unused one is still reported.
    for (const auto& [name, named] : patterns_) {
      Program program;
      std::vector<CaptureSlot> slots;
      ProgramBuilder(program, patterns_, slots, diagnostics_, phrases_).build(named.definition->pattern, named.file);
    }
  }

  void add_rules(const RuleFileSyntax& file, FileContext context) {
    for (const auto& rule : file.rules) compile_rule(rule, context);
  }

  CompiledPack take() { return std::move(pack_); }

 private:
  void error(FileContext file, SourcePosition position, std::string message) {
    diagnostics_.push_back(make_diagnostic(file.path, file.text, position, std::move(message)));
  }

  void compile_rule(const RuleSyntax& rule, FileContext file) {
    std::size_t errors_before = diagnostics_.size();
    CompiledRule compiled;
    RuleInfo& info = compiled.info;
    info.id = rule.id;
    info.path = std::string(file.path);
    info.line = rule.position.line;
    info.absence = rule.absence;

    auto [first, inserted] = ids_.emplace(rule.id, std::pair{std::string(file.path), rule.position.line});
    if (!inserted) {
      error(file, rule.position, "duplicate rule id '" + rule.id + "' (first defined at " + first->second.first + ":" +
                                     std::to_string(first->second.second) + ")");
    }
    for (const auto& [property, position] : rule.duplicate_properties) {
      error(file, position, "'" + property + "' is given twice in rule " + rule.id);
    }
    auto require = [&](const Located<std::string>& property, const char* name) {
      if (!property.present) error(file, rule.position, "rule " + rule.id + " has no " + name);
    };
    require(rule.title, "title");
    require(rule.category, "category");
    require(rule.severity, "severity");
    require(rule.message, "message");
    info.title = rule.title.value;
    info.category = rule.category.value;
    info.taxonomy = rule.taxonomy.value;
    info.tags = rule.tags.value;
    if (rule.severity.present) {
      if (auto severity = parse_severity(rule.severity.value)) {
        info.severity = *severity;
      } else {
        diagnostics_.push_back(make_diagnostic(file.path, file.text, rule.severity.position,
                                               "unknown severity '" + rule.severity.value + "'",
                                               "a severity: info, low, medium, high or critical"));
      }
    }
    compiled.scope = rule.scope.present ? rule.scope.value : (rule.absence ? RuleScope::document : RuleScope::sentence);
    info.scope = std::string(scope_name(compiled.scope));
    compiled.message = rule.message.value;
    compiled.ask = rule.ask.value;
    compiled.reference = rule.reference.value;
    info.message = compiled.message;
    info.ask = compiled.ask;
    info.reference = compiled.reference;
    for (std::size_t k = 0; k < document_kind_count; ++k) {
      const auto kind = static_cast<DocumentKind>(k);
      if (!rule.absence || !is_part_of_larger_contract(kind)) compiled.applies_to |= 1u << k;
    }
    if (rule.applies_to.present) {
      compiled.applies_to = 0;
      compiled.applies_to_written = true;
      for (const auto& name : rule.applies_to.value) {
        if (auto kind = parse_document_kind(name)) compiled.applies_to |= 1u << static_cast<unsigned>(*kind);
      }
    }
    compiled.report_once = rule.report_once.value;
    if (rule.report_once.present && rule.absence) {
      error(file, rule.report_once.position, "'report' is for rules that match: an absence rule already reports at most once");
    }
    for (const auto& example : rule.examples) info.examples.push_back({example.text, example.must_fire, example.position.line});

    if (!rule.match) {
      error(file, rule.position, rule.absence ? "absence rule " + rule.id + " has no require pattern"
                                              : "rule " + rule.id + " has no match pattern");
    } else {
      if (rule.absence && !rule.match_is_require) {
        error(file, rule.match_position, "an absence rule states what must be present with 'require', not 'match'");
      } else if (!rule.absence && rule.match_is_require) {
        error(file, rule.match_position, "'require' belongs to absence rules ('absent rule …'); use 'match' here");
      }
      ProgramBuilder(compiled.match, patterns_, compiled.slots, diagnostics_, phrases_).build(*rule.match, file);
    }
    for (const auto& condition : rule.conditions) attach_condition(condition, compiled, file);
    for (const auto& scoped : rule.scoped_patterns) {
      ScopedProgram program;
      program.is_unless = scoped.is_unless;
      program.scope = rule.absence ? RuleScope::document : scoped.scope.value_or(compiled.scope);
      program.referenced = scoped.referenced;
      if (scoped.referenced && rule.absence) {
        error(file, rule.position, "'within referenced' needs a match whose clause refers to others; absence rules have none");
      }
      std::vector<CaptureSlot> unused_slots;
      if (scoped.reciprocal) {
        if (rule.absence || !rule.match) {
          error(file, scoped.position, "reciprocal mirrors the rule's match pattern; an absence rule has none");
          continue;
        }
        program.scope = scoped.scope.value_or(RuleScope::document);
        ProgramBuilder builder(program.program, patterns_, unused_slots, diagnostics_, phrases_);
        builder.swap_roles();
        builder.build(*rule.match, file);
        program.program.source = "reciprocal (" + rule.match->source + ", with @provider and @counterparty swapped)";
        const std::uint32_t parties = (1u << static_cast<unsigned>(PartyRole::provider)) |
                                      (1u << static_cast<unsigned>(PartyRole::counterparty));
        if ((program.program.roles_used & parties) == 0) {
          error(file, scoped.position, "reciprocal needs a match pattern that names @provider or @counterparty");
        }
        compiled.scoped.push_back(std::move(program));
        continue;
      }
      ProgramBuilder(program.program, patterns_, unused_slots, diagnostics_, phrases_).build(scoped.pattern, file);
      compiled.scoped.push_back(std::move(program));
    }
    check_interpolation(rule.message, "message", compiled.slots, file, diagnostics_);
    check_interpolation(rule.ask, "ask", compiled.slots, file, diagnostics_);

    if (options_.strict) {
      bool has_example = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return e.must_fire; });
      bool has_counter = std::any_of(rule.examples.begin(), rule.examples.end(), [](auto& e) { return !e.must_fire; });
      if (!has_example) error(file, rule.position, "rule " + rule.id + " has no example (strict mode needs one)");
      if (!has_counter) error(file, rule.position, "rule " + rule.id + " has no counter example (strict mode needs one)");
    }
    if (diagnostics_.size() == errors_before) {
      pack_.infos.push_back(info);
      pack_.rules.push_back(std::move(compiled));
    }
  }

  void attach_condition(const ConditionSyntax& condition, CompiledRule& compiled, FileContext file) {
    auto slot = std::find_if(compiled.slots.begin(), compiled.slots.end(),
                             [&](const CaptureSlot& s) { return s.name == condition.capture; });
    if (slot == compiled.slots.end()) {
      std::string known;
      for (const auto& s : compiled.slots) known += (known.empty() ? "" : ", ") + s.name;
      error(file, condition.position, "unknown capture '" + condition.capture + "' in where" +
                                          (known.empty() ? std::string(": the pattern captures nothing")
                                                         : "; the pattern captures: " + known));
      return;
    }
    if (!slot->typed) {
      error(file, condition.position, "'" + condition.capture +
                                          "' captures words, not a value: where compares NUMBER, MONEY, PERCENT, "
                                          "DURATION or DATE captures");
      return;
    }
    std::string problem;
    auto comparison = resolve_condition(condition, *slot, problem);
    if (!comparison) {
      error(file, condition.quantity_position, problem);
      return;
    }
    int slot_index = static_cast<int>(slot - compiled.slots.begin());
    for (auto& value : compiled.match.values) {
      if (value.slot == slot_index) value.conditions.push_back(*comparison);
    }
    compiled.conditions.push_back({condition.source, slot_index});
    auto& conditioned = compiled.match.conditioned_slots;
    if (std::find(conditioned.begin(), conditioned.end(), slot_index) == conditioned.end()) {
      conditioned.push_back(slot_index);
    }
  }

  const RuleCompileOptions& options_;
  std::vector<Diagnostic>& diagnostics_;
  std::map<std::string, NamedPattern> patterns_;
  std::map<std::string, std::pair<std::string, int>> ids_;
  PhraseCache phrases_;
  CompiledPack pack_;
};

}  // namespace

}  // namespace rules

RuleCompileResult compile_rule_pack(const std::vector<RuleSource>& sources, const RuleCompileOptions& options) {
  RuleCompileResult result;
  std::vector<rules::RuleFileSyntax> files;
  std::size_t rule_budget = rules::max_rules_per_pack;
  files.reserve(sources.size());
  for (const auto& source : sources) {
    files.push_back(rules::parse_rule_file(source, result.diagnostics, rule_budget));
    // A pack over the limit is not checked further: its size is the one error to fix.
    if (rule_budget == rules::pack_too_large) return result;
  }
  rules::PackCompiler compiler(options, result.diagnostics);
  for (std::size_t i = 0; i < files.size(); ++i) compiler.add_patterns(files[i], {sources[i].path, sources[i].text});
  compiler.check_patterns();
  for (std::size_t i = 0; i < files.size(); ++i) compiler.add_rules(files[i], {sources[i].path, sources[i].text});
  // Report in file order, then line order, whatever phase found the problem.
  std::map<std::string, std::size_t> file_order;
  for (std::size_t i = 0; i < sources.size(); ++i) file_order.emplace(sources[i].path, i);
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    auto fa = file_order[a.path], fb = file_order[b.path];
    if (fa != fb) return fa < fb;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
  // The same mistake inside a named pattern is found once per use; report it once.
  result.diagnostics.erase(std::unique(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const Diagnostic& a, const Diagnostic& b) {
                                         return a.path == b.path && a.line == b.line && a.column == b.column &&
                                                a.message == b.message;
                                       }),
                           result.diagnostics.end());
  if (result.diagnostics.empty()) {
    rules::CompiledPack pack = compiler.take();
    pack.atom_index = rules::AtomIndex(pack.rules);
    result.pack = std::make_shared<const RulePack>(std::make_shared<const rules::CompiledPack>(std::move(pack)));
  }
  return result;
}

}  // namespace clausecheck
