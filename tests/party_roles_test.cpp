// Who is who: the parties a document names, the role each plays, the names rules match
// for each role (@provider, @counterparty, @funder) and what messages and reports say.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clausecheck/engine.h"
#include "clausecheck/parsers.h"
#include "clausecheck/reports.h"
#include "rules_test_support.h"

namespace clausecheck {
namespace {

using testing::compile_or_fail;
using testing::rule_text;
using testing::scan_text;

PartyRoles roles_of(const std::string& text, const AnalysisOptions& options = {}) {
  return analyse(document_from_text(text, "contract.txt"), options).parties;
}

bool has_name(const RoleBinding& binding, const std::string& name) {
  return std::find(binding.names.begin(), binding.names.end(), name) != binding.names.end();
}

// The roles were found, and the provider and its counterparty are displayed as these words.
void expect_roles(const PartyRoles& roles, const std::string& provider, const std::string& counterparty) {
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, provider);
  EXPECT_EQ(roles[PartyRole::counterparty].display, counterparty);
}

const std::string subcontract =
    "This Subcontract is made between:\n"
    "(1) CONNECT EMPLOYMENT SOLUTIONS LTD, registered in England under number 06633101, of Orbit House, "
    "Newcastle (\"the Contractor\"); and\n"
    "(2) TYNESIDE WORKS, a charitable incorporated organisation (charity number 1167420), of 3 Shields Road "
    "(the \"Subcontractor\").\n"
    "Whereas the Contractor has been awarded a contract by the Secretary of State for Work and Pensions "
    "(\"DWP\").\n"
    "1. Definitions\n"
    "1.1 \"Charges\" means the sums in Schedule 2.\n"
    "2. Indemnity\n"
    "2.1 The Subcontractor shall indemnify the Contractor against all losses.\n";

TEST(PartyRoles, SubcontractorIsTheProviderAndContractorItsCounterparty) {
  PartyRoles roles = roles_of(subcontract);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Subcontractor");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "TYNESIDE WORKS"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Contractor");
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "CONNECT EMPLOYMENT SOLUTIONS LTD"));
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "CONNECT EMPLOYMENT SOLUTIONS"));
  EXPECT_EQ(roles[PartyRole::provider].evidence, "parties clause");
}

// A prime whose description defines the body it holds the head contract with before its own
// short name: the funder's word is the funder, the parenthesis right after it the prime's term.
TEST(PartyRoles, AFunderDefinedInsideThePrimesDescriptionIsNotThePrime) {
  PartyRoles roles = roles_of(
      "Parties\n"
      "BRIGHTER FUTURES YOUTH SERVICES LTD (registered number 10344556) of 8 Market Place, Derby, which holds "
      "the contract for the Family Support Service with Derbyshire Shire Council (the \"Council\"), "
      "(\"Brighter Futures\"); and\n"
      "FAMILIES FIRST DERBYSHIRE (registered charity number 1077889) of 2 Chapel Walk, Chesterfield "
      "(the \"Provider\").\n"
      "1. Termination\n"
      "1.1 Brighter Futures may terminate this agreement at any time by giving two months' notice to the "
      "Provider.\n");
  expect_roles(roles, "Provider", "Brighter Futures");
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "BRIGHTER FUTURES YOUTH SERVICES LTD"));
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "Council"));
  ASSERT_TRUE(roles[PartyRole::funder].found);
  EXPECT_TRUE(has_name(roles[PartyRole::funder], "Council"));
  // A party's own buyer's word followed by the parties' collective term stays the party's.
  PartyRoles owner = roles_of(
      "This Maintenance Agreement is made between BLOOM ENERGY CORPORATION, a Delaware corporation "
      "(\"Operator\"), and DIAMOND STATE GENERATION PARTNERS, LLC, a Delaware limited liability company "
      "(\"Owner\") (each, a \"Party\").\n"
      "1. Services\n1.1 Operator shall maintain the Systems for Owner.\n");
  expect_roles(owner, "Operator", "Owner");
}

// Three parties, two on one side: the issuer and its distributor "on the one hand" and the
// selling broker-dealer "on the other hand". The broker-dealer is in the provider's place.
// Without the two sides said, a third party named in the opening changes nothing.
TEST(PartyRoles, AThirdPartyOnTheOtherHandOfTwoIsTheProviderWhenItsRoleSaysSo) {
  PartyRoles roles = roles_of(
      "This Broker Dealer Marketing and Servicing Agreement is effective this day by and among Principal Life "
      "Insurance Company (\"Issuer\") and Princor Financial Services Corporation (\"Distributor\"), on the "
      "one hand, and _______________ and its duly licensed insurance affiliates indicated on the signature page "
      "of this Agreement, if any, (collectively \"Broker Dealer\"), on the other hand.\n"
      "1. Broker Dealer shall solicit sales of the Contracts.\n");
  expect_roles(roles, "Broker Dealer", "Issuer");
  PartyRoles two = roles_of(
      "This Servicing Agreement is made between American United Life Insurance Company (the \"Servicing "
      "Agent\") and Nationwide Fund Management LLC (\"Nationwide\"), and Nationwide Fund Distributors LLC "
      "(the \"Distributor\").\n"
      "1. The Servicing Agent shall provide the services.\n");
  EXPECT_NE(two[PartyRole::provider].display, "Distributor");
}

// A party's parenthesis that goes on to the parties' collective terms: ("Network Affiliate" and
// with NCM, each a "Party" and collectively, the "Parties"). The party is found, and its names
// are its own, not "Party".
TEST(PartyRoles, APartysParenthesisJoinedWithTheOtherPartyAndTheCollectiveTerms) {
  PartyRoles roles = roles_of(
      "This Affiliate Agreement is entered into by and between National CineMedia, LLC, a Delaware limited "
      "liability company (\"NCM\"), and Digital Cinema Destinations Corp., a Delaware corporation (\"Network "
      "Affiliate\" and with  NCM, each a \"Party\" and collectively, the \"Parties\").\n"
      "1. Network Affiliate shall exhibit the advertising in its theatres.\n");
  expect_roles(roles, "Network Affiliate", "NCM");
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "Party"));
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "Parties"));
}

// An English executive service agreement: the employee is the provider, defined with a
// double quote typed as two single ones (‘‘Employee”), and a job title defined later in the
// text ("CBO") is not a party.
TEST(PartyRoles, TheEmployeeOfAServiceAgreementIsTheProvider) {
  PartyRoles roles = roles_of(
      "SERVICE AGREEMENT\n"
      "THIS AGREEMENT is made on 26 September 2019\n"
      "BETWEEN:\n"
      "(1) ACME BIO LIMITED a company incorporated under the laws of England and Wales (the \u201cCompany\u201d); and\n"
      "(2) JANE ROE of (the \u2018\u2018Employee\u201d).\n"
      "1. JOB TITLE\n"
      "1.1 You shall serve as Chief Business Officer (\u201cCBO\u201d) reporting to the CEO.\n"
      "1.2 The Company shall pay you a salary monthly in arrears.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Employee");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Company");
}

// The bundled sample as a newcomer first sees it: a PDF whose party paragraphs wrap, with
// the funder defined in a recital whose parenthesis breaks across two lines.
TEST(PartyRoles, TheBundledSamplePdfNamesAllThreeParties) {
  std::ifstream in(std::string(CLAUSECHECK_SOURCE_DIR) + "/corpus/samples/sample-subcontract.pdf", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto parsed = parse_document("sample-subcontract.pdf", bytes.str());
  ASSERT_TRUE(std::holds_alternative<Document>(parsed));
  PartyRoles roles = analyse(std::get<Document>(std::move(parsed))).parties;
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Subcontractor");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "HARBOUR LIGHTS TRUST"));
  EXPECT_EQ(roles[PartyRole::counterparty].names,
            (std::vector<std::string>{"Contractor", "MERIDIAN REHABILITATION SERVICES LIMITED",
                                      "MERIDIAN REHABILITATION SERVICES"}));
  ASSERT_TRUE(roles[PartyRole::funder].found);
  EXPECT_EQ(roles[PartyRole::funder].display, "Authority");
  EXPECT_TRUE(has_name(roles[PartyRole::funder], "Secretary of State for Justice"));
}

// A party called by the first word of its own name is a party, even when that word names a
// thing elsewhere ("Tickets" for Tickets.com, Inc.); and one named without a parenthesis
// ("referred to in this Agreement as "Supplier" or "Miltenyi"") is read like one with.
TEST(PartyRoles, APartyCalledByTheFirstWordOfItsNameOrWithoutAParenthesisIsAParty) {
  PartyRoles tickets = roles_of(
      "SPONSORSHIP AGREEMENT\n"
      "This Sponsorship Agreement is made on February 17, 1999, by and between Tickets.com, Inc., a Delaware "
      "corporation (\"Tickets\") and MP3.com, Inc., having an address at P.O. Box 910091, San Diego (\"MP3.com\").\n"
      "1. MP3.com shall provide the Portal on its website. MP3.com shall host the Portal.\n"
      "2. Tickets shall pay MP3.com a fee of $10,000. Tickets will pay to MP3.com a share of revenue.\n");
  ASSERT_TRUE(tickets.determined());
  EXPECT_EQ(tickets[PartyRole::provider].display, "MP3.com");
  EXPECT_EQ(tickets[PartyRole::counterparty].display, "Tickets");

  PartyRoles supply = roles_of(
      "SUPPLY AGREEMENT\n"
      "This Supply Agreement is made between Miltenyi Biotec GmbH, Friedrich-Ebert-Str. 68, Bergisch Gladbach, "
      "referred to in this Agreement as \"Miltenyi\", and Bellicum Pharmaceuticals, Inc., referred to in this "
      "Agreement as \"Bellicum\".\n"
      "1. Miltenyi shall use Commercially Reasonable Efforts to supply the Products. Miltenyi shall deliver each "
      "order.\n"
      "2. Bellicum shall pay each invoice within 30 days. Bellicum will pay to Miltenyi the Price.\n");
  ASSERT_TRUE(supply.determined());
  EXPECT_EQ(supply[PartyRole::provider].display, "Miltenyi");
  EXPECT_EQ(supply[PartyRole::counterparty].display, "Bellicum");
}

// A US federal clause on its own: the Contractor works for the Government, so the Contractor
// is the provider. In a subcontract that flows federal clauses down, the Government is named
// often, but the Subcontractor's other party is still the Contractor.
TEST(PartyRoles, TheGovernmentIsTheOtherPartyOfItsContractorOnly) {
  PartyRoles federal = roles_of(
      "The Contractor shall indemnify the Government against all claims arising out of this contract. The "
      "Contracting Officer may direct the Contractor to assign the copyright to the Government.\n");
  ASSERT_TRUE(federal.determined());
  EXPECT_EQ(federal[PartyRole::provider].display, "Contractor");
  EXPECT_EQ(federal[PartyRole::counterparty].display, "Government");

  PartyRoles flowed_down = roles_of(
      "The Subcontractor shall comply with the clauses the Government requires. The Government may audit. The "
      "Government may inspect. The Government may terminate. The Contractor shall pay the Subcontractor.\n");
  ASSERT_TRUE(flowed_down.determined());
  EXPECT_EQ(flowed_down[PartyRole::provider].display, "Subcontractor");
  EXPECT_EQ(flowed_down[PartyRole::counterparty].display, "Contractor");
}

TEST(PartyRoles, FunderIsTheDefinedCustomerBehindThePrime) {
  PartyRoles roles = roles_of(subcontract);
  ASSERT_TRUE(roles[PartyRole::funder].found);
  EXPECT_EQ(roles[PartyRole::funder].display, "DWP");
  EXPECT_TRUE(has_name(roles[PartyRole::funder], "Secretary of State for Work and Pensions"));
}

TEST(PartyRoles, ContractorToABuyerIsTheProvider) {
  PartyRoles roles = roles_of(
      "This Agreement is made between Hope Trust (the \"Customer\") and Acme Services Ltd (the \"Contractor\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Contractor");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Acme Services Ltd"));
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Acme Services"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Customer");
}

