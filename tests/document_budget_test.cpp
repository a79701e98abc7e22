// The time a document may take: analysis that stays near-linear however the document is
// built, and a deadline that stops a document over its budget with an error naming it.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "clausecheck/deadline.h"
#include "clausecheck/engine.h"
#include "clausecheck/parsers.h"
#include "clausecheck/rules.h"
#include "rules/document_index.h"
#include "rules_test_support.h"

using namespace clausecheck;

namespace {

constexpr int kTerms = 100000;

// One line per term, "Service Level N applies.", and a definition per line whose term is
// "Service Level N": every term shares its first two words with every other.
AnalysedDocument document_with_terms_sharing_their_first_words() {
  std::string text;
  for (int i = 0; i < kTerms; ++i) text += "Service Level " + std::to_string(i) + " applies.\n";
  AnalysedDocument analysed = analyse(document_from_text(text, "terms.txt"));
  analysed.structure.definitions.clear();
  for (int i = 0; i < kTerms; ++i) {
    Definition definition;
    definition.term = "Service Level " + std::to_string(i);
    analysed.structure.definitions.push_back(definition);
  }
  Definition repeated;  // a term defined twice: the first definition is the one read
  repeated.term = "Service Level 5";
  analysed.structure.definitions.push_back(repeated);
  Definition longer;  // a longer term starting at the same word wins there
  longer.term = "Service Level 7 applies";
  analysed.structure.definitions.push_back(longer);
  return analysed;
}

}  // namespace

// Marking where each defined term occurs once searched every occurrence of a term's first
// word once per definition: 100,000 terms sharing "Service" made ten billion comparisons
// (minutes). The text is now walked once; how fast is measured by scripts/bench-analysis.py,
// not here: this test checks that every term is still marked where it stands.
TEST(DocumentIndex, HundredThousandTermsSharingTheirFirstWords_AreEachMarked) {
  const AnalysedDocument analysed = document_with_terms_sharing_their_first_words();
  std::optional<rules::DocumentIndex> index;
  index.emplace(analysed, Deadline());

  int line = 0;
  for (std::uint32_t t = 0; t < index->token_count(); ++t) {
    if (analysed.text.token_text(analysed.text.tokens[t]) != "service") continue;
    const rules::TermAt& at = index->term_at(t);
    if (line == 7) {
      EXPECT_EQ(at.definition, kTerms + 1);
      EXPECT_EQ(at.length, 4u);
    } else {
      ASSERT_EQ(at.definition, line) << "line " << line;
      EXPECT_EQ(at.length, 3u);
    }
    ++line;
  }
  EXPECT_EQ(line, kTerms);
}

TEST(Deadline, PassedDeadline_StopsTheScanWithItsBudget) {
  const AnalysedDocument analysed = analyse(document_from_text("The Supplier shall pay within 60 days.\n"));
  auto pack = clausecheck::testing::compile_or_fail(clausecheck::testing::rule_text("\"pay\""));
  ASSERT_TRUE(pack);
  RuleScanOptions options;
  options.deadline = Deadline(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  try {
    (void)scan(*pack, analysed, options);
    FAIL() << "expected DeadlineExceeded";
  } catch (const DeadlineExceeded& e) {
    EXPECT_EQ(e.budget(), std::chrono::milliseconds(1));
  }
  EXPECT_FALSE(scan(*pack, analysed, {}).empty()) << "without a deadline the scan finishes";
}

TEST(Deadline, TimeLimitError_NamesTheBudgetInSeconds) {
  const InputError error = time_limit_error("big.pdf", std::chrono::seconds(60));
  EXPECT_EQ(error.kind, InputErrorKind::time_limit);
  EXPECT_EQ(to_string(error.kind), "time-limit");
  EXPECT_EQ(error.describe().rfind("big.pdf: over the time limit of 60 s per document", 0), 0u) << error.describe();
}
