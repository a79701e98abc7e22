// Sentences: where contract text does and does not break, and that blocks bound them.
#include "readable_case_name.h"
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

std::vector<std::string> sentences_of(const Document& document) {
  const NormalisedText text = normalise(document);
  std::vector<std::string> sentences;
  for (const Sentence& sentence : text.sentences)
    sentences.push_back(document.text.substr(sentence.begin, sentence.end - sentence.begin));
  return sentences;
}

std::vector<std::string> sentences_of(const std::string& single_paragraph) {
  Document document;
  document.text = single_paragraph;
  return sentences_of(document);
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitter, FullStopBeforeACapital_EndsASentence) {
  EXPECT_EQ(sentences_of("The Supplier shall pay. The Buyer shall accept."),
            (Sentences{"The Supplier shall pay.", "The Buyer shall accept."}));
}

TEST(SentenceSplitter, QuestionAndExclamation_EndSentences) {
  EXPECT_EQ(sentences_of("Is it due? It is due! Pay now."),
            (Sentences{"Is it due?", "It is due!", "Pay now."}));
}

// Each abbreviation followed by a capital, where plain ICU rules would break.
struct AbbreviationCase {
  const char* text;
};

class ContractAbbreviation : public testing::TestWithParam<const char*> {};

TEST_P(ContractAbbreviation, DoesNotEndTheSentence) {
  const std::string text = std::string("As set out in ") + GetParam() + " Payment terms apply. Next sentence.";
  const std::string first = text.substr(0, text.find(" Next"));
  EXPECT_EQ(sentences_of(text), (Sentences{first, "Next sentence."}));
}

INSTANTIATE_TEST_SUITE_P(SentenceSplitter, ContractAbbreviation,
                         testing::Values("cl. 4.2", "Cl. 4", "CL. 12", "cll. 4", "ABC Ltd.", "ABC LTD.",
                                         "No. 3", "NO. 3", "e.g. Schedule", "E.g. Schedule",
                                         "i.e. Schedule", "fees etc.", "Acme Co.", "Acme Inc.",
                                         "Acme plc.", "para. 3", "Sch. 2", "art. 5", "reg. 7",
                                         "s. 172", "ss. 4", "Smith v. Jones", "Mr. Smith", "Dr. Murray",
                                         "Mrs. Hill", "Ms. Hill", "Prof. Hill", "Messrs. Hill"),
                         clausecheck::testing_support::NameByValue{});

TEST(SentenceSplitter, WordEndingInAnAbbreviation_StillEndsTheSentence) {
  // "days." ends in "s." and "start." in "art."; neither is an abbreviation.
  EXPECT_EQ(sentences_of("Pay within 30 days. The Buyer may object at the start. Then pay."),
            (Sentences{"Pay within 30 days.", "The Buyer may object at the start.", "Then pay."}));
}

TEST(SentenceSplitter, MoneyAndDecimals_DoNotEndASentence) {
  EXPECT_EQ(sentences_of("The cap is \u00A31.5m. The rate is 2.5 Percent of 1,000.50 Pounds."),
            (Sentences{"The cap is \u00A31.5m.", "The rate is 2.5 Percent of 1,000.50 Pounds."}));
}

// SEC filings blank out confidential figures as "[...***...]" or "[…***…]": the dots inside
// the brackets are part of the redaction mark, not full stops, so the sentence goes on
// ("within [...***...] days after" must stay one sentence for a period to be read).
TEST(SentenceSplitter, DotsInsideARedactionMark_DoNotEndASentence) {
  EXPECT_EQ(sentences_of("Notice must be given within [...***...] Days after delivery. Then pay."),
            (Sentences{"Notice must be given within [...***...] Days after delivery.", "Then pay."}));
  EXPECT_EQ(sentences_of("Testing takes [\u2026***\u2026] Business Days. Then pay."),
            (Sentences{"Testing takes [\u2026***\u2026] Business Days.", "Then pay."}));
  EXPECT_EQ(sentences_of("Royalty of [***]. The Buyer pays [. . .] Percent of it."),
            (Sentences{"Royalty of [***].", "The Buyer pays [. . .] Percent of it."}));
  // A bracket that is not a redaction mark keeps ICU's breaks.
  EXPECT_EQ(sentences_of("It ends [see cl. 4]. The Buyer pays. Then [ok.] Done."),
            (Sentences{"It ends [see cl. 4].", "The Buyer pays.", "Then [ok.]", "Done."}));
}

