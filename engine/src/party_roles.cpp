// Who is who: the provider, its counterparty and the funder behind the counterparty.
//
// Contracts name their parties once, near the top, and define a short name for each:
//
//   This Subcontract is made between:
//   (1) CONNECT EMPLOYMENT SOLUTIONS LTD, registered in England … ("the Contractor"); and
//   (2) TYNESIDE WORKS, a charitable incorporated organisation … ("the Subcontractor").
//   Whereas the Contractor has been awarded a contract by the Secretary of State for Work
//   and Pensions ("DWP") …
//
// The definitions finder already reads every `(the "X")` as an inline definition whose
// defining words run from the start of the list item to the parenthesis. This stage:
//
//  1. Takes the inline definitions in the opening of the document (before the definitions
//     list, and in the first 20,000 bytes), one group per parenthesis: ("UJP" or the
//     "Contractor") is one party with two names.
//  2. Keeps the groups that look like a party: a defined term that is a role word
//     ("Supplier", "Prime", "Council", …) or defining words that name an organisation
//     ("… LIMITED", "a charitable company", "registered in England"), read back to the
//     previous parenthesis so that a description broken by "(Protocol No. 134)" still counts.
//     The first two are the parties. ("Head Contract", ("Site") and ("Effective Date") name
//     things and are skipped, and so are names given in passing in a party's description,
//     "insured by the Federal Deposit Insurance Corporation ("FDIC")", and names defined in
//     the recitals after the first party.) In a letter agreement the company "hereby
//     confirm[s] [its] agreement with" the agent it writes to: that addressee is the second
//     party. A second party introduced by "and" or as "an individual"
//     after the first is taken whatever its words; parentheses the definitions finder does
//     not read, ("eGain") with a small first letter, are read here. A first party named after
//     "between" with no parenthesis, before an "and" that opens the second party's words
//     (second_party_after_and), is a party called by its name without the legal suffix.
//     Parties of one side defined as a group ("Fitness") (collectively, Lender, Endorser, and
//     Fitness are referred to as the "AS Parties")) are one party (merge_grouped_parties). A
//     party called only by its name takes the role word a definitions list gives it
//     (`"Distributor" means Siemens, …`) or the role it is appointed to ("hereby appoints
//     Telnet as a non-exclusive authorized reseller"): role_defined_as_party, role_appointed_to.
//  3. Scores each party's role word: subcontractor 10, distributor / reseller / dealer /
//     (sales) agent / (network) affiliate 9, supplier / consultant / seller / vendor / partner /
//     recipient / grantee / carrier / athlete 8, provider and a qualified provider, agent or
//     partner ("Channel Partner") 6, contractor 3, and the words of
//     a buyer or prime (prime, lead provider, buyer, customer, client, company, authority,
//     council, commissioner, employer, sponsor, shipper) -5; an employee, executive or endorsing
//     professional 8. The provider is the party with the higher
//     score, if it is positive and strictly higher: Contractor (3) v Subcontractor (10)
//     makes the Subcontractor the provider; Contractor (3) v Customer (-5) makes the
//     Contractor the provider; Company (-5) v Consultant (8) the Consultant; Prime
//     Provider (-5) v Subcontractor (10) the Subcontractor. A distributor, reseller, dealer
//     or sales agent (9) sells what the other party makes and carries its terms, so it is
//     the provider against a Supplier, Developer or Company. A licensor (4) supplies its rights
//     for the licensee's (-3) royalties. Two unknown words (Participant v Member is 0 v 0)
//     leave it undetermined, but a
//     party called by its own name (an acronym, "EIT", a word of its organisation's name, or
//     the name's first words, "Bank of America, N.A. ("Bank of America")")
//     facing a buyer's word ("the Customer") is the provider.
//     A UK charity or community interest company (describes_a_charity, from its own words)
//     facing a party with no provider's word is the provider, as a name facing a buyer's word.
//     When the terms do not settle it, usage does (party_usage.h): the party that provides
//     and is paid, clearly more than the other, is the provider ("SHPS shall provide …",
//     "HPS will pay to SHPS"). Usage also overrides a name facing a buyer's word, and when it
//     leans the other way without a clear lead, money paid to the buyer's word, the roles
//     stay undetermined.
//  4. When the opening has fewer than two parties, definitions lists fill in: `"Supplier"
//     means Acme Services Ltd, …` (but not `"Subcontractor" means any person …`, which
//     names no one).
//  5. A document with no parties clause that names two parties in passing, "(Datec)" and
//     "(BSP)", and writes its clauses about them (each with five or more obligations,
//     payments or engagements, and twice any third such name) is read from their usage as in
//     3; so is one whose opening gives a single party no role (a letter agreement that names
//     the other side without a legal form). A document with no parties at all ("The Subcontractor shall …" in an extract) is read
//     from usage: the capitalised role words after "the", scored as above; the provider is
//     the highest-scoring one of those used at least a third as often as the most used
//     provider word (CCS terms name the Supplier's Subcontractors, but are about the
//     Supplier), the counterparty the most used of those scoring lower (of two used as often,
//     the one that pays or engages: "Client shall pay Developer"). "Key Sub-Contractor",
//     "the Supplier's Sub-Contractor" and "Contractor" inside "Sub-Contractor" are not counted;
//     a Contractor is the counterparty of a Subcontractor only (beside a Supplier it is the
//     Supplier's other name, as in a CCS bond); a template's "[Authority][Buyer]" gives the
//     counterparty both words. A role word that ends a longer one ("Provider" in "Service
//     Provider") is counted for the longer one only. A Subrecipient or Subgrantee (a US grant
//     passed down) scores as a Subcontractor. Terms that tell "you" what it shall, must or may
//     do are written to the provider: "you" is the provider, the most used role word its
//     counterparty.
//  6. The funder is the first defined term, anywhere, that is a funder word (Authority,
//     Commissioner, Council, DWP, CCS, Department, Customer, Buyer, Owner, …) and is not
//     the term of a party: "DWP" above, or `"Authority" means the Secretary of State for
//     Justice acting through …`.
//
// Each role's names are its defined terms, the organisation's name as written
// ("CONNECT EMPLOYMENT SOLUTIONS LTD") and without its legal suffix ("CONNECT EMPLOYMENT
// SOLUTIONS"), and the pronouns the parenthesis defines for it: (the "Supplier", "we",
// "us"). A role that is not found stands for its standard words, less any word the
// document uses for another role (so a head contract whose counterparty is the
// "Authority" does not also make "Authority" the funder) and less the terms of parties whose
// role is left open (a "Company" that may be either side stands for neither). Those parties
// are kept as open parties (parties.h), so that a finding naming one says its role is not
// settled.
#include "party_roles.h"

#include "clausecheck/ascii_case.h"
#include "party_usage.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace clausecheck {

std::string_view to_string(PartyRole role) {
  switch (role) {
    case PartyRole::provider: return "provider";
    case PartyRole::counterparty: return "counterparty";
    case PartyRole::funder: return "funder";
  }
  return "provider";
}

std::optional<PartyRole> parse_party_role(std::string_view text) {
  for (PartyRole role : {PartyRole::provider, PartyRole::counterparty, PartyRole::funder}) {
    if (to_string(role) == text) return role;
  }
  return std::nullopt;
}

const std::vector<std::string>& party_role_standard_words(PartyRole role) {
  static const std::array<std::vector<std::string>, party_role_count> words = {
      std::vector<std::string>{"subcontractor", "sub-contractor", "supplier", "service provider", "provider",
                               "delivery partner", "partner", "recipient", "grantee", "consultant", "seller", "vendor",
                               "developer", "you", "your"},
      std::vector<std::string>{"prime", "prime contractor", "prime provider", "lead provider", "contractor",
                               "main contractor", "customer", "client", "buyer", "purchaser", "company", "we", "us",
                               "our"},
      std::vector<std::string>{"authority", "contracting authority", "commissioner", "council", "funder", "department",
                               "secretary of state", "dwp", "ccs", "owner", "icb", "ministry"}};
  return words[static_cast<std::size_t>(role)];
}

namespace {

constexpr std::uint32_t opening_bytes = 20000;
constexpr std::size_t max_name_words = 10;
// The contract above a subcontract, as a subcontract names it.
constexpr std::string_view head_contract_names[] = {"Head Contract", "Main Contract", "Prime Contract", "Principal Contract",
                                                    "Head Agreement", "Prime Agreement", "Head-Contract"};

// How far after the first party's parenthesis the second party may be defined.
constexpr std::uint32_t second_party_reach = 1500;
// With no parties clause, how many obligations, payments or engagements each of two names
// defined in passing must carry before the text is read as written about them.
constexpr int usage_names_min_evidence = 5;
// How many names are weighed by usage when no parties clause names the parties (each costs a
// pass over the text): a contract names its parties early, among its first few names.
constexpr std::size_t max_names_weighed = 64;

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (ascii_is_space(s[b]) || s[b] == '*')) ++b;
  while (e > b && (ascii_is_space(s[e - 1]) || s[e - 1] == '*' || s[e - 1] == ',')) --e;
  return std::string(s.substr(b, e - b));
}

// "the Supplier" -> "Supplier"; markdown emphasis removed.
std::string bare_term(std::string_view term) {
  std::string out;
  for (char c : term) {
    if (c != '*') out += c;
  }
  out = trim(out);
  if (ascii_lower(out.substr(0, 4)) == "the ") out = trim(out.substr(4));
  return out;
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (ascii_is_space(c)) {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Whether `s` holds fewer than `count` words (as words_of splits them), reading no further
// than the word that reaches the count: a long paragraph is not split to find out.
bool fewer_words_than(std::string_view s, std::size_t count) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (ascii_is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words >= count) return false;
    }
  }
  return true;
}

