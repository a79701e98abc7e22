// The rules commands end to end: the built binary on the fixture packs.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "cli_run_support.h"
#include "clausecheck/diff_report.h"
#include "clausecheck/reports.h"

namespace {

using clausecheck::cli_test::CommandRun;

// The rules commands report on stderr and stdout alike: read both.
CommandRun run(const std::string& arguments) { return clausecheck::cli_test::run_clausecheck(arguments, true); }

const std::string pack = "tests/fixtures/rules/pack";

TEST(RulesCommand, CheckAcceptsAValidPackInStrictMode) {
  CommandRun r = run("rules check --strict " + pack);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ok: 3 rules"), std::string::npos) << r.out;
}

TEST(RulesCommand, CheckReportsEveryMistakeWithLocationAndExitsTwo) {
  CommandRun r = run("rules check tests/fixtures/rules/broken");
  EXPECT_EQ(r.status, 2);
  for (const char* where : {"five-mistakes.rules:2:18:", "five-mistakes.rules:7:12:", "five-mistakes.rules:8:15:",
                            "five-mistakes.rules:9:16:", "five-mistakes.rules:15:15:"}) {
    EXPECT_NE(r.out.find(where), std::string::npos) << where << "\n" << r.out;
  }
  EXPECT_NE(r.out.find("5 error(s)"), std::string::npos) << r.out;
}

TEST(RulesCommand, ListPrintsTabSeparatedRulesInFileOrder) {
  CommandRun r = run("rules list " + pack);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.rfind("RTL-02.no-liability-cap\tcritical\tliability\tNo cap on the subcontractor's liability\n", 0), 0u)
      << r.out;
  EXPECT_NE(r.out.find("PAY-03.long-payment-terms\thigh\tpayment\t"), std::string::npos);
}

TEST(RulesCommand, TestPassesOnAGoodPackAndNamesEachFailure) {
  CommandRun good = run("rules test " + pack);
  EXPECT_EQ(good.status, 0) << good.out;
  EXPECT_NE(good.out.find("3 rules, 6 examples, 0 failed"), std::string::npos) << good.out;

  CommandRun bad = run("rules test tests/fixtures/rules/failing.rules");
  EXPECT_EQ(bad.status, 1) << bad.out;
  EXPECT_NE(bad.out.find("FAIL FAIL-01.wrong-example (tests/fixtures/rules/failing.rules:7): example did not fire"),
            std::string::npos)
      << bad.out;
  EXPECT_NE(bad.out.find("counter example fired"), std::string::npos) << bad.out;
}

TEST(RulesCommand, MissingRulePathIsAnInputError) {
  CommandRun r = run("rules check tests/fixtures/rules/no-such.rules");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("no-such.rules"), std::string::npos) << r.out;
}

TEST(ScanCommand, JsonReportCarriesRuleFindingsWithLocationsCapturesAndWhy) {
  CommandRun r = run("scan tests/fixtures/rules/contract.txt --format json --rules " + pack);
  ASSERT_EQ(r.status == 0 || r.status == 1, true) << r.out;
  auto json = nlohmann::json::parse(r.out);
  const auto& findings = json["findings"];
  ASSERT_EQ(findings.size(), 4u) << r.out;
  const nlohmann::json* payment = nullptr;
  int absence = 0;
  for (const auto& f : findings) {
    if (f["absence"] == true) ++absence;
    if (f["rule_id"] == "PAY-03.long-payment-terms" && f["clause"] == "2.1") payment = &f;
    // 2.2 says "undisputed sums": the unless condition holds, so no finding there.
    EXPECT_FALSE(f["rule_id"] == "PAY-03.long-payment-terms" && f["clause"] == "2.2") << f.dump();
  }
  EXPECT_EQ(absence, 1);
  ASSERT_NE(payment, nullptr) << r.out;
  EXPECT_EQ((*payment)["heading"], "Payment");
  EXPECT_EQ((*payment)["text"], "pay each valid invoice within 60 days of receipt");
  EXPECT_EQ((*payment)["captures"][0]["value"], 60);
  EXPECT_EQ((*payment)["captures"][0]["unit"], "day");
  EXPECT_FALSE((*payment)["why"].empty());

  CommandRun again = run("scan tests/fixtures/rules/contract.txt --format json --rules " + pack);
  EXPECT_EQ(r.out, again.out);
}

