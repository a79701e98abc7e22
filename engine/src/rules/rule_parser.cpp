// The parser actions build the syntax tree while PEGTL matches the grammar (grammar.h).
// Pattern expressions are built on a stack: each primary pushes a node, a quantifier
// wraps the top node, and a sequence or an alternation folds the nodes pushed since its
// start mark into one. The grammar never backtracks over a construct whose first token
// matched (everything after it is must<>), so no stale node is ever left on the stack.
#include "rules/rule_parser.h"

#include <charconv>
#include <cstdio>
#include <climits>
#include <optional>
#include <string>

#include "rules/diagnostics.h"
#include "rules/grammar.h"
#include "clausecheck/utf8_code_point.h"

namespace clausecheck::rules {

namespace pegtl = tao::pegtl;
namespace g = grammar;

std::string unquote(std::string_view quoted) {
  if (quoted.size() >= 2 && quoted.front() == '"') quoted = quoted.substr(1, quoted.size() - 2);
  std::string out;
  out.reserve(quoted.size());
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 1 < quoted.size()) {
      char c = quoted[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += quoted[i];
    }
  }
  return out;
}

namespace {

struct ParserState {
  RuleFileSyntax* file = nullptr;
  std::vector<PatternNode> nodes;
  std::vector<std::size_t> marks;
  int group_depth = 0;
  long long bound_min = 0;
  long long bound_max = 0;
  std::string last_expression_source;
  SourcePosition last_expression_position;
  std::string last_text;
  SourcePosition last_text_position;
  std::string last_severity;
  RuleScope last_scope = RuleScope::sentence;
  std::optional<RuleScope> condition_scope;
  bool condition_referenced = false;
  bool reciprocal = false;
  SourcePosition reciprocal_position;
  std::vector<std::string> tags;
  ConditionSyntax condition;
  RuleSyntax rule;
  PatternDefinitionSyntax pattern;

  void reset() {
    nodes.clear();
    marks.clear();
    group_depth = 0;
    condition_scope.reset();
    condition_referenced = false;
    reciprocal = false;
    tags.clear();
  }

  PatternSyntax pop_pattern() {
    PatternSyntax pattern_syntax;
    if (!nodes.empty()) {
      pattern_syntax.root = std::move(nodes.back());
      nodes.pop_back();
    }
    pattern_syntax.source = last_expression_source;
    pattern_syntax.position = last_expression_position;
    return pattern_syntax;
  }

  PatternNode pop_node() {
    PatternNode node = std::move(nodes.back());
    nodes.pop_back();
    return node;
  }

  // Folds the nodes pushed since the last mark into one node of `kind` (or keeps a lone one).
  void fold(NodeKind kind) {
    std::size_t mark = marks.back();
    marks.pop_back();
    if (nodes.size() - mark == 1) return;
    PatternNode folded;
    folded.kind = kind;
    folded.position = nodes[mark].position;
    for (std::size_t i = mark; i < nodes.size(); ++i) folded.children.push_back(std::move(nodes[i]));
    nodes.resize(mark);
    nodes.push_back(std::move(folded));
  }
};

template <typename Input>
SourcePosition position_of(const Input& in) {
  auto p = in.position();
  return {static_cast<int>(p.line), static_cast<int>(p.column)};
}

long long parse_bound(std::string_view digits) {
  long long value = 0;
  auto [ptr, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  (void)ptr;
  return error == std::errc() ? value : LLONG_MAX;
}

void set_once(RuleSyntax& rule, Located<std::string>& property, const char* name, const ParserState& state,
              std::string value) {
  if (property.present) {
    rule.duplicate_properties.emplace_back(name, state.last_text_position);
    return;
  }
  property.value = std::move(value);
  property.position = state.last_text_position;
  property.present = true;
}

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<g::phrase> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::phrase;
    node.position = position_of(in);
    node.text = unquote(in.string_view());
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::group_open> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    if (++s.group_depth > max_group_depth) {
      throw pegtl::parse_error("parentheses nest more than " + std::to_string(max_group_depth) + " levels deep", in);
    }
  }
};

template <>
struct action<g::group_close> {
  static void apply0(ParserState& s) { --s.group_depth; }
};

template <>
struct action<g::gap_min> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) { s.bound_min = parse_bound(in.string_view()); }
};
template <>
struct action<g::repeat_min> : action<g::gap_min> {};

template <>
struct action<g::gap_max> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) { s.bound_max = parse_bound(in.string_view()); }
};
template <>
struct action<g::repeat_max> : action<g::gap_max> {};

