// Rule files with mistakes: every syntax and semantic error is located (line:column), all
// errors of a file are reported, and hostile files are refused or compile in bounded time.
#include <gtest/gtest.h>

#include <chrono>
#include <tao/pegtl/contrib/analyze.hpp>

#include "rules/grammar.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_errors;
using testing::compile_or_fail;
using testing::rule_text;

// The first diagnostic, which the test expects at line:column with `message_part` in it.
void expect_error(const std::string& text, int line, int column, const std::string& message_part,
                  bool strict = false) {
  auto diagnostics = compile_errors(text, strict);
  ASSERT_FALSE(diagnostics.empty());
  const Diagnostic& d = diagnostics.front();
  EXPECT_EQ(d.line, line) << d.format();
  EXPECT_EQ(d.column, column) << d.format();
  EXPECT_NE((d.message + " " + d.expected).find(message_part), std::string::npos) << d.format();
}

TEST(RulesGrammar, AnalyzeFindsNoInfiniteLoops) {
  EXPECT_EQ(tao::pegtl::analyze<rules::grammar::file>(-1), 0u);
}

TEST(RulesSyntaxErrors, UnclosedQuoteIsLocatedWithCaretAndExpectation) {
  auto diagnostics = compile_errors(rule_text("\"shall not exceed"));
  ASSERT_EQ(diagnostics.size(), 1u);
  const Diagnostic& d = diagnostics[0];
  EXPECT_EQ(d.line, 5);
  EXPECT_EQ(d.column, 26);
  EXPECT_EQ(d.source_line, "  match \"shall not exceed");
  EXPECT_EQ(d.caret_line, std::string(25, ' ') + "^");
  EXPECT_NE(d.expected.find("closing '\"'"), std::string::npos);
  EXPECT_EQ(d.format().rfind("test.rules:5:26: error: syntax error\n", 0), 0u) << d.format();
}

TEST(RulesSyntaxErrors, EmptyAlternativeIsRefused) {
  expect_error(rule_text("(\"a\" | )"), 5, 16, "alternative cannot be empty");
}

TEST(RulesSyntaxErrors, UnboundedRepetitionIsRefused) {
  expect_error(rule_text("\"very\"+ \"late\""), 5, 15, "every repetition must be bounded");
}

TEST(RulesSyntaxErrors, DoubledWildcardIsRefused) {
  expect_error(rule_text("\"indemnif**\""), 5, 9, "wildcard ends a word once");
}

TEST(RulesSyntaxErrors, UnknownPropertyNamesTheValidOnes) {
  expect_error("rule X-1 {\n  titel \"x\"\n}\n", 2, 3, "a property: title");
}

TEST(RulesSyntaxErrors, FiveMistakesGiveFiveLocatedMessages) {
  std::string text =
      "rule A-1 {\n"                                       // 1
      "  title \"Unclosed\n"                               // 2: syntax, unclosed quote
      "}\n"                                                // 3
      "rule B-1 {\n"                                       // 4
      "  title \"B\"\n  category \"c\"\n  severity hgih\n"  // 5-7: unknown severity
      "  match \"pay\" gap(0..500) \"late\"\n"             // 8: gap too wide
      "  message \"Due {dayz}\"\n"                         // 9: unknown capture
      "}\n"                                                // 10
      "rule C-1 {\n"                                       // 11
      "  title \"C\"\n  category \"c\"\n  severity low\n"   // 12-14
      "  match \"pay\" undefined_pattern\n"                // 15: unknown pattern
      "  message \"m\"\n"                                  // 16
      "}\n";
  auto diagnostics = compile_errors(text);
  ASSERT_EQ(diagnostics.size(), 5u) << testing::describe(diagnostics);
  std::vector<int> lines;
  for (const auto& d : diagnostics) lines.push_back(d.line);
  EXPECT_EQ(lines, (std::vector<int>{2, 7, 8, 9, 15}));
  for (const auto& d : diagnostics) {
    EXPECT_GT(d.column, 0);
    EXPECT_FALSE(d.source_line.empty());
  }
}