// Real party clauses from dev material (CUAD filings outside the test split): a party called by
// its own name, an acronym, facing "the Customer" or "the Company" is the provider.
TEST(PartyRoles, APartyCalledByItsNameFacingTheBuyerIsTheProvider) {
  PartyRoles outsourcing = roles_of(
      "This Outsourcing Agreement is effective as from the 1st day of January, 2009, by and between:\n"
      "SILICON SMELTERS (Pty) Ltd, registration nr 1998/019036/07, Registered office at Beyersnek Road, Polokwane, "
      "South Africa (hereinafter referred to as \"the Customer\"),\n"
      "AND\n"
      "ESPACIO INFORMATION TECHNOLOGY, SA., a public limited company with place of business in Madrid, SPAIN "
      "(hereinafter referred to as \"EIT\").\n"
      "10.3 The liability of EIT will be limited to a value equal to contractual value.\n");
  ASSERT_TRUE(outsourcing.determined());
  EXPECT_EQ(outsourcing[PartyRole::provider].display, "EIT");
  EXPECT_EQ(outsourcing[PartyRole::counterparty].display, "Customer");

  PartyRoles hosting = roles_of(
      "This SITE DEVELOPMENT AND HOSTING AGREEMENT dated as of August 9, 1999 is made between Hanover Direct, Inc. "
      "(\"HDI\"), a New Jersey Corporation, located at 1500 Harbor Boulevard, Weehawken, NJ 07087, and The Deerskin "
      "Companies, Inc. (the \"Company\"), a Nevada corporation.\n");
  ASSERT_TRUE(hosting.determined());
  EXPECT_EQ(hosting[PartyRole::provider].display, "HDI");
  EXPECT_EQ(hosting[PartyRole::counterparty].display, "Company");

  // The buyer called by its name: NICE (Nice Systems Ltd.), not the "RFP" of a recital.
  PartyRoles manufacturing = roles_of(
      "This Manufacturing Outsourcing Agreement (The \"AGREEMENT\") is entered into on January 21st, 2002, by and "
      "between Nice Systems Ltd., an Israeli registered corporation no. 52-0036872 having its place of business at 8 "
      "Hapnina Street, Israel, (\"NICE\") and Flextronics Israel Ltd., an Israeli registered corporation no. "
      "51-2933045, Israel (the \"CONTRACTOR\").\n"
      "WHEREAS the RFI was followed by a request for proposal including a detailed Statement of Work (the \"RFP\");\n");
  ASSERT_TRUE(manufacturing.determined());
  EXPECT_EQ(manufacturing[PartyRole::provider].display, "CONTRACTOR");
  EXPECT_EQ(manufacturing[PartyRole::counterparty].display, "NICE");

  // An acronym for the agreement itself does not displace the parties' role words.
  PartyRoles msa = roles_of("This Master Services Agreement (\"MSA\") is made between Acme Ltd (the \"Customer\") and "
                            "Hope Trust (the \"Supplier\").\n");
  ASSERT_TRUE(msa.determined());
  EXPECT_EQ(msa[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(msa[PartyRole::counterparty].display, "Customer");

  // A role word that is neither side's is not a name: Participant v Member stays open.
  EXPECT_FALSE(roles_of("This Agreement is made between Acme Inc. (the \"Participant\") and Beta LLC (the "
                        "\"Member\").\n")
                   .determined());
}

// A party described as a division or subsidiary of its group is still the party its
// parenthesis names with a role word; a parent named with no role word is not a party.
TEST(PartyRoles, ADivisionOfAGroupDefinedByARoleWordIsTheParty) {
  PartyRoles r = roles_of("This Global Master Supply Agreement is between ExxonMobil Chemical Company, a division of "
                          "Exxon Mobil Corporation (\"Seller\"), and West Pharmaceutical Services, Inc. (\"Buyer\").\n");
  ASSERT_TRUE(r.determined());
  EXPECT_EQ(r[PartyRole::provider].display, "Seller");
  EXPECT_EQ(r[PartyRole::counterparty].display, "Buyer");
  PartyRoles parent = roles_of("This Agreement is made between Beta Care LLC, a wholly owned subsidiary of Acme Holdings "
                               "Inc. (\"Parent\"), and Gamma Trust (the \"Supplier\") and Delta Inc. (the \"Customer\").\n");
  ASSERT_TRUE(parent.determined());
  EXPECT_EQ(parent[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(parent[PartyRole::counterparty].display, "Customer");
}

// A distributor or sales agent carries the terms of the maker whose goods it sells: it is the
// provider whether the maker is the "Company", the "Developer", the "Supplier" or its name.
TEST(PartyRoles, ADistributorOrSalesAgentIsTheProviderAgainstTheMakerItSellsFor) {
  for (const char* maker : {"Company", "Developer", "Supplier", "Manufacturer"}) {
    PartyRoles r = roles_of(std::string("This Agreement is made between Acme Inc. (the \"") + maker +
                            "\") and Beta Pte Ltd (the \"Distributor\").\n");
    ASSERT_TRUE(r.determined()) << maker;
    EXPECT_EQ(r[PartyRole::provider].display, "Distributor") << maker;
    EXPECT_EQ(r[PartyRole::counterparty].display, maker);
  }
  PartyRoles agent = roles_of("This Agreement is made between First Bancorp (the \"Company\") and Beta Securities "
                              "LLC (the \"Agent\").\n");
  ASSERT_TRUE(agent.determined());
  EXPECT_EQ(agent[PartyRole::provider].display, "Agent");
}

TEST(PartyRoles, RoleWordsInStraightSingleQuotesNameTheParties) {
  PartyRoles r = roles_of("This Agreement is made between Lucid Inc. ('Lucid') and Beta Pte Ltd "
                          "('Distributor').\n1. Lucid shall sell the Products to Distributor.\n");
  ASSERT_TRUE(r.determined());
  EXPECT_EQ(r[PartyRole::provider].display, "Distributor");
  EXPECT_TRUE(has_name(r[PartyRole::counterparty], "Lucid"));
}

// No parties clause: the CCS core terms speak of the Supplier throughout and of its
// Subcontractors now and then, so the Supplier is the provider and the Buyer its counterparty.
TEST(PartyRoles, UsageFollowsTheWordTheTextIsAbout) {
  std::string terms = "1.1 The Supplier shall not subcontract without approval; the Supplier remains responsible for "
                      "every Subcontractor.\n";
  for (int i = 0; i < 6; ++i) {
    terms += "2." + std::to_string(i) + " The Supplier must provide the Deliverables to the Buyer, and the Buyer must pay "
             "the Supplier.\n";
  }
  PartyRoles roles = roles_of(terms);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Buyer");

  // Both words throughout: the Subcontractor outranks the Contractor.
  PartyRoles sub = roles_of("1. The Subcontractor shall provide the Services to the Contractor.\n"
                            "2. The Contractor shall pay the Subcontractor.\n"
                            "3. The Subcontractor shall indemnify the Contractor.\n");
  ASSERT_TRUE(sub.determined());
  EXPECT_EQ(sub[PartyRole::provider].display, "Subcontractor");
  EXPECT_EQ(sub[PartyRole::counterparty].display, "Contractor");
}

// No parties clause, terms written to the provider: "you" is told what it shall and may do,
// so it is the provider, and the role word used most is its counterparty, even where that
// word is a provider's word elsewhere ("Contractor"). A "you" that is only written to ("we
// will pay you") gives no duty and changes nothing.
TEST(PartyRoles, TermsWrittenToYouMakeYouTheProvider) {
  PartyRoles roles = roles_of("1. You shall indemnify the Contractor against all Losses.\n"
                              "2. You must not solicit any employee of the Contractor.\n"
                              "3. The Contractor may terminate this Agreement on notice.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "you"));
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "your"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Contractor");

  expect_roles(roles_of("1. The Subcontractor shall provide the Services to the Contractor.\n"
                        "2. The Contractor shall pay the Subcontractor, and will tell you when it does.\n"),
               "Subcontractor", "Contractor");
}

// No parties clause: "Provider" inside "Service Provider" is not a second party, so the
// Service Provider's counterparty is the Customer, not its own last word.
TEST(PartyRoles, AWordInsideALongerRoleWordIsNotCountedAlone) {
  expect_roles(roles_of("1. In no event shall the Customer be liable to the Service Provider for any indirect loss.\n"
                        "2. The Service Provider shall indemnify the Customer.\n"),
               "Service Provider", "Customer");
}

TEST(PartyRoles, PronounsTheParenthesisDefinesAreNames) {
  PartyRoles roles = roles_of(
      "This Agreement is made between Big Prime Ltd (the \"Prime\", \"we\", \"us\" or \"our\") and Small Charity "
      "(the \"Supplier\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "we"));
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "our"));
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "we"));
}

TEST(PartyRoles, UnknownRoleWordsLeaveRolesUndeterminedWithAWarningAndStandardWords) {
  AnalysedDocument doc = analyse(document_from_text(
      "This Agreement is made between Alpha Ltd (the \"Participant\") and Beta Ltd (the \"Member\").\n", "c.txt"));
  EXPECT_FALSE(doc.parties.determined());
  EXPECT_FALSE(doc.parties[PartyRole::provider].found);
  EXPECT_TRUE(has_name(doc.parties[PartyRole::provider], "subcontractor"));
  EXPECT_TRUE(has_name(doc.parties[PartyRole::counterparty], "prime"));
  bool warned = std::any_of(doc.document.warnings.begin(), doc.document.warnings.end(),
                            [](const Warning& w) { return w.code == "parties-not-found"; });
  EXPECT_TRUE(warned);
}

TEST(PartyRoles, StandardWordsOfAnUnnamedRoleLeaveOutWordsOfNamedRoles) {
  PartyRoles roles = roles_of("This Agreement is made between the Secretary of State (the \"Authority\") and "
                              "Acme Ltd (the \"Supplier\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_FALSE(roles[PartyRole::funder].found);
  EXPECT_FALSE(has_name(roles[PartyRole::funder], "authority"));
  EXPECT_TRUE(has_name(roles[PartyRole::funder], "council"));
}

TEST(PartyRoles, ProviderOptionChoosesThePartyByTermOrName) {
  AnalysisOptions options;
  options.provider = "Connect Employment Solutions Ltd";
  PartyRoles roles = roles_of(subcontract, options);
  EXPECT_EQ(roles[PartyRole::provider].display, "Contractor");
  EXPECT_EQ(roles[PartyRole::provider].evidence, "--provider");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Subcontractor");

  options.provider = "Somebody Else";
  roles = roles_of(subcontract, options);
  EXPECT_EQ(roles[PartyRole::provider].display, "Somebody Else");
  EXPECT_TRUE(roles[PartyRole::provider].found);
}

TEST(RolePatterns, ProviderMatchesTheDocumentsOwnNamesNotOtherPartys) {
  auto pack = compile_or_fail(rule_text("@provider gap(0..3) \"indemnify\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, subcontract);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].text, "The Subcontractor shall indemnify");  // "the" belongs to the mention
  EXPECT_TRUE(scan_text(*pack, "This Agreement is made between Acme Ltd (the \"Buyer\") and Hope Trust (the "
                               "\"Supplier\"). The Buyer shall indemnify the Supplier.")
                  .empty());
  EXPECT_EQ(scan_text(*pack, "This Agreement is made between Acme Ltd (the \"Buyer\") and Hope Trust (the "
                             "\"Supplier\"). Hope Trust shall indemnify the Buyer.")
                .size(),
            1u);
}

// "Provider" inside "the Lead Provider" is the counterparty's name, not a mention of the
// provider, whether the parties clause names them or the standard words stand in.
TEST(RolePatterns, ANameInsideAnotherRolesLongerNameIsThatRole) {
  auto pack = compile_or_fail(rule_text("@provider gap(0..2) \"shall indemnify\""));
  ASSERT_TRUE(pack);
  EXPECT_TRUE(scan_text(*pack, "This Subcontract is made between Acme Ltd (the \"Lead Provider\") and Hope Trust (the "
                               "\"Provider\").\n1. The Lead Provider shall indemnify the Provider.\n")
                  .empty());
  EXPECT_EQ(scan_text(*pack, "This Subcontract is made between Acme Ltd (the \"Lead Provider\") and Hope Trust (the "
                             "\"Provider\").\n1. The Provider shall indemnify the Lead Provider.\n")
                .size(),
            1u);
  EXPECT_TRUE(scan_text(*pack, "The Lead Provider shall indemnify the Subcontractor.").empty());
  EXPECT_EQ(scan_text(*pack, "The Subcontractor shall indemnify the Lead Provider.").size(), 1u);
}

// A fixed word beside the role stands for the provider only where the document does not give
// that word to the other party: here the Developer is the counterparty, so "Developer's
// liability" is not the provider's, and "Developer shall indemnify" is not the provider giving.
TEST(RolePatterns, AFixedWordThatNamesTheOtherPartyIsNotTheProvider) {
  auto pack = compile_or_fail(rule_text("(@provider | \"developer\" | \"developer's\") gap(0..3) (\"indemnify\" | \"liability\")"));
  ASSERT_TRUE(pack);
  const std::string parties =
      "This Agreement is made between Hypersoft Inc. (\"Developer\") and Northwind Ltd (\"Distributor\"). "
      "Distributor shall market and resell the Software, and Distributor shall pay Developer the fees.\n";
  EXPECT_TRUE(scan_text(*pack, parties + "1. Developer shall indemnify Distributor.\n").empty());
  EXPECT_TRUE(scan_text(*pack, parties + "2. DEVELOPER'S LIABILITY IS LIMITED TO THE FEES.\n").empty());
  EXPECT_EQ(scan_text(*pack, parties + "3. Distributor shall indemnify Developer.\n").size(), 1u);
  // No parties clause: the fixed word still stands for the provider.
  EXPECT_EQ(scan_text(*pack, "The Developer shall indemnify the Customer.").size(), 1u);
}

// The same in a negation: `not (@provider | "developer")` is a word that is not the provider's,
// so the provider's own one-word name is refused, and a fixed word the document gives the
// other party is let through.
TEST(RolePatterns, ANegatedRoleRefusesTheProvidersNameAndLetsTheOtherPartysWordThrough) {
  auto pack = compile_or_fail(rule_text("not (@provider | \"developer\" | \"vendor\") \"may\" \"terminate\""));
  ASSERT_TRUE(pack);
  const std::string parties =
      "This Agreement is made between Hypersoft Inc. (\"Developer\") and Northwind Ltd (\"Distributor\"). "
      "Distributor shall market and resell the Software, and Distributor shall pay Developer the fees.\n";
  EXPECT_EQ(scan_text(*pack, parties + "1. Developer may terminate this Agreement.\n").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, parties + "2. Distributor may terminate this Agreement.\n").empty());
  EXPECT_TRUE(scan_text(*pack, parties + "3. Vendor may terminate this Agreement.\n").empty());
  // No parties clause: the fixed words stand for the provider, and are refused.
  EXPECT_TRUE(scan_text(*pack, "The Developer may terminate this Agreement.").empty());
  EXPECT_EQ(scan_text(*pack, "The Customer may terminate this Agreement.").size(), 1u);
}

TEST(RolePatterns, PossessiveFormIsTheRole) {
  auto pack = compile_or_fail(rule_text("@provider \"total\" \"liability\""));
  ASSERT_TRUE(pack);
  EXPECT_EQ(scan_text(*pack, subcontract + "3.1 The Subcontractor's total liability is unlimited.\n").size(), 1u);
}

// A name that ends in a digit is cut from its possessive by the tokeniser ("D2'S" is "d2" and
// "'s"): the possessive is still the party.
TEST(RolePatterns, PossessiveOfANameEndingInADigitIsTheRole) {
  auto pack = compile_or_fail(rule_text("@provider \"liability\""));
  ASSERT_TRUE(pack);
  const std::string parties =
      "This Agreement is made between D2 Technologies, Inc. (\"D2\") and Acme Corp (\"Licensee\").\n";
  EXPECT_EQ(scan_text(*pack, parties + "1. IN NO EVENT SHALL D2'S LIABILITY HEREUNDER EXCEED THE FEES PAID.\n").size(), 1u);
  EXPECT_EQ(scan_text(*pack, parties + "1. In no event shall D2's liability exceed the fees paid.\n").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, parties + "1. In no event shall Licensee's liability exceed the fees paid.\n").empty());
}

TEST(RolePatterns, WithoutPartiesTheStandardWordsStandIn) {
  auto pack = compile_or_fail(rule_text("@provider gap(0..3) \"indemnify\" gap(0..2) @counterparty"));
  ASSERT_TRUE(pack);
  EXPECT_EQ(scan_text(*pack, "The Subcontractor shall indemnify the Prime.").size(), 1u);
  EXPECT_TRUE(scan_text(*pack, "The Prime shall indemnify the Subcontractor.").empty());
}

TEST(RolePatterns, MessageUsesTheDocumentsNamesAndWhyListsThem) {
  auto pack = compile_or_fail(
      "rule T-01.x {\n title \"t\"\n category \"c\"\n severity high\n match who:@provider \"shall\" \"indemnify\"\n"
      " message \"{@provider} ({who}) indemnifies {@counterparty}; funder {@funder}\"\n}\n");
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, subcontract);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "Subcontractor (The Subcontractor) indemnifies Contractor; funder DWP");
  bool why_names_role = false;
  for (const auto& line : findings[0].why) why_names_role |= line.rfind("@provider = \"Subcontractor\"", 0) == 0;
  EXPECT_TRUE(why_names_role);
}

TEST(RolePatterns, UnknownRoleIsALocatedError) {
  RuleCompileResult result = compile_rule_pack({{"test.rules", rule_text("@buyer \"shall\"")}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics[0].line, 5);
  EXPECT_EQ(result.diagnostics[0].column, 10);
  EXPECT_NE(result.diagnostics[0].expected.find("provider, counterparty or funder"), std::string::npos);

  result = compile_rule_pack({{"test.rules", "rule T-01.x {\n title \"t\"\n category \"c\"\n severity high\n match "
                                              "\"x\"\n message \"{@buyer} pays\"\n}\n"}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics[0].line, 6);
  EXPECT_NE(result.diagnostics[0].message.find("unknown role '{@buyer}'"), std::string::npos);
}

TEST(RolePatterns, UnknownRoleOrEmptyFallbackInAPhraseIsALocatedError) {
  RuleCompileResult result = compile_rule_pack(
      {{"test.rules", "rule T-01.x {\n title \"t\"\n category \"c\"\n severity high\n match \"x\"\n"
                      " message \"{@buyer|the buyer} pays {@provider|}\"\n}\n"}});
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.size(), 2u);
  EXPECT_EQ(result.diagnostics[0].line, 6);
  EXPECT_NE(result.diagnostics[0].message.find("unknown role '{@buyer|the buyer}'"), std::string::npos);
  EXPECT_EQ(result.diagnostics[1].line, 6);
  EXPECT_EQ(result.diagnostics[0].column, 11);  // the opening brace
  EXPECT_EQ(result.diagnostics[1].column, 35);
  EXPECT_NE(result.diagnostics[1].message.find("empty fallback"), std::string::npos);
}

// Parties called by their own short names: their operative clauses say who serves whom.
const std::string named_parties =
    "OUTSOURCING AGREEMENT\n"
    "This Outsourcing Agreement is made by and between Harbour Care Services, Inc., a Florida corporation "
    "(\"HCS\"), and Meridian Health Plans, Inc., a Florida corporation (\"MHP\").\n"
    "MHP desires that HCS provide the care services, and HCS is willing to provide them.\n"
    "1. HCS shall provide the Services to the Clients of MHP.\n"
    "2. MHP will pay to HCS the fees within fifteen days of the end of each month.\n"
    "3. HCS shall perform the Services on behalf of MHP.\n"
    "4. HCS shall indemnify MHP against all claims arising out of the Services.\n";

TEST(RolePatterns, APhraseSaysWhatTheDocumentSaysOrTheFallback) {
  auto pack = compile_or_fail(
      "rule T-01.x {\n title \"t\"\n category \"c\"\n severity high\n match @provider \"shall\" \"indemnify\"\n"
      " message \"{@provider|The subcontractor} indemnifies {@counterparty|the prime}; {@funder|the customer} "
      "pays.\"\n}\n");
  ASSERT_TRUE(pack);
  // A defined term the document writes with "the": "the Subcontractor", capitalised at the
  // start of the sentence as the fallback is; a funder it names bare ("DWP") stays bare.
  auto findings = scan_text(*pack, subcontract);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "The Subcontractor indemnifies the Contractor; DWP pays.");
  // Parties called by their own names: no article.
  findings = scan_text(*pack, named_parties);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "HCS indemnifies MHP; the customer pays.");
  // No party named at all: the rule's own words.
  findings = scan_text(*pack, "1. Indemnity\n1.1 The undersigned shall indemnify everyone.\n");
  for (const auto& f : findings) EXPECT_EQ(f.message, "The subcontractor indemnifies the prime; the customer pays.");
}