template <>
struct action<g::gap> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::gap;
    node.position = position_of(in);
    node.min = s.bound_min;
    node.max = s.bound_max;
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::any_token> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::any;
    node.position = position_of(in);
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::role_reference> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::role;
    node.position = position_of(in);
    node.text = in.string().substr(1);  // without the '@'
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::value_type> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::value;
    node.position = position_of(in);
    node.text = in.string();
    node.value_type = parse_value_type(node.text).value_or(ValueType::number);
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::negation> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::negation;
    node.position = position_of(in);
    node.children.push_back(s.pop_node());
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::item_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::reference;
    node.position = position_of(in);
    node.text = in.string();
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::capture_suffix> {
  static void apply0(ParserState& s) {
    PatternNode captured = s.pop_node();
    PatternNode node = s.pop_node();  // the reference node holding the capture's name
    node.kind = NodeKind::capture;
    node.children.push_back(std::move(captured));
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::optional_mark> {
  static void apply0(ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::repeat;
    node.min = 0;
    node.max = 1;
    node.position = s.nodes.back().position;
    node.children.push_back(s.pop_node());
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::repeat> {
  static void apply0(ParserState& s) {
    PatternNode node;
    node.kind = NodeKind::repeat;
    node.min = s.bound_min;
    node.max = s.bound_max;
    node.position = s.nodes.back().position;
    node.children.push_back(s.pop_node());
    s.nodes.push_back(std::move(node));
  }
};

template <>
struct action<g::sequence_start> {
  static void apply0(ParserState& s) { s.marks.push_back(s.nodes.size()); }
};
template <>
struct action<g::expression_start> : action<g::sequence_start> {};

template <>
struct action<g::sequence> {
  static void apply0(ParserState& s) { s.fold(NodeKind::sequence); }
};
template <>
struct action<g::alternative> : action<g::sequence> {};

template <>
struct action<g::expression> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.fold(NodeKind::alternation);
    s.last_expression_source = in.string();
    s.last_expression_position = position_of(in);
  }
};

// ---- where
// "days.days" -> the capture "days" and its field "days"; "long" -> "long" and no field.
void split_capture_reference(const std::string& reference, std::string& capture, std::string& field) {
  const std::size_t dot = reference.find('.');
  capture = reference.substr(0, dot);
  field = dot == std::string::npos ? std::string() : reference.substr(dot + 1);
}

template <>
struct action<g::condition_subject> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.condition = {};
    s.condition.position = position_of(in);
    split_capture_reference(in.string(), s.condition.capture, s.condition.field);
  }
};

template <>
struct action<g::comparator> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    std::string_view op = in.string_view();
    s.condition.comparator = op == ">"    ? Comparator::greater
                             : op == ">=" ? Comparator::greater_equal
                             : op == "<"  ? Comparator::less
                             : op == "<=" ? Comparator::less_equal
                             : op == "!=" ? Comparator::not_equal
                                          : Comparator::equal;
  }
};

template <>
struct action<g::quantity> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.condition.quantity = in.string();
    s.condition.quantity_position = position_of(in);
  }
};

template <>
struct action<g::operand_capture> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    split_capture_reference(in.string(), s.condition.other_capture, s.condition.other_field);
    s.condition.quantity_position = position_of(in);
  }
};

template <>
struct action<g::condition> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.condition.source = in.string();
    s.rule.conditions.push_back(s.condition);
  }
};

// ---- properties
template <>
struct action<g::text_value> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.last_text = unquote(in.string_view());
    s.last_text_position = position_of(in);
  }
};

template <>
struct action<g::severity_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.last_text = in.string();
    s.last_text_position = position_of(in);
  }
};

template <>
struct action<g::scope_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    std::string_view name = in.string_view();
    s.last_scope = name == "sentence" ? RuleScope::sentence
                   : name == "clause" ? RuleScope::clause
                   : name == "section" ? RuleScope::section
                                       : RuleScope::document;
    s.last_text_position = position_of(in);
  }
};

template <>
struct action<g::condition_scope> {
  static void apply0(ParserState& s) { s.condition_scope = s.last_scope; }
};

template <>
struct action<g::tag> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) { s.tags.push_back(unquote(in.string_view())); }
};

#define CLAUSECHECK_TEXT_PROPERTY(rule_name, member, keyword)                                     \
  template <>                                                                                    \
  struct action<g::rule_name> {                                                                  \
    static void apply0(ParserState& s) { set_once(s.rule, s.rule.member, keyword, s, s.last_text); } \
  };