TEST(SentenceSplitter, ClauseNumberAtLineStart_IsNotASentenceOfItsOwn) {
  EXPECT_EQ(sentences_of("4.2. The Supplier shall pay. The Buyer shall accept."),
            (Sentences{"4.2. The Supplier shall pay.", "The Buyer shall accept."}));
  EXPECT_EQ(sentences_of("1. Services. The Supplier shall provide them."),
            (Sentences{"1. Services.", "The Supplier shall provide them."}));
  EXPECT_EQ(sentences_of("Clause 5. The Supplier shall pay."), (Sentences{"Clause 5. The Supplier shall pay."}));
  EXPECT_EQ(sentences_of("(iv). The Supplier shall pay."), (Sentences{"(iv). The Supplier shall pay."}));
}

TEST(SentenceSplitter, SentencesNeverCrossANewParagraphBlock) {
  DocumentBuilder builder("<test>", DocumentFormat::text);
  Block heading;
  heading.kind = BlockKind::heading;
  heading.heading_level = 1;
  builder.add_block("5 Payment", heading);
  builder.add_block("5.1 The Buyer shall pay", Block{});
  builder.add_block("5.2 Invoices are due", Block{});
  EXPECT_EQ(sentences_of(std::move(builder).finish()),
            (Sentences{"5 Payment", "5.1 The Buyer shall pay", "5.2 Invoices are due"}));
}

TEST(SentenceSplitter, ContinuationBlocks_JoinOneSentence) {
  DocumentBuilder builder("<test>", DocumentFormat::pdf);
  builder.add_block("The Buyer shall pay each invoice within", Block{});
  Block continuation;
  continuation.continues_paragraph = true;
  builder.add_block("30 days of receipt. Late payment bears", continuation);
  builder.add_block("interest.", continuation);
  const Document document = std::move(builder).finish();
  EXPECT_EQ(sentences_of(document),
            (Sentences{"The Buyer shall pay each invoice within\n30 days of receipt.",
                       "Late payment bears\ninterest."}));
}

TEST(SentenceSplitter, ContinuationOfADifferentKindOfBlock_StartsASentence) {
  DocumentBuilder builder("<test>", DocumentFormat::docx);
  builder.add_block("Fees", Block{});
  Block cell;
  cell.kind = BlockKind::table_cell;
  cell.continues_paragraph = true;
  builder.add_block("Monthly in arrears", cell);
  EXPECT_EQ(sentences_of(std::move(builder).finish()), (Sentences{"Fees", "Monthly in arrears"}));
}

TEST(SentenceSplitter, SentenceFields_CoverEveryTokenOnceAndInOrder) {
  const Document document = document_from_text(
      "1. Definitions\n\"Services\" means the services. They include e.g. advice.\nNo. 3 applies.");
  const NormalisedText text = normalise(document);
  ASSERT_FALSE(text.sentences.empty());
  std::uint32_t next_token = 0;
  for (const Sentence& sentence : text.sentences) {
    EXPECT_EQ(sentence.first_token, next_token);
    EXPECT_LT(sentence.first_token, sentence.end_token);
    EXPECT_EQ(sentence.begin, text.tokens[sentence.first_token].begin);
    EXPECT_EQ(sentence.end, text.tokens[sentence.end_token - 1].end);
    next_token = sentence.end_token;
  }
  EXPECT_EQ(next_token, text.tokens.size());
  EXPECT_EQ(text.sentences.size(), 4u);
}

TEST(SentenceSplitter, BrokenUtf8AndNonAsciiText_KeepBreaksAtTheRightBytes) {
  EXPECT_EQ(sentences_of("The fee\xFF\xFE is \u00A35\u2019s worth. The \U0001D400 Buyer pays \xE2\x80. Done."),
            (Sentences{"The fee\xFF\xFE is \u00A35\u2019s worth.", "The \U0001D400 Buyer pays \xE2\x80.", "Done."}));
}

TEST(SentenceSplitter, EmptyAndBlankDocuments_HaveNoSentences) {
  EXPECT_TRUE(normalise(Document{}).sentences.empty());
  EXPECT_TRUE(normalise(document_from_text("\n \n")).sentences.empty());
}

}  // namespace
}  // namespace clausecheck