TEST(PartyRoles, PartiesCalledByTheirNamesAreReadFromWhoProvidesAndWhoPays) {
  PartyRoles roles = roles_of(named_parties);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "HCS");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "MHP");
  EXPECT_EQ(roles[PartyRole::provider].evidence, "usage");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Harbour Care Services"));
}

TEST(PartyRoles, ACrossLicenceWhereEachSideProvidesAndPaysStaysUndetermined) {
  const std::string text =
      "This Cross-Licence Agreement is made between Alder Systems, Inc., a Delaware corporation (\"Alder\"), and "
      "Birch Devices, Inc., a Delaware corporation (\"Birch\").\n"
      "1. Alder shall provide its design tools to Birch, and Birch shall provide its test rigs to Alder.\n"
      "2. Alder shall pay Birch a royalty on each unit, and Birch shall pay Alder a royalty on each tool.\n";
  PartyRoles roles = roles_of(text);
  EXPECT_FALSE(roles[PartyRole::provider].found);
}

// No parties clause: an outsourcing agreement that names its parties in passing, in its own
// parentheses, then writes every clause about them, with a stray standard word ("audit the
// Supplier's records") here and there. The two names carry the text; their usage says who
// provides, not the stray word.
std::string outsourcing_without_parties_clause(const std::string& third_party_clauses) {
  std::string text =
      "Network Management Outsourcing Agreement\n"
      "1. Background\n"
      "This agreement sets out the Services and Deliverables by Datec (PNG) LTD (Datec) to the Bank of South "
      "Pacific Limited (BSP).\n";
  for (int i = 0; i < 6; ++i) {
    text += "2." + std::to_string(i + 1) +
            " Datec will provide the network services, and Datec will deliver the monthly reports to BSP. "
            "BSP will pay Datec the monthly fee.\n";
  }
  text += "3.1 The BSP may audit the Supplier's records, and Datec must assist.\n";
  return text + third_party_clauses;
}