TEST(RulesSyntaxErrors, ParsingResumesAtTheNextRuleAfterAnError) {
  std::string text = "rule A-1 {\n  match ((\n}\n" + rule_text("\"pay\"", "", "B-1") + "rule C-1 {\n  title 5\n}\n";
  auto diagnostics = compile_errors(text);
  ASSERT_EQ(diagnostics.size(), 2u) << testing::describe(diagnostics);
  EXPECT_EQ(diagnostics[0].line, 3);  // the '}' where a pattern was expected
  EXPECT_EQ(diagnostics[1].line, 13);
}

TEST(RulesSemanticErrors, UnknownAndRecursivePatterns) {
  expect_error(rule_text("\"pay\" later"), 5, 15, "unknown pattern 'later'");
  expect_error("pattern a = \"x\" b\npattern b = \"y\" a\n" + rule_text("a"), 1, 17, "refers to itself");
}

TEST(RulesSemanticErrors, UnknownCaptureInWhereAndMessage) {
  expect_error(rule_text("\"within\" days:DURATION", "  where dayz > 30 days"), 6, 9, "unknown capture 'dayz'");
  auto diagnostics = compile_errors(
      "rule A-1 {\n  title \"t\"\n  category \"c\"\n  severity low\n  match \"x\"\n  message \"Due {when}\"\n}\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 6);
  EXPECT_EQ(diagnostics[0].column, 16);
  EXPECT_NE(diagnostics[0].message.find("{when}"), std::string::npos);
}

TEST(RulesSemanticErrors, CaptureFallbackMustNameACaptureAndHoldWords) {
  auto diagnostics = compile_errors(
      "rule A-1 {\n  title \"t\"\n  category \"c\"\n  severity low\n  match n:PERCENT\n"
      "  message \"Paid {n|} or {m|a share}\"\n}\n");
  ASSERT_EQ(diagnostics.size(), 2u) << testing::describe(diagnostics);
  EXPECT_EQ(diagnostics[0].line, 6);
  EXPECT_EQ(diagnostics[0].column, 17);  // the opening brace
  EXPECT_NE(diagnostics[0].message.find("empty fallback in '{n|}'"), std::string::npos);
  EXPECT_EQ(diagnostics[1].column, 25);
  EXPECT_NE(diagnostics[1].message.find("unknown capture '{m|a share}'"), std::string::npos);
}

TEST(RulesHostileFiles, ThousandsOfErrorsOnOneLine_EachStaySmall_WithTheCaretOnTheError) {
  std::string message = "  message \"";
  for (int i = 0; i < 3000; ++i) message += "{y} ";
  message += "\"";
  auto diagnostics = compile_errors(
      "rule A-1 {\n  title \"t\"\n  category \"c\"\n  severity low\n  match \"x\"\n" + message + "\n}\n");
  ASSERT_GE(diagnostics.size(), 1u);
  std::size_t total = 0;
  for (const Diagnostic& d : diagnostics) {
    total += d.format().size();
    EXPECT_LT(d.source_line.size(), 400u) << "a diagnostic must not copy a whole long line";
  }
  EXPECT_LT(total, diagnostics.size() * 600);
  // Far into the line, the window still puts the caret under the offending capture: the
  // caret line and the source line count characters the same way ("…" is one).
  const Diagnostic& last = diagnostics.back();
  const std::size_t caret = last.caret_line.find('^');
  ASSERT_NE(caret, std::string::npos);
  const std::string ellipsis = "…";
  ASSERT_EQ(last.source_line.rfind(ellipsis, 0), 0u) << last.source_line;
  const std::size_t byte = caret - 1 + ellipsis.size();  // one character "…" is three bytes
  EXPECT_EQ(last.source_line.substr(byte, 3), "{y}") << last.format();
}

TEST(RulesSemanticErrors, FourHundredDigitNumberInWhere_IsALocatedErrorNotAnException) {
  const std::string huge(400, '9');
  std::vector<Diagnostic> diagnostics;
  ASSERT_NO_THROW(diagnostics = compile_errors(rule_text("\"within\" n:NUMBER", "  where n > " + huge)));
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.front().line, 6) << diagnostics.front().format();
  EXPECT_NE(diagnostics.front().message.find("is not a number clausecheck can compare"), std::string::npos)
      << diagnostics.front().format();
}

