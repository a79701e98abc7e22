// The pack-wide atom index picks the same rules as asking each rule's matcher whether the
// document has a word of every atom set, and a scan through it gives the same findings as
// running every rule, on generated packs and documents.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "clausecheck/engine.h"
#include "clausecheck/rules.h"
#include "rules/atom_index.h"
#include "rules/compiled_pack.h"
#include "rules/document_index.h"
#include "rules/pike_matcher.h"
#include "rules/rule_scanner.h"
#include "rules_test_support.h"

using namespace clausecheck;

namespace {

// Words shared by the rules and the documents, so that some rules fire and some cannot.
const std::vector<std::string> vocabulary = {
    "shall",  "pay",       "payment",  "within",    "days",      "liability", "indemnify", "indemnified",
    "notice", "terminate", "supplier", "authority", "exceed",    "limited",   "charges",   "insurance",
    "claim",  "losses",    "breach",   "set",       "off",       "vest",      "prime",     "subcontract",
};

std::string word(std::mt19937& random) { return vocabulary[random() % vocabulary.size()]; }

// A word, a prefix ("indem*"), or a word no document contains.
std::string literal(std::mt19937& random) {
  const auto kind = random() % 6;
  if (kind == 0) {
    const std::string w = word(random);
    return "\"" + w.substr(0, 2 + random() % (w.size() - 1)) + "*\"";
  }
  if (kind == 1) return "\"absentword" + std::to_string(random() % 5) + "\"";
  return "\"" + word(random) + "\"";
}

// A pattern of two to four parts: literals, alternatives, optional parts and gaps.
std::string pattern(std::mt19937& random) {
  std::string text;
  const auto parts = 2 + random() % 3;
  for (unsigned p = 0; p < parts; ++p) {
    if (p > 0) text += random() % 2 ? " gap(0.." + std::to_string(random() % 6) + ") " : " ";
    switch (random() % 4) {
      case 0: text += "(" + literal(random) + " | " + literal(random) + ")"; break;
      case 1: text += literal(random) + (p > 0 ? "?" : ""); break;  // the first part is never optional
      default: text += literal(random); break;
    }
  }
  return text;
}

std::string generated_pack(unsigned seed, int rules) {
  std::mt19937 random(seed);
  std::string text;
  for (int i = 0; i < rules; ++i) {
    const std::string id = "GEN-" + std::to_string(i);
    const bool absence = random() % 8 == 0;
    text += std::string(absence ? "absent " : "") + "rule " + id + " {\n  title \"Generated\"\n  category \"test\"\n" +
            "  severity low\n  " + (absence ? "require " : "match ") + pattern(random) + "\n";
    if (random() % 5 == 0) text += "  unless " + literal(random) + "\n";
    text += "  message \"Generated\"\n}\n";
  }
  return text;
}

std::string generated_document(unsigned seed) {
  std::mt19937 random(seed);
  std::string text;
  const auto words = 20 + random() % 200;
  // Each document uses only part of the vocabulary, so that different rules are possible.
  const std::size_t used = 4 + random() % (vocabulary.size() - 3);
  for (unsigned i = 0; i < words; ++i) {
    text += vocabulary[random() % used];
    text += i % 12 == 11 ? ".\n" : " ";
  }
  return text + ".\n";
}

// What the per-rule prefilter decided: every atom set has a word in the document.
bool every_atom_set_occurs(const rules::Program& program, const rules::DocumentIndex& index) {
  for (const rules::WordSet& set : program.atoms) {
    if (index.count_of(index.resolve(set)) == 0) return false;
  }
  return true;
}

std::string describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += f.rule_id + " " + std::to_string(f.begin) + "-" + std::to_string(f.end) + " " + f.message;
    for (const std::string& why : f.why) out += " | " + why;
    out += "\n";
  }
  return out;
}

}  // namespace

TEST(AtomIndex, PicksTheRulesWhoseAtomSetsAllOccur_OnGeneratedPacks) {
  int candidates_seen = 0, skipped_seen = 0;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    auto pack = clausecheck::testing::compile_or_fail(generated_pack(seed, 60));
    ASSERT_TRUE(pack);
    const rules::CompiledPack& compiled = pack->compiled();
    const AnalysedDocument document = analyse(document_from_text(generated_document(seed * 7919), "generated.txt"));
    const rules::DocumentIndex index(document);
    const std::vector<std::uint32_t> candidates = compiled.atom_index.candidates(index);
    ASSERT_TRUE(std::is_sorted(candidates.begin(), candidates.end()));
    for (std::uint32_t r = 0; r < compiled.rules.size(); ++r) {
      const rules::CompiledRule& rule = compiled.rules[r];
      const bool picked = std::binary_search(candidates.begin(), candidates.end(), r);
      const bool always = rule.info.absence || rule.match.atoms.empty();
      EXPECT_EQ(picked, always || every_atom_set_occurs(rule.match, index))
          << "seed " << seed << ", rule " << rule.info.id << ": " << rule.match.source;
      if (!picked) {
        // A rule left out could not have matched anywhere.
        EXPECT_FALSE(rules::PikeMatcher(rule.match, index, rule.slots.size()).possible()) << rule.match.source;
        ++skipped_seen;
      } else {
        ++candidates_seen;
      }
    }
  }
  // The generated packs exercise both sides of the decision.
  EXPECT_GT(candidates_seen, 100);
  EXPECT_GT(skipped_seen, 100);
}

TEST(AtomIndex, ScanGivesTheFindingsOfRunningEveryRule_OnGeneratedPacks) {
  std::size_t findings_seen = 0;
  for (unsigned seed = 100; seed < 120; ++seed) {
    auto pack = clausecheck::testing::compile_or_fail(generated_pack(seed, 60));
    ASSERT_TRUE(pack);
    const AnalysedDocument document = analyse(document_from_text(generated_document(seed * 104729), "generated.txt"));
    const rules::DocumentIndex index(document);
    std::vector<Finding> every_rule;
    for (const rules::CompiledRule& rule : pack->compiled().rules) rules::scan_rule(rule, index, every_rule, false);
    const std::vector<Finding> scanned = scan(*pack, document);
    EXPECT_EQ(describe(scanned), describe(every_rule)) << "seed " << seed;
    findings_seen += scanned.size();
  }
  EXPECT_GT(findings_seen, 50u);
}

TEST(AtomIndex, PrefixAtomsMatchLongerWordsAndTheWordItself) {
  auto pack = clausecheck::testing::compile_or_fail(clausecheck::testing::rule_text("\"indemnif*\" gap(0..3) \"losses\"", "", "P-01.prefix") +
                                       clausecheck::testing::rule_text("\"shall\" \"pay\"", "", "P-02.word"));
  ASSERT_TRUE(pack);
  for (const std::string text : {"The Supplier shall indemnify all losses.", "We indemnif losses."}) {
    const AnalysedDocument document = analyse(document_from_text(text, "contract.txt"));
    const rules::DocumentIndex index(document);
    EXPECT_EQ(pack->compiled().atom_index.candidates(index), std::vector<std::uint32_t>{0}) << text;
  }
}