TEST(PartyRoles, WithNoPartiesClauseTwoNamesTheClausesAreAboutAreThePartiesByUsage) {
  PartyRoles roles = roles_of(outsourcing_without_parties_clause(""));
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Datec");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "BSP");
  EXPECT_EQ(roles[PartyRole::provider].evidence, "usage");
}

// A letter agreement names one party with a legal form and the other without one: the one
// found alone has no role word, and the two names' usage says who is who.
TEST(PartyRoles, WithOnePartyFoundAndNoRoleTheNamesTheClausesAreAboutAreThePartiesByUsage) {
  std::string text =
      "DISTRIBUTION AGREEMENT\n"
      "This is to confirm that the undersigned, the Short Term Government Fund, (the \"Fund\"), has agreed that "
      "Northgate Distributors, LLC, (\"Northgate\"), shall be the principal underwriter of its shares.\n";
  for (int i = 0; i < 6; ++i) {
    text += "1." + std::to_string(i + 1) +
            " Northgate will provide the distribution services, and Northgate will deliver reports to the Fund. "
            "The Fund shall pay Northgate the distribution fee.\n";
  }
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Northgate");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Fund");
}

// A third name (here a carrier the provider engages) about as busy as the second leaves the
// two not clearly the parties: the text is not read by names then.
TEST(PartyRoles, WithNoPartiesClauseAThirdNameAsBusyLeavesNamesUnread) {
  std::string carrier;
  for (int i = 0; i < 4; ++i) {
    carrier += "4." + std::to_string(i + 1) + " Telikom (Telikom) will provide the links and Telikom will maintain them.\n";
  }
  PartyRoles roles = roles_of(outsourcing_without_parties_clause(carrier));
  EXPECT_NE(roles[PartyRole::provider].display, "Datec");
  EXPECT_NE(roles[PartyRole::provider].display, "Telikom");
}

// A party set out over lines of its own, with its parenthesis alone on the last line.
TEST(PartyRoles, APartyLaidOutOverSeveralLinesIsStillAParty) {
  const std::string text =
      "PHOTO EDITING OUTSOURCING AGREEMENT\n\n"
      "Between:\n"
      "Northgate Imaging Corp.\n"
      "Suite 12, 40 Harbour Road, Vancouver\n"
      "(hereinafter referred to as \"Northgate\")\n\n"
      "And:\n"
      "Lantern Works Limited\n"
      "Room 9, 18 Canal Street, Hong Kong\n"
      "(hereinafter referred to as \"Lantern\")\n\n"
      "1. Northgate shall pay Lantern USD 5,000 for the trial.\n"
      "2. Lantern agrees to complete its editing services within 14 days.\n"
      "3. Lantern shall deliver the finished files to Northgate.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Lantern");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Northgate");
}

// A parties paragraph wrapped over several lines: the party's name is at the start of the
// paragraph, not on the line that holds its parenthesis (an address there is no name).
TEST(PartyRoles, ANameWrappedOntoEarlierLinesIsTheNameNotTheAddress) {
  const std::string text =
      "EXCLUSIVE DISTRIBUTOR AGREEMENT\n\n"
      "EXCLUSIVE DISTRIBUTOR AGREEMENT (\"Agreement\") dated as April 15, 1994\n"
      "by and between IMRS OPERATIONS INC., a Delaware corporation\n"
      "with its principal place of business at 777 Long Ridge Road, Stamford,\n"
      "Connecticut 06902, U.S.A. (hereinafter referred to as \"Developer\") and Delteq\n"
      "Pte Ltd, a Singapore company (and a subsidiary of Wuthelam Industries (S) Pte\n"
      "LTD) with its principal place of business at 215 Henderson Road, Singapore 0315\n"
      "(hereinafter referred to as \"Distributor\").\n\n"
      "1. Distributor shall market the Products and pay Developer the fees.\n";
  // Read by the text parser, which joins the wrapped lines into one paragraph as it would
  // for a file.
  ParseResult parsed = parse_document("contract.txt", text);
  ASSERT_TRUE(std::holds_alternative<Document>(parsed));
  PartyRoles roles = analyse(std::get<Document>(std::move(parsed)), {}).parties;
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Distributor");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Delteq Pte Ltd"));
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "LTD)"));
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "IMRS OPERATIONS INC"));
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "Connecticut 06902"));
}

TEST(PartyRoles, AShortNameStartingWithASmallLetterIsAParty) {
  const std::string text =
      "This Hosting Agreement is entered into by and between eLumen Communications Corporation (\"eLumen\") and "
      "Vantage Retail Corporation (\"Customer\").\n"
      "1. eLumen will provide Customer with access to the Software.\n"
      "2. eLumen shall host the Customer's web site.\n"
      "3. Customer shall pay eLumen the fees in Exhibit A.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "eLumen");
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "Vantage Retail Corporation"));
  // The first party's legal suffix is not the second party's name.
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "Corporation"));
}

TEST(PartyRoles, AnIndividualNamedAfterACompanyIsTheSecondParty) {
  const std::string text =
      "ENDORSEMENT AGREEMENT\n"
      "THIS AGREEMENT is made as of June 1, 2012 (the \"Effective Date\") by and between Kestrel Apps, Inc., a "
      "Nevada corporation with offices at 6 Main Street (\"Kestrel\"), and Joseph Marsh, an individual whose "
      "address is 14 Elm Road (\"Marsh\").\n"
      "1. Marsh shall provide the endorsement services described in Exhibit A.\n"
      "2. Kestrel shall pay Marsh a fee of $10,000 per month.\n"
      "3. Marsh shall perform the services personally.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Marsh");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Kestrel");
}

// "the Company" is a buyer's word, but here the Company does the work and the named party pays.
TEST(PartyRoles, UsageOverridesANameFacingABuyersWord) {
  const std::string text =
      "SERVICE AGREEMENT between Lakeside Annuity Corporation (\"Company\") and Fenwick Investments "
      "Operations, Inc. (\"FIO\").\n"
      "1. Company shall provide the administrative services to the plans.\n"
      "2. Company shall perform the recordkeeping set out in Schedule A.\n"
      "3. FIO shall pay Company a fee of 0.25% of the assets each quarter.\n"
      "4. FIO will reimburse Company for its postage.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Company");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "FIO");
}

TEST(PartyRoles, APartyDefinedTwiceIsOneParty) {
  const std::string text =
      "CONSULTING AGREEMENT made as of June 1, 2020 (the \"Effective Date\") by and between NORTHCOTE ADVISORY "
      "CORP, a corporation (hereinafter, the \"Consultant\"), with an address at 80 Front Street (the "
      "\"Consultant\"), and Lumen 3D Corp., with an address at 895 Mill Road (\"Company\").\n"
      "1. The Consultant shall provide investor relations services to the Company.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Consultant");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Company");
}

// Older and translated drafting names the parties without quotes, "(hereinafter referred to as
// MORPHO)", or by a bare acronym of their name, "(MICOA)"; a bare abbreviation that is not
// the name's initials, "(NBFC)", is not a party.
TEST(PartyRoles, UnquotedShortNamesAfterHereinafterOrAsInitialsAreParties) {
  const std::string hereinafter =
      "MAINTENANCE AGREEMENT\n"
      "This Agreement is entered into by and between SAGEX S.A., Departement LYNX Systemes whose address is\n"
      "33, route de la Dame, FONTAINEBLEAU, FRANCE (hereinafter referred to as LYNX) and QIMAGE\n"
      "corporation whose address is 1050 North Street, SAN JOSE (hereinafter referred to as QIMAGE).\n"
      "1. QIMAGE shall provide the maintenance services.\n"
      "2. LYNX shall pay QIMAGE the Monthly Maintenance Charges.\n"
      "3. QIMAGE will perform the services on site.\n";
  PartyRoles roles = roles_of(hereinafter);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "QIMAGE");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "LYNX");

  const std::string initials =
      "AGENCY AGREEMENT\n"
      "Mutual Insurance Corporation of Avalon, a Michigan insurance corporation (MICOA) and Stratton Walsh, "
      "Inc., a Nevada corporation, (\"Agency\") agree as follows:\n"
      "1. The Agency shall provide the usual services of an agency. MICOA shall pay Agency the commission.\n"
      "2. Agency shall deliver the certificates of insurance.\n";
  roles = roles_of(initials);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::counterparty].display, "MICOA");

  const std::string abbreviation =
      "SERVICE AGREEMENT by and between: Penrose Finance Private Limited, a company (\"Penrose\"), a registered "
      "Non-banking Financial Company (NBFC); and Quill Co., Ltd., a company (\"Quill\").\n"
      "1. Quill shall provide the Services. Penrose shall pay Quill the fees.\n"
      "2. Quill shall perform the Services.\n";
  roles = roles_of(abbreviation);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Quill");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Penrose");
}

// A clause on its own, in US construction and public-works drafting: the Contractor works for
// the Owner, the City or the County, and defined terms are written without "the".
TEST(PartyRoles, AClauseAloneInUsPublicWorksDraftingHasRoles) {
  PartyRoles roles = roles_of(
      "The Contractor shall defend and hold harmless the County from all claims arising out of the Work.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Contractor");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "County");

  roles = roles_of(
      "Contractor shall not be obliged to pay Subcontractor for any Work until Contractor has itself been paid "
      "for it by the Owner.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Subcontractor");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Contractor");

  // "any Subcontractor" is a class of people, not the party: the Supplier is written about.
  roles = roles_of("The Supplier shall remain responsible for any Subcontractor and shall indemnify the Buyer.\n");
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
}