// How strongly a defined term says "the party whose risk is assessed" (positive) or "the
// party it contracts with" (negative). 0: not a role word.
int provider_score(std::string_view term) {
  const std::string t = ascii_lower(bare_term(term));
  // A subrecipient or subgrantee takes a grant passed down by a grantee, as a subcontractor
  // takes work from a contractor (US federal and state grant drafting).
  for (std::string_view w : {"subcontractor", "sub-contractor", "sub contractor", "subrecipient", "sub-recipient", "subgrantee",
                             "sub-grantee"}) {
    if (t == w) return 10;
  }
  for (std::string_view w : {"supplier", "service provider", "delivery partner", "consultant", "seller", "vendor",
                             "developer", "grantee", "recipient", "grant recipient", "partner", "specialist provider",
                             "delivery organisation"}) {
    if (t == w) return 8;
  }
  if (t == "provider" || t == "operator" || t == "servicer" || t == "manager" || t == "administrator") return 6;
  if (t == "manufacturer") return 8;
  // A licensor supplies its rights for the licensee's royalties or fees, as a supplier its goods
  // (corpus/real/LABELLING.md's licensors); it is the weakest provider word, so a distributor
  // or reseller that takes a licence still outranks it.
  if (t == "licensor") return 4;
  if (t == "licensee") return -3;
  // A distributor, reseller or sales agent carries the terms of the maker whose goods or
  // securities it sells: it is in the subcontractor's place (corpus/real/LABELLING.md), so
  // it outranks the Supplier, Manufacturer or Developer it buys from, and the "Company"
  // whose shares it places.
  for (std::string_view w : {"distributor", "exclusive distributor", "reseller", "value added reseller", "dealer",
                             "sales agent", "selling agent", "agent", "sales representative", "representative"}) {
    if (t == w) return 9;
  }
  // A selling broker-dealer solicits sales of an issuer's product for commissions, on the terms
  // of the issuer and its principal distributor: the last link down the chain, so it outranks
  // a "Distributor" that signs beside the issuer.
  for (std::string_view w : {"broker dealer", "broker-dealer", "selling broker", "selling dealer", "introducing broker"}) {
    if (t == w) return 10;
  }
  // An affiliate programme's "Affiliate" (or a cinema chain as "Network Affiliate", a sales
  // office as "Affiliate Office") markets the other party's product for a fee per account or
  // a share of revenue, on its terms: a reseller's place. Only a party's own term is scored,
  // so the defined class of a party's group companies ("Affiliate" means …) is not read here.
  for (std::string_view w : {"affiliate", "network affiliate", "affiliate office"}) {
    if (t == w) return 9;
  }
  // An employment contract's provider is the individual who does the work (LABELLING.md), and
  // so is an endorsement's "Professional" (the golfer who wears and promotes the Company's
  // clothing), "Athlete" or "Endorser".
  for (std::string_view w : {"employee", "executive", "professional", "athlete", "endorser", "spokesperson"}) {
    if (t == w) return 8;
  }
  // A carrier or transporter is paid by the shipper to move its goods.
  if (t == "carrier" || t == "transporter") return 8;
  if (t == "shipper") return -5;
  // A franchisee runs the business on the franchisor's system and terms, as a subcontractor
  // delivers on the prime's (corpus/real/LABELLING.md: the franchisee is the provider).
  if (t == "franchisee" || t == "master franchisee" || t == "developer franchisee") return 8;
  if (t == "franchisor") return -5;
  // A sponsor pays for the exposure the sponsored party (an event, a show, a charity) delivers.
  if (t == "sponsor" || t == "corporate sponsor") return -5;
  if (t == "contractor") return 3;
  if (t == "you") return 7;  // plain English: the party the drafter writes to
  if (t == "we" || t == "us") return -5;
  for (std::string_view w : {"prime", "prime provider", "prime contractor", "lead provider", "lead contractor",
                             "main contractor", "lead partner", "buyer", "customer", "client", "purchaser", "company",
                             "authority", "contracting authority", "council", "commissioner", "employer", "funder",
                             "department", "owner", "principal", "city", "county", "state", "district", "canada",
                             "province", "crown", "ministry", "minister", "issuer", "municipality"}) {
    if (t == w) return -5;
  }
  // A provider word qualified by what it provides: "Application Provider", "Content Supplier",
  // "Hosting Vendor" (the buyer's qualified words, "Prime Provider", are matched above).
  const std::vector<std::string> words = words_of(t);
  if (words.size() > 1) {
    // "Servicing Agent", "Marketing Agent": an agent qualified by what it does for its principal.
    for (std::string_view w : {"provider", "supplier", "vendor", "consultant", "developer", "agent"}) {
      if (words.back() == w) return 6;
    }
    // "Channel Partner", "Marketing Partner": a partner qualified by the channel it sells
    // through. A partnership's own "General Partner" and "Limited Partner" are its members,
    // not a provider and its client.
    if (words.back() == "partner" && words.front() != "general" && words.front() != "limited") return 6;
  }
  return 0;
}

// A defined term in the opening that names a thing, not a party: ("Agreement"), ("Effective
// Date"), ("Trademarks"), ("Confidential Information"), ("Agents' Fee").
bool names_a_thing(std::string_view term) {
  const std::vector<std::string> words = words_of(ascii_lower(bare_term(term)));
  if (words.empty()) return true;
  for (const std::string& w : words) {
    if (w == "agreement" || w == "contract" || w == "amendment") return true;
  }
  std::string last = words.back();
  while (!last.empty() && !ascii_is_lower(last.back())) last.pop_back();
  for (std::string_view thing :
       {"date", "notice", "fee", "fees", "shares", "promotion", "product", "products", "services", "service",
        "territory", "term", "period", "information", "property", "properties", "program", "programme", "schedule",
        "exhibit", "parties", "plan", "site", "content", "marks", "trademarks", "trademark", "license", "licence",
        "materials", "manual", "data", "system", "software", "documentation", "technology", "patents", "rights",
        "price", "prices", "payment", "order", "statement", "proposal", "specifications", "deliverables", "event", "project", "tickets", "indenture", "party", "facility", "facilities", "act", "indemnities", "indemnitees", "day"}) {
    if (last == thing) return true;
  }
  return false;
}

// "a Supplier", "any Subcontractor", "each Provider": the words before `at` make the term a
// class of people rather than the party.
// So do "Key Sub-Contractor" (CCS's defined class of the Supplier's subcontractors) and another
// party's possessive, "the Supplier's Sub-Contractor".
bool after_indefinite_word(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end >= 2 && (text[end - 1] == 's' || text[end - 1] == 'S') &&
      (text[end - 2] == '\'' || (end >= 4 && text.substr(end - 4, 3) == "\xe2\x80\x99"))) {
    return true;  // "Supplier's", "Supplier’s"
  }
  std::size_t begin = end;
  while (begin > 0 && ascii_is_alpha(text[begin - 1])) --begin;
  const std::string word = ascii_lower(text.substr(begin, end - begin));
  return word == "a" || word == "an" || word == "any" || word == "each" || word == "every" || word == "other" ||
         word == "all" || word == "no" || word == "such" || word == "key";
}

// The words for the state as buyer that a text with no parties clause may face its
// Contractor with: the Government, its Contracting Officer, the Commonwealth.
bool is_government_word(std::string_view term) {
  return term == "Government" || term == "Contracting Officer" || term == "Commonwealth";
}

bool is_funder_word(std::string_view term) {
  const std::string t = ascii_lower(bare_term(term));
  for (std::string_view w : {"authority", "contracting authority", "commissioner", "council", "funder", "department",
                             "secretary of state", "dwp", "ccs", "crown commercial service", "owner", "customer",
                             "client", "buyer", "icb", "nhs england", "ministry", "moj", "employer", "principal"}) {
    if (t == w) return true;
  }
  return false;
}

