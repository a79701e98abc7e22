// The grammar of the clausecheck rules language, in PEGTL. Read it beside
// docs/rules-language.md: each rule below is one line of that specification.
//
// A rule file is a list of definitions:
//
//   pattern money_cap = "aggregate"? "liability" gap(0..12) "shall not exceed"
//
//   rule PAY-03.long-payment-terms {
//     title    "Payment due more than 30 days after invoice"
//     severity high
//     scope    sentence
//     match    ("pay" | "payment") gap(0..10) days:DURATION gap(0..6) ("receipt" | "invoice")
//     where    days > 30 days
//     unless   "undisputed"
//     message  "Payment is due {days} after invoice."
//     example  "The Prime shall pay each invoice within sixty (60) days of receipt."
//     counter  "The Prime shall pay each invoice within 30 days of receipt."
//   }
//
//   absent rule RTL-02.no-liability-cap { … require "liability" gap(0..20) "shall not exceed" … }
//
// How errors work: once the first token of a construct has been seen, the rest of it is
// wrapped in must<>, so a mistake raises a parse error instead of backtracking. Every
// must<> point has a message in `expected<Rule>` at the end of this file, and the control
// class refuses to compile a must<> point without one. Because the grammar never
// backtracks over a construct it has started, parser actions can build the syntax tree
// as they go (rule_parser.cpp). The parser driver parses one definition at a time and, after
// an error, resumes at the next line that starts with `rule`, `absent`, `pattern` or `import`, so
// all the errors of a file are reported.
#pragma once

#include <tao/pegtl.hpp>