TEST(PartyRoles, DefinedThingsInTheOpeningAreNotParties) {
  const std::string text =
      "This Sponsorship Agreement (the \"Agreement\") is made as of May 1, 2001 (the \"Effective Date\") by "
      "Orbit Media, Inc. (\"Orbit\") and the trademarks listed in Exhibit A (the \"Trademarks\").\n"
      "1. Orbit shall provide the promotion.\n";
  PartyRoles roles = roles_of(text);
  EXPECT_FALSE(roles[PartyRole::counterparty].found);
}

// A US bank's stock-offering agency agreement is a letter: the holding company and its bank
// "confirm their agreement with" the selling agent. The agent is the provider; the deposit
// insurer named in the bank's description is no party.
TEST(PartyRoles, ALetterAgreementsAddresseeIsTheProviderAndAnInsurerNamedInPassingIsNoParty) {
  PartyRoles roles = roles_of(
      "AGENCY AGREEMENT\n"
      "Hollis Capital Markets, LLC\n200 Market Street, Baltimore\n"
      "Ladies and Gentlemen:\n"
      "Riverbend Bancorp, Inc., a Maryland corporation (the \"Company\"), and Riverbend Savings Bank, a federally "
      "chartered savings bank (the \"Bank\"), the deposit accounts of which are insured by the Federal Deposit "
      "Insurance Corporation (\"FDIC\"), hereby confirm their agreement with Hollis Capital Markets, LLC (the "
      "\"Agent\") as follows:\n"
      "Section 1. The Offering. The Company will offer and sell its common stock in a subscription offering.\n"
      "Section 2. Appointment. The Company appoints the Agent to solicit subscriptions, and the Agent shall use its "
      "best efforts to assist the Company.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Agent");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Hollis Capital Markets"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Company");
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "FDIC"));
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "FDIC"));
}

// A name defined in the recitals (a utility whose customers the plant serves) is not a party,
// even when the parties clause's first parenthesis is one the definitions finder cannot read
// (so that only one party is known from the opening).
TEST(PartyRoles, ANameDefinedInTheRecitalsIsNoParty) {
  PartyRoles roles = roles_of(
      "MASTER OPERATION AND MAINTENANCE AGREEMENT (this \"Agreement\"), dated as of May 2, 2014, between NORTHWIND "
      "POWER CORPORATION, a Delaware corporation (\"NPC\" or, in its capacity as operator hereunder, \"Operator\"), "
      "and CEDAR GENERATION PARTNERS, LLC, a Delaware limited liability company (\"Owner\").\n"
      "WHEREAS, the customer base of Eastern Power & Light Company (\"EPL\"), an investor owned utility, is to be "
      "served from the plant;\n"
      "1. Services. Operator shall operate and maintain the plant, and Owner shall pay the Service Fees.\n");
  for (PartyRole role : {PartyRole::provider, PartyRole::counterparty}) {
    EXPECT_FALSE(has_name(roles[role], "EPL")) << to_string(role);
  }
}

// An English service agreement that defines its parties without quotes.
TEST(PartyRoles, RoleWordsInParenthesesWithoutQuotesNameTheParties) {
  PartyRoles roles = roles_of(
      "SERVICE AGREEMENT\n"
      "THIS AGREEMENT is made on 3 March 2021\n"
      "BETWEEN:\n"
      "(1) HARTWELL 2010 LIMITED (registered number 01234567) whose registered office is at 5 Mill Lane, London "
      "(the Company)\n"
      "(2) SARAH OKAFOR (the Executive).\n"
      "1. The Executive shall serve the Company as Chief Operating Officer.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Executive");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "SARAH OKAFOR"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Company");
}

// A co-branding agreement: a provider word qualified by what it provides is a provider word,
// and a network the portal defines in its recitals is not the other party.
TEST(PartyRoles, AQualifiedProviderWordIsTheProvider) {
  PartyRoles roles = roles_of(
      "CO-BRANDING AGREEMENT\n"
      "This agreement (\"Agreement\") is entered into as of March 1, 2001, by and between Lakeside Portal Corporation "
      "(\"Lakeside\"), located at 10 Pier Road, Oakland, California, and couponly, Inc., (\"Application Provider\" or "
      "\"couponly\"), a Delaware corporation.\n"
      "RECITALS\n"
      "A. Lakeside maintains sites on the Internet (collectively, the \"Lakeside Network\").\n"
      "1. Application Provider shall deliver the co-branded pages.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Application Provider");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Lakeside");
}

// "By and among" four companies on two sides: a company defined "together with" the first
// party is on its side, so the other side's buyer is the counterparty.
TEST(PartyRoles, ACompanyDefinedTogetherWithTheFirstPartyIsOnItsSide) {
  PartyRoles roles = roles_of(
      "This Agreement is entered into by and between Elmwood Flooring, Inc., a Delaware corporation (\"Seller\") and "
      "EFI Licensing LLC, a Delaware limited liability company, (\"Licensing\" and together with Seller, \"Elm\") and "
      "Oakline Holding, Inc., a Delaware corporation (\"Buyer\").\n"
      "1. Seller shall deliver the licensed marks to Buyer.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Seller");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Buyer");
}

// CCS schedules have no parties clause. The Supplier's "Key Sub-Contractors" and "the
// Supplier's Sub-Contractors" are a class of the Supplier's subcontractors, not the party, and
// "Contractor" inside "Sub-Contractor" is no Contractor; a framework schedule's other party is CCS.
TEST(PartyRoles, ACcsScheduleIsAboutTheSupplierAndCcs) {
  std::string text =
      "1.1 The Supplier may appoint Key Sub-Contractors only with the consent of CCS.\n"
      "1.2 Where CCS consents to the appointment of a New Key Sub-Contractor, it will be added to the list.\n"
      "1.3 The Supplier shall ensure that each Key Sub-Contractor complies with the Supplier's obligations.\n";
  for (int i = 0; i < 3; ++i) {
    text += "2." + std::to_string(i) + " The Supplier shall provide CCS with the Key Sub-Contractor's accounts, and "
            "CCS may refuse a Key Sub-Contractor; the Supplier's Sub-Contractor remains the Supplier's "
            "responsibility.\n";
  }
  PartyRoles roles = roles_of(text);
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "CCS");
}

// A CCS performance bond calls the Supplier "the Contractor" and the Buyer "the Employer": the
// Contractor beside a Supplier is the Supplier under another name, not its counterparty.
TEST(PartyRoles, TheContractorOfABondBesideASupplierIsNotTheCounterparty) {
  PartyRoles roles = roles_of(
      "1. The Supplier shall deliver to the Buyer a bond in the form below.\n"
      "2. The Guarantor guarantees to the Employer that the Contractor shall perform the Contract.\n"
      "3. If the Contractor fails to perform, the Guarantor shall pay the Employer the sum demanded.\n"
      "4. The Employer may make a demand when the Contractor is in default; the Supplier shall not object.\n"
      "5. The Contractor's liability is not reduced by any time the Employer gives the Contractor.\n"
      "6. The Supplier remains liable to the Buyer.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Employer");

  // The Contractor is still the counterparty of a Subcontractor.
  PartyRoles sub = roles_of("1. The Subcontractor shall provide the Services to the Contractor.\n"
                            "2. The Contractor shall pay the Subcontractor, and the Authority shall pay the Contractor.\n");
  ASSERT_TRUE(sub.determined());
  EXPECT_EQ(sub[PartyRole::counterparty].display, "Contractor");
}

// An extract of a subcontract that names the head contract: its Contractor holds that contract,
// so it is the prime, never the provider, however the extract names the subcontractor.
TEST(PartyRoles, TheContractorOfATextThatNamesTheHeadContractIsThePrime) {
  PartyRoles alone = roles_of("The Contractor may amend the Payment Mechanism on written notice to reflect any change made "
                              "by the Authority to the payment model under the Head Contract.\n");
  EXPECT_NE(alone[PartyRole::provider].display, "Contractor");
  PartyRoles supplier = roles_of("1. The Supplier shall deliver the Services to the Contractor.\n"
                                 "2. The Supplier shall comply with the Head Contract as it applies to the Services.\n"
                                 "3. The Contractor shall pay the Supplier within 30 days of the Authority paying it.\n");
  ASSERT_TRUE(supplier.determined());
  EXPECT_EQ(supplier[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(supplier[PartyRole::counterparty].display, "Contractor");
}

// A US grant passed down: the Subrecipient takes it from the County as a subcontractor takes work.
TEST(PartyRoles, ASubrecipientIsTheProvider) {
  PartyRoles roles = roles_of("The Subrecipient shall repay to the County any funds the County finds ineligible. The "
                              "County shall pay the Subrecipient quarterly.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Subrecipient");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "County");
}

// A template that leaves the drafter the choice, "[Authority][Buyer]", names one party two ways.
TEST(PartyRoles, BracketedAlternativesNameOneCounterparty) {
  PartyRoles roles = roles_of(
      "1.1 The Supplier shall appoint a Contract Manager to receive communication from the [Authority][Buyer].\n"
      "1.2 The Supplier must inform the [Authority][Buyer] before it replaces the Supplier's Contract Manager.\n"
      "1.3 The Authority's Contract Manager shall chair the meetings; the Supplier shall attend them.\n"
      "1.4 The Supplier shall report to the Authority each month.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Authority");
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "Buyer"));
}