// A regulator a filing names in passing, defined in a parenthesis like a party ("the
// Securities and Exchange Commission (the \"SEC\")"): it sets the rules the parties work under
// and signs nothing. An underwriting agreement's first section defines the SEC after its only
// party, and the SEC was read as the second. Known by the name before the parenthesis, not by
// the acronym: "Florida Chemical Company (\"FCC\")" is a supplier.
bool defines_a_regulator(std::string_view defining) {
  const std::string t = ascii_lower(defining.substr(defining.size() > 80 ? defining.size() - 80 : 0));
  for (std::string_view w : {"securities and exchange commission", "food and drug administration", "federal trade commission",
                             "federal communications commission", "internal revenue service",
                             "financial industry regulatory authority", "national association of securities dealers",
                             "environmental protection agency", "drug enforcement administration",
                             "patent and trademark office", "commodity futures trading commission",
                             "federal energy regulatory commission", "federal deposit insurance corporation"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

bool names_organisation(std::string_view defining) {
  std::string t = " " + ascii_lower(defining) + " ";
  std::replace_if(t.begin(), t.end(), [](char c) { return ascii_is_space(c); }, ' ');
  for (std::string_view w : {" limited", " ltd", " plc", " llp", " cic", " inc", " llc", " corp", " gmbh", " pty",
                             " s.a.", " n.v.", " b.v.", " l.p.", " trust", "council", "company",
                             "charity", "charitable", "registered", "society", "organisation", "borough",
                             "corporation", "partnership", "university"}) {
    // Whole words only: " inc" is in " including" ("a request for proposal including a
    // detailed Statement of Work (the "RFP")" names no organisation).
    for (std::size_t at = t.find(w); at != std::string::npos; at = t.find(w, at + 1)) {
      if (!ascii_is_lower(t[at + w.size()])) return true;
    }
  }
  return false;
}

// A UK charity or community interest company, by the forms its description takes: "a
// registered charity (number 1234567)", "a charitable incorporated organisation", "a
// community interest company". The providers this product reads for are mostly such bodies,
// taking work from a prime or a public body that is not one. US "non-profit" is left out: in
// filed US contracts a non-profit hospital or university is as often the customer.
// `description` is a party's defining words, which read back to the previous party's
// parenthesis; only the words after the last " and " are its own ("… ("IGER"), a registered
// Charity No. 272150, … and CERES, INC." describes IGER, not Ceres).
bool describes_a_charity(std::string_view description) {
  if (const std::size_t and_at = description.rfind(" and "); and_at != std::string_view::npos) {
    description.remove_prefix(and_at + 5);
  }
  const std::string t = " " + ascii_lower(description) + " ";
  for (std::string_view w : {"registered charity", "charitable incorporated organisation", "charitable company",
                             "charitable trust", "community interest company", " cic ", " cic,", " cic)",
                             "charity number", "charity no", "social enterprise"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

// How often the text gives "you" a duty or a right, as terms written to the provider do ("You
// shall indemnify the Contractor", "you must not solicit", "You agree"): a "you" that is told
// what it shall or may do is a party, not the reader of a notice.
std::size_t times_addressed_as_you(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = text.find("ou "); at != std::string_view::npos; at = text.find("ou ", at + 1)) {
    if (at == 0 || (text[at - 1] != 'y' && text[at - 1] != 'Y')) continue;
    if (at >= 2 && (ascii_is_alnum(text[at - 2]) || text[at - 2] == '-')) continue;
    std::size_t word = at + 3, end = word;
    while (end < text.size() && ascii_is_alpha(text[end])) ++end;
    const std::string_view next = text.substr(word, end - word);
    for (std::string_view verb : {"shall", "must", "will", "may", "agree", "undertake", "warrant", "acknowledge",
                                  "cannot", "covenant", "are"}) {
      if (next == verb) {
        ++count;
        break;
      }
    }
  }
  return count;
}

// The words before a second party's parenthesis introduce a person or a business: "and Joseph
// Theismann, an individual whose address is …", "and Power2Ship, Inc. of …".
bool introduces_second_party(std::string_view paragraph) {
  const std::string t = ascii_lower(trim(paragraph));
  if (t.rfind("and ", 0) == 0 || t.rfind("& ", 0) == 0) return true;
  for (std::string_view w : {"individual", "residing", "address", "principal place of business", "offices at"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return names_organisation(paragraph);
}

bool connector(std::string_view word) {
  return word == "of" || word == "for" || word == "and" || word == "the" || word == "&" || word == "in";
}

bool capitalised(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size() && (word[i] == '*' || word[i] == '"' || word[i] == '(')) ++i;
  return i < word.size() && (ascii_is_upper(word[i]) || ascii_is_digit(word[i]));
}

std::string join(const std::vector<std::string>& words, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i) out += (out.empty() ? "" : " ") + words[i];
  return trim(out);
}

// Trailing connectors ("of", "and") and leading ones are not part of a name.
std::string tidy_name(std::vector<std::string> words) {
  while (!words.empty() && connector(ascii_lower(words.back()))) words.pop_back();
  while (!words.empty() && connector(ascii_lower(words.front()))) words.erase(words.begin());
  if (words.empty() || words.size() > max_name_words) return {};
  std::string name = join(words, 0, words.size());
  while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';')) name.pop_back();
  return name;
}

// The capitalised words at the start of `text`: "Secretary of State for Justice" from "the
// Secretary of State for Justice acting through …".
std::string leading_name(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  std::vector<std::string> run;
  for (const std::string& w : words) {
    std::string plain = trim(w);
    bool ends = !plain.empty() && (plain.back() == ',' || plain.back() == ';' || plain.back() == '(');
    if (run.empty() && ascii_lower(plain) == "the") continue;
    if (!(capitalised(plain) || connector(ascii_lower(plain)))) break;
    run.push_back(plain);
    if (ends || w.back() == ',' || w.back() == ';') break;
  }
  return tidy_name(run);
}

// The capitalised words that end `text`: "Secretary of State for Work and Pensions" from
// "Whereas the Contractor has been awarded a contract by the Secretary of State for Work
// and Pensions".
std::string trailing_name(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  std::size_t first = words.size();
  while (first > 0) {
    std::string w = trim(words[first - 1]);
    if (!(capitalised(w) || connector(ascii_lower(w))) || words[first - 1].back() == ',') break;
    --first;
  }
  return tidy_name(std::vector<std::string>(words.begin() + static_cast<long>(first), words.end()));
}

// A second party the opening leaves unnamed, to be filled in on a cover page or schedule:
// "and the individual or legal entity identified on the cover page (\"Franchisee\")".
bool opens_unnamed_party(std::string_view text) {
  const std::vector<std::string> words = words_of(ascii_lower(text.substr(0, std::min<std::size_t>(text.size(), 60))));
  if (words.empty() || !(words[0] == "the" || words[0] == "a" || words[0] == "an")) return false;
  for (std::size_t i = 1; i < words.size() && i <= 4; ++i) {
    if (words[i] == "individual" || words[i] == "person" || words[i] == "entity" || words[i] == "persons") return true;
  }
  return false;
}

// Two parties in the words after "between", the first without a parenthesis of its own:
//   between Lucent Optics Inc., a New York corporation, having a principal place of business
//   at 12 Lake Road, Rochester NY 14623 And [*] ('Distributor')
// The Distributor's paragraph runs from "between", so its name would be the first party's.
// The second party starts after an "and" that ends the first party's name or address (a
// digit, a full stop or a comma before it) and opens a name (a capital letter or a redaction,
// "[*]", after it, or an unnamed party: opens_unnamed_party), once the words before it name a
// business. "England and Wales", "Smith and Jones LLP" and "company number 04411223 and
// registered charity number" join no parties.
// Returns where the second party's words start, or npos; `and_at`, when given, is set to
// where the "and" starts (the end of the first party's words).
std::size_t second_party_after_and(std::string_view text, std::size_t* and_at = nullptr) {
  if (!names_organisation(text)) return std::string::npos;
  std::size_t found = std::string::npos;
  for (std::size_t at = 0; at + 5 <= text.size(); ++at) {
    if (!ascii_is_space(text[at]) || ascii_lower(text.substr(at + 1, 3)) != "and" || !ascii_is_space(text[at + 4])) {
      continue;
    }
    std::size_t before = at;
    while (before > 0 && ascii_is_space(text[before - 1])) --before;
    if (before == 0) continue;
    const char last = text[before - 1];
    if (!(ascii_is_digit(last) || last == '.' || last == ',')) continue;
    std::size_t after = at + 4;
    while (after < text.size() && ascii_is_space(text[after])) ++after;
    if (after >= text.size() ||
        !(ascii_is_upper(text[after]) || text[after] == '[' || opens_unnamed_party(text.substr(after)))) {
      continue;
    }
    if (!names_organisation(text.substr(0, at))) continue;
    found = after;
    if (and_at != nullptr) *and_at = at;
  }
  return found;
}

// The role a party is given before its name, "and its Reseller, Schoolpop, Inc., a Delaware
// corporation": the words between "its" and the comma ("Reseller"), or empty. `text` starts
// where the party's words do, after any "and".
std::string appositive_role(std::string_view text) {
  constexpr std::size_t longest_role = 40;
  if (ascii_lower(text.substr(0, 4)) != "its ") return {};
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos || comma > longest_role) return {};
  return trim(text.substr(4, comma - 4));
}

// Where a party's own words start in its defining words: after "between" (or a letter's
// "agreement with"), after the first party's parenthesis, and after list markers and "and".
std::string party_words(std::string_view defining) {
  std::string text;
  for (char c : defining) {
    if (c != '*') text += c;
  }
  // The words that introduce the parties: "between", or in a letter agreement "confirm their
  // agreement with" and "sell through" (letter_addressee_cue).
  const std::string folded = ascii_lower(text);
  std::size_t name_start = std::string::npos;
  for (std::string_view cue : {"between", "agreement with", "sell through"}) {
    const std::size_t at = folded.rfind(cue);
    if (at != std::string::npos && (name_start == std::string::npos || at + cue.size() > name_start)) {
      name_start = at + cue.size();
    }
  }
  if (name_start != std::string::npos) {
    text = text.substr(name_start);
    const std::size_t joined = second_party_after_and(text);
    if (joined != std::string::npos) text = text.substr(joined);
  }
  // The first party's parenthesis in the same paragraph: `Corporation ("eGain") and Eliance
  // Corporation`; this party's name follows the "and".
  for (std::string_view joint : {") and ", "), and ", "); and "}) {
    const std::size_t at = ascii_lower(text).rfind(joint);
    if (at != std::string::npos) {
      text = text.substr(at + joint.size());
      break;
    }
  }
  text = trim(text);
  // List markers: "(1)", "1.", "(a)", ":", "and".
  for (bool stripped = true; stripped;) {
    stripped = false;
    if (!text.empty() && (text[0] == ':' || text[0] == ';' || text[0] == ',')) {
      text = trim(text.substr(1));
      stripped = true;
    }
    if (!text.empty() && text[0] == '(') {
      std::size_t close = text.find(')');
      if (close != std::string::npos && close <= 4) {
        text = trim(text.substr(close + 1));
        stripped = true;
      }
    }
    std::size_t d = 0;
    while (d < text.size() && ascii_is_digit(text[d])) ++d;
    if (d > 0 && d < text.size() && (text[d] == '.' || text[d] == ')')) {
      text = trim(text.substr(d + 1));
      stripped = true;
    }
    if (ascii_lower(text.substr(0, 4)) == "and ") {
      text = trim(text.substr(4));
      stripped = true;
    }
  }
  return text;
}

// The organisation named by a party's defining words: "CYMRU JUSTICE SERVICES LIMITED" from
// "(1) CYMRU JUSTICE SERVICES LIMITED (company number 09988776), Ty Cyfiawnder, 14 Bute …",
// "Acme Ltd" from "This Agreement is made between Acme Ltd".
// An appositive role before the name ("its Reseller, Schoolpop, Inc.") is not the name.
std::string party_name(std::string_view defining, std::string_view term = {}) {
  std::string text = party_words(defining);
  if (!appositive_role(text).empty()) text = trim(text.substr(text.find(',') + 1));
  std::size_t cut = text.find_first_of(",(;");
  std::string segment = text.substr(0, cut);
  std::vector<std::string> words = words_of(segment);
  // An organisation written in capitals ends where the capitals do: "KESTREL HOMES of …".
  std::size_t caps = 0;
  while (caps < words.size()) {
    const std::string& w = words[caps];
    bool all_caps = std::any_of(w.begin(), w.end(), ascii_is_upper) && std::none_of(w.begin(), w.end(), ascii_is_lower);
    if (!all_caps && !(caps > 0 && w == "&")) break;
    ++caps;
  }
  if (caps >= 1 && (caps > 1 || words.size() == 1 || words[0].size() > 3)) {
    words.resize(caps);
  } else {
    for (std::size_t i = 1; i < words.size(); ++i) {
      const std::string w = ascii_lower(words[i]);
      if (w == "whose" || w == "registered" || w == "incorporated" || w == "having" || w == "with" ||
          (w == "a" && i + 1 < words.size() && ascii_lower(words[i + 1]).find("compan") == 0)) {
        words.resize(i);
        break;
      }
    }
  }
  // "1110-046, A District, …": an address wrapped onto the party's line names no one. A name
  // that starts with the party's own short name, small letter and all, is the name: "i-on
  // interactive, a Florida corporation ("i-on")".
  const bool starts_with_term = !words.empty() && !term.empty() && ascii_is_lower(term[0]) &&
                                words[0].compare(0, term.size(), term) == 0;
  if (words.empty() || (!capitalised(words[0]) && !starts_with_term) ||
      std::none_of(words[0].begin(), words[0].end(), [](char c) { return ascii_is_upper(c) || ascii_is_lower(c); })) {
    return {};
  }
  const std::string name = tidy_name(words);
  const std::string folded_name = ascii_lower(name);
  if (folded_name.find("agreement") != std::string::npos || folded_name.find("contract") != std::string::npos ||
      folded_name.find("this ") == 0) {
    return {};
  }
  return name;
}

// "Acme Services" from "Acme Services Ltd": the name as people say it.
std::string without_legal_suffix(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  if (words.size() < 2) return {};
  const std::string last = ascii_lower(words.back());
  for (std::string_view suffix : {"limited", "ltd", "ltd.", "plc", "llp", "cic", "inc", "inc.", "llc", "corporation",
                                  "corp", "corp."}) {
    if (last == suffix) {
      words.pop_back();
      return tidy_name(words);
    }
  }
  return {};
}

// "Party" and "Parties", the terms a parenthesis gives both sides together ("each a "Party" and
// collectively, the "Parties""): never one party's own name.
bool is_collective_party_term(std::string_view term) {
  const std::string bare = ascii_lower(bare_term(term));
  return bare == "party" || bare == "parties";
}

bool is_pronoun(std::string_view word) {
  return word == "we" || word == "us" || word == "our" || word == "ours" || word == "you" || word == "your" ||
         word == "yours";
}

// The "(" that opens the parenthesis a definition ending at `end` closes, or npos. The
// definitions reader takes a parenthesis of at most 200 bytes, so the search goes no further
// back than that: a definition written without one ("referred to as "A"") does not borrow an
// earlier, unrelated "(", and a line of many such definitions is not searched to its start
// once for each.
std::size_t definition_parenthesis(std::string_view text, std::size_t end) {
  constexpr std::size_t longest_parenthesis = 256;
  if (end == 0 || end > text.size()) return std::string_view::npos;
  const std::size_t from = end > longest_parenthesis ? end - longest_parenthesis : 0;
  const std::size_t open = text.substr(from, end - from).rfind('(');
  return open == std::string_view::npos ? std::string_view::npos : from + open;
}

// The pronouns a parenthesis defines: (the "Supplier", "we", "us" or "our").
std::vector<std::string> quoted_pronouns(std::string_view text, std::uint32_t end) {
  std::vector<std::string> pronouns;
  const std::size_t open = definition_parenthesis(text, end);
  if (open == std::string_view::npos) return pronouns;
  std::string_view inside = text.substr(open, end - open);
  std::string word;
  bool in_word = false;
  for (char c : inside) {
    if (ascii_is_alpha(c)) {
      word += ascii_lower(c);
      in_word = true;
    } else if (in_word) {
      if (is_pronoun(word) && std::find(pronouns.begin(), pronouns.end(), word) == pronouns.end()) {
        pronouns.push_back(word);
      }
      word.clear();
      in_word = false;
    }
  }
  return pronouns;
}

// A party's short name in a parenthesis that the definitions finder does not read:
//   ("eGain"), (the "i-on")                      a quoted name starting with a small letter
//   (hereinafter referred to as MORPHO)          an unquoted name after "hereinafter"
//   (MICOA)                                      a bare acronym (a party only when it is the
//                                                initials of the name before it)
struct ShortName {
  std::string term;
  std::vector<std::string> more_terms;  // ("Application Provider" or "e-centives"): the others
  std::uint32_t end = 0;  // after the closing parenthesis
  bool bare_acronym = false;
};

std::optional<ShortName> short_name_in_parenthesis(std::string_view text, std::size_t open) {
  const std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open > 60) return std::nullopt;
  std::string inside = trim(text.substr(open + 1, close - open - 1));
  const std::string folded = ascii_lower(inside);
  ShortName name;
  name.end = static_cast<std::uint32_t>(close + 1);
  bool after_hereinafter = false;
  for (std::string_view lead : {"hereinafter referred to as ", "hereinafter called ", "hereinafter "}) {
    if (folded.rfind(lead, 0) == 0) {
      inside = trim(inside.substr(lead.size()));
      after_hereinafter = true;
      break;
    }
  }
  if (ascii_lower(inside.substr(0, 4)) == "the ") inside = trim(inside.substr(4));
  const bool quoted = inside.rfind("\"", 0) == 0 || inside.rfind("\u201c", 0) == 0;
  if (quoted) {
    const std::size_t quote_length = inside[0] == '"' ? 1 : 3;
    const std::size_t term_end = inside.find_first_of("\"\xe2", quote_length);
    if (term_end == std::string::npos) return std::nullopt;
    name.term = inside.substr(quote_length, term_end - quote_length);
    if (name.term.empty() || words_of(name.term).size() > 4) return std::nullopt;
    // Capitalised quoted terms are mostly the definitions finder's; those it leaves (after
    // "e-centives, Inc., ("Application Provider" or "e-centives")") are read here, each
    // quoted term of the parenthesis a name of the party.
    if (ascii_is_lower(name.term[0]) && words_of(name.term).size() != 1) return std::nullopt;
    if (!ascii_is_lower(name.term[0])) {
      // ("Licensing" and together with Seller, "Arizona"): a second company on the first
      // party's side of a "by and among" clause, not the other party.
      if (folded.find("together with") != std::string::npos) return std::nullopt;
      for (std::size_t open_quote = inside.find('"', term_end + 1); open_quote != std::string::npos;
           open_quote = inside.find('"', open_quote + 1)) {
        const std::size_t close_quote = inside.find('"', open_quote + 1);
        if (close_quote == std::string::npos) break;
        std::string more = inside.substr(open_quote + 1, close_quote - open_quote - 1);
        if (!more.empty() && words_of(more).size() <= 4) name.more_terms.push_back(std::move(more));
        open_quote = close_quote;
      }
    }
  } else if (!after_hereinafter && words_of(inside).size() == 1 && capitalised(inside) && provider_score(inside) != 0 &&
             folded.rfind("the ", 0) == 0) {
    // "(1) WPP 2005 LIMITED … (the Company) (2) JOHN ROGERS (the Executive)": a role word
    // defined without quotes.
    name.term = inside;
  } else if (after_hereinafter) {
    name.term = inside;
    if (name.term.empty() || !capitalised(name.term) || words_of(name.term).size() > 3) return std::nullopt;
  } else {
    name.term = inside;
    if (name.term.size() < 3 || name.term.size() > 8 ||
        !std::all_of(name.term.begin(), name.term.end(), [](char c) { return ascii_is_upper(c) || c == '&'; }) ||
        std::all_of(name.term.begin(), name.term.end(), [](char c) { return std::strchr("IVXLCDM", c) != nullptr; })) {
      return std::nullopt;  // "(II)" numbers a list
    }
    name.bare_acronym = true;
  }
  if (is_pronoun(ascii_lower(name.term))) return std::nullopt;
  return name;
}

// Whether `term` is the initials of the capitalised words of `name`, the small words inside it
// left out: "FMM" for "Ford Motor Media", "MICOA" for "Mutual Insurance Corporation of America".
bool abbreviates(std::string_view name, std::string_view term) {
  if (term.size() < 2 || !std::all_of(term.begin(), term.end(), [](char c) { return ascii_is_upper(c); })) {
    return false;
  }
  std::string initials;
  for (const std::string& word : words_of(name)) {
    if (ascii_is_upper(word.front())) initials += word.front();
  }
  return initials.find(term) != std::string::npos;
}

// A name given in passing, in another party's description: "with its deposit accounts insured
// by the Savings Association Insurance Fund ("SAIF") administered by the Federal Deposit
// Insurance Corporation ("FDIC")", "a wholly owned subsidiary of Acme Holdings ("Parent")". The
// words since the previous parenthesis (at most 150 bytes) say so, as does a principal the
// party acts "on behalf of". A role word in the
// parenthesis names the party the description is about, not the group it belongs to:
// "ExxonMobil Chemical Company, a division of Exxon Mobil Corporation ("Seller")" is the
// Seller (`role_word`: the parenthesis holds one). So do the initials of the name before the
// cue: "Ford Motor Media, a division of J. Walter Thompson ("FMM")" is Ford Motor Media.
bool named_in_passing(std::string_view text, std::size_t parenthesis, std::string_view term, bool role_word) {
  std::size_t from = parenthesis > 150 ? parenthesis - 150 : 0;
  const std::size_t close = text.substr(0, parenthesis).rfind(')');
  if (close != std::string_view::npos && close >= from) from = close + 1;
  std::string before = " " + ascii_lower(text.substr(from, parenthesis - from)) + " ";
  std::replace_if(before.begin(), before.end(), [](char c) { return ascii_is_space(c); }, ' ');
  for (std::string_view cue : {" insured by ", " administered by ", " regulated by ", " supervised by ", " chartered by ",
                               " guaranteed by ", " licensed by ", " customer base of "}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  // "Nationwide Fund Management LLC ("Nationwide"), on behalf of Nationwide Mutual Funds
  // ("the Trust")": the principal a party acts for is named in its description.
  for (std::string_view cue : {" subsidiary of ", " affiliate of ", " division of ", " on behalf of "}) {
    const std::size_t at = before.find(cue);
    // "Constellation NewEnergy, Inc., on behalf of itself and its retail affiliates" is the party.
    if (!role_word && at != std::string::npos && before.compare(at + cue.size(), 6, "itself") != 0 &&
        !abbreviates(text.substr(from, at > 0 ? at - 1 : 0), term)) {
      return true;
    }
  }
  return false;
}

// Where the recitals begin ("WHEREAS", "RECITALS", "BACKGROUND"): names defined there are the
// parties' customers, regulators and affiliates, not parties, once a party has been named
// before them. npos when the opening has no recitals.
std::size_t recitals_begin(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t first = std::string_view::npos;
  for (std::string_view cue : {"WHEREAS", "Whereas", "RECITALS", "R E C I T A L S", "BACKGROUND", "W I T N E S S E T H"}) {
    for (std::size_t at = text.find(cue, from); at != std::string_view::npos && at < to; at = text.find(cue, at + 1)) {
      const bool word_start = at == 0 || !ascii_is_alpha(text[at - 1]);
      const bool word_end = at + cue.size() >= text.size() || !ascii_is_alpha(text[at + cue.size()]);
      if (word_start && word_end) {
        first = std::min(first, at);
        break;
      }
    }
  }
  return first;
}

// A letter agreement: the company signs and "hereby confirm[s] [its|their] agreement with"
// the agent it writes to, or agrees that it "may issue and sell through" it. The party named
// after those words is the one the company engages. Returns where the words end, or npos.
std::size_t letter_addressee_cue(std::string_view text, std::size_t to) {
  const std::string folded = ascii_lower(text.substr(0, to));
  for (std::string_view cue : {"agreement with ", "sell through "}) {
    for (std::size_t at = folded.find(cue); at != std::string::npos; at = folded.find(cue, at + 1)) {
      const std::size_t lead = at > 60 ? at - 60 : 0;
      const std::string_view before = std::string_view(folded).substr(lead, at - lead);
      if (before.find("confirm") != std::string_view::npos || cue == "sell through ") return at + cue.size();
    }
  }
  return std::string_view::npos;
}

// One party as the document introduces it: the terms of one parenthesis, or one
// definitions-list entry.
struct PartyMention {
  std::vector<std::string> terms;  // "Centre", "Subcontractor"
  // The pronouns its parenthesis gives it, ("Servicing Agent," "you" or "your"): the party
  // written to as "you" is the one the drafter contracts with, as a "You:" heading says.
  std::vector<std::string> pronouns;
  // The role given before its name, "and its Reseller, Schoolpop, Inc." (appositive_role).
  std::string appositive;
  std::string defining;            // the words before the parenthesis, or the meaning
  // Inline: the paragraph from its start to the parenthesis. The defining words stop at an
  // earlier parenthesis ("… LIMITED (company number 1234), 1 High Street (the "Prime")"),
  // but a party's name comes first in its paragraph.
  std::string paragraph;
  bool inline_definition = true;
  bool without_parenthesis = false;  // a first party named after "between" with no short name
  bool in_opening = true;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  int score() const {
    int best = 0;
    for (const auto& term : terms) {
      int s = provider_score(term);
      if (std::abs(s) > std::abs(best)) best = s;
    }
    // A pronoun or an appositive role speaks only where the terms do not: a "Customer" that
    // its supplier's terms call "you" is still the customer.
    for (const auto& pronoun : pronouns) {
      if (best == 0) best = provider_score(pronoun);
    }
    if (best == 0) best = provider_score(appositive);
    return best;
  }
  bool has_role_word() const { return score() != 0; }

  // The term is the first words of the party's own name: "Bank of America, N.A. ("Bank of
  // America")", "Tickets.com, Inc. ("Tickets")".
  bool named_by_its_first_words() const {
    if (paragraph.empty() || terms.empty()) return false;
    const std::string folded = ascii_lower(bare_term(terms.front()));
    const std::string name = ascii_lower(party_name(paragraph));
    if (name.size() > folded.size() && name.compare(0, folded.size(), folded) == 0 &&
        !ascii_is_alnum(name[folded.size()])) {
      return true;
    }
    return name == folded && words_of(folded).size() > 1;
  }

  // A term that names a thing ("Agreement", "Tickets"), unless it is the party's own name.
  bool names_a_thing() const {
    return terms.empty() || (clausecheck::names_a_thing(terms.front()) && !named_by_its_first_words());
  }

  // The party is called by its own name, not by a role: a word of its organisation's name
  // ("NICE" for Nice Systems Ltd.) or the initials of it ("EIT" for ESPACIO INFORMATION
  // TECHNOLOGY, "HDI" for Hanover Direct, Inc.). An acronym of lower-case words ("RFP" for a
  // request for proposal) is a document, not a party.
  bool called_by_name() const {
    if (has_role_word() || terms.empty()) return false;
    const std::string term = bare_term(terms.front());
    if (!capitalised(term)) return false;
    const std::string folded = ascii_lower(term);
    std::vector<std::string> words;
    std::vector<std::vector<std::string>> runs;  // runs of capitalised words
    bool in_run = false;
    for (const auto& w : words_of(paragraph.empty() ? defining : paragraph)) {
      std::string letters;
      for (char c : w) {
        if (ascii_is_alnum(c)) letters += c;
      }
      if (letters.empty()) continue;
      words.push_back(ascii_lower(letters));
      // "Mutual Insurance Corporation of America" is one name ("MICOA"): "of", "and", "for"
      // and "&" inside a run of capitalised words stay in it.
      if (!capitalised(letters) && !(in_run && connector(ascii_lower(letters)) && ascii_lower(letters) != "the")) {
        in_run = false;
        continue;
      }
      if (!in_run) runs.emplace_back();
      runs.back().push_back(ascii_lower(letters));
      in_run = true;
    }
    // Initials of a run that names a document ("Master Services Agreement" for "MSA") are not
    // a party's; a name that runs on from a title ("AGENCY AGREEMENT Mutual Insurance
    // Corporation of America") starts after it.
    std::string initials;
    for (const auto& run : runs) {
      std::size_t name_start = 0;
      for (std::size_t k = 0; k < run.size(); ++k) {
        for (std::string_view d : {"agreement", "contract", "deed", "schedule", "order", "statement", "proposal", "request", "terms"}) {
          if (run[k] == d) name_start = k + 1;
        }
      }
      for (std::size_t k = name_start; k < run.size(); ++k) initials += run[k][0];
      initials += ' ';
    }
    if (named_by_its_first_words()) return true;
    // A person called by the surname: "Idan Maimon ("Maimon")".
    if (!paragraph.empty()) {
      const std::string name = ascii_lower(party_name(paragraph));
      const std::size_t name_words = words_of(name).size();
      if (name_words >= 2 && name_words <= 4 && name.size() > folded.size() + 1 && name.ends_with(folded) &&
          name[name.size() - folded.size() - 1] == ' ') {
        return true;
      }
    }
    // A word of the name only when a legal suffix follows it: "Nice Systems Ltd.", not
    // "This Agreement (the "Agreement")".
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i] != folded) continue;
      for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
        for (std::string_view suffix : {"ltd", "limited", "inc", "llc", "corp", "corporation", "plc", "sa", "gmbh", "lp", "llp"}) {
          if (words[j] == suffix) return true;
        }
      }
    }
    return folded.size() >= 2 && initials.find(folded) != std::string::npos;
  }
};