TEST(RulesSemanticErrors, DateThatDoesNotExist_IsRefusedLikeTheDocumentReaderRefusesIt) {
  for (const char* date : {"2025-02-31", "2025-02-29", "2025-04-31"}) {
    auto diagnostics = compile_errors(rule_text("\"by\" d:DATE", std::string("  where d < ") + date));
    ASSERT_FALSE(diagnostics.empty()) << date;
    EXPECT_NE(diagnostics.front().message.find("is not a valid date"), std::string::npos) << diagnostics.front().format();
  }
  EXPECT_NE(compile_or_fail(rule_text("\"by\" d:DATE", "  where d < 2024-02-29")), nullptr);
}

TEST(RulesSemanticErrors, UnknownUnitInWhere_IsLocatedAtTheLiteralAndNamesTheWords) {
  auto diagnostics = compile_errors(rule_text("\"within\" d:DURATION", "  where d > 30 lunar cycles"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 6);
  EXPECT_EQ(diagnostics[0].column, 13);
  EXPECT_NE(diagnostics[0].message.find("unknown unit 'lunar cycles'"), std::string::npos) << diagnostics[0].format();
}

TEST(RulesEncoding, ByteOrderMarkAtTheStart_IsIgnored) {
  auto pack = compile_or_fail("\xEF\xBB\xBF" + rule_text("\"set off\""));
  ASSERT_NE(pack, nullptr);
}

TEST(RulesEncoding, InvalidUtf8_IsALocatedError) {
  // Latin-1 "£" (0xA3) on line 5, column 23: a file saved in the wrong encoding.
  expect_error(rule_text("\"liability of \xA3\""), 5, 23, "invalid UTF-8 (byte 0xA3)");
  // A byte-order mark before it does not move the column.
  expect_error("\xEF\xBB\xBF" + rule_text("\"liability of \xA3\""), 5, 23, "save the rule file as UTF-8");
}

// A comparison of two captures: each must be a typed capture of the pattern, the two of
// one type, and not the same one; an error names the side at fault.
TEST(RulesSemanticErrors, CaptureComparedWithCapture_ErrorsNameTheCaptureAtFault) {
  const std::string two = "a:DURATION \"and\" b:DURATION";
  expect_error(rule_text(two, "  where a < c"), 6, 13, "unknown capture 'c'");
  expect_error(rule_text(two, "  where a < a"), 6, 13, "compared with itself");
  expect_error(rule_text("a:DURATION \"and\" m:MONEY", "  where a < m"), 6, 9, "two captures of one type");
  expect_error(rule_text("a:DURATION \"and\" w:\"words\"", "  where a < w"), 6, 13, "captures words, not a value");
  expect_error(rule_text(two, "  where a.value < b"), 6, 9, "field 'value' of a");
  EXPECT_NE(compile_or_fail(rule_text(two, "  where a.days < b.days")), nullptr);
  expect_error(rule_text(two, "  where a < b."), 6, 15, "a field name after '.'");
}

TEST(RulesSemanticErrors, DuplicateRuleIdNamesTheFirst) {
  auto diagnostics = compile_errors(rule_text("\"a\"", "", "X-1") + rule_text("\"b\"", "", "X-1"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 9);
  EXPECT_NE(diagnostics[0].message.find("first defined at test.rules:1"), std::string::npos);
}

TEST(RulesSemanticErrors, ComparisonOnTheWrongTypeOrUnit) {
  expect_error(rule_text("\"within\" days:DURATION", "  where days > 10%"), 6, 16, "DURATION");
  expect_error(rule_text("\"within\" days:DURATION", "  where days > 30"), 6, 16, "give the number a unit");
  expect_error(rule_text("cap:MONEY", "  where cap > 30 days"), 6, 15, "MONEY");
  expect_error(rule_text("d:DATE", "  where d > £5"), 6, 13, "DATE");
  expect_error(rule_text("\"the\" p:\"party\"", "  where p > 5"), 6, 9, "captures words, not a value");
  expect_error(rule_text("n:NUMBER", "  where n > 5 parsecs"), 6, 13, "unknown unit");
}

TEST(RulesSemanticErrors, BoundsAreChecked) {
  expect_error(rule_text("\"a\" gap(5..2) \"b\""), 5, 13, "smallest gap is larger");
  expect_error(rule_text("\"a\" gap(0..1000000) \"b\""), 5, 13, "too wide");
  expect_error(rule_text("\"a\"{1..100}"), 5, 9, "repeats too often");
  expect_error(rule_text("\"a\"?"), 5, 9, "without any words");
}

TEST(RulesSemanticErrors, MetadataIsRequiredAndChecked) {
  expect_error("rule A-1 {\n  match \"x\"\n}\n", 1, 6, "has no title");
  expect_error(rule_text("\"x\"", "  title \"again\""), 6, 9, "given twice");
  expect_error(rule_text("not (\"a\" \"b\")"), 5, 9, "'not' applies to single words");
  expect_error("absent rule A-1 {\n  title \"t\"\n  category \"c\"\n  severity low\n  match \"x\"\n  message \"m\"\n}\n",
               5, 3, "require");
}

TEST(RulesSemanticErrors, StrictModeNeedsExamplesAndCounterExamples) {
  std::string text = rule_text("\"pay\"", "  example \"we pay\"");
  EXPECT_TRUE(compile_or_fail(text, false));
  expect_error(text, 1, 6, "no counter example", true);
}

TEST(RulesHostileFiles, DeepNestingIsRefused) {
  std::string deep(5000, '(');
  auto diagnostics = compile_errors(rule_text(deep + "\"a\"" + std::string(5000, ')')));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("nest more than 16"), std::string::npos);
}

TEST(RulesHostileFiles, HugeAlternationIsRefused) {
  std::string alternatives = "(\"w0\"";
  for (int i = 1; i < 100000; ++i) alternatives += " | \"w" + std::to_string(i) + "\"";
  alternatives += ")";
  expect_error(rule_text(alternatives), 5, 10, "too many alternatives (100000)");
}

TEST(RulesHostileFiles, LargeAlternationCompilesAndScansQuickly) {
  std::string alternatives = "(\"w0\"";
  for (int i = 1; i < 2000; ++i) alternatives += " | \"w" + std::to_string(i) + "\"";
  alternatives += ")";
  auto start = std::chrono::steady_clock::now();
  auto pack = compile_or_fail(rule_text(alternatives + " \"late\""));
  ASSERT_TRUE(pack);
  auto findings = testing::scan_text(*pack, "payment is w1999 late");
  EXPECT_EQ(findings.size(), 1u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(RulesHostileFiles, ExplodingRepetitionIsRefused) {
  expect_error(rule_text("((\"a\" gap(0..50)){1..20}){1..20}"), 5, 9, "too large");
}

TEST(RulesHostileFiles, TooManyRulesAreRefused) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "rule R-" + std::to_string(i) + " { }\n";
  auto start = std::chrono::steady_clock::now();
  auto diagnostics = compile_errors(text);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_NE(diagnostics.front().message.find("more than 10000 rules"), std::string::npos);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(RulesHostileFiles, NoDefinitionAtTopLevelIsReported) {
  auto diagnostics = compile_errors("hello world\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 1);
  EXPECT_NE(diagnostics[0].expected.find("'rule', 'absent rule', 'pattern' or 'import'"), std::string::npos);
}

}  // namespace
}  // namespace clausecheck