TEST(FindingsJson, WritesEveryFieldInAFixedShape) {
  clausecheck::Finding f;
  f.rule_id = "PAY-03.x";
  f.severity = clausecheck::Severity::high;
  f.clause = 2;
  f.clause_citation = "7.2(b)";
  f.heading = "Payment";
  f.captures.push_back({"days", "DURATION", "sixty (60) days", 60, "day", 10, 25});
  f.why = {"match …"};
  auto json = nlohmann::json::parse(clausecheck::write_findings_json("c.pdf", {f}));
  EXPECT_EQ(json["document"], "c.pdf");
  const auto& out = json["findings"][0];
  EXPECT_EQ(out["severity"], "high");
  EXPECT_EQ(out["clause"], "7.2(b)");
  EXPECT_EQ(out["heading"], "Payment");
  EXPECT_EQ(out["captures"][0]["span"]["end"], 25);
  EXPECT_EQ(out["why"][0], "match …");
  EXPECT_FALSE(out.contains("id"));  // an id is a position in a report; this list is not one
}

// One finding has one JSON shape wherever it appears: the diff's lists carry every field
// the findings list does (span, why, tags included), not a shorter copy.
TEST(FindingsJson, TheDiffWritesTheSameShape) {
  clausecheck::Finding f;
  f.rule_id = "PAY-03.x";
  f.severity = clausecheck::Severity::high;
  f.clause = 2;
  f.clause_citation = "7.2(b)";
  f.tags = {"payment"};
  f.begin = 10;
  f.end = 40;
  f.why = {"match …"};
  clausecheck::DraftDiff diff;
  diff.added = {f};
  diff.changed.push_back({f, f, {"message"}});
  auto listed = nlohmann::json::parse(clausecheck::write_findings_json("c.pdf", {f}))["findings"][0];
  auto diffed = nlohmann::json::parse(clausecheck::write_diff_json(diff, "old.pdf", "new.pdf"));
  EXPECT_EQ(diffed["added"][0], listed);
  EXPECT_EQ(diffed["changed"][0]["after"], listed);
  EXPECT_EQ(diffed["added"][0]["span"]["end"], 40);
}

// import "lib/x" finds lib/x.rules beside the importing file or in a directory above it;
// a library imported twice (by two files, or by a library) is loaded once, so its patterns
// are not "defined twice".
TEST(RulesImport, APackUsesItsLibrariesPatternsLoadedOnce) {
  CommandRun r = run("rules test --strict tests/fixtures/rules/imports/pack");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("2 rules, 4 examples, 0 failed"), std::string::npos) << r.out;
}

TEST(RulesImport, LoadingTheLibraryDirectoryToo_DoesNotLoadItTwice) {
  CommandRun r = run("rules check tests/fixtures/rules/imports/lib tests/fixtures/rules/imports/pack");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ok: 2 rules"), std::string::npos) << r.out;
}

TEST(RulesImport, AMissingOrEscapingLibraryIsALocatedError) {
  CommandRun r = run("rules check tests/fixtures/rules/imports/missing");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("uses-missing.rules:1:8: cannot find the library \"lib/no-such-library\""), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("uses-missing.rules:2:8: \"../escape\" is not a library name"), std::string::npos) << r.out;
}

// The bundled pack imports the bundled library (rules/lib) from rules/default.
TEST(RulesImport, TheBundledPackLoadsWithItsLibrary) {
  CommandRun r = run("rules check --strict");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.rfind("ok: ", 0), 0u) << r.out;
}

// A report keeps one finding per rule and clause; --every-match (for measuring clause
// detection) keeps both matches of clause 1.1.
TEST(ScanCommand, EveryMatchReportsEachMatchInAClause) {
  // --quiet: the fixture names no parties, and the warning saying so goes to stderr.
  const std::string args = "scan tests/fixtures/rules/imports/two-in-one-clause.txt --format json --quiet --rules "
                           "tests/fixtures/rules/imports/insurance-detector.rules";
  CommandRun one = run(args);
  CommandRun every = run(args + " --every-match");
  ASSERT_EQ(one.status, 0) << one.out;
  ASSERT_EQ(every.status, 0) << every.out;
  EXPECT_EQ(nlohmann::json::parse(one.out)["findings"].size(), 1u) << one.out;
  const auto findings = nlohmann::json::parse(every.out)["findings"];
  ASSERT_EQ(findings.size(), 2u) << every.out;
  EXPECT_EQ(findings[0]["clause"], "1.1");
  EXPECT_EQ(findings[1]["clause"], "1.1");
  EXPECT_LT(findings[0]["span"]["begin"].get<int>(), findings[1]["span"]["begin"].get<int>());
}

}  // namespace
