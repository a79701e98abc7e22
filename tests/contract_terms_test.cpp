// The terms that drive cash, read from real and sample contracts of corpus/ (PDFs, as users
// send them), each with its clause.
//
// Every expectation below was checked by hand against the document's text (the Markdown
// source of the written subcontracts, pdftotext for the public ones): the clause states
// the term with that value. Terms marked "not stated" were looked for and are not in the
// document. What the reader still misses on these documents is listed in
// docs/offer-model.md ("Limits").
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"

namespace clausecheck {
namespace {

AnalysedDocument load(const std::string& relative) {
  const std::string path = std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing fixture " << path;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ParseResult result = parse_document(relative, bytes);
  if (const auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return analyse(document_from_text(""));
  }
  return analyse(std::get<Document>(std::move(result)));
}

using Id = ContractTermId;

// One term as the document states it: where, and (for valued terms) what.
struct Stated {
  Id id;
  std::string clause;
  std::optional<double> value;  // days, percent or pounds; nullopt for flags
  bool flag = true;             // for flag terms
};

struct Contract {
  std::string path;
  std::vector<Stated> stated;
  std::vector<Id> not_stated;
};

const std::vector<Contract>& hand_checked() {
  static const std::vector<Contract> contracts = {
      {"corpus/samples/sample-subcontract.pdf",
       {{Id::term_length, "2.1", 1095},
        {Id::payment_period, "4.3", 60},
        {Id::pay_when_paid, "4.4", std::nullopt},
        {Id::tupe, "5.1", std::nullopt},
        {Id::termination_notice, "9.1", 30},
        {Id::volume_guarantee, "Schedule 1, 1.3", std::nullopt, false},
        {Id::fixed_price, "Schedule 2, 1.2", std::nullopt, true}},
       {Id::retention, Id::outcome_share, Id::service_credits, Id::liability_cap, Id::pension_scheme}},
      {"corpus/subcontracts/community-accommodation-subcontract.pdf",
       {{Id::payment_period, "4.2", 30},
        {Id::tupe, "6.1", std::nullopt},
        {Id::liability_cap, "7.2", 1000000}},
       {Id::service_credit_cap, Id::pay_when_paid, Id::retention}},
      {"corpus/subcontracts/domestic-abuse-refuge-subcontract.pdf",
       {{Id::retention, "6.3", 5},
        {Id::service_credit_cap, "5.1", 5},
        {Id::termination_notice, "11.1", 90},
        {Id::liability_cap, "9.1", std::nullopt}},
       {Id::pay_when_paid, Id::outcome_share}},
      {"corpus/subcontracts/employment-programme-subcontract.pdf",
       {{Id::term_length, "2.1", 1826},
        {Id::payment_period, "6.2", 60},
        {Id::pay_when_paid, "6.3", std::nullopt},
        {Id::volume_guarantee, "3.2", std::nullopt, false},
        {Id::outcome_share, "Schedule 2, 1.5", 92}},
       {Id::retention}},
      {"corpus/subcontracts/facilities-support-services-subcontract.pdf",
       {{Id::term_length, "2.1", 1825},
        {Id::payment_period, "6.1", 30},
        {Id::retention, "6.2", 10},
        {Id::service_credits, "1.1.6", std::nullopt},
        {Id::liability_cap, "8.2", 2000000}},
       {Id::service_credit_cap, Id::pay_when_paid}},
      {"corpus/subcontracts/local-authority-grant-agreement.pdf",
       {{Id::payment_period, "3.2", 30}, {Id::termination_notice, "8.1", 30}},
       {Id::retention, Id::liability_cap}},
      {"corpus/subcontracts/nhs-clinical-subcontract.pdf",
       {{Id::term_length, "2.1", 1096},
        {Id::payment_period, "6.2", 30},
        {Id::service_credits, "5.1", std::nullopt},
        {Id::termination_notice, "11.1", 180},
        {Id::liability_cap, "9.1", std::nullopt}},
       {Id::service_credit_cap, Id::pay_when_paid}},
      {"corpus/subcontracts/plain-english-short-subcontract.pdf",
       {{Id::payment_period, "4.2", 60},
        {Id::pay_when_paid, "4.3", std::nullopt},
        {Id::termination_notice, "3.2", 28}},
       {Id::retention}},
      {"corpus/subcontracts/prison-education-payment-subcontract.pdf",
       {{Id::payment_period, "5.3", 75},
        {Id::pay_when_paid, "5.4", std::nullopt},
        {Id::retention, "5.7", 5},
        {Id::retention_release, "5.7", 90},
        {Id::liability_cap, "8.1", std::nullopt}},
       {}},
      {"corpus/subcontracts/probation-partnering-agreement.pdf",
       {{Id::payment_period, "6.2", 30},
        {Id::fixed_price, "6.3", std::nullopt, true},
        {Id::liability_cap, "7.2", std::nullopt},
        {Id::volume_guarantee, "Schedule 2, 1", std::nullopt, false},
        {Id::outcome_share, "Schedule 3, 3", 30}},
       {Id::retention}},
      {"corpus/subcontracts/supported-employment-subcontract.pdf",
       {{Id::payment_period, "6.1", 30},
        {Id::tupe, "4.1", std::nullopt},
        {Id::pension_scheme, "4.2", std::nullopt},
        {Id::liability_cap, "8.1", std::nullopt},
        {Id::volume_guarantee, "12.1", std::nullopt, false},
        {Id::outcome_share, "Schedule 2, 1.3", 60}},
       {Id::retention}},
      {"corpus/subcontracts/good-practice-subcontract.pdf",
       {{Id::payment_period, "5.1", 30},
        {Id::fixed_price, "5.5", std::nullopt, false},
        {Id::tupe, "10.1", std::nullopt, false},
        {Id::termination_notice, "11.1", 180},
        {Id::liability_cap, "7.2", std::nullopt}},
       {Id::pay_when_paid, Id::retention}},
      {"corpus/subcontracts/youth-justice-family-support-subcontract.pdf",
       {{Id::term_length, "2.1", 730}, {Id::termination_notice, "11.1", 60}},
       {Id::payment_period, Id::retention}},
      {"corpus/subcontracts/us-style-services-agreement.pdf",
       {{Id::term_length, "4.1", 1095}, {Id::payment_period, "3.2", 90}, {Id::termination_notice, "4.2", 30}},
       {}},
      {"corpus/public/example-terms-and-conditions.pdf", {{Id::payment_period, "4.4", 30}}, {Id::retention}},
      {"corpus/public/g-cloud-8-framework-agreement.pdf",
       {{Id::termination_notice, "5.3", 30}, {Id::liability_cap, "4.6.1", std::nullopt}},
       {Id::retention}},
  };
  return contracts;
}

class ContractTermsOnCorpus : public ::testing::TestWithParam<Contract> {};

TEST_P(ContractTermsOnCorpus, EveryStatedTermIsFoundWithItsClause) {
  const Contract& c = GetParam();
  const AnalysedDocument doc = load(c.path);
  const ContractTerms terms = read_contract_terms(doc);
  for (const Stated& s : c.stated) {
    SCOPED_TRACE(std::string(to_string(s.id)));
    const ContractTerm& t = terms[s.id];
    ASSERT_TRUE(t.stated);
    EXPECT_EQ(t.clause, s.clause) << t.text;
    EXPECT_GT(t.page, 0);
    if (s.value) {
      EXPECT_TRUE(t.has_value);
      EXPECT_NEAR(t.value, *s.value, 1e-6) << t.value_text;
    } else {
      EXPECT_EQ(t.flag, s.flag) << t.text;
    }
  }
  for (Id id : c.not_stated) EXPECT_FALSE(terms[id].stated) << to_string(id) << ": " << terms[id].text;
}

// Every contract of the corpus can be assessed on the stated defaults. How long it takes
// (the bar: under 50 ms after the scan) is measured by bench/assess_bench.cpp, not here.
TEST_P(ContractTermsOnCorpus, AssessmentRunsOnTheStatedDefaults) {
  const AnalysedDocument doc = load(GetParam().path);
  const Assessment a = assess_offer(read_contract_terms(doc), Offer{});
  EXPECT_FALSE(a.cash_flow.months.empty()) << GetParam().path;
}

std::string contract_name(const ::testing::TestParamInfo<Contract>& info) {
  std::string name = info.param.path.substr(info.param.path.rfind('/') + 1);
  name = name.substr(0, name.rfind('.'));
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(HandChecked, ContractTermsOnCorpus, ::testing::ValuesIn(hand_checked()), contract_name);

// Sentences that look like a term but are not one.
ContractTerms terms_of(const std::string& text) { return read_contract_terms(analyse(document_from_text(text))); }

TEST(ContractTerms, CounterpartysOwnCapIsNotTheProvidersCap) {
  const ContractTerms t = terms_of(
      "This Subcontract is between Acme Prime Ltd (the \"Contractor\") and Hope Trust (the \"Subcontractor\").\n"
      "7.1 The Contractor's total liability to the Subcontractor shall not exceed £10,000.\n");
  EXPECT_FALSE(t[Id::liability_cap].stated) << t[Id::liability_cap].text;
}

TEST(ContractTerms, PaymentWhetherOrNotThePrimeIsPaid_IsNotPayWhenPaid) {
  const ContractTerms t = terms_of(
      "5.1 The Prime shall pay each undisputed invoice within thirty (30) days of receipt, whether or not it has "
      "received payment from the Authority.\n");
  EXPECT_FALSE(t[Id::pay_when_paid].stated);
  EXPECT_TRUE(t[Id::payment_period].stated);
  EXPECT_DOUBLE_EQ(t[Id::payment_period].value, 30);
}

TEST(ContractTerms, UncappedServiceCreditsAreNotReadAsACap) {
  const ContractTerms t = terms_of(
      "5.1 A Service Credit of eight per cent (8%) of the monthly Charges applies for each KPI missed.\n"
      "5.2 There is no cap on the total Service Credits in any month, which may exceed ten per cent (10%).\n");
  EXPECT_TRUE(t[Id::service_credits].stated);
  EXPECT_FALSE(t[Id::service_credit_cap].stated) << t[Id::service_credit_cap].text;
}

TEST(ContractTerms, RestrictivePeriodAfterTheTermIsNotTheTerm) {
  const ContractTerms t = terms_of(
      "6.2 During the term and for eighteen (18) months after it ends, the Subcontractor shall not solicit staff.\n");
  EXPECT_FALSE(t[Id::term_length].stated) << t[Id::term_length].text;
}

}  // namespace
}  // namespace clausecheck
