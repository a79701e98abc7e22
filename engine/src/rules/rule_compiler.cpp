// The rule compiler: syntax trees of a pack's files -> compiled pack (compiled_pack.h).
// It runs the phases over every rule, each in its own file:
//   rule_parser.cpp       text -> syntax tree (grammar.h)
//   semantic_checks.cpp   what the grammar cannot see: names, bounds, metadata, {captures}
//   where_conditions.cpp  `where` literals, read by the document's typed-value reader
//   program_builder.cpp   syntax tree -> Program (code emission)
//   program_analysis.cpp  start words, atoms and longest match of each Program
// Every problem becomes a located Diagnostic and compilation goes on, so that one run
// reports all the mistakes of a pack; program_dump.h shows what a pattern became.
#include <algorithm>
#include <map>
#include <string>

#include "clausecheck/rules.h"
#include "rules/compile_context.h"
#include "rules/compiled_pack.h"
#include "rules/diagnostics.h"
#include "rules/program_builder.h"
#include "rules/rule_parser.h"
#include "rules/semantic_checks.h"
#include "rules/where_conditions.h"

namespace clausecheck {

RulePack::RulePack(std::shared_ptr<const rules::CompiledPack> compiled) : compiled_(std::move(compiled)) {}

const std::vector<RuleInfo>& RulePack::rules() const { return compiled_->infos; }

namespace rules {

namespace {

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
      ProgramBuilder builder(program, patterns_, slots, diagnostics_, phrases_, word_sets_);
      builder.check_only();
      builder.build(named.definition->pattern, named.file);
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
    check_rule_properties(rule, file, diagnostics_);
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
    info.scope = std::string(scope_word(compiled.scope));
    compiled.message = rule.message.value;
    compiled.ask = rule.ask.value;
    compiled.reference = rule.reference.value;
    info.message = compiled.message;
    info.ask = compiled.ask;
    info.reference = compiled.reference;
    for (std::size_t k = 0; k < document_kind_count; ++k) {
      const auto kind = static_cast<DocumentKind>(k);
      if (has_no_provider(kind)) continue;
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
    for (const auto& example : rule.examples) info.examples.push_back({example.text, example.must_fire, example.position.line});

    if (rule.match) {
      ProgramBuilder(compiled.match, patterns_, compiled.slots, diagnostics_, phrases_, word_sets_)
          .build(*rule.match, file);
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
      std::vector<CaptureSlot> condition_slots;
      if (scoped.reciprocal) {
        if (rule.absence || !rule.match) {
          error(file, scoped.position, "reciprocal mirrors the rule's match pattern; an absence rule has none");
          continue;
        }
        program.scope = scoped.scope.value_or(RuleScope::document);
        ProgramBuilder builder(program.program, patterns_, condition_slots, diagnostics_, phrases_, word_sets_);
        builder.swap_roles();
        builder.build(*rule.match, file);
        program.program.source = "reciprocal (" + rule.match->source + ", with @provider and @counterparty swapped)";
        program.slot_count = condition_slots.size();
        const std::uint32_t parties = (1u << static_cast<unsigned>(PartyRole::provider)) |
                                      (1u << static_cast<unsigned>(PartyRole::counterparty));
        if ((program.program.roles_used & parties) == 0) {
          error(file, scoped.position, "reciprocal needs a match pattern that names @provider or @counterparty");
        }
        compiled.scoped.push_back(std::move(program));
        continue;
      }
      ProgramBuilder(program.program, patterns_, condition_slots, diagnostics_, phrases_, word_sets_)
          .build(scoped.pattern, file);
      program.slot_count = condition_slots.size();
      compiled.scoped.push_back(std::move(program));
    }
    check_interpolation(rule.message, "message", compiled.slots, file, diagnostics_);
    check_interpolation(rule.ask, "ask", compiled.slots, file, diagnostics_);

    if (options_.strict) check_examples(rule, file, diagnostics_);
    if (diagnostics_.size() == errors_before) {
      pack_.infos.push_back(info);
      pack_.rules.push_back(std::move(compiled));
    }
  }

  // The typed capture slot `name` of `compiled`, or nullptr after an error at `position`.
  const CaptureSlot* typed_slot(const std::string& name, const CompiledRule& compiled, FileContext file,
                                SourcePosition position) {
    auto slot = std::find_if(compiled.slots.begin(), compiled.slots.end(),
                             [&](const CaptureSlot& s) { return s.name == name; });
    if (slot == compiled.slots.end()) {
      std::string known;
      for (const auto& s : compiled.slots) known += (known.empty() ? "" : ", ") + s.name;
      error(file, position, "unknown capture '" + name + "' in where" +
                                (known.empty() ? std::string(": the pattern captures nothing")
                                               : "; the pattern captures: " + known));
      return nullptr;
    }
    if (!slot->typed) {
      error(file, position, "'" + name +
                                "' captures words, not a value: where compares NUMBER, MONEY, PERCENT, "
                                "DURATION or DATE captures");
      return nullptr;
    }
    return &*slot;
  }