// A company whose name starts with a small letter, like its short name: "i-on interactive,
// a Florida corporation ("i-on")" is named, not only its short name.
TEST(PartyRoles, ANameStartingWithASmallLetterIsTheOrganisationsName) {
  PartyRoles roles = roles_of(
      "This WEB SITE HOSTING AGREEMENT is entered into by and between Marlow Tracking, a Florida corporation "
      "(\"the Customer\"), and e-star hosting, a Florida corporation (\"e-star\").\n"
      "1. e-star will maintain the operation of the Hosted Site.\n"
      "2. e-star will provide the following limited services.\n"
      "3. The Customer shall pay e-star the fees in Exhibit A.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "e-star");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "e-star hosting"));
}

// A party called by its name facing "the Company" would be the provider, but the clauses lean
// the other way (the named party pays the Company's fee): undetermined, not a guess.
TEST(PartyRoles, ANameFacingABuyersWordIsUndeterminedWhenUsageLeansTheOtherWay) {
  PartyRoles roles = roles_of(
      "SERVICE AGREEMENT by and between FENWICK INVESTMENTS OPERATIONS COMPANY, INC. (\"FIO\") and LAKESIDE "
      "ANNUITY CORPORATION (\"Company\").\n"
      "WHEREAS, FIO provides transfer agency services to the Funds.\n"
      "1. FIO agrees to provide to Company information about the Funds.\n"
      "2. Owners look to Company to provide information about the Funds.\n"
      "3. FIO agrees to pay Company a quarterly fee for answering the inquiries.\n");
  EXPECT_FALSE(roles.determined());
}

// A party whose short name is the start of its own name, "Bank of America, N.A. ("Bank of
// America")", is called by its name: one role word ("the above-named Supplier") places both.
TEST(PartyRoles, AShortNameThatStartsThePartysNameIsTheParty) {
  PartyRoles roles = roles_of(
      "This SOFTWARE LICENSE AND MAINTENANCE AGREEMENT (\"Agreement\") is entered into by and between Bank of "
      "Fairhaven, N.A. (\"Bank of Fairhaven\"), a national banking association, and Cardwell Data, Inc., a "
      "corporation (\"Supplier\").\n"
      "1. Supplier shall provide the Maintenance Services to Bank of Fairhaven.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Supplier");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Bank of Fairhaven");
}

// When the roles stay open, a party's own term ("Company") does not stand for a role: the
// counterparty keeps the standard buyer's words less that term.
TEST(PartyRoles, AnUndeterminedPartysOwnTermDoesNotStandForARole) {
  PartyRoles roles = roles_of(
      "SERVICE AGREEMENT by and between FENWICK INVESTMENTS OPERATIONS COMPANY, INC. (\"FIO\") and LAKESIDE "
      "ANNUITY CORPORATION (\"Company\").\n"
      "WHEREAS, FIO provides transfer agency services to the Funds.\n"
      "1. FIO agrees to provide to Company information about the Funds.\n"
      "2. Owners look to Company to provide information about the Funds.\n"
      "3. FIO agrees to pay Company a quarterly fee for answering the inquiries.\n");
  ASSERT_FALSE(roles.determined());
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "company"));
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "customer"));
}

// The roles stay open, and a finding names one of the open parties: the rule cannot tell
// whether the clause is the provider's own right, so the finding says so (and keeps the
// risk in view) rather than assert a side.
TEST(PartyRoles, AFindingThatNamesAPartyOfOpenRoleSaysTheRoleIsNotSettled) {
  const std::string text =
      "SERVICE AGREEMENT by and between FENWICK INVESTMENTS OPERATIONS COMPANY, INC. (\"FIO\") and LAKESIDE "
      "ANNUITY CORPORATION (\"Company\").\n"
      "WHEREAS, FIO provides transfer agency services to the Funds.\n"
      "1. FIO agrees to provide to Company information about the Funds.\n"
      "2. Owners look to Company to provide information about the Funds.\n"
      "3. FIO agrees to pay Company a quarterly fee for answering the inquiries.\n"
      "4. This Agreement may be terminated by Company at any time upon written notice to FIO.\n"
      "5. The Funds may be closed at any time.\n";
  PartyRoles roles = roles_of(text);
  ASSERT_FALSE(roles.determined());
  ASSERT_EQ(roles.open_parties.size(), 2u);
  EXPECT_EQ(roles.open_parties[0].display, "FIO");
  EXPECT_EQ(roles.open_parties[1].display, "Company");
  auto pack = compile_or_fail(rule_text("\"may be\" gap(0..4) \"at any time\""));
  ASSERT_TRUE(pack);
  auto findings = scan_text(*pack, text);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_NE(findings[0].message.find("does not say whether Company is the provider"), std::string::npos);
  EXPECT_TRUE(std::any_of(findings[0].why.begin(), findings[0].why.end(), [](const std::string& w) {
    return w.find("\"FIO\" and \"Company\" are named but their roles are not settled") != std::string::npos;
  }));
  EXPECT_EQ(findings[1].message, "Found it");  // "The Funds may be closed" names neither party
  // Roles settled: no note.
  auto settled = scan_text(*pack, "This Agreement is made between Acme Ltd (the \"Buyer\") and Hope Trust (the "
                                  "\"Supplier\").\n1. This Agreement may be terminated by the Buyer at any time.\n");
  ASSERT_EQ(settled.size(), 1u);
  EXPECT_EQ(settled[0].message, "Found it");
}

// A first party with no parenthesis and a redacted second party: the Distributor's paragraph
// runs from "between", but the first party's name is not the Distributor's; it is the other
// party's.
TEST(PartyRoles, TheFirstPartysNameBeforeAnAndIsNotTheSecondPartys) {
  PartyRoles r = roles_of(
      "EXHIBIT 10.9    DISTRIBUTOR AGREEMENT     This Distributor Agreement (the 'Agreement') dated [*] is between     "
      "Lucent Optics Inc., a New York corporation, having a principal place of business at 12 Lake Road, Rochester "
      "NY 14623 And [*]  ('Distributor')     For good and valuable consideration, the parties hereby agree:     "
      "1. Appointment     A) Lucent Optics appoints the Distributor.\n");
  EXPECT_EQ(r[PartyRole::provider].display, "Distributor");
  EXPECT_FALSE(has_name(r[PartyRole::provider], "Lucent Optics Inc"));
  EXPECT_FALSE(has_name(r[PartyRole::provider], "Lucent Optics"));
  // The first party is the counterparty, called by its name as its clauses call it.
  ASSERT_TRUE(r.determined());
  EXPECT_EQ(r[PartyRole::counterparty].display, "Lucent Optics");
  EXPECT_TRUE(has_name(r[PartyRole::counterparty], "Lucent Optics Inc"));
  EXPECT_EQ(r[PartyRole::counterparty].evidence, "parties clause");
  // Named, after a comma: the name after the "and" is the Distributor's.
  PartyRoles named = roles_of(
      "This Agreement is between Lucent Optics Inc., a New York corporation, and Harbour Trading Ltd "
      "('Distributor').\n");
  EXPECT_TRUE(has_name(named[PartyRole::provider], "Harbour Trading Ltd"));
  EXPECT_FALSE(has_name(named[PartyRole::provider], "Lucent Optics Inc"));
  EXPECT_TRUE(has_name(named[PartyRole::counterparty], "Lucent Optics Inc"));
  // "England and Wales" joins no parties.
  PartyRoles uk = roles_of(
      "This Subcontract is made between Meridian Care Ltd, a company incorporated in England and Wales with "
      "company number 08812345 (the \"Contractor\"); and Harbour Lights Trust, a charitable company incorporated in "
      "England and Wales with company number 04411223 and registered charity number 1098765 (the \"Subcontractor\").\n");
  ASSERT_TRUE(uk.determined());
  EXPECT_TRUE(has_name(uk[PartyRole::counterparty], "Meridian Care Ltd"));
  EXPECT_TRUE(has_name(uk[PartyRole::provider], "Harbour Lights Trust"));
}

// Sponsorship and endorsement: the sponsor pays for what the sponsored party delivers; the
// professional who endorses does the work for the company that pays.
TEST(PartyRoles, TheSponsorIsTheCounterpartyAndTheEndorsingProfessionalTheProvider) {
  PartyRoles sponsored = roles_of(
      "This Sponsorship Agreement (the Agreement) is entered into as of June 1, 2020 by and between HARBOUR "
      "FESTIVALS, LLC (\"HARBOUR\") and KESTREL APPS INC (the \"Sponsor\").\n"
      "A. HARBOUR is producing the Harbour Festival 2020.\n");
  ASSERT_TRUE(sponsored.determined());
  EXPECT_EQ(sponsored[PartyRole::provider].display, "HARBOUR");
  EXPECT_EQ(sponsored[PartyRole::counterparty].display, "Sponsor");
  PartyRoles endorsement = roles_of(
      "THIS ENDORSEMENT AGREEMENT is made and entered into by and between NORTHCOTE SPORTSWEAR, INC., a Colorado "
      "corporation (the \"Company\"), and _________________ (hereinafter referred to as the \"Professional\").\n");
  ASSERT_TRUE(endorsement.determined());
  EXPECT_EQ(endorsement[PartyRole::provider].display, "Professional");
  EXPECT_EQ(endorsement[PartyRole::counterparty].display, "Company");
}

// A party written to as "you" in a parenthesis whose term has no role word of its own
// ("Servicing Agent," with the comma inside the quotes) is the provider; the principal a party
// acts "on behalf of" is named in passing. "On behalf of itself and its affiliates" is not.
TEST(PartyRoles, TheServicingAgentCalledYouIsTheProviderAndThePrincipalIsNotAParty) {
  PartyRoles servicing = roles_of(
      "SERVICING AGREEMENT Agreement, made as of this day of , 20 between Harbour Fund Management LLC "
      "(\"Harbour\"), on behalf of Harbour Mutual Funds (\"the Trust\"), and Kestrel Life Insurance Company, a "
      "registered Broker Dealer (collectively referred to as \"Servicing Agent,\" \"you\" or \"your\"), "
      "whereby you agree to provide certain administrative support services.\n");
  ASSERT_TRUE(servicing.determined());
  EXPECT_EQ(servicing[PartyRole::provider].display, "Servicing Agent");
  EXPECT_TRUE(has_name(servicing[PartyRole::provider], "you"));
  EXPECT_EQ(servicing[PartyRole::counterparty].display, "Harbour");
  PartyRoles itself = roles_of(
      "This SERVICES AGREEMENT is made by and among Harbour Village, LLC, a Delaware limited liability company "
      "(\"HV\") and Kestrel Energy, Inc., a Delaware corporation, on behalf of itself and its retail affiliates "
      "(collectively, \"Kestrel\"). Kestrel shall provide the Services to HV. HV shall pay Kestrel the Fees.\n");
  EXPECT_TRUE(has_name(itself[PartyRole::provider], "Kestrel") || has_name(itself[PartyRole::counterparty], "Kestrel"));
}

// A supplier's own terms call its Customer "you": the Customer is still the customer.
TEST(PartyRoles, ACustomerCalledYouStaysTheCustomer) {
  PartyRoles roles = roles_of(
      "This Services Agreement is entered into by and between Kestrel Platforms LLC (\"Kestrel\") and Harbour "
      "Vending Inc. (\"Customer\", \"you\" or \"your\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Kestrel");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Customer");
}

// "and its Reseller, Schoolpop, Inc., a Delaware corporation ("Schoolpop")": the role given
// before a party's name is its role; the name is what follows it.
TEST(PartyRoles, ARoleGivenBeforeThePartysNameIsItsRole) {
  PartyRoles roles = roles_of(
      "This Distribution Agreement (the \"Agreement\") is entered into by and between Kestrel Incentive "
      "Services, L.L.C., a Missouri limited liability company (\"KIS\"), and its Reseller, Harbour Schools, Inc., "
      "a Delaware corporation (\"Harbour\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Harbour");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Harbour Schools"));
  EXPECT_EQ(roles[PartyRole::counterparty].display, "KIS");
}

// A licensor supplies its rights for the licensee's royalties: it is the provider, unless a
// stronger provider word (a distributor taking a licence) stands against it.
TEST(PartyRoles, TheLicensorIsTheProviderAgainstItsLicensee) {
  PartyRoles licence = roles_of(
      "This Content License Agreement is made between Kestrel Media Ltd (\"Licensor\") and Harbour Web Inc. "
      "(\"Licensee\").\n");
  ASSERT_TRUE(licence.determined());
  EXPECT_EQ(licence[PartyRole::provider].display, "Licensor");
  EXPECT_EQ(licence[PartyRole::counterparty].display, "Licensee");
  PartyRoles distributor = roles_of(
      "This Agreement is made between Kestrel Media Ltd (\"Licensor\") and Harbour Web Inc. (\"Distributor\").\n");
  ASSERT_TRUE(distributor.determined());
  EXPECT_EQ(distributor[PartyRole::provider].display, "Distributor");
}

