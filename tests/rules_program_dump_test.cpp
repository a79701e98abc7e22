// Golden tests of the rule compiler: the program each construct compiles to, as dump()
// prints it (RE2's compile_test.cc). A change to code emission or program analysis shows
// here as a changed listing, instruction by instruction.
#include <gtest/gtest.h>

#include <string>

#include "rules/program_dump.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

// The dump of the match program of a one-rule pack (`before` holds pattern definitions).
std::string compiled(const std::string& match, const std::string& extra = "", const std::string& before = "") {
  RuleCompileResult result = compile_rule_pack({{"test.rules", before + testing::rule_text(match, extra)}}, {});
  EXPECT_TRUE(result.ok()) << testing::describe(result.diagnostics);
  if (!result.ok()) return "";
  return rules::dump(result.pack->compiled().rules.at(0).match);
}

TEST(CompiledProgram, PhraseIsOneWordPerTokenAndAWildcardIsAPrefix) {
  EXPECT_EQ(compiled("\"shall indemnif*\""),
            "source \"shall indemnif*\"\n"
            "0 word {shall}\n"
            "1 word {indemnif*}\n"
            "2 match\n"
            "start {shall}\n"
            "atoms {shall} {indemnif*}\n"
            "span 2\n");
}

// A comparison of two captures needs both values, so it is not a value's own condition:
// it is listed after the program, checked on the complete match.
TEST(CompiledProgram, CaptureComparisonIsCheckedOnTheMatch) {
  EXPECT_EQ(compiled("a:DURATION \"or\" b:DURATION", "  where a < b"),
            "source a:DURATION \"or\" b:DURATION\n"
            "0 value DURATION slot 0\n"
            "1 word {or}\n"
            "2 value DURATION slot 1\n"
            "3 match\n"
            "start any token\n"
            "atoms {or}\n"
            "span 65\n"
            "on match slot 0 days < slot 1\n");
}

TEST(CompiledProgram, AlternationOfSingleWordsIsOneWordSet) {
  EXPECT_EQ(compiled("(\"pay\" | \"payment\") \"within\""),
            "source (\"pay\" | \"payment\") \"within\"\n"
            "0 word {pay payment}\n"
            "1 word {within}\n"
            "2 match\n"
            "start {pay payment}\n"
            "atoms {pay payment} {within}\n"
            "span 2\n");
}

TEST(CompiledProgram, AlternationOfPhrasesBranchesAndItsAtomIsTheLongestWordOfEach) {
  EXPECT_EQ(compiled("(\"hold harmless\" | \"indemnify\")"),
            "source (\"hold harmless\" | \"indemnify\")\n"
            "0 split 1 4\n"
            "1 word {hold}\n"
            "2 word {harmless}\n"
            "3 jump 5\n"
            "4 word {indemnify}\n"
            "5 match\n"
            "start {hold indemnify}\n"
            "atoms {harmless indemnify}\n"
            "span 2\n");
}

TEST(CompiledProgram, GapIsUnrolledIntoRequiredThenChainedOptionalTokens) {
  EXPECT_EQ(compiled("\"liability\" gap(1..3) \"exceed\""),
            "source \"liability\" gap(1..3) \"exceed\"\n"
            "0 word {liability}\n"
            "1 any\n"
            "2 split 3 6\n"
            "3 any\n"
            "4 split 5 6\n"
            "5 any\n"
            "6 word {exceed}\n"
            "7 match\n"
            "start {liability}\n"
            "atoms {liability} {exceed}\n"
            "span 5\n");
}

TEST(CompiledProgram, RepetitionRepeatsTheRequiredCopiesThenOptionalOnes) {
  EXPECT_EQ(compiled("\"very\"{1..2} \"late\""),
            "source \"very\"{1..2} \"late\"\n"
            "0 word {very}\n"
            "1 split 2 3\n"
            "2 word {very}\n"
            "3 word {late}\n"
            "4 match\n"
            "start {very}\n"
            "atoms {very} {late}\n"
            "span 3\n");
}

TEST(CompiledProgram, TypedCaptureCarriesItsWhereComparisonInDays) {
  EXPECT_EQ(compiled("\"within\" days:DURATION", "  where days > 2 weeks"),
            "source \"within\" days:DURATION\n"
            "0 word {within}\n"
            "1 value DURATION slot 0 where days > 14\n"
            "2 match\n"
            "start {within}\n"
            "atoms {within}\n"
            "span 33\n");
}

TEST(CompiledProgram, MoneyComparisonKeepsTheLiteralsCurrency) {
  EXPECT_EQ(compiled("\"exceed\" cap:MONEY", "  where cap >= £1.5 million"),
            "source \"exceed\" cap:MONEY\n"
            "0 word {exceed}\n"
            "1 value MONEY slot 0 where value >= 1500000 GBP\n"
            "2 match\n"
            "start {exceed}\n"
            "atoms {exceed}\n"
            "span 33\n");
}

TEST(CompiledProgram, WordCaptureSavesAroundARoleAndNegationRefusesAWordSet) {
  EXPECT_EQ(compiled("who:@provider not (\"sole\" | \"absolute\") \"discretion\""),
            "source who:@provider not (\"sole\" | \"absolute\") \"discretion\"\n"
            "0 save 0 begin\n"
            "1 role provider\n"
            "2 save 0 end\n"
            "3 not {absolute sole}\n"
            "4 word {discretion}\n"
            "5 match\n"
            "start any token\n"
            "atoms {discretion}\n"
            "span 14\n");
}

// A role beside fixed words: each word gives way to the other party's own names, and
// `unless reciprocal` (which swaps the roles) swaps what the words give way to.
TEST(CompiledProgram, FixedWordsBesideARoleGiveWayToTheOtherPartysNames) {
  EXPECT_EQ(compiled("(@provider | \"developer\" | \"supplier\") \"shall\""),
            "source (@provider | \"developer\" | \"supplier\") \"shall\"\n"
            "0 split 1 3\n"
            "1 role provider\n"
            "2 jump 7\n"
            "3 split 4 6\n"
            "4 word {developer} except counterparty\n"
            "5 jump 7\n"
            "6 word {supplier} except counterparty\n"
            "7 word {shall}\n"
            "8 match\n"
            "start any token\n"
            "atoms {shall}\n"
            "span 13\n");
  const std::string funder = compiled("(@funder | \"authority\") \"pays\"");
  EXPECT_NE(funder.find("word {authority} except provider except counterparty"), std::string::npos) << funder;
  // No role in the alternation: the words are the words.
  EXPECT_NE(compiled("(\"developer\" | \"supplier\") \"shall\"").find("word {developer supplier}\n"), std::string::npos);
}

// A negated role beside fixed words refuses the role's own names too.
TEST(CompiledProgram, ANegatedRoleRefusesItsNamesAndItsWordsGiveWay) {
  const std::string program = compiled("not (@provider | \"developer\") \"shall\"");
  EXPECT_NE(program.find("not {developer} and provider names except counterparty"), std::string::npos) << program;
}

TEST(CompiledProgram, NamedPatternIsExpandedInPlace) {
  EXPECT_EQ(compiled("\"no\" late_payment", "", "pattern late_payment = \"late\" \"payment\"\n\n"),
            "source \"no\" late_payment\n"
            "0 word {no}\n"
            "1 word {late}\n"
            "2 word {payment}\n"
            "3 match\n"
            "start {no}\n"
            "atoms {no} {late} {payment}\n"
            "span 3\n");
}

}  // namespace
}  // namespace clausecheck