CLAUSECHECK_TEXT_PROPERTY(title_property, title, "title")
CLAUSECHECK_TEXT_PROPERTY(category_property, category, "category")
CLAUSECHECK_TEXT_PROPERTY(taxonomy_property, taxonomy, "taxonomy")
CLAUSECHECK_TEXT_PROPERTY(severity_property, severity, "severity")
CLAUSECHECK_TEXT_PROPERTY(message_property, message, "message")
CLAUSECHECK_TEXT_PROPERTY(ask_property, ask, "ask")
CLAUSECHECK_TEXT_PROPERTY(reference_property, reference, "reference")
#undef CLAUSECHECK_TEXT_PROPERTY

template <>
struct action<g::scope_property> {
  static void apply0(ParserState& s) {
    if (s.rule.scope.present) {
      s.rule.duplicate_properties.emplace_back("scope", s.last_text_position);
      return;
    }
    s.rule.scope = {s.last_scope, s.last_text_position, true};
  }
};

template <>
struct action<g::report_mode> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.last_text = in.string();
    s.last_text_position = position_of(in);
  }
};

template <>
struct action<g::report_property> {
  static void apply0(ParserState& s) {
    if (s.rule.report_once.present) {
      s.rule.duplicate_properties.emplace_back("report", s.last_text_position);
      return;
    }
    s.rule.report_once = {s.last_text == "once", s.last_text_position, true};
  }
};

template <>
struct action<g::document_kind_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) { s.tags.push_back(in.string()); }
};

// applies-to reuses the tag list of the state: both are lists of words ended by the property.
template <>
struct action<g::applies_to_property> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    if (s.rule.applies_to.present) {
      s.rule.duplicate_properties.emplace_back("applies-to", position_of(in));
    } else {
      s.rule.applies_to = {s.tags, position_of(in), true};
    }
    s.tags.clear();
  }
};

template <>
struct action<g::tags_property> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    if (s.rule.tags.present) {
      s.rule.duplicate_properties.emplace_back("tags", position_of(in));
    } else {
      s.rule.tags = {s.tags, position_of(in), true};
    }
    s.tags.clear();
  }
};

template <bool MustFire>
struct example_action {
  static void apply0(ParserState& s) { s.rule.examples.push_back({s.last_text, MustFire, s.last_text_position}); }
};
template <>
struct action<g::example_property> : example_action<true> {};
template <>
struct action<g::counter_property> : example_action<false> {};

template <bool IsRequire>
struct match_action {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    PatternSyntax pattern = s.pop_pattern();
    if (s.rule.match) {
      s.rule.duplicate_properties.emplace_back(IsRequire ? "require" : "match", position_of(in));
      return;
    }
    s.rule.match = std::move(pattern);
    s.rule.match_position = position_of(in);
    s.rule.match_is_require = IsRequire;
  }
};
template <>
struct action<g::match_property> : match_action<false> {};
template <>
struct action<g::require_property> : match_action<true> {};

template <>
struct action<g::referenced_scope> {
  static void apply0(ParserState& s) { s.condition_referenced = true; }
};

template <>
struct action<g::reciprocal_keyword> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.reciprocal = true;
    s.reciprocal_position = position_of(in);
  }
};

template <bool IsUnless>
struct scoped_pattern_action {
  static void apply0(ParserState& s) {
    ScopedPatternSyntax scoped;
    scoped.is_unless = IsUnless;
    scoped.scope = s.condition_referenced ? std::nullopt : s.condition_scope;
    scoped.referenced = s.condition_referenced;
    scoped.reciprocal = s.reciprocal;
    scoped.position = s.reciprocal_position;
    if (!s.reciprocal) scoped.pattern = s.pop_pattern();
    s.rule.scoped_patterns.push_back(std::move(scoped));
    s.condition_scope.reset();
    s.condition_referenced = false;
    s.reciprocal = false;
  }
};
template <>
struct action<g::unless_property> : scoped_pattern_action<true> {};
template <>
struct action<g::requires_property> : scoped_pattern_action<false> {};

// ---- definitions
template <bool Absence>
struct rule_start_action {
  static void apply0(ParserState& s) {
    s.rule = {};
    s.rule.absence = Absence;
  }
};
template <>
struct action<g::rule_keyword> : rule_start_action<false> {};
template <>
struct action<g::absent_keyword> : rule_start_action<true> {};