// With no parties clause, UK drafting's "Sub-contractor" (a small c) is the provider's word,
// and the "Contractor" inside it is not counted for the Contractor.
TEST(PartyRoles, ASubContractorWithASmallCIsTheProviderWithoutAPartiesClause) {
  PartyRoles roles = roles_of(
      "The Contractor shall pay the Sub-contractor the sums due within five Working Days of receipt by the "
      "Contractor of the corresponding payment from the Authority.");
  EXPECT_EQ(roles[PartyRole::provider].display, "Sub-contractor");
  EXPECT_EQ(roles[PartyRole::counterparty].display, "Contractor");
}

// A statement of work with no parties clause, "executed by and between Developer and Client":
// the Developer is the provider. The Client pays it; the app's end "Customer", named as often,
// is not the other party.
TEST(PartyRoles, WithoutAPartiesClauseTheDeveloperIsTheProviderAndThePayingWordTheOther) {
  PartyRoles roles = roles_of(
      "This Statement of Work is made part of the Software Development Agreement executed by and between Developer "
      "and Client. Client shall pay Developer the fees in the Payment Schedule. The Customer Portal lets the Customer "
      "order. An open order is one the Customer has not paid. Developer shall deliver the Client portal.");
  expect_roles(roles, "Developer", "Client");
}

// A licence scanned without its opening: the Licensor supplies its rights for the Licensee's fees.
TEST(PartyRoles, WithoutAPartiesClauseTheLicensorFacesTheLicensee) {
  expect_roles(roles_of("Licensee shall pay Licensor a royalty of five percent of Net Sales within thirty days of each quarter."),
               "Licensor", "Licensee");
}

// A regulator a filing defines in passing, like a party, signs nothing: the underwriter's
// agreement with a fund names the SEC in its first section, and the SEC is neither party.
TEST(PartyRoles, ARegulatorDefinedInTheOpeningIsNotAParty) {
  // The opening of a CUAD dev contract (IntegrityFunds, an underwriting agreement), as filed.
  PartyRoles roles = roles_of(
      "DISTRIBUTION AND SERVICES AGREEMENT January 18, 2020 This is to confirm that, in consideration of "
      "the agreements hereinafter contained, the undersigned, the Integrity Short Term Government Fund, "
      "(the \"Fund\"), an open-end, diversified, management investment company organized as a series of The "
      "Integrity Funds, a Delaware statutory trust, has agreed that Integrity Funds Distributor, LLC, "
      "(\"Integrity\"), shall be, for the period of this distribution agreement (the \"Agreement\"), the "
      "principal underwriter of shares issued by the Fund, including such classes of shares as may now or "
      "hereafter be authorized (the \"Shares\"). SECTION 1. SERVICES AS UNDERWRITER Section 1.1 Integrity "
      "will act as principal underwriter for the distribution of the Shares covered by the registration "
      "statement, prospectus, and statement of additional information then in effect of the Fund (the "
      "\"Registration Statement\") under the Securities Act of 1933, as amended (the \"1933 Act\"), and the "
      "Investment Company Act of 1940, as amended (the \"1940 Act\"). Section 1.2 Integrity agrees to use "
      "its best efforts to solicit orders for the sale of the Shares at the public offering price, as "
      "determined in accordance with the Registration Statement, and will undertake such advertising and "
      "promotion as it believes is reasonable in connection with such solicitation. Integrity shall order "
      "Shares from the Fund only to the extent that it shall have received purchase orders therefore. "
      "Section 1.3 All activities by Integrity as underwriter of the Shares shall comply with all "
      "applicable laws, rules, and regulations, including, without limitation, all rules and regulations "
      "made or adopted by the Securities and Exchange Commission (the \"SEC\") or by any securities "
      "association registered under the Securities Exchange Act of 1934 and");
  for (PartyRole role : {PartyRole::provider, PartyRole::counterparty}) {
    EXPECT_FALSE(has_name(roles[role], "SEC")) << static_cast<int>(role);
  }
}

// Canadian and other government drafting with no parties clause: the Contractor works for
// Canada, the Province or the Issuer of a procurement opportunity.
TEST(PartyRoles, TheContractorOfCanadaOrAProvinceOrAnIssuerIsTheProvider) {
  PartyRoles issuer = roles_of(
      "The Contractor agrees to indemnify and save harmless the Issuer and any of its employees from any loss.");
  ASSERT_TRUE(issuer.determined());
  EXPECT_EQ(issuer[PartyRole::provider].display, "Contractor");
  EXPECT_EQ(issuer[PartyRole::counterparty].display, "Issuer");
  PartyRoles canada = roles_of("Canada's liability to the Contractor under the Contract must not exceed the Contract Price.");
  ASSERT_TRUE(canada.determined());
  EXPECT_EQ(canada[PartyRole::provider].display, "Contractor");
  EXPECT_EQ(canada[PartyRole::counterparty].display, "Canada");
}

// A franchisee runs the business on the franchisor's terms: it is the provider, also when the
// opening leaves it unnamed for a cover page ("and the individual or legal entity identified on
// the cover page ("Franchisee")"), and the franchisor's name is not the franchisee's.
TEST(PartyRoles, TheFranchiseeIsTheProviderAndAnUnnamedSecondPartyKeepsItsOwnWords) {
  PartyRoles roles = roles_of(
      "This Franchise Agreement (the \"Agreement\") is entered into as of the Agreement Date shown on the cover page "
      "between Pizza Fusion Holding, Inc., a Florida corporation, and the individual or legal entity identified on the "
      "cover page (\"Franchisee\").\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_EQ(roles[PartyRole::provider].display, "Franchisee");
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "Pizza Fusion Holding"));
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "Pizza Fusion Holding"));
  PartyRoles named = roles_of(
      "This Franchise Agreement is made between Kestrel Burgers Ltd (\"Franchisor\") and Harbour Foods Inc. "
      "(\"Franchisee\").\n");
  ASSERT_TRUE(named.determined());
  EXPECT_EQ(named[PartyRole::provider].display, "Franchisee");
  EXPECT_EQ(named[PartyRole::counterparty].display, "Franchisor");
}

// An affiliate programme's or network's "Affiliate" markets or shows the other side's product for
// a fee or a revenue share: it is the provider (a cinema chain against NCM, a sales office
// against a card processor). A definitions list's "Affiliate", a party's group companies, is
// never a party.
TEST(PartyRoles, ANetworkAffiliateOrAffiliateOfficeIsTheProvider) {
  expect_roles(roles_of("THIS NETWORK AFFILIATE AGREEMENT (this \"Agreement\") is made as of this 14th day of March, "
                        "2011 by and between National CineMedia, LLC, a Delaware limited liability company (\"NCM\"), "
                        "and Digital Cinema Destinations Corp., a Delaware corporation (\"Network Affiliate\" and "
                        "with NCM, each a \"Party\").\n"),
               "Network Affiliate", "NCM");
  expect_roles(roles_of("THIS AGREEMENT is entered into by and between NETWORK 1 FINANCIAL, INC. (\"NETWORK 1\"), a "
                        "Virginia Corporation, and Payment Data Systems, Inc., the Affiliate Office (\"AFFILIATE\"), a "
                        "Nevada Corporation.\n"),
               "AFFILIATE", "NETWORK 1");
}

TEST(PartyRoles, ADefinitionsListAffiliateIsNotAParty) {
  PartyRoles roles = roles_of(
      "OUTSOURCING AGREEMENT BY AND BETWEEN TRI CITY NATIONAL BANK and MARSHALL & ILSLEY CORPORATION\n"
      "1. DEFINITIONS\n"
      "\"Affiliate\" means, with respect to a party, any entity that controls, is controlled by or is under common "
      "control with that party.\n"
      "\"Services\" means the services in Schedule A.\n"
      "2. FEES\n"
      "2.1 Customer shall pay M&I the fees in Schedule B.\n");
  EXPECT_NE(roles[PartyRole::provider].display, "Affiliate");
  EXPECT_NE(roles[PartyRole::counterparty].display, "Affiliate");
}

// A definitions list's role word that means a kind of party, not one named: the distributors a
// licensee will appoint ("the distributor appointed by Licensee in each country") are not
// the licensor's counterparty, nor is the meaning that a page break leaves with a word of the
// entry above ("Property a company appointed by Licensee").
TEST(PartyRoles, ADefinitionsListRoleWordForAKindOfPartyIsNotAParty) {
  for (const char* meaning : {"the distributor appointed by Licensee in each country of the Territory",
                              "Property a company appointed by Licensee in a country of the Territory"}) {
    PartyRoles roles = roles_of(std::string("LICENCE AND DEVELOPMENT AGREEMENT\n1. DEFINITIONS\n\"Distributor\" shall mean ") +
                                meaning + ".\n\"Dossier\" shall mean the registration file.\n2. ROYALTIES\n");
    EXPECT_NE(roles[PartyRole::provider].display, "Distributor") << meaning;
    EXPECT_NE(roles[PartyRole::counterparty].display, "Distributor") << meaning;
  }
  // A party the list names, with its description after a comma, still is one.
  PartyRoles named = roles_of(
      "DISTRIBUTION AGREEMENT\n1. DEFINITIONS\n\"Distributor\" means Siemens, a German company, and its Affiliates.\n"
      "\"Supplier\" means Accuray Incorporated.\n2. SUPPLY\n");
  EXPECT_EQ(named[PartyRole::provider].display, "Distributor");
}

// A person called by the surname ("Idan Maimon ("Maimon")") is called by name: facing "the
// Company", the person is the provider, as a company called by its name would be.
TEST(PartyRoles, APersonCalledByTheSurnameFacingTheCompanyIsTheProvider) {
  expect_roles(roles_of("SERVICES AGREEMENT, dated as of April 1, 2019 (the \"Agreement\"), between Idan Maimon "
                        "(\"Maimon\") and Intellisense Solutions, Inc., a Nevada corporation (the \"Company\").\n"
                        "1. Services. Maimon shall serve as the Company's Chief Executive Officer.\n"),
               "Maimon", "Company");
}

// A partner qualified by its channel resells the other side's services; a carrier is paid by
// the shipper to move its goods.
TEST(PartyRoles, AChannelPartnerAndACarrierAreTheProvider) {
  expect_roles(roles_of("THIS CHANNEL PARTNER RESELLER AGREEMENT (\"Agreement\") is entered into by and between IPASS "
                        "INC., having a principal place of business at 3800 Bridge Parkway, Redwood Shores, CA 94065 "
                        "(\"iPass\"), and Pareteum Corporation, having a principal business address at 100 Park "
                        "Avenue, New York City, New York 10017 (\"Channel Partner\").\n"),
               "Channel Partner", "iPass");
  expect_roles(roles_of("THIS CONTRACT is entered into by and between ENTERPRISE TRANSPORTATION COMPANY, a division of "
                        "Enterprise Products Company, (\"Carrier\"), and ENTERPRISE PRODUCTS OPERATING L.P., a "
                        "Delaware limited partnership (\"Shipper\").\n"),
               "Carrier", "Shipper");
}