void add_name(RoleBinding& binding, std::string name) {
  name = trim(name);
  if (name.empty()) return;
  const std::string folded = ascii_lower(name);
  for (const auto& existing : binding.names) {
    if (ascii_lower(existing) == folded) return;
  }
  binding.names.push_back(std::move(name));
}

// "the Supplier" when the text puts a determiner ("the", "a", "any", "its" …) before `name`
// (as a whole word, in that case) at least as often as not, else `name`: contracts write
// "the Supplier shall" but "Acme shall" and "FIIOC shall". The parties clause's ("Supplier")
// and the definition's "Supplier" means count against the article, so a term used with it in
// the operative clauses still needs most of its mentions there to take it.
std::string phrase_in_text(const std::string& name, std::string_view text) {
  if (name.empty()) return name;
  auto word_char = [](char c) { return ascii_is_alnum(c) || (static_cast<unsigned char>(c) & 0x80) != 0; };
  static const std::array<std::string_view, 15> determiners = {"the", "a", "an", "any", "each", "every", "such",
                                                               "no", "its", "their", "our", "your", "this", "that",
                                                               "other"};
  std::size_t with_article = 0;
  std::size_t without = 0;
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + name.size())) {
    const std::size_t end = at + name.size();
    if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
    std::size_t word_end = at;
    while (word_end > 0 && (text[word_end - 1] == ' ' || text[word_end - 1] == '\n')) --word_end;
    std::size_t word_begin = word_end;
    while (word_begin > 0 && word_char(text[word_begin - 1])) --word_begin;
    const std::string before = ascii_lower(text.substr(word_begin, word_end - word_begin));
    const bool determined = word_end < at && std::find(determiners.begin(), determiners.end(), before) != determiners.end();
    ++(determined ? with_article : without);
  }
  return with_article > 0 && with_article >= without ? "the " + name : name;
}