  void mark_conditioned(Program& program, int slot_index) {
    auto& conditioned = program.conditioned_slots;
    if (std::find(conditioned.begin(), conditioned.end(), slot_index) == conditioned.end()) {
      conditioned.push_back(slot_index);
    }
  }

  void attach_condition(const ConditionSyntax& condition, CompiledRule& compiled, FileContext file) {
    const CaptureSlot* slot = typed_slot(condition.capture, compiled, file, condition.position);
    if (slot == nullptr) return;
    const int slot_index = static_cast<int>(slot - compiled.slots.data());
    if (!condition.other_capture.empty()) {
      attach_capture_comparison(condition, *slot, slot_index, compiled, file);
      return;
    }
    std::string problem;
    auto comparison = resolve_condition(condition, *slot, problem);
    if (!comparison) {
      error(file, condition.quantity_position, problem);
      return;
    }
    for (auto& value : compiled.match.values) {
      if (value.slot == slot_index) value.conditions.push_back(*comparison);
    }
    compiled.conditions.push_back({condition.source, slot_index});
    mark_conditioned(compiled.match, slot_index);
  }

  // `short < long`: both captures typed, of one type, and not the same capture.
  void attach_capture_comparison(const ConditionSyntax& condition, const CaptureSlot& slot, int slot_index,
                                 CompiledRule& compiled, FileContext file) {
    const CaptureSlot* other = typed_slot(condition.other_capture, compiled, file, condition.quantity_position);
    if (other == nullptr) return;
    const int other_index = static_cast<int>(other - compiled.slots.data());
    std::string problem;
    auto comparison = resolve_capture_comparison(condition, slot, *other, problem);
    if (!comparison) {
      error(file, other_index == slot_index ? condition.quantity_position : condition.position, problem);
      return;
    }
    comparison->left = slot_index;
    comparison->right = other_index;
    compiled.match.capture_comparisons.push_back(*comparison);
    compiled.conditions.push_back({condition.source, slot_index, other_index});
    mark_conditioned(compiled.match, slot_index);
    mark_conditioned(compiled.match, other_index);
  }

  const RuleCompileOptions& options_;
  std::vector<Diagnostic>& diagnostics_;
  PatternTable patterns_;
  std::map<std::string, std::pair<std::string, int>> ids_;
  PhraseCache phrases_;
  SingleWordSets word_sets_;
  CompiledPack pack_;
};

}  // namespace

}  // namespace rules

namespace {

// The phases after parsing: `files[i]` is the syntax tree of `sources[i]`, in pack order;
// `result` holds the parse's diagnostics so far.
RuleCompileResult compile_files(RuleCompileResult result, const std::vector<const RuleSource*>& sources,
                                const std::vector<const rules::RuleFileSyntax*>& files,
                                const RuleCompileOptions& options) {
  rules::PackCompiler compiler(options, result.diagnostics);
  for (std::size_t i = 0; i < files.size(); ++i) compiler.add_patterns(*files[i], {sources[i]->path, sources[i]->text});
  compiler.check_patterns();
  for (std::size_t i = 0; i < files.size(); ++i) compiler.add_rules(*files[i], {sources[i]->path, sources[i]->text});
  // Report in file order, then line order, whatever phase found the problem.
  std::map<std::string, std::size_t> file_order;
  for (std::size_t i = 0; i < sources.size(); ++i) file_order.emplace(sources[i]->path, i);
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

}  // namespace

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
  std::vector<const RuleSource*> source_of;
  std::vector<const rules::RuleFileSyntax*> syntax_of;
  for (std::size_t i = 0; i < files.size(); ++i) {
    source_of.push_back(&sources[i]);
    syntax_of.push_back(&files[i]);
  }
  return compile_files(std::move(result), source_of, syntax_of, options);
}

RuleCompileResult compile_rule_pack(const std::vector<ParsedRuleFile>& parsed, const RuleCompileOptions& options) {
  RuleCompileResult result;
  std::vector<rules::RuleFileSyntax> reparsed;
  reparsed.reserve(parsed.size());  // never moves: syntax_of points into it
  std::vector<const RuleSource*> source_of;
  std::vector<const rules::RuleFileSyntax*> syntax_of;
  std::size_t rule_budget = rules::max_rules_per_pack;
  for (const ParsedRuleFile& file : parsed) {
    const rules::ParsedFileData& data = file.parsed();
    source_of.push_back(&file.source());
    // Its rules fit in what the files before it left: the parse is the one compile_rule_pack
    // (sources) would make (rules::ParsedFileData).
    if (data.budget_left != rules::pack_too_large && data.syntax.rules.size() <= rule_budget) {
      result.diagnostics.insert(result.diagnostics.end(), data.diagnostics.begin(), data.diagnostics.end());
      rule_budget -= data.syntax.rules.size();
      syntax_of.push_back(&data.syntax);
      continue;
    }
    reparsed.push_back(rules::parse_rule_file(file.source(), result.diagnostics, rule_budget));
    syntax_of.push_back(&reparsed.back());
    if (rule_budget == rules::pack_too_large) return result;
  }
  return compile_files(std::move(result), source_of, syntax_of, options);
}

}  // namespace clausecheck