// Parties on one side defined as a group are one party, so the party after the group is the
// other side; a group of both sides ("collectively, the "Parties"") and a quoted thing that
// only mentions a party ("Servicer Termination Right - Owner") join nothing.
TEST(PartyRoles, PartiesDefinedAsAGroupAreOneSide) {
  PartyRoles endorsers = roles_of(
      "ENDORSEMENT LICENSING AND CO-BRANDING AGREEMENT This Agreement is entered into on July 26, 2013 by and "
      "between Marine MP, LLC (\"Lender\"), for services of Arnold Schwarzenegger (\"Endorser\"), and Fitness "
      "Publications, Inc. (\"Fitness\") (collectively, Lender, Endorser, and Fitness are referred to as the \"AS "
      "Parties\") and MusclePharm Corporation with its principal place of business in Denver, Colorado "
      "(collectively, \"MusclePharm\" or the \"Company\").\n"
      "RECITALS\nWHEREAS, the AS Parties have the rights necessary to license the name of Arnold Schwarzenegger.\n");
  expect_roles(endorsers, "Lender", "MusclePharm");
  EXPECT_TRUE(has_name(endorsers[PartyRole::provider], "Fitness"));
  EXPECT_TRUE(has_name(endorsers[PartyRole::provider], "AS Parties"));

  PartyRoles athlete = roles_of(
      "COLLABORATION & ENDORSEMENT AGREEMENT\nThis Agreement is dated as of June 15, 2015, between The Naked "
      "Brands Group, Inc., a Delaware corporation (\"Naked\"), and Wade Enterprises, LLC (\"Wade Enterprises\"), "
      "an Alaska limited liability company f/s/o Dwyane Wade (\"Athlete\" and together with Wade Enterprises, "
      "collectively \"Wade\").\n1. Naked hereby engages Wade for his endorsement.\n");
  expect_roles(athlete, "Wade Enterprises", "Naked");
  EXPECT_TRUE(has_name(athlete[PartyRole::provider], "Wade"));

  PartyRoles both_sides = roles_of(
      "THIS LICENSE AGREEMENT is made by and between Beijing SINA Internet Information Service Co., Ltd. "
      "(hereinafter \"Licensor\") and Beijing Yisheng Leju Information Services Co., Ltd., a limited liability "
      "company (\"Licensee\" and together with Licensor, the \"Parties\" and each a \"Party\").\n");
  expect_roles(both_sides, "Licensor", "Licensee");
}

TEST(PartyRoles, AQuotedTermThatMentionsAPartyJoinsNothing) {
  PartyRoles roles = roles_of(
      "This SERVICING AGREEMENT is entered into as of April 8, 2020, by and between CURO RECEIVABLES FINANCE II, LLC, "
      "a Delaware limited liability company (the \"Owner\"), and CURO MANAGEMENT, LLC, a Delaware limited liability "
      "company, as servicer (the \"Servicer\"). The Owner may terminate this Agreement (the \"Servicer Termination "
      "Right - Owner\" and together with the \"Servicer Termination Right - Agent\", collectively the \"Servicer "
      "Termination Right\").\n");
  expect_roles(roles, "Servicer", "Owner");
  EXPECT_FALSE(has_name(roles[PartyRole::provider], "Servicer Termination Right"));
  EXPECT_FALSE(has_name(roles[PartyRole::counterparty], "Servicer Termination Right"));
}

// A division named by its initials is the party, not the group it belongs to.
TEST(PartyRoles, ADivisionCalledByItsInitialsIsTheParty) {
  PartyRoles roles = roles_of(
      "SPONSORSHIP AGREEMENT This Sponsorship Agreement (\"Agreement\") is entered into as of December 18, 1998, by "
      "and between Ford Motor Media, a division of J. Walter Thompson (\"FMM\") with offices at 300 Renaissance "
      "Center, Detroit, Michigan 48243 and iVillage, Inc., (\"iVillage\") with offices at 170 Fifth Avenue, New "
      "York.\n"
      "1. iVillage shall provide the sponsorship services and shall deliver the impressions.\n"
      "2. FMM shall pay iVillage the sponsorship fee.\n"
      "3. iVillage shall provide the reports.\n"
      "4. FMM shall pay iVillage the production fee.\n");
  ASSERT_TRUE(roles.determined());
  EXPECT_TRUE(has_name(roles[PartyRole::counterparty], "FMM"));
}

// Parties called only by their names may be given their roles elsewhere: a definitions list
// that makes a role word mean one of them, or the appointment that is the contract's purpose.
TEST(PartyRoles, ARoleWordTheDefinitionsListGivesAPartyIsItsRole) {
  PartyRoles roles = roles_of(
      "DISTRIBUTOR AGREEMENT\nThis Distributor Agreement is entered into by and between ACCURAY INCORPORATED, a "
      "Delaware corporation (\"Accuray\"), and SIEMENS AKTIENGESELLSCHAFT, a German corporation (\"Siemens\").\n"
      "1. DEFINITIONS. The following terms have the following meaning:\n"
      "1.1. \"Customer\" means any person with whom Distributor enters into an agreement for Products.\n"
      "1.2. \"Distributor\" means Siemens, its Affiliates, or any Third Party granted distribution rights by Siemens.\n"
      "2. Accuray shall supply the Products. Distributor shall pay Accuray the price of each Product.\n"
      "3. Accuray shall provide the services. Distributor shall pay Accuray for them.\n");
  expect_roles(roles, "Siemens", "Accuray");
  EXPECT_TRUE(has_name(roles[PartyRole::provider], "Distributor"));
}

TEST(PartyRoles, APartyAppointedDistributorOrResellerIsTheProvider) {
  expect_roles(roles_of("Reseller Agreement\nThis Agreement is made by and between 695014 B.C. Ltd. dba Galaxy "
                        "Telecom (\"Galaxy\") and Galaxy Telnet SRL (\"Telnet\").\n"
                        "1. Galaxy hereby appoints Telnet as a non-exclusive authorized reseller of the Products.\n"
                        "2. Galaxy shall provide the Products. Galaxy shall deliver the Services.\n"
                        "3. Telnet shall pay Galaxy the fees.\n"),
               "Telnet", "Galaxy");
  expect_roles(roles_of("RESELLER AGREEMENT\nThis Reseller Agreement is entered into by and between PivX Corporation, "
                        "a California corporation (\"PivX\") and Detto Technologies, a Washington corporation "
                        "(\"Detto\").\n"
                        "1.1 PivX hereby grants to Detto a non-transferable, exclusive license to distribute PivX's "
                        "Qwik-Fix Pro.\n2. PivX shall provide the software and support. PivX shall deliver updates.\n"
                        "3. Detto shall pay PivX the license fees.\n"),
               "Detto", "PivX");
}

// A UK charity or community interest company that takes work from a party named like any
// company is the provider; a charity that is "the Customer" stays the customer, and a
// charity facing another charity leaves the roles open.
TEST(PartyRoles, ACharityFacingACompanyIsTheProvider) {
  expect_roles(roles_of("This Agreement is made between Northgate Services plc (\"Northgate\") and Hearthstone "
                        "Community Trust, a registered charity (\"Hearthstone\").\n"
                        "1. Hearthstone shall keep in strict confidence the business plans of Northgate.\n"),
               "Hearthstone", "Northgate");
  expect_roles(roles_of("This Subcontract is made between Northgate Services plc (\"Northgate\") and Bright Futures "
                        "CIC, a community interest company registered in England (\"Bright Futures\").\n"
                        "1. Bright Futures shall not solicit any employee of Northgate.\n"),
               "Bright Futures", "Northgate");
  // The only party the opening defines, when the other is named without a short name.
  PartyRoles alone = roles_of("This Agreement is made between Northgate Services plc and Hearthstone Community Trust, "
                              "a registered charity (\"Hearthstone\").\n"
                              "1. Hearthstone shall keep in strict confidence the business plans of Northgate.\n");
  ASSERT_TRUE(alone[PartyRole::provider].found);
  EXPECT_TRUE(has_name(alone[PartyRole::provider], "Hearthstone"));

  expect_roles(roles_of("This Agreement is made between Hearthstone Community Trust, a registered charity (the "
                        "\"Customer\") and Acme Software Ltd (\"Acme\").\n"
                        "1. Acme shall provide the Software.\n"),
               "Acme", "Customer");
  // A description after the parenthesis, US style, is the first party's, not the second's.
  PartyRoles us_style = roles_of(
      "THIS AGREEMENT is made by and between INSTITUTE OF MOORLAND RESEARCH (\"IMR\"), a company limited by "
      "guarantee and a registered Charity No. 272150, having an office at Aberystwyth, United Kingdom and ACME, INC. "
      "(\"ACME\"), a Delaware corporation.\n1. Each party shall keep the other's plans confidential.\n");
  EXPECT_FALSE(us_style[PartyRole::provider].found && has_name(us_style[PartyRole::provider], "ACME"));
  EXPECT_FALSE(roles_of("This Agreement is made between Hearthstone Community Trust, a registered charity "
                        "(\"Hearthstone\") and Riverside Community Trust, a registered charity (\"Riverside\").\n"
                        "1. Each party shall keep the other's plans confidential.\n")
                   .determined());
}

// A licence to distribute in a contract whose title does not say it is a distribution
// agreement (a licensee letting its licensor distribute its materials) gives no role.
TEST(PartyRoles, ALicenceToDistributeInPassingGivesNoRole) {
  PartyRoles licence = roles_of(
      "WIRELESS CONTENT LICENSE AGREEMENT\nThis License Agreement is entered into by and between Harbour Pictures "
      "Licensing (\"Harbour\") and Sorrent, Inc. (\"Sorrent\").\n"
      "1. Sorrent hereby grants to Harbour a limited, non-exclusive right to distribute the Sorrent Materials to "
      "carriers.\n");
  EXPECT_FALSE(licence.determined());
}

TEST(PartyReports, JsonTextAndExtractShowTheRoles) {
  AnalysedDocument doc = analyse(document_from_text(subcontract, "contract.txt"));
  Report report;
  report.document = &doc;
  const std::string json = write_report(report, ReportFormat::json, false);
  EXPECT_NE(json.find("\"parties\""), std::string::npos);
  EXPECT_NE(json.find("\"TYNESIDE WORKS\""), std::string::npos);
  const std::string text = write_report(report, ReportFormat::text, false);
  EXPECT_NE(text.find("Provider: Subcontractor (TYNESIDE WORKS)"), std::string::npos);
  EXPECT_NE(write_extract_json(doc).find("\"counterparty\""), std::string::npos);
}

TEST(RolePatterns, LanguageExampleRulesPassTheirOwnExamples) {
  // roles.rules alone
  testing::expect_language_examples_pass("tests/fixtures/rules/language/roles.rules", 7);
}

}  // namespace
}  // namespace clausecheck