// Whether `name` is one of the standard words of some role ("Subcontractor", "Supplier"):
// roles read from how such words are used, with no parties clause, may be wrong, and a
// message is better in the rule's own words than in a guess.
bool is_standard_role_word(const std::string& name) {
  const std::string folded = ascii_lower(name);
  for (std::size_t r = 0; r < party_role_count; ++r) {
    for (const auto& word : party_role_standard_words(static_cast<PartyRole>(r))) {
      if (word == folded) return true;
    }
  }
  return false;
}

RoleBinding bind(PartyRole role, const PartyMention& party, std::string_view text, std::string evidence) {
  RoleBinding binding;
  binding.role = role;
  binding.found = true;
  binding.evidence = std::move(evidence);
  binding.begin = party.begin;
  binding.end = party.end;
  for (const auto& term : party.terms) {
    // The parties' collective terms in the same parenthesis ("Network Affiliate" and with NCM,
    // each a "Party" ...) name both sides, not this one.
    if (is_collective_party_term(term)) continue;
    add_name(binding, bare_term(term));
  }
  binding.display = binding.names.empty() ? std::string(to_string(role)) : binding.names.front();
  std::string name;
  if (role == PartyRole::funder) {
    name = party.inline_definition ? trailing_name(party.defining) : leading_name(party.defining);
  } else {
    name = party.inline_definition ? party_name(party.paragraph, bare_term(party.terms.front()))
                                   : leading_name(party.defining);
  }
  if (!name.empty() && provider_score(name) == 0) {
    add_name(binding, name);
    add_name(binding, without_legal_suffix(name));
    if (is_pronoun(ascii_lower(binding.display))) binding.display = name;  // "Friends Across Furness", not "you"
  }
  if (party.inline_definition && !party.without_parenthesis) {
    for (auto& pronoun : quoted_pronouns(text, party.end)) add_name(binding, pronoun);
  }
  return binding;
}

// Whether the `size` bytes of `text` at `at` are a whole word: no letter or digit either side.
bool whole_word_at(std::string_view text, std::size_t at, std::size_t size) {
  const bool starts = at == 0 || !ascii_is_alnum(text[at - 1]);
  const bool ends = at + size >= text.size() || !ascii_is_alnum(text[at + size]);
  return starts && ends;
}

// Whether `word` occurs in `text` as a whole word, case as written.
bool contains_word(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    if (whole_word_at(text, at, word.size())) return true;
  }
  return false;
}

// A party whose description defines the body it works for before its own short name:
//   BRIGHTER FUTURES YOUTH SERVICES LTD (registered number …) of 8 Market Place, Derby, which
//   holds the contract for the … Service with Derbyshire Shire Council (the "Council"),
//   ("Brighter Futures"); and …
// The first parenthesis is a funder's word defined in passing; the one right after it, with
// nothing but punctuation between, is the party's own term. The party's paragraph goes to that
// term, and the funder's word leaves the parties clause (it is still found as the funder).
void hand_nested_definition_to_party(std::string_view text, std::vector<PartyMention>& mentions) {
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    PartyMention& nested = mentions[i];
    PartyMention& party = mentions[i + 1];
    if (!nested.inline_definition || !party.inline_definition || !nested.in_opening || !party.in_opening) continue;
    if (nested.terms.size() != 1 || !is_funder_word(nested.terms.front())) continue;
    if (party.terms.empty() || is_funder_word(party.terms.front()) || party.has_role_word()) continue;
    if (is_collective_party_term(party.terms.front())) continue;
    // The funder's word names a body the description mentions (the name just before its
    // parenthesis), not the party the paragraph opens with: "… LLC, a Delaware limited
    // liability company ("Owner") (each, a "Party")" is the Owner itself.
    const std::string nested_name = ascii_lower(trailing_name(nested.defining));
    const std::string party_opening = ascii_lower(party_name(nested.paragraph));
    if (nested_name.empty() || party_opening.empty() || nested_name == party_opening) continue;
    const std::size_t open = definition_parenthesis(text, party.end);
    if (open == std::string_view::npos || open < nested.end) continue;
    const std::string_view between = text.substr(nested.end, open - nested.end);
    if (!std::all_of(between.begin(), between.end(), [](char c) { return ascii_is_space(c) || c == ','; })) continue;
    party.paragraph = nested.paragraph;
    party.defining = nested.defining;
    party.appositive = appositive_role(party_words(party.paragraph));
    party.begin = nested.begin;
    nested.in_opening = false;
  }
}

// Parties on one side of the contract defined as a group after they were named:
//   Wade Enterprises, LLC ("Wade Enterprises") … f/s/o Dwyane Wade ("Athlete" and together with
//   Wade Enterprises, collectively "Wade")
//   Marine MP, LLC ("Lender"), for services of Arnold Schwarzenegger ("Endorser"), and Fitness
//   Publications, Inc. ("Fitness") (collectively, Lender, Endorser, and Fitness are referred to
//   as the "AS Parties") and MusclePharm Corporation …
// The group and the parties its parenthesis names after "together with" or "collectively" are
// one party: their terms join the first of them and the rest are dropped, so that the party
// after the group is the other side. "each a "Party" and collectively, the "Parties"" joins
// the two sides and is not a group of one side.
// Only the parties clause is read (before `recitals`, npos when there are none), and only the
// words outside quotes: the names a group joins are written plainly, and a quoted term ("the
// "Servicer Termination Right - Owner"") names a thing that merely mentions a party.
void merge_grouped_parties(std::string_view text, std::size_t recitals, std::vector<PartyMention>& mentions) {
  std::vector<bool> dropped(mentions.size(), false);
  for (std::size_t i = 1; i < mentions.size(); ++i) {
    const PartyMention& group = mentions[i];
    if (!group.inline_definition || !group.in_opening || group.terms.empty()) continue;
    if (recitals != std::string_view::npos && group.end > recitals) break;
    if (is_collective_party_term(group.terms.back())) continue;
    const std::size_t open = definition_parenthesis(text, group.end);
    if (open == std::string_view::npos || open >= group.end) continue;
    const std::string_view inside = text.substr(open, group.end - open);
    const std::string folded = ascii_lower(inside);
    std::size_t cue = folded.find("together with ");
    if (cue == std::string::npos) cue = folded.find("collectively");
    if (cue == std::string::npos) continue;
    // The words after the cue with each quoted term blanked out (the normaliser has made every
    // double quote a straight one).
    std::string named(inside.substr(cue));
    bool in_quotes = false;
    for (char& c : named) {
      if (c == '"') in_quotes = !in_quotes;
      if (in_quotes || c == '"') c = ' ';
    }
    std::vector<std::size_t> members;
    for (std::size_t j = 0; j < i; ++j) {
      const PartyMention& earlier = mentions[j];
      if (dropped[j] || !earlier.inline_definition || !earlier.in_opening || earlier.names_a_thing()) continue;
      if (std::any_of(earlier.terms.begin(), earlier.terms.end(),
                      [&](const std::string& term) { return contains_word(named, bare_term(term)); })) {
        members.push_back(j);
      }
    }
    if (members.empty()) continue;
    PartyMention& side = mentions[members.front()];
    auto join = [&](const PartyMention& other) {
      for (const std::string& term : other.terms) {
        if (is_collective_party_term(term)) continue;
        if (std::find(side.terms.begin(), side.terms.end(), term) == side.terms.end()) side.terms.push_back(term);
      }
      for (const std::string& pronoun : other.pronouns) {
        if (std::find(side.pronouns.begin(), side.pronouns.end(), pronoun) == side.pronouns.end()) {
          side.pronouns.push_back(pronoun);
        }
      }
    };
    for (std::size_t k = 1; k < members.size(); ++k) {
      join(mentions[members[k]]);
      dropped[members[k]] = true;
    }
    join(group);
    dropped[i] = true;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (!dropped[i]) {
      if (kept != i) mentions[kept] = std::move(mentions[i]);
      ++kept;
    }
  }
  mentions.resize(kept);
}