namespace clausecheck::rules::grammar {

using namespace tao::pegtl;

// ---- Layout: spaces, newlines and comments from '#' to the end of the line.
struct comment : seq<one<'#'>, until<eolf>> {};
struct sep : star<sor<space, comment>> {};
struct inline_sep : star<blank> {};

// ---- Words. Property names and keywords are reserved: they end a pattern expression,
// so a pattern may span lines without a terminator.
struct identifier : seq<ranges<'a', 'z', 'A', 'Z', '_'>, star<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>>> {};
struct reserved
    : sor<TAO_PEGTL_KEYWORD("rule"), TAO_PEGTL_KEYWORD("absent"), TAO_PEGTL_KEYWORD("pattern"), TAO_PEGTL_KEYWORD("import"),
          TAO_PEGTL_KEYWORD("title"), TAO_PEGTL_KEYWORD("category"), TAO_PEGTL_KEYWORD("taxonomy"),
          TAO_PEGTL_KEYWORD("severity"), TAO_PEGTL_KEYWORD("scope"), TAO_PEGTL_KEYWORD("match"),
          TAO_PEGTL_KEYWORD("require"), TAO_PEGTL_KEYWORD("where"), TAO_PEGTL_KEYWORD("and"),
          TAO_PEGTL_KEYWORD("unless"), TAO_PEGTL_KEYWORD("requires"), TAO_PEGTL_KEYWORD("within"),
          TAO_PEGTL_KEYWORD("message"), TAO_PEGTL_KEYWORD("ask"), TAO_PEGTL_KEYWORD("reference"),
          TAO_PEGTL_KEYWORD("tags"), TAO_PEGTL_KEYWORD("example"), TAO_PEGTL_KEYWORD("counter"),
          seq<TAO_PEGTL_STRING("applies-to"), not_at<identifier_other>>, TAO_PEGTL_KEYWORD("report"),
          TAO_PEGTL_KEYWORD("gap"), TAO_PEGTL_KEYWORD("any"), TAO_PEGTL_KEYWORD("not"),
          TAO_PEGTL_KEYWORD("NUMBER"), TAO_PEGTL_KEYWORD("MONEY"), TAO_PEGTL_KEYWORD("PERCENT"),
          TAO_PEGTL_KEYWORD("DURATION"), TAO_PEGTL_KEYWORD("DATE")> {};
struct integer : plus<digit> {};

// ---- Quoted text: one line, with \" \\ \n \t escapes.
struct escape_char : one<'"', '\\', 'n', 't'> {};
struct escaped : seq<one<'\\'>, must<escape_char>> {};
struct string_char : sor<escaped, not_one<'"', '\\', '\n', '\r'>> {};
struct string_body : star<string_char> {};
struct close_quote : one<'"'> {};
struct quoted : seq<one<'"'>, string_body, must<close_quote>> {};

// ---- Pattern expressions.
struct expression;

// "shall not exceed", "indemnif*": words matched against the document's normalised tokens.
struct phrase_body : star<string_char> {};
struct phrase : seq<one<'"'>, phrase_body, must<close_quote>> {};

// ( a | b ): grouping. group_open counts nesting depth (bounded, see rule_parser.cpp).
struct group_open : one<'('> {};
struct group_close : one<')'> {};
struct group : seq<group_open, sep, must<expression>, sep, must<group_close>> {};

// gap(0..12): between 0 and 12 tokens of any kind.
struct gap_open : one<'('> {};
struct gap_min : integer {};
struct range_dots : string<'.', '.'> {};
struct gap_max : integer {};
struct gap_close : one<')'> {};
struct gap : seq<TAO_PEGTL_KEYWORD("gap"), sep, must<gap_open>, sep, must<gap_min>, sep, must<range_dots>, sep,
                 must<gap_max>, sep, must<gap_close>> {};

// any: exactly one token.
struct any_token : TAO_PEGTL_KEYWORD("any") {};

// NUMBER, MONEY, PERCENT, DURATION, DATE: a typed value read from the words.
struct value_type : sor<TAO_PEGTL_KEYWORD("NUMBER"), TAO_PEGTL_KEYWORD("MONEY"), TAO_PEGTL_KEYWORD("PERCENT"),
                        TAO_PEGTL_KEYWORD("DURATION"), TAO_PEGTL_KEYWORD("DATE")> {};

// @provider, @counterparty, @funder: any of the names the document uses for that party
// (its defined term, its company name, the pronouns it defines; see parties.h).
struct role_name : sor<TAO_PEGTL_KEYWORD("provider"), TAO_PEGTL_KEYWORD("counterparty"), TAO_PEGTL_KEYWORD("funder")> {};
struct role_reference : seq<one<'@'>, must<role_name>> {};

// not "sole" / not ("sole" | "absolute"): one token that is none of these words.
struct negated : sor<phrase, group> {};
struct negation : seq<TAO_PEGTL_KEYWORD("not"), sep, must<negated>> {};

// days:DURATION, party:("prime" | "contractor"): a capture. money_cap: a named pattern.
struct item_name : seq<not_at<reserved>, identifier> {};
struct capture_colon : one<':'> {};
struct capturable : sor<value_type, phrase, group, role_reference> {};
struct capture_suffix : seq<capture_colon, sep, must<capturable>> {};
struct named_item : seq<item_name, opt<sep, capture_suffix>> {};

struct primary : sor<phrase, group, gap, any_token, negation, value_type, role_reference, named_item> {};

// x? optional, x{1..3} bounded repetition. * and + are refused: every repetition is bounded.
struct optional_mark : one<'?'> {};
struct repeat_min : integer {};
struct repeat_max : integer {};
struct repeat_close : one<'}'> {};
struct repeat : seq<one<'{'>, sep, must<repeat_min>, sep, must<range_dots>, sep, must<repeat_max>, sep,
                    must<repeat_close>> {};
struct unbounded_repetition : one<'*', '+'> {};
struct quantifier : sor<optional_mark, repeat, seq<at<unbounded_repetition>, tao::pegtl::raise<unbounded_repetition>>> {};

struct item : seq<primary, opt<sep, quantifier>> {};
struct sequence_start : success {};
struct sequence : seq<sequence_start, item, star<sep, item>> {};
struct alternative_bar : one<'|'> {};
struct alternative : sequence {};
struct expression_start : success {};
struct expression : seq<expression_start, sequence, star<sep, alternative_bar, sep, must<alternative>>> {};

// ---- where: comparisons on captured typed values, with a literal or with another capture.
//   days > 30 days    amount >= £1,000,000    cap >= 1.5 million GBP    rate > 10%
//   start < 2025-04-01    days.days > 30    short < long
struct condition_field : identifier {};
struct condition_subject : seq<identifier, opt<one<'.'>, must<condition_field>>> {};
struct comparator : sor<string<'>', '='>, string<'<', '='>, string<'!', '='>, string<'=', '='>, one<'>'>, one<'<'>,
                        one<'='>> {};
struct date_literal : seq<rep<4, digit>, one<'-'>, rep<2, digit>, one<'-'>, rep<2, digit>> {};
struct currency_symbol : sor<TAO_PEGTL_STRING("£"), one<'$'>, TAO_PEGTL_STRING("€")> {};
struct decimal : seq<plus<digit>, star<one<','>, plus<digit>>, opt<one<'.'>, plus<digit>>> {};
struct unit_word : seq<not_at<reserved>, plus<alpha>> {};
struct unit : sor<one<'%'>, seq<TAO_PEGTL_KEYWORD("working"), plus<blank>, unit_word>, unit_word> {};
struct units : seq<unit, opt<inline_sep, unit>> {};  // "1.5 million GBP"
struct quantity : sor<date_literal, seq<opt<currency_symbol>, decimal, opt<inline_sep, units>>> {};
// `short < long`: another capture of the same match, compared when the match is complete.
struct operand_field : identifier {};
struct operand_capture : seq<not_at<reserved>, identifier, opt<one<'.'>, must<operand_field>>> {};
struct compared_with : sor<quantity, operand_capture> {};
struct condition : seq<condition_subject, sep, must<comparator>, sep, must<compared_with>> {};
struct where_clause : seq<TAO_PEGTL_KEYWORD("where"), sep, must<condition>,
                          star<sep, TAO_PEGTL_KEYWORD("and"), sep, must<condition>>> {};

// ---- Rule properties, one per line (a pattern may span lines).
struct text_value : quoted {};
struct severity_name : identifier {};
struct scope_name : sor<TAO_PEGTL_KEYWORD("sentence"), TAO_PEGTL_KEYWORD("clause"), TAO_PEGTL_KEYWORD("section"),
                        TAO_PEGTL_KEYWORD("document")> {};
// within referenced: the clauses the matched clause cross-references ("subject to clause 14").
struct referenced_scope : TAO_PEGTL_KEYWORD("referenced") {};
struct condition_scope_name : sor<scope_name, referenced_scope> {};
struct condition_scope : seq<TAO_PEGTL_KEYWORD("within"), sep, must<condition_scope_name>> {};
// unless reciprocal: the match pattern itself with @provider and @counterparty swapped.
struct reciprocal_keyword : TAO_PEGTL_KEYWORD("reciprocal") {};
struct condition_pattern : sor<reciprocal_keyword, expression> {};
struct tag : quoted {};
struct tags_open : one<'['> {};
struct tags_close : one<']'> {};
struct tag_list : seq<tag, star<sep, one<','>, sep, must<tag>>> {};

template <typename Keyword, typename Value>
struct property_of : seq<Keyword, sep, must<Value>> {};
struct title_property : property_of<TAO_PEGTL_KEYWORD("title"), text_value> {};
struct category_property : property_of<TAO_PEGTL_KEYWORD("category"), text_value> {};
struct taxonomy_property : property_of<TAO_PEGTL_KEYWORD("taxonomy"), text_value> {};
struct severity_property : property_of<TAO_PEGTL_KEYWORD("severity"), severity_name> {};
struct scope_property : property_of<TAO_PEGTL_KEYWORD("scope"), scope_name> {};
struct match_property : property_of<TAO_PEGTL_KEYWORD("match"), expression> {};
struct require_property : property_of<TAO_PEGTL_KEYWORD("require"), expression> {};
struct unless_keyword : TAO_PEGTL_KEYWORD("unless") {};
struct requires_keyword : TAO_PEGTL_KEYWORD("requires") {};
struct unless_property : seq<unless_keyword, sep, opt<condition_scope, sep>, must<condition_pattern>> {};
struct requires_property : seq<requires_keyword, sep, opt<condition_scope, sep>, must<condition_pattern>> {};
struct message_property : property_of<TAO_PEGTL_KEYWORD("message"), text_value> {};
struct ask_property : property_of<TAO_PEGTL_KEYWORD("ask"), text_value> {};
struct reference_property : property_of<TAO_PEGTL_KEYWORD("reference"), text_value> {};
struct tags_property : seq<TAO_PEGTL_KEYWORD("tags"), sep, must<tags_open>, sep, opt<tag_list>, sep, must<tags_close>> {};
struct example_property : property_of<TAO_PEGTL_KEYWORD("example"), text_value> {};
struct counter_property : property_of<TAO_PEGTL_KEYWORD("counter"), text_value> {};

// applies-to main-terms call-off: the kinds of document a rule runs on.
struct kind_word_end : not_at<sor<identifier_other, one<'-'>>> {};
struct document_kind_name
    : sor<seq<TAO_PEGTL_STRING("main-terms"), kind_word_end>, seq<TAO_PEGTL_STRING("schedule"), kind_word_end>,
          seq<TAO_PEGTL_STRING("annex"), kind_word_end>, seq<TAO_PEGTL_STRING("framework"), kind_word_end>,
          seq<TAO_PEGTL_STRING("call-off"), kind_word_end>, seq<TAO_PEGTL_STRING("order-form"), kind_word_end>,
          seq<TAO_PEGTL_STRING("amendment"), kind_word_end>, seq<TAO_PEGTL_STRING("fragment"), kind_word_end>,
          seq<TAO_PEGTL_STRING("transaction"), kind_word_end>> {};
struct applies_to_property : seq<TAO_PEGTL_STRING("applies-to"), kind_word_end, sep, must<document_kind_name>,
                                 star<inline_sep, document_kind_name>> {};

// report once: one finding per document (the first match), the other clauses named in why;
// report per-clause (the default): one finding per clause.
struct report_mode : sor<TAO_PEGTL_KEYWORD("once"), seq<TAO_PEGTL_STRING("per-clause"), kind_word_end>> {};
struct report_property : property_of<TAO_PEGTL_KEYWORD("report"), report_mode> {};

struct property
    : sor<applies_to_property, report_property, title_property, category_property, taxonomy_property, severity_property, scope_property, match_property,
          require_property, where_clause, unless_property, requires_property, message_property, ask_property,
          reference_property, tags_property, example_property, counter_property> {};

// ---- Definitions.
// A rule id: "PAY-03.long-payment-terms" (letters, digits, '-', '_', '.').
struct rule_id : seq<alpha, star<sor<alnum, one<'-', '_', '.'>>>> {};
struct body_open : one<'{'> {};
struct body_close : one<'}'> {};
struct rule_body : seq<must<body_open>, sep, star<property, sep>, must<body_close>> {};

struct rule_keyword : TAO_PEGTL_KEYWORD("rule") {};
struct absent_keyword : TAO_PEGTL_KEYWORD("absent") {};
struct rule_definition : seq<rule_keyword, sep, must<rule_id>, sep, rule_body> {};
struct absent_rule_keyword : TAO_PEGTL_KEYWORD("rule") {};
struct absent_definition : seq<absent_keyword, sep, must<absent_rule_keyword>, sep, must<rule_id>, sep, rule_body> {};

struct pattern_name : seq<not_at<reserved>, identifier> {};
struct pattern_equals : one<'='> {};
struct pattern_definition : seq<TAO_PEGTL_KEYWORD("pattern"), sep, must<pattern_name>, sep, must<pattern_equals>, sep,
                                must<expression>, opt<sep, one<';'>>> {};

// import "lib/indemnity": this file uses the named patterns (and rules) of a library file.
// The engine only records the name; the caller finds and loads the file (cli/rule_files.cpp).
struct import_name : quoted {};
struct import_definition : seq<TAO_PEGTL_KEYWORD("import"), sep, must<import_name>> {};

struct definition : sor<rule_definition, absent_definition, pattern_definition, import_definition> {};
// One top-level definition, as the recovering driver parses it.
struct top_level : must<definition> {};
// A whole file (what analyze() checks; the driver parses top_level repeatedly instead).
struct file : seq<sep, star<definition, sep>, eof> {};

// ---- What each must<> point expected: the text after "expected" in an error message.
template <typename Rule>
inline constexpr const char* expected = nullptr;

template <> inline constexpr const char* expected<escape_char> = "an escape: \\\" \\\\ \\n or \\t";
template <> inline constexpr const char* expected<close_quote> = "a closing '\"' on the same line";
template <> inline constexpr const char* expected<expression> =
    "a pattern: a \"phrase\", ( … ), gap(m..n), any, not …, a type (NUMBER, MONEY, PERCENT, DURATION, DATE), a role "
    "(@provider, @counterparty, @funder) or a pattern name";
template <> inline constexpr const char* expected<alternative> =
    "a pattern after '|' (an alternative cannot be empty)";
template <> inline constexpr const char* expected<group_close> = "')' to close the group, or '|' and another alternative";
template <> inline constexpr const char* expected<gap_open> = "'(' after gap, as in gap(0..12)";
template <> inline constexpr const char* expected<gap_min> = "the smallest gap, a whole number, as in gap(0..12)";
template <> inline constexpr const char* expected<range_dots> = "'..' between the two bounds, as in gap(0..12) or {1..3}";
template <> inline constexpr const char* expected<gap_max> = "the largest gap, a whole number, as in gap(0..12)";
template <> inline constexpr const char* expected<gap_close> = "')' after the gap bounds, as in gap(0..12)";
template <> inline constexpr const char* expected<negated> = "a \"word\" or ( \"word\" | \"word\" ) after not";
template <> inline constexpr const char* expected<capturable> =
    "a type (NUMBER, MONEY, PERCENT, DURATION, DATE), a \"phrase\", a role (@provider) or ( … ) after ':'";
template <> inline constexpr const char* expected<role_name> = "a role after '@': provider, counterparty or funder";
template <> inline constexpr const char* expected<repeat_min> = "the smallest count, a whole number, as in {1..3}";
template <> inline constexpr const char* expected<repeat_max> = "the largest count, a whole number, as in {1..3}";
template <> inline constexpr const char* expected<repeat_close> = "'}' after the repetition bounds, as in {1..3}";
template <> inline constexpr const char* expected<unbounded_repetition> =
    "a bounded repetition such as {0..5} or '?': '*' and '+' are not allowed because every repetition must be bounded "
    "(a prefix wildcard goes inside the quotes: \"indemnif*\")";
template <> inline constexpr const char* expected<condition_field> = "a field name after '.', as in days.days";
template <> inline constexpr const char* expected<comparator> = "a comparison: >, >=, <, <=, = or !=";
template <> inline constexpr const char* expected<compared_with> =
    "a value to compare with, such as 30 days, £1,000,000, 10%, 5 or 2025-04-01, or another capture, as in short < long";
template <> inline constexpr const char* expected<operand_field> = "a field name after '.', as in long.days";
template <> inline constexpr const char* expected<condition> = "a condition such as days > 30 days";
template <> inline constexpr const char* expected<text_value> = "a quoted text, as in \"Payment terms over 30 days\"";
template <> inline constexpr const char* expected<severity_name> = "a severity: info, low, medium, high or critical";
template <> inline constexpr const char* expected<scope_name> = "a scope: sentence, clause, section or document";
template <> inline constexpr const char* expected<condition_scope_name> =
    "a scope: sentence, clause, section, document or referenced";
template <> inline constexpr const char* expected<condition_pattern> =
    "a pattern, or reciprocal (the match with @provider and @counterparty swapped)";
template <> inline constexpr const char* expected<tag> = "a quoted tag, as in [\"cash-flow\", \"payment\"]";
template <> inline constexpr const char* expected<tags_open> = "'[' to start the tag list, as in [\"cash-flow\"]";
template <> inline constexpr const char* expected<tags_close> = "']' to end the tag list, or ',' and another tag";
template <> inline constexpr const char* expected<rule_id> = "a rule id such as PAY-03.long-payment-terms";
template <> inline constexpr const char* expected<body_open> = "'{' to start the rule";
template <> inline constexpr const char* expected<document_kind_name> =
    "a document kind: main-terms, schedule, annex, framework, call-off, order-form, amendment, fragment or transaction";
template <> inline constexpr const char* expected<report_mode> =
    "how often the rule reports: once (one finding per document) or per-clause";
template <> inline constexpr const char* expected<body_close> =
    "'}' to end the rule, or a property: title, category, taxonomy, severity, scope, match, require, where, unless, "
    "requires, message, ask, reference, tags, example, counter, applies-to, report";
template <> inline constexpr const char* expected<absent_rule_keyword> = "'rule' after 'absent'";
template <> inline constexpr const char* expected<pattern_name> = "a pattern name such as money_cap (not a keyword)";
template <> inline constexpr const char* expected<pattern_equals> = "'=' after the pattern name";
template <> inline constexpr const char* expected<import_name> = "a quoted library name, as in import \"lib/indemnity\"";
template <> inline constexpr const char* expected<definition> = "'rule', 'absent rule', 'pattern' or 'import'";

// Raises a parse error whose message is "expected …" from the table above. A must<> point
// without a message does not compile.
template <typename Rule>
struct control : normal<Rule> {
  template <typename Input, typename... States>
  [[noreturn]] static void raise(const Input& in, States&&...) {
    static_assert(expected<Rule> != nullptr, "every must<> point in the rules grammar needs an error message");
    throw parse_error(std::string("expected ") + expected<Rule>, in);
  }
};

}  // namespace clausecheck::rules::grammar
