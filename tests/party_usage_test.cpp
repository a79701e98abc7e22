// How a party's names are used: the work it does, the money it receives and the money it pays.
#include <gtest/gtest.h>

#include "party_usage.h"

namespace clausecheck {
namespace {

TEST(PartyUsage, CountsWorkAfterAuxiliariesAndMoneyEitherSideOfTheName) {
  const std::string text =
      "HCS shall provide the Services. HCS hereby agrees to perform the audit. MHP will pay to HCS the fees. "
      "MHP shall pay HCS on demand. MHP desires to engage HCS. Fees payable to HCS are due monthly.";
  PartyUsage hcs = read_party_usage(text, {"HCS"});
  PartyUsage mhp = read_party_usage(text, {"MHP"});
  EXPECT_EQ(hcs.performs, 2);
  EXPECT_EQ(hcs.is_paid, 4);  // "pay to HCS", "pay HCS", "engage HCS", "payable to HCS"
  EXPECT_EQ(hcs.pays, 0);
  EXPECT_EQ(mhp.pays, 3);  // "will pay", "shall pay", "desires to engage"
  EXPECT_EQ(provider_by_usage(hcs, mhp), 0);
  EXPECT_EQ(provider_by_usage(mhp, hcs), 1);
}

// A supplier's work is often an effort to do it: "shall use Commercially Reasonable Efforts to
// supply", "will use its best endeavours to deliver".
TEST(PartyUsage, WorkAfterAnEffortsPromiseIsWorkDone) {
  const std::string text =
      "Miltenyi shall use Commercially Reasonable Efforts to supply the Products. Miltenyi will use its best "
      "endeavours to deliver each order. Bellicum shall not use any efforts to supply.";
  EXPECT_EQ(read_party_usage(text, {"Miltenyi"}).performs, 2);
  EXPECT_EQ(read_party_usage(text, {"Bellicum"}).performs, 0);  // "not" is no auxiliary
}

// The maker named after the thing it makes: "Product manufactured and packaged by Heritage". Data
// "provided by" a party is not its work: a customer provides information too.
TEST(PartyUsage, MakingInThePassiveIsWorkDoneButProvidingInformationIsNot) {
  const std::string text =
      "Premier wishes to have Product manufactured and packaged by Heritage. Goods produced by Heritage shall "
      "conform. Services rendered by Heritage are invoiced monthly. Forecasts provided by Premier are binding.";
  EXPECT_EQ(read_party_usage(text, {"Heritage"}).performs, 3);
  EXPECT_EQ(read_party_usage(text, {"Premier"}).performs, 0);
}

// Damages, refunds and credits flow back from the provider to its customer: they are not
// the customer being paid for work, nor the provider paying for it.
TEST(PartyUsage, CompensationIsNotPaymentForTheWork) {
  const std::string text =
      "Hearthstone shall pay the Buyer liquidated damages of 500 for each day of delay. Hearthstone shall refund "
      "to the Buyer any overpayment. Hearthstone shall pay Buyer the service credits. Buyer shall pay Hearthstone "
      "the Charges.";
  PartyUsage provider = read_party_usage(text, {"Hearthstone"});
  PartyUsage buyer = read_party_usage(text, {"Buyer"});
  EXPECT_EQ(provider.pays, 0);
  EXPECT_EQ(provider.is_paid, 1);  // "pay Hearthstone the Charges"
  EXPECT_EQ(buyer.is_paid, 0);
  EXPECT_EQ(buyer.pays, 1);
  EXPECT_EQ(provider_by_usage(provider, buyer), 0);
}

TEST(PartyUsage, MatchesWholeCaseSensitiveWordsOnly) {
  // "HPS" inside "SHPS", and "the company" in prose, are not the party.
  const std::string text = "SHPS shall provide the services. The company shall pay its taxes.";
  EXPECT_EQ(read_party_usage(text, {"HPS"}).performs, 0);
  EXPECT_EQ(read_party_usage(text, {"Company"}).pays, 0);
  EXPECT_EQ(read_party_usage(text, {"SHPS"}).performs, 1);
}

// A license and hosting agreement defines its parties in capitals, ("CORIO") and
// ("CHANGEPOINT"), and its operative clauses write them as names: "Changepoint shall provide".
TEST(PartyUsage, ATermDefinedInCapitalsIsAlsoReadAsTheClausesWriteIt) {
  const std::string text =
      "Changepoint shall provide to Corio the Support Services. Corio shall pay Changepoint the fees set out in "
      "Exhibit B. Changepoint shall deliver each Update. Amounts payable to Changepoint are due in thirty days. "
      "CHANGEPOINT will maintain the Software.";
  PartyUsage changepoint = read_party_usage(text, {"CHANGEPOINT"});
  PartyUsage corio = read_party_usage(text, {"CORIO"});
  EXPECT_EQ(changepoint.performs, 3);  // "Changepoint shall provide", "… shall deliver", "CHANGEPOINT will maintain"
  EXPECT_EQ(changepoint.is_paid, 2);   // "pay Changepoint", "payable to Changepoint"
  EXPECT_EQ(corio.pays, 1);
  EXPECT_EQ(provider_by_usage(changepoint, corio), 0);
  // A short term in capitals is an acronym the text keeps as it is: "Hps" is not HPS.
  EXPECT_EQ(read_party_usage("Hps shall provide the services.", {"HPS"}).performs, 0);
  // A two-word name: "COMMERCE ONE" is "Commerce One" in the clauses.
  EXPECT_EQ(read_party_usage("Commerce One shall deliver the Software.", {"COMMERCE ONE"}).performs, 1);
}

TEST(PartyUsage, AVerbInAnotherSentenceIsNotTheParty) {
  const std::string text = "Acme. Shall provide nothing. Beta: pay Acme";
  EXPECT_EQ(read_party_usage(text, {"Acme"}).performs, 0);
  EXPECT_EQ(read_party_usage(text, {"Acme"}).is_paid, 1);
}

// An outsourcing agreement's recital says who takes whom on; the rest of the text is nearly
// balanced (each party provides something and pays something), which alone decides nothing.
TEST(PartyUsage, APartyTheOtherRetainsIsTheProviderOnASmallLead) {
  const std::string text =
      "WHEREAS, Harbor wishes to retain Beacon to provide operational services on its behalf. "
      "Harbor shall provide access to the station. Beacon shall pay its own staff.";
  PartyUsage harbor = read_party_usage(text, {"Harbor"});
  PartyUsage beacon = read_party_usage(text, {"Beacon"});
  EXPECT_EQ(beacon.engaged, 1);
  EXPECT_EQ(harbor.engaged, 0);
  EXPECT_EQ(beacon.provider_weight() - harbor.provider_weight(), 1);  // below the lead of 2 usage needs
  EXPECT_EQ(provider_by_usage(harbor, beacon), 1);
  EXPECT_EQ(provider_by_usage(beacon, harbor), 0);
  // Each engages the other (a cross-services agreement): the recital settles nothing.
  const std::string cross = text + " Beacon desires to engage Harbor.";
  EXPECT_EQ(provider_by_usage(read_party_usage(cross, {"Harbor"}), read_party_usage(cross, {"Beacon"})), -1);
}

// A distributor appointed in a recital: a second verb joined to the engaging one ("appoint and
// name") and the passive ("desires to be appointed") both say the party is taken on.
TEST(PartyUsage, AnAppointedPartyIsTakenOnWhateverVerbIsJoinedToTheEngagingOne) {
  const std::string text =
      "WHEREAS KTC desires to appoint and name HARBOUR SUPPLY, and HARBOUR SUPPLY desires to be appointed and "
      "named, exclusive distributor of the Products.";
  PartyUsage harbour = read_party_usage(text, {"HARBOUR SUPPLY"});
  PartyUsage ktc = read_party_usage(text, {"KTC"});
  EXPECT_EQ(harbour.engaged, 2);
  EXPECT_EQ(harbour.is_paid, 2);
  EXPECT_EQ(harbour.pays, 0);
  EXPECT_EQ(ktc.pays, 1);
  EXPECT_EQ(provider_by_usage(harbour, ktc), 0);
  // "is engaged in" a business takes no one on and is taken on by no one.
  PartyUsage described = read_party_usage("WHEREAS, KTC is engaged in the distribution of Light Panels.", {"KTC"});
  EXPECT_EQ(described.engaged, 0);
  EXPECT_EQ(described.pays, 0);
  EXPECT_EQ(described.is_paid, 0);
}

TEST(PartyUsage, LittleOrBalancedEvidenceDecidesNothing) {
  PartyUsage one{1, 0, 0}, none{};
  EXPECT_EQ(provider_by_usage(one, none), -1);  // a single use is not enough
  PartyUsage busy_a{10, 6, 5}, busy_b{9, 5, 5};
  EXPECT_EQ(provider_by_usage(busy_a, busy_b), -1);  // each provides and pays: no clear lead
  PartyUsage payer{0, 0, 4};
  EXPECT_EQ(provider_by_usage(payer, none), -1);  // the payer alone is known: the other is not shown to work
}

}  // namespace
}  // namespace clausecheck