// A role word the contract gives a party it names only by its name, outside its parenthesis.
//
// A definitions list's meaning that names no one but a kind of party: "any person", "a company
// appointed by Licensee ...", "the distributor appointed by Licensee in each country". A word
// carried over a page break from the entry above may stand first ("Property a company
// appointed by Licensee"), so the article is looked for in the first two words, after a first
// word that no comma ends ("Siemens, a German company" is Siemens).
bool describes_a_class(std::string_view defining) {
  const std::string meaning = ascii_lower(trim(defining));
  auto is_article = [](std::string_view w) { return w == "any" || w == "a" || w == "an" || w == "each"; };
  const std::vector<std::string> words = words_of(meaning);
  if (!words.empty() && is_article(words[0])) return true;
  if (words.size() >= 2 && is_article(words[1]) && words[0].back() != ',') return true;
  const std::string_view opening = std::string_view(meaning).substr(0, std::min<std::size_t>(meaning.size(), 60));
  for (std::string_view cue : {"appointed by", "engaged by", "designated by", "nominated by"}) {
    if (opening.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// A definitions list that makes a role word mean the party: `"Distributor" means Siemens, its
// Affiliates, or any Third Party …` (Accuray's distributor agreement, whose parties clause
// names "Accuray" and "Siemens" and whose clauses say "Distributor"). The term joins the
// party's names: the clauses call it by it.
std::optional<std::string> role_defined_as_party(const std::vector<Definition>& definitions, const PartyMention& party) {
  for (const Definition& d : definitions) {
    if (d.inline_definition || provider_score(d.term) == 0) continue;
    const std::string meaning = trim(d.definition);
    for (const std::string& term : party.terms) {
      const std::string bare = bare_term(term);
      if (bare.size() < 2 || meaning.size() < bare.size() || meaning.substr(0, bare.size()) != bare) continue;
      if (meaning.size() == bare.size() || !ascii_is_alnum(meaning[bare.size()])) return d.term;
    }
  }
  return std::nullopt;
}

// Whether the title, the words before the parties are introduced ("RESELLER AGREEMENT BY AND
// BETWEEN …", or the first line's worth when no "between" comes early), says the contract is a
// distribution or resale agreement.
bool distribution_agreement_title(std::string_view text) {
  constexpr std::size_t title_bytes = 600;
  constexpr std::size_t title_without_between = 150;
  std::string title = ascii_lower(text.substr(0, title_bytes));
  const std::size_t between = title.find("between");
  title.resize(between != std::string::npos ? between : std::min(title.size(), title_without_between));
  return title.find("distribut") != std::string::npos || title.find("resell") != std::string::npos ||
         title.find("dealer") != std::string::npos;
}

// The role a party is appointed to: "Galaxy hereby appoints Telnet as a non-exclusive
// authorized reseller", or, in a contract whose title says it is a distribution or resale
// agreement, "PivX hereby grants to Detto a non-transferable, exclusive license to distribute
// PivX's Qwik-Fix Pro". A distributor or reseller of the other's goods is in the
// subcontractor's place (corpus/real/LABELLING.md). An appointment told in the past ("LEO has
// appointed GALEN as its exclusive distributor", a recital about another agreement) and a
// licence to distribute in passing (a licensee letting its licensor distribute its materials)
// say nothing of this contract's roles. Only the first occurrences of the term, in the first
// part of the text, are read: the appointment is the contract's opening grant, and a long file
// is not searched once for each name in its opening.
std::optional<std::string> role_appointed_to(std::string_view text, const PartyMention& party, bool distribution_title) {
  constexpr std::size_t appointment_reach = 100'000;
  text = text.substr(0, std::min(text.size(), appointment_reach));
  constexpr std::size_t occurrences_read = 40;
  constexpr std::size_t reach = 160;  // bytes after the name: "as its exclusive distributor" or the licence's words
  for (const std::string& term : party.terms) {
    const std::string bare = bare_term(term);
    if (bare.size() < 2) continue;
    std::size_t seen = 0;
    for (std::size_t at = text.find(bare); at != std::string_view::npos && seen < occurrences_read;
         at = text.find(bare, at + 1)) {
      const std::size_t end = at + bare.size();
      if (!whole_word_at(text, at, bare.size())) continue;
      ++seen;
      const std::string before = ascii_lower(text.substr(at > 40 ? at - 40 : 0, at > 40 ? 40 : at));
      const std::string after = ascii_lower(text.substr(end, reach));
      const bool appointed = before.ends_with("appoints ") || before.ends_with("hereby appoint ") ||
                             before.ends_with("shall appoint ") || before.ends_with("agrees to appoint ");
      const bool granted = distribution_title && (before.ends_with("grants to ") || before.ends_with("grant to "));
      if (!appointed && !granted) continue;
      const std::size_t sentence_end = after.find_first_of(".;");
      const std::string_view rest = std::string_view(after).substr(0, sentence_end);
      if (appointed && rest.rfind(" as ", 0) == 0) {
        for (std::string_view role : {"distributor", "reseller", "dealer", "sales representative", "sales agent"}) {
          const std::size_t found = rest.find(role);
          if (found != std::string_view::npos && found < 60) return std::string(role);
        }
      }
      if (granted) {
        for (std::string_view right : {"right to distribute", "license to distribute", "licence to distribute",
                                       "right to resell", "license to resell", "licence to resell",
                                       "right to market and distribute", "right to sell and distribute"}) {
          if (rest.find(right) != std::string_view::npos) return std::string("distributor");
        }
      }
    }
  }
  return std::nullopt;
}

bool mentions_name(const PartyMention& party, const std::string& folded_name, std::string_view text) {
  RoleBinding probe = bind(PartyRole::provider, party, text, "");
  return std::any_of(probe.names.begin(), probe.names.end(),
                     [&](const std::string& n) { return ascii_lower(n) == folded_name; });
}

}  // namespace

PartyRoles find_party_roles(const Document& document, const DocumentStructure& structure,
                            const AnalysisOptions& options) {
  const std::string_view text = document.text;
  std::uint32_t opening_end = std::min<std::uint32_t>(static_cast<std::uint32_t>(text.size()), opening_bytes);
  for (const Definition& d : structure.definitions) {
    if (!d.inline_definition) {
      opening_end = std::min(opening_end, d.begin);
      break;
    }
  }

  // Every party-like mention, in document order: inline definitions grouped by parenthesis.
  std::vector<PartyMention> mentions;
  for (const Definition& d : structure.definitions) {
    if (d.inline_definition && !mentions.empty() && mentions.back().inline_definition && mentions.back().end == d.end) {
      mentions.back().terms.push_back(d.term);
      continue;
    }
    PartyMention m;
    m.terms.push_back(d.term);
    m.defining = d.definition;
    if (d.inline_definition && !document.blocks.empty()) {
      // Two parties in one paragraph: the second one's name follows the first's parenthesis.
      std::size_t block = document.block_at(d.begin);
      std::uint32_t from = document.blocks[block].begin;
      std::uint32_t to = std::min<std::uint32_t>(d.begin + static_cast<std::uint32_t>(d.definition.size()),
                                                 static_cast<std::uint32_t>(text.size()));
      // The defining words are read with runs of spaces made one, so they may end short of the
      // parenthesis in the text ("is between     Lucid Inc., … 14623 And [*]  ('Distributor')"):
      // the paragraph runs to the parenthesis.
      if (const std::size_t open = definition_parenthesis(text, d.end);
          open != std::string_view::npos && open > to && open < d.end) {
        to = static_cast<std::uint32_t>(open);
      }
      // A party set out over lines of its own, its parenthesis alone on the last:
      //   DGT Corp.
      //   Suite 207 - 1130 Austin Avenue, Coquitlam
      //   (hereinafter referred to as "DGT")
      // Its name is in the lines above.
      for (int back = 0; back < 2 && block > 0 && fewer_words_than(text.substr(from, to > from ? to - from : 0), 2);
           ++back) {
        from = document.blocks[--block].begin;
      }
      // A paragraph wrapped over lines starts at its first line, not at the line holding the
      // parenthesis: "... at 777 Long Ridge Road, Stamford,\nConnecticut 06902 ("Developer")"
      // names IMRS Operations Inc., not "Connecticut 06902".
      for (int back = 0; back < 12 && block > 0 && document.blocks[block].continues_paragraph; ++back) {
        from = document.blocks[--block].begin;
      }
      // A line that starts right after "between" ("is between     Lucid Inc., a New York
      // corporation, …", the spaces breaking the line) belongs with it: the paragraph then says
      // where the parties' words start (party_name).
      {
        std::size_t lead = from;
        while (lead > 0 && ascii_is_space(text[lead - 1])) --lead;
        if (lead >= 7 && lead < from && ascii_lower(text.substr(lead - 7, 7)) == "between" &&
            (lead == 7 || !ascii_is_alpha(text[lead - 8]))) {
          from = static_cast<std::uint32_t>(lead - 7);
        }
      }
      if (!mentions.empty() && mentions.back().end > from && mentions.back().end <= d.begin) from = mentions.back().end;
      m.paragraph = std::string(text.substr(from, to > from ? to - from : 0));
    }
    m.inline_definition = d.inline_definition;
    m.in_opening = d.inline_definition && d.begin < opening_end;
    // Only a party in the opening is scored by its pronouns and appositive role.
    if (m.in_opening) {
      m.pronouns = quoted_pronouns(text, d.end);
      m.appositive = appositive_role(party_words(m.paragraph));
    }
    m.begin = d.begin;
    m.end = d.end;
    mentions.push_back(std::move(m));
  }

  // Parentheses that name a party but that the definitions finder does not read as a defined
  // term (short_name_in_parenthesis has the forms).
  for (std::size_t open = text.find('('); open != std::string_view::npos && open < opening_end;
       open = text.find('(', open + 1)) {
    const std::optional<ShortName> found = short_name_in_parenthesis(text, open);
    if (!found) continue;
    if (std::any_of(mentions.begin(), mentions.end(), [&](const PartyMention& x) { return x.end == found->end; })) continue;
    PartyMention m;
    m.terms = {found->term};
    m.terms.insert(m.terms.end(), found->more_terms.begin(), found->more_terms.end());
    // The name before the parenthesis may wrap onto this line from the one above.
    std::uint32_t from = open > 400 ? static_cast<std::uint32_t>(open - 400) : 0;
    for (const PartyMention& earlier : mentions) {
      if (earlier.end <= open && earlier.end > from) from = earlier.end;
    }
    m.paragraph = std::string(text.substr(from, open - from));
    m.defining = m.paragraph;
    m.begin = static_cast<std::uint32_t>(open);
    m.end = found->end;
    m.in_opening = true;
    // "(NBFC)" after "a registered Non-banking Financial Company" is an abbreviation, not a
    // party: a bare acronym counts only when it is the initials of the name before it.
    // "(EOQ)" after "Economic Order Quantity" abbreviates a thing: the name must be a business's.
    if (found->bare_acronym &&
        (!m.called_by_name() || !names_organisation(std::string_view(m.paragraph).substr(m.paragraph.size() > 200 ? m.paragraph.size() - 200 : 0)))) {
      continue;
    }
    auto later = std::find_if(mentions.begin(), mentions.end(), [&](const PartyMention& x) { return x.begin > m.begin; });
    mentions.insert(later, std::move(m));
  }

  // Plain-English parties given as labels: "Us: Greenway Care Partnership Ltd (company
  // number …)" and "You: Friends Across Furness, a charitable …".
  for (const Block& block : document.blocks) {
    if (block.begin >= opening_end) break;
    std::string line = trim(document.block_text(block));
    const std::string folded = ascii_lower(line.substr(0, 5));
    std::vector<std::string> pronouns;
    if (folded.rfind("us:", 0) == 0 || folded.rfind("we:", 0) == 0) pronouns = {"we", "us", "our"};
    if (folded.rfind("you:", 0) == 0) pronouns = {"you", "your"};
    if (pronouns.empty()) continue;
    PartyMention m;
    m.terms = pronouns;
    m.paragraph = trim(line.substr(line.find(':') + 1));
    m.defining = m.paragraph;
    m.begin = block.begin;
    m.end = block.end;
    auto at = std::find_if(mentions.begin(), mentions.end(), [&](const PartyMention& x) { return x.begin > m.begin; });
    mentions.insert(at, std::move(m));
  }

  hand_nested_definition_to_party(text, mentions);
  std::size_t recitals = std::string_view::npos;
  for (const PartyMention& m : mentions) {
    if (m.in_opening && !m.names_a_thing()) {
      recitals = recitals_begin(text, m.end, opening_end);
      break;
    }
  }
  merge_grouped_parties(text, recitals, mentions);
  // A party called only by its name may be given its role elsewhere: by the definitions list,
  // or by the appointment that is the contract's purpose.
  const bool distribution_title = distribution_agreement_title(text);
  for (PartyMention& m : mentions) {
    if (!m.inline_definition || !m.in_opening || m.names_a_thing() || m.has_role_word()) continue;
    if (const auto term = role_defined_as_party(structure.definitions, m)) {
      m.terms.push_back(*term);
    } else if (const auto role = role_appointed_to(text, m, distribution_title)) {
      m.appositive = *role;
    }
  }

  std::vector<const PartyMention*> parties;
  for (const PartyMention& m : mentions) {
    if (is_pronoun(ascii_lower(m.terms.front())) && parties.size() < 2) parties.push_back(&m);  // "Us:", "You:"
  }
  if (parties.size() < 2) parties.clear();
  // A mention's parenthesis: its begin is where its defining words start.
  auto parenthesis_of = [&](const PartyMention& m) {
    const std::size_t open = definition_parenthesis(text, m.end);
    return open == std::string_view::npos ? std::size_t{m.begin} : open;
  };
  auto incidental = [&](const PartyMention& m) {
    const std::size_t open = parenthesis_of(m);
    return m.inline_definition && (named_in_passing(text, open, bare_term(m.terms.front()), m.has_role_word()) || (recitals != std::string_view::npos && open > recitals));
  };
  // Up to three: a third party may be the one in the provider's place (below).
  for (std::size_t i = 0; i < mentions.size() && parties.size() < 3; ++i) {
    const PartyMention& m = mentions[i];
    if (!m.in_opening || m.names_a_thing() || incidental(m) || defines_a_regulator(m.defining)) continue;
    // The same party defined twice: `GROUPE PARAMEUS CORP (hereinafter, the "Consultant"),
    // with an address at … (the "Consultant")`.
    if (std::any_of(parties.begin(), parties.end(), [&](const PartyMention* p) {
          return ascii_lower(bare_term(p->terms.front())) == ascii_lower(bare_term(m.terms.front()));
        })) {
      continue;
    }
    // The words since the previous definition: a party's name and description may run over
    // several lines and past an earlier parenthesis ("ESPACIO INFORMATION TECHNOLOGY, SA., a
    // public limited company … (Protocol No. 134), before Mr. … (hereinafter referred to as
    // "EIT")").
    // With no definition just before, the description is the 400 bytes before the parenthesis.
    std::uint32_t since = m.end > 400 ? m.end - 400 : 0;
    if (i > 0 && mentions[i - 1].end <= m.end && m.end - mentions[i - 1].end <= second_party_reach) {
      since = mentions[i - 1].end;
    }
    const std::string_view context = text.substr(since, m.end - since);
    if (m.has_role_word() || names_organisation(m.defining) || m.called_by_name() ||
        (m.inline_definition && names_organisation(context))) {
      parties.push_back(&m);
    }
  }
  // Three parties: the two a contract sets "on the one hand" and the one "on the other". A third
  // whose role word outranks both as the provider is the last link down the chain ("Principal
  // Life Insurance Company ("Issuer") and Princor Financial Services Corporation ("Distributor"),
  // on the one hand, and ... ("Broker Dealer"), on the other hand": the broker-dealer sells the
  // issuer's contracts for commissions); the more buyer-like of the first two is its
  // counterparty. Only where the opening says so ("on the one hand" before the third, "on the
  // other hand" after it): a third party named in passing (a "Network Supplier", a
  // "Distributor" beside a servicing agent) is no side of its own. Otherwise the first two stand.
  if (parties.size() == 3) {
    const PartyMention* third = parties[2];
    parties.pop_back();
    const int first = parties[0]->score(), second = parties[1]->score(), last = third->score();
    const std::size_t sides_end = std::min<std::size_t>(text.size(), third->end + 60);
    const std::size_t third_open = parenthesis_of(*third);
    const std::string between =
        ascii_lower(text.substr(parties[1]->end, third_open > parties[1]->end ? third_open - parties[1]->end : 0));
    const std::string after = ascii_lower(text.substr(third->end, sides_end - third->end));
    const bool two_sides = between.find("on the one hand") != std::string::npos && after.find("on the other hand") != std::string::npos;
    if (two_sides && last > 0 && last > first && last > second) parties = {first <= second ? parties[0] : parties[1], third};
  }
  // A letter agreement: the company (with its bank or manager) confirms its agreement with the
  // agent; the agent is the second party, whoever else the company's side names.
  const PartyMention* addressee = nullptr;
  if (const std::size_t cue = letter_addressee_cue(text, opening_end);
      cue != std::string_view::npos && !parties.empty() && parties[0]->end <= cue) {
    for (const PartyMention& m : mentions) {
      const std::size_t open = parenthesis_of(m);
      if (open < cue || !m.in_opening) continue;
      if (open - cue <= 300 && !m.names_a_thing() && capitalised(bare_term(m.terms.front()))) addressee = &m;
      break;
    }
    if (addressee != nullptr) parties = {parties[0], addressee};
  }
  // "by and between Bizzingo, Inc., a Nevada corporation … and Joseph Theismann, an
  // individual … ("Theismann")": the party after the first, in the same opening sentences,
  // is the second whatever its defining words say.
  if (parties.size() == 1 && parties[0]->inline_definition) {
    for (const PartyMention& m : mentions) {
      if (m.end <= parties[0]->end || !m.in_opening) continue;
      if (m.end - parties[0]->end > second_party_reach) break;
      if (m.names_a_thing() || !capitalised(bare_term(m.terms.front())) || incidental(m) ||
          defines_a_regulator(m.defining)) {
        continue;
      }
      const std::string_view between = text.substr(parties[0]->end, m.end - parties[0]->end);
      if (!introduces_second_party(between)) continue;
      parties.push_back(&m);
      break;
    }
  }
  // The same with the first party given no parenthesis: "is between Lucent Optics Inc., a New
  // York corporation, having a principal place of business at … And [*] ('Distributor')".
  // The first party is the business named after "between", called by its name without the
  // legal suffix ("Lucent Optics"), as its clauses call it.
  PartyMention unbracketed;
  if (parties.size() == 1 && parties[0]->inline_definition) {
    const std::string& paragraph = parties[0]->paragraph;
    const std::size_t cue = ascii_lower(paragraph).rfind("between");
    std::size_t and_at = std::string::npos;
    if (cue != std::string::npos &&
        second_party_after_and(std::string_view(paragraph).substr(cue + 7), &and_at) != std::string::npos) {
      const std::string first_words = paragraph.substr(0, cue + 7 + and_at);
      const std::string name = party_name(first_words);
      const std::string short_name = without_legal_suffix(name);
      const std::size_t in_text = text.find(paragraph);
      if (!name.empty() && provider_score(name) == 0 && in_text != std::string_view::npos) {
        unbracketed.terms = {short_name.empty() ? name : short_name};
        unbracketed.without_parenthesis = true;
        unbracketed.paragraph = unbracketed.defining = first_words;
        unbracketed.begin = static_cast<std::uint32_t>(in_text + cue);
        unbracketed.end = static_cast<std::uint32_t>(in_text + cue + 7 + and_at);
        parties.insert(parties.begin(), &unbracketed);
      }
    }
  }
  for (const PartyMention& m : mentions) {
    if (parties.size() >= 2) break;
    if (m.inline_definition || !m.has_role_word()) continue;
    // A definitions list's "Affiliate" is the class of a party's group companies ("Affiliate"
    // means any entity that controls …), never the affiliate of an affiliate programme.
    if (ascii_lower(bare_term(m.terms.front())) == "affiliate") continue;
    if (describes_a_class(m.defining)) continue;
    if (std::find(parties.begin(), parties.end(), &m) == parties.end()) parties.push_back(&m);
  }

  PartyRoles roles;
  for (std::size_t r = 0; r < party_role_count; ++r) roles.roles[r].role = static_cast<PartyRole>(r);
  PartyMention used_provider, used_counterparty;  // found from usage, below
  bool roles_by_usage = false;  // the parties clause names them; their usage says who is who
  auto evidence_of = [&](const PartyMention& m) {
    if (roles_by_usage || &m == &used_provider || &m == &used_counterparty) return std::string("usage");
    return std::string(m.inline_definition ? "parties clause" : "definition");
  };

  const PartyMention* provider = nullptr;
  const PartyMention* counterparty = nullptr;
  // The provider was chosen only because it is called by its name and faces a buyer's word:
  // how the two are used may still say otherwise ("the Company" provides, "FIIOC" pays).
  bool called_by_name_only = false;
  if (parties.size() == 2) {
    int a = parties[0]->score(), b = parties[1]->score();
    if (a > 0 && a > b) provider = parties[0], counterparty = parties[1];
    if (b > 0 && b > a) provider = parties[1], counterparty = parties[0];
    // A party called by its name ("EIT", "HDI") facing "the Customer" or "the Company": the
    // one who is not the buyer is the provider. Two names, or a name facing a role word that
    // is neither side's (Participant, Member), stay undetermined.
    if (provider == nullptr && a < 0 && b == 0 && (parties[1]->called_by_name() || parties[1] == addressee)) {
      provider = parties[1], counterparty = parties[0], called_by_name_only = true;
    }
    if (provider == nullptr && b < 0 && a == 0 && parties[0]->called_by_name()) {
      provider = parties[0], counterparty = parties[1], called_by_name_only = true;
    }
    // A charity facing a party that is not one and has no provider's role word ("Northgate
    // Services plc" and "Hearthstone Community Trust, a registered charity ("Hearthstone")"):
    // the charity takes the work. As with a name, usage may still say otherwise.
    if (provider == nullptr && a <= 0 && b <= 0) {
      const bool first = describes_a_charity(parties[0]->defining);
      const bool second = describes_a_charity(parties[1]->defining);
      if (first && !second && a == 0) provider = parties[0], counterparty = parties[1], called_by_name_only = true;
      if (second && !first && b == 0) provider = parties[1], counterparty = parties[0], called_by_name_only = true;
    }
  } else if (parties.size() == 1 && (parties[0]->score() > 0 ||
                                      (parties[0]->score() == 0 && describes_a_charity(parties[0]->defining)))) {
    provider = parties[0];
  }
  // Two parties whose terms do not say who serves whom ("SHPS" and "HPS", "Licensee" and
  // "Publishers"): the operative clauses do, by who provides and who pays.
  if ((provider == nullptr || called_by_name_only) && parties.size() == 2) {
    auto usage_of = [&](const PartyMention& party) {
      std::vector<std::string> terms;
      for (const auto& term : party.terms) {
        std::string bare = bare_term(term);
        if (!is_pronoun(ascii_lower(bare))) terms.push_back(std::move(bare));
      }
      return read_party_usage(text, terms);
    };
    const PartyUsage first = usage_of(*parties[0]), second = usage_of(*parties[1]);
    const int chosen = provider_by_usage(first, second);
    if (chosen >= 0 && provider != parties[static_cast<std::size_t>(chosen)]) {
      provider = parties[static_cast<std::size_t>(chosen)];
      counterparty = parties[static_cast<std::size_t>(1 - chosen)];
      roles_by_usage = true;
    } else if (chosen < 0 && called_by_name_only) {
      // The name says one thing and the clauses lean, if not clearly, the other way, with
      // money paid to the party the buyer's word names: "FIIOC agrees to provide to Company …
      // information" but "FIIOC agrees to pay Company a quarterly fee" for answering the
      // inquiries. A wrong role is worse than none.
      const PartyUsage& named = provider == parties[0] ? first : second;
      const PartyUsage& other = provider == parties[0] ? second : first;
      if (other.provider_weight() > named.provider_weight() && other.is_paid > 0) provider = counterparty = nullptr;
    }
  }

  // No parties clause, but two short names the operative clauses are written about, defined
  // in passing further on: "Services and Deliverables by Datec (PNG) LTD (Datec) to the Bank of
  // South Pacific Limited (BSP)", then "Datec will deliver …", "BSP may terminate …" hundreds
  // of times. Those two are the parties, and their usage says who is who, as it does for a
  // parties clause; the standard role words below would read a few stray "Supplier"s instead.
  // So with one party found and no role for it: a letter agreement that names the other side
  // without a legal form ("the undersigned, the Integrity Short Term Government Fund, (the
  // "Fund") ... has agreed that Integrity Funds Distributor, LLC, ("Integrity"), shall be ...
  // the principal underwriter").
  if (provider == nullptr && parties.size() < 2) {
    struct Candidate {
      const PartyMention* mention;
      PartyUsage usage;
      int evidence;
    };
    // The defined terms, and names in a parenthesis of their own anywhere: "(Datec)", "(BSP)".
    // Usage below is the test of a party, so the forms need not be a party's.
    std::vector<PartyMention> named_in_parenthesis;
    for (std::size_t open = text.find('('); open != std::string_view::npos && named_in_parenthesis.size() < max_names_weighed;
         open = text.find('(', open + 1)) {
      // The name is short: look for its closing parenthesis nearby only, so a text of many
      // unclosed parentheses is read in one pass.
      const std::size_t close = text.substr(open, 22).find(')');
      if (close == std::string_view::npos || close < 3) continue;
      const std::size_t inside_end = open + close;
      const std::string_view inside = text.substr(open + 1, inside_end - open - 1);
      if (!std::all_of(inside.begin(), inside.end(), [](char c) { return ascii_is_alnum(c) || c == '&' || c == '-'; }) ||
          !ascii_is_upper(inside.front()) ||
          std::all_of(inside.begin(), inside.end(), [](char c) { return std::strchr("IVXLCDM", c) != nullptr; })) {
        continue;
      }
      PartyMention m;
      m.terms = {std::string(inside)};
      m.inline_definition = true;
      m.begin = static_cast<std::uint32_t>(open);
      m.end = static_cast<std::uint32_t>(inside_end + 1);
      if (std::none_of(named_in_parenthesis.begin(), named_in_parenthesis.end(),
                       [&](const PartyMention& x) { return x.terms.front() == m.terms.front(); })) {
        named_in_parenthesis.push_back(std::move(m));
      }
    }
    std::vector<const PartyMention*> named;
    for (const PartyMention& m : mentions) named.push_back(&m);
    for (const PartyMention& m : named_in_parenthesis) named.push_back(&m);
    std::vector<Candidate> candidates;
    for (const PartyMention* n : named) {
      if (candidates.size() == max_names_weighed) break;
      const PartyMention& m = *n;
      if (!m.inline_definition || m.terms.size() != 1) continue;
      const std::string term = bare_term(m.terms.front());
      if (names_a_thing(term) || !capitalised(term) || is_pronoun(ascii_lower(term)) || is_standard_role_word(term) ||
          is_funder_word(term) || defines_a_regulator(m.defining) || words_of(term).size() > 3) {
        continue;
      }
      if (std::any_of(candidates.begin(), candidates.end(),
                      [&](const Candidate& c) { return ascii_lower(bare_term(c.mention->terms.front())) == ascii_lower(term); })) {
        continue;
      }
      const PartyUsage usage = read_party_usage(text, {term});
      candidates.push_back({&m, usage, usage.performs + usage.is_paid + usage.pays});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.evidence > b.evidence; });
    // The two must carry the text: each the subject or object of several obligations, and
    // clearly ahead of any third name (a subcontractor or a regulator named in passing).
    if (candidates.size() >= 2 && candidates[1].evidence >= usage_names_min_evidence &&
        (candidates.size() == 2 || candidates[1].evidence >= 2 * candidates[2].evidence)) {
      const int chosen = provider_by_usage(candidates[0].usage, candidates[1].usage);
      if (chosen >= 0) {
        used_provider = *candidates[static_cast<std::size_t>(chosen)].mention;
        used_counterparty = *candidates[static_cast<std::size_t>(1 - chosen)].mention;
        provider = &used_provider;
        counterparty = &used_counterparty;
      }
    }
  }

  // No parties clause ("The Subcontractor shall …" in a schedule or an extract): the
  // capitalised role words the text uses. The provider is the highest-scoring one, the
  // counterparty the most used of the others that score lower.
  if (provider == nullptr && parties.empty()) {
    struct Used {
      std::string term;
      int score = 0;
      std::size_t count = 0;
    };
    std::vector<Used> used;
    static constexpr std::string_view role_words[] = {
        "Subcontractor", "Sub-Contractor", "Sub-contractor", "Supplier", "Service Provider", "Provider", "Partner",
        "Consultant", "Seller", "Vendor", "Recipient", "Grantee", "Contractor", "Subrecipient", "Sub-recipient",
        "Sub-Recipient", "Subgrantee", "Sub-grantee", "Sub-Grantee",
        "Prime", "Prime Contractor", "Prime Provider", "Lead Provider", "Buyer", "Customer",
        "Client", "Purchaser", "Company", "Authority", "Council", "Commissioner",
        // US construction and public-works drafting: the Contractor works
        // for the Owner, the City, the County or the State.
        "Owner", "Principal", "City", "County", "State", "Manufacturer", "Operator",
        "Servicer",
        // CCS schedules: the framework's other party is CCS; a bond's
        // beneficiary is the Employer.
        "CCS", "Employer",
        // US federal and Commonwealth drafting: the Contractor works for
        // the Government, through its Contracting Officer.
        "Government", "Contracting Officer", "Commonwealth",
        // Canadian and other government drafting: the Contractor works for
        // Canada, the Province, the Crown, a Ministry or Department, or
        // the Issuer of a procurement opportunity.
        "Canada", "Province", "Crown", "Ministry", "Minister", "Department", "Issuer",
        "Municipality", "Funder",
        // US commercial drafting without a parties clause: a statement of work
        // "executed by and between Developer and Client", a licence, a franchise
        // manual. Scored by provider_score as the parties clause scores them.
        // Left out: "Agent" (a credit document's administrative Agent is no
        // provider), and "Distributor", "Reseller" and "Dealer", which outrank the
        // maker they buy from: a clause scanned alone often names a third party
        // beside them ("Issuer and Distributor may change the compensation
        // schedules ... and will notify Broker Dealer"), and the clause sets'
        // labels read such clauses from the other side.
        "Developer", "Licensor", "Licensee", "Franchisee", "Franchisor", "Sponsor"};
    // A text that names the head contract is the subcontract under it: its Contractor holds
    // that contract and is the prime ("The Contractor may amend the Payment Mechanism ... to
    // reflect any change made by the Authority to the payment model under the Head Contract"),
    // whatever else the extract names. The subcontractor is then left to its standard words.
    const bool names_head_contract = std::any_of(std::begin(head_contract_names), std::end(head_contract_names),
                                                 [&](std::string_view name) { return text.find(name) != std::string_view::npos; });
    for (std::string_view term : role_words) {
      int score = term == "CCS" || is_government_word(term) ? -5 : provider_score(term);
      if (term == "Contractor" && names_head_contract) score = provider_score("Prime Contractor");
      Used u{std::string(term), score, 0};
      for (std::size_t at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) {
        const std::size_t end = at + term.size();
        // "Contractor" in "Sub-Contractor" is not the Contractor.
        const bool word_start = at == 0 || !(ascii_is_alnum(text[at - 1]) || text[at - 1] == '-');
        const bool word_end = end >= text.size() || !ascii_is_alnum(text[end]);
        // A capitalised term is the defined party with or without "the" ("Contractor shall
        // have no obligation to pay Subcontractor …"), but not after an indefinite word ("any
        // Subcontractor", "a Supplier": a class of people, not the party).
        // "Provider" in "Service Provider" or "Prime Provider" is the longer word's, counted there.
        const bool tail_of_longer = std::any_of(std::begin(role_words), std::end(role_words),
                                                [&](std::string_view longer) {
          if (longer.size() <= term.size() || end < longer.size()) return false;
          const std::size_t start = end - longer.size();
          return text.substr(start, longer.size()) == longer && (start == 0 || !ascii_is_alnum(text[start - 1]));
        });
        if (word_start && word_end && !tail_of_longer && !after_indefinite_word(text, at)) ++u.count;
      }
      if (u.count > 0) used.push_back(std::move(u));
    }
    // The provider is the highest-scoring provider word among those the text is written
    // about: used at least a third as often as the most used provider word. CCS core terms
    // speak of "the Supplier" hundreds of times and of its "Subcontractors" now and then, so
    // the Supplier is the provider; a subcontract speaks of both its Subcontractor and the
    // Contractor throughout, so the Subcontractor (10) outranks the Contractor (3).
    std::size_t most_used = 0;
    for (const Used& u : used) {
      if (u.score > 0) most_used = std::max(most_used, u.count);
    }
    const Used* best = nullptr;
    for (const Used& u : used) {
      if (u.score > 0 && u.count * 3 >= most_used && (best == nullptr || u.score > best->score)) best = &u;
    }
    // Terms written to the provider: "you" is the party whose risk is read, as (the "Grantee",
    // "you") makes it in a parties clause, and the other party is the role word used most.
    const std::size_t addressed = times_addressed_as_you(text);
    if (addressed > 0 && addressed * 3 >= most_used && !used.empty()) {
      const Used& most = *std::max_element(used.begin(), used.end(),
                                           [](const Used& a, const Used& b) { return a.count < b.count; });
      used_provider.terms = {"you", "your"};
      used_counterparty.terms = {most.term};
      used_provider.inline_definition = used_counterparty.inline_definition = false;
      provider = &used_provider;
      counterparty = &used_counterparty;
      best = nullptr;  // settled: the role words below are not weighed
    }
    // The Contractor is the counterparty of a Subcontractor only: beside a Supplier it is the
    // Supplier itself under another name (a CCS performance bond calls the Supplier "the
    // Contractor" and the Buyer "the Employer"), so it is not the other party; unless the text
    // names the head contract, which the Contractor holds.
    const Used* other = nullptr;
    for (const Used& u : used) {
      if (best != nullptr && u.term == "Contractor" && best->score < provider_score("Subcontractor") && !names_head_contract) {
        continue;
      }
      // The Government is the other party of its Contractor; a subcontract that flows down
      // federal clauses names it often, but its Subcontractor's other party is the Contractor.
      if (best != nullptr && is_government_word(u.term) && best->term != "Contractor") continue;
      if (best == nullptr || u.score >= best->score) continue;
      // Two words used as often ("Client shall pay Developer" and the app's end "Customer"):
      // the one that pays or engages is the other party.
      if (other == nullptr || u.count > other->count ||
          (u.count == other->count && read_party_usage(text, {u.term}).pays > read_party_usage(text, {other->term}).pays)) {
        other = &u;
      }
    }
    if (best != nullptr && other != nullptr) {
      used_provider.terms = {best->term};
      used_counterparty.terms = {other->term};
      // A template that leaves the drafter the choice, "[Authority][Buyer]" or
      // "[Authority/Buyer]", names one party two ways: both words are the counterparty's.
      for (const Used& u : used) {
        if (&u == other || u.score >= 0) continue;
        for (const std::string& alternative :
             {"[" + other->term + "][" + u.term + "]", "[" + u.term + "][" + other->term + "]",
              "[" + other->term + "/" + u.term + "]", "[" + u.term + "/" + other->term + "]"}) {
          if (text.find(alternative) != std::string_view::npos) {
            used_counterparty.terms.push_back(u.term);
            break;
          }
        }
      }
      used_provider.inline_definition = used_counterparty.inline_definition = false;
      provider = &used_provider;
      counterparty = &used_counterparty;
    }
  }

  if (!options.provider.empty()) {
    const std::string wanted = ascii_lower(bare_term(options.provider));
    const PartyMention* chosen = nullptr;
    for (const PartyMention* p : parties) {
      if (mentions_name(*p, wanted, text)) chosen = p;
    }
    if (chosen != nullptr) {
      provider = chosen;
      if (parties.size() == 2) counterparty = parties[0] == chosen ? parties[1] : parties[0];
    } else {
      provider = nullptr;
      RoleBinding& p = roles[PartyRole::provider];
      p.found = true;
      p.evidence = "--provider";
      p.display = trim(options.provider);
      add_name(p, p.display);
      add_name(p, bare_term(options.provider));
    }
    if (chosen != nullptr || roles[PartyRole::provider].found) {
      if (counterparty == chosen) counterparty = nullptr;
    }
  }
  if (provider != nullptr) {
    roles[PartyRole::provider] = bind(PartyRole::provider, *provider, text, evidence_of(*provider));
    if (!options.provider.empty()) roles[PartyRole::provider].evidence = "--provider";
  }
  if (counterparty != nullptr) {
    roles[PartyRole::counterparty] = bind(PartyRole::counterparty, *counterparty, text, evidence_of(*counterparty));
  }

  // The funder: the first defined funder word that is not a party's term.
  auto is_party_term = [&](const std::string& term) {
    const std::string folded = ascii_lower(bare_term(term));
    for (PartyRole role : {PartyRole::provider, PartyRole::counterparty}) {
      const RoleBinding& b = roles[role];
      if (!b.found) continue;
      for (const auto& n : b.names) {
        if (ascii_lower(n) == folded) return true;
      }
    }
    return false;
  };
  for (const PartyMention& m : mentions) {
    if (&m == provider || &m == counterparty) continue;
    if (m.terms.size() != 1 || !is_funder_word(m.terms[0]) || is_party_term(m.terms[0])) continue;
    roles[PartyRole::funder] =
        bind(PartyRole::funder, m, text, m.inline_definition ? (m.in_opening ? "recitals" : "defined in the text") : "definition");
    break;
  }

  // Roles the document does not name stand for their standard words, less the words of
  // roles it does name.
  std::vector<std::string> taken;
  for (const RoleBinding& b : roles.roles) {
    if (!b.found) continue;
    for (const auto& n : b.names) taken.push_back(ascii_lower(n));
  }
  // A party the parties clause names but whose role is left open keeps its own term: "the
  // Company" facing "FIIOC" may be either side, so "Company" does not stand for the
  // counterparty.
  for (const PartyMention* p : parties) {
    if (p == provider || p == counterparty) continue;
    for (const auto& term : p->terms) taken.push_back(ascii_lower(bare_term(term)));
    if (roles.determined()) continue;
    const RoleBinding named = bind(PartyRole::provider, *p, text, "");
    OpenParty open{named.display, {}};
    for (const auto& name : named.names) {
      if (!is_pronoun(ascii_lower(name))) open.names.push_back(name);
    }
    if (!open.names.empty()) roles.open_parties.push_back(std::move(open));
  }
  for (RoleBinding& b : roles.roles) {
    if (b.found) {
      if (b.evidence != "usage" || !is_standard_role_word(b.display)) b.phrase = phrase_in_text(b.display, text);
      continue;
    }
    b.display = std::string(to_string(b.role));
    for (const auto& word : party_role_standard_words(b.role)) {
      if (std::find(taken.begin(), taken.end(), word) == taken.end()) b.names.push_back(word);
    }
  }
  return roles;
}

}  // namespace clausecheck