template <>
struct action<g::rule_id> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.rule.id = in.string();
    s.rule.position = position_of(in);
  }
};

template <>
struct action<g::rule_definition> {
  static void apply0(ParserState& s) { s.file->rules.push_back(std::move(s.rule)); }
};
template <>
struct action<g::absent_definition> : action<g::rule_definition> {};

template <>
struct action<g::pattern_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.pattern = {};
    s.pattern.name = in.string();
    s.pattern.position = position_of(in);
  }
};

template <>
struct action<g::pattern_definition> {
  static void apply0(ParserState& s) {
    s.pattern.pattern = s.pop_pattern();
    s.file->patterns.push_back(std::move(s.pattern));
  }
};

template <>
struct action<g::import_name> {
  template <typename Input>
  static void apply(const Input& in, ParserState& s) {
    s.file->imports.push_back({unquote(in.string_view()), position_of(in)});
  }
};

bool starts_definition(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  line.remove_prefix(first);
  for (std::string_view keyword : {"rule", "absent", "pattern", "import"}) {
    if (line.substr(0, keyword.size()) == keyword &&
        (line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t')) {
      return true;
    }
  }
  return false;
}

// Moves `in` to the start of the next line that begins a definition, or to the end.
template <typename Input>
void skip_to_next_definition(Input& in) {
  // Always leave the current line, so that a broken first line cannot loop forever.
  while (!in.empty() && in.peek_char() != '\n') in.bump(1);
  while (!in.empty()) {
    in.bump(1);  // the '\n'
    std::string_view rest(in.current(), in.size());
    std::size_t end = rest.find('\n');
    if (starts_definition(rest.substr(0, end))) return;
    if (end == std::string_view::npos) {
      in.bump(in.size());
      return;
    }
    in.bump(end);
  }
}

// The byte offset of the first ill-formed UTF-8 sequence in `text`, or npos.
std::size_t first_invalid_utf8(std::string_view text) {
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    if (next_code_point(text.data(), i, length) < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

// Line and column (1-based, in bytes) of byte `offset`.
SourcePosition position_of(std::string_view text, std::size_t offset) {
  SourcePosition position{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

}  // namespace

RuleFileSyntax parse_rule_file(const RuleSource& source, std::vector<Diagnostic>& diagnostics,
                               std::size_t& rule_budget) {
  RuleFileSyntax file;
  file.path = source.path;
  if (source.text.size() > max_source_bytes) {
    diagnostics.push_back(make_diagnostic(source.path, source.text, {1, 1},
                                          "rule file is larger than " + std::to_string(max_source_bytes >> 20) +
                                              " MiB; split it into several files"));
    return file;
  }
  // A byte-order mark is what some Windows editors put first; the reader does not see it,
  // so it is skipped and columns stay those the editor shows.
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  std::string_view text = source.text;
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  if (std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    diagnostics.push_back(make_diagnostic(source.path, text, position_of(text, bad),
                                          std::string("invalid UTF-8 (byte ") + hex +
                                              "); save the rule file as UTF-8"));
    return file;
  }
  ParserState state;
  state.file = &file;
  pegtl::memory_input in(text, source.path);
  while (true) {
    pegtl::parse<g::sep>(in);
    if (in.empty()) break;
    state.reset();
    try {
      pegtl::parse<g::top_level, action, g::control>(in, state);
    } catch (const pegtl::parse_error& error) {
      const auto& where = error.positions().front();
      std::string message(error.message());
      std::string expected;
      if (message.rfind("expected ", 0) == 0) {
        expected = message.substr(9);
        message = "syntax error";
      }
      diagnostics.push_back(make_diagnostic(
          source.path, text, {static_cast<int>(where.line), static_cast<int>(where.column)},
          std::move(message), std::move(expected)));
      // Resume from the error's own line, not from where the input stopped.
      pegtl::memory_input<> rest(text.data() + where.byte, text.data() + text.size(),
                                 source.path, where.byte, where.line, where.column);
      skip_to_next_definition(rest);
      in.bump(static_cast<std::size_t>(rest.current() - in.current()));
    }
    if (file.rules.size() > rule_budget) {
      const RuleSyntax& last = file.rules.back();
      diagnostics.push_back(make_diagnostic(source.path, text, last.position,
                                            "the rule pack has more than " + std::to_string(max_rules_per_pack) +
                                                " rules; split it into smaller packs"));
      rule_budget = pack_too_large;
      return file;
    }
  }
  rule_budget -= file.rules.size();
  return file;
}

}  // namespace clausecheck::rules
