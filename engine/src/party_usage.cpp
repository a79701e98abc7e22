#include "party_usage.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace clausecheck {
namespace {

bool word_char(char c) { return ascii_is_alnum(c) || c == '-' || c == '_'; }

bool one_of(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// The work a provider does. Base and third-person forms; "responsible for providing" too.
bool performing_verb(std::string_view w) {
  return one_of(w, {"provide", "provides", "providing", "perform", "performs", "performing", "render", "renders",
                    "rendering", "deliver", "delivers", "delivering", "supply", "supplies", "supplying", "develop",
                    "develops", "developing", "design", "designs", "host", "hosts", "hosting", "maintain",
                    "maintains", "manufacture", "manufactures", "manufacturing", "produce", "produces", "furnish",
                    "furnishes", "operate", "operates", "install", "installs", "build", "builds", "sell", "sells",
                    "ship", "ships", "consult", "advise", "advises"});
}

// The same work in the passive, before "by" and the party: "Product manufactured and packaged
// by Heritage", "services rendered by the Consultant". Only the verbs of making and of
// rendering services: information, materials and data are also "provided", "delivered" or
// "supplied by" the customer, and counting those turned the roles of service agreements round.
bool performed_participle(std::string_view w) {
  return one_of(w, {"rendered", "manufactured", "produced", "packaged"});
}

// Money leaving a party: it pays, buys or funds.
bool paying_verb(std::string_view w) {
  return one_of(w, {"pay", "pays", "reimburse", "reimburses", "compensate", "compensates", "remit", "remits",
                    "purchase", "purchases", "buy", "buys", "fund", "funds"});
}

// A payment that makes good a loss or a failure rather than paying for the work: "shall pay
// the Buyer liquidated damages", "shall refund to the Customer", "pay the Authority service
// credits". The provider makes such payments to its customer, so counting them as the
// customer being paid would turn the roles round, above all in a short extract.
bool compensation_word(std::string_view w) {
  return one_of(w, {"damages", "liquidated", "penalty", "penalties", "refund", "refunds", "rebate", "rebates",
                    "credit", "credits", "compensation", "overpayment", "overpayments", "interest"});
}
bool compensation_within(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
  for (std::size_t k = from; k < words.size() && k < from + count; ++k) {
    if (compensation_word(words[k])) return true;
  }
  return false;
}

// Words that may stand between a party's name and its verb: "SHPS shall provide", "HPS hereby
// agrees to pay", "the Consultant is willing to provide", "Company desires to engage".
bool auxiliary(std::string_view w) {
  return one_of(w, {"shall", "will", "must", "agrees", "agree", "to", "hereby", "also", "promptly", "undertakes",
                    "is", "be", "willing", "desires", "wishes", "has", "agreed", "responsible", "for", "further",
                    "covenants", "and", "directly",
                    // "Miltenyi shall use Commercially Reasonable Efforts to supply …"
                    "use", "its", "commercially", "reasonable", "reasonably", "best", "diligent", "efforts",
                    "endeavours", "endeavors", "all"});
}

// Verbs by which one party takes the other on: said by the customer, of the provider.
bool engaging_verb(std::string_view w) {
  return one_of(w, {"engage", "engages", "engaged", "retain", "retains", "retained", "appoint", "appoints",
                    "appointed", "hire", "hires", "hired", "outsource", "commission", "commissions"});
}

// The lower-cased words of `text` from `from` onwards (or backwards), up to `count`, stopping
// at the end of a sentence or clause.
std::vector<std::string> words_after(std::string_view text, std::size_t from, std::size_t count) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = from; i < text.size() && words.size() < count; ++i) {
    const char c = text[i];
    if (word_char(c)) {
      word += ascii_lower(c);
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    if (c == '.' || c == ';' || c == ':' || c == '(') break;
  }
  if (!word.empty() && words.size() < count) words.push_back(std::move(word));
  return words;
}

std::vector<std::string> words_before(std::string_view text, std::size_t to, std::size_t count) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = to; i > 0 && words.size() < count; --i) {
    const char c = text[i - 1];
    if (word_char(c)) {
      word.insert(word.begin(), ascii_lower(c));
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    if (c == '.' || c == ';' || c == ':' || c == ')') break;
  }
  if (!word.empty() && words.size() < count) words.push_back(std::move(word));
  return words;  // nearest first
}

void count_use(std::string_view text, std::size_t begin, std::size_t end, PartyUsage& usage) {
  // After the name: auxiliaries, then the verb.
  const std::vector<std::string> after = words_after(text, end, 10);
  for (std::size_t k = 0; k < after.size(); ++k) {
    const std::string& w = after[k];
    if (performing_verb(w)) {
      ++usage.performs;
      break;
    }
    // "XLI is engaged in the distribution of …" describes a business: no one is taken on.
    if (w == "engaged" && k + 1 < after.size() && after[k + 1] == "in") break;
    // "ALFA AESAR desires to be appointed": the party is taken on, it takes no one on.
    if (engaging_verb(w) && k > 0 && one_of(after[k - 1], {"be", "is", "been", "being"})) {
      ++usage.is_paid;
      ++usage.engaged;
      break;
    }
    if (paying_verb(w) || engaging_verb(w)) {
      if (!(paying_verb(w) && compensation_within(after, k + 1, 6))) ++usage.pays;
      break;
    }
    if (!auxiliary(w)) break;
  }
  // Before the name: "pay to SHPS", "payable to the Consultant", "engage Consultant", "paid by
  // HPS", "on behalf of HPS".
  const std::vector<std::string> before = words_before(text, begin, 4);
  std::size_t i = 0;
  if (i < before.size() && (before[i] == "the" || before[i] == "said")) ++i;
  if (i >= before.size()) return;
  const std::string& w1 = before[i];
  const std::string w2 = i + 1 < before.size() ? before[i + 1] : std::string();
  const std::string w3 = i + 2 < before.size() ? before[i + 2] : std::string();
  if (w1 == "to" && one_of(w2, {"pay", "paid", "payable", "owed", "due", "remit", "remitted", "owing"})) {
    ++usage.is_paid;
  } else if (engaging_verb(w1) || (w2 == "and" && engaging_verb(w3))) {
    // "engage HCS", and a second verb joined to the engaging one: "appoint and name ALFA
    // AESAR", "retain and hire Beta".
    ++usage.is_paid;
    ++usage.engaged;
  } else if (paying_verb(w1)) {
    if (!compensation_within(after, 0, 4)) ++usage.is_paid;
  } else if (w1 == "by" && one_of(w2, {"paid", "payable", "reimbursed", "funded", "purchased"})) {
    ++usage.pays;
  } else if (w1 == "by" && (performed_participle(w2) || (w3 == "and" && i + 3 < before.size() && performed_participle(before[i + 3])))) {
    ++usage.performs;  // "manufactured by Heritage", "manufactured and packaged by Heritage"
  } else if (w1 == "of" && w2 == "behalf") {
    ++usage.pays;  // the provider acts on behalf of its customer
  }
}

// A name the parties clause defines in capitals, ("CHANGEPOINT") or ("COMMERCE ONE"), as the
// operative clauses write it: "Changepoint shall provide", "Commerce One will pay". Empty when
// the name is not all capitals or is short enough to be an acronym ("HPS", "IBM"), which the
// text keeps in capitals.
std::string title_case(std::string_view name) {
  std::size_t letters = 0;
  for (char c : name) {
    if (ascii_is_lower(c)) return {};
    if (ascii_is_upper(c)) ++letters;
  }
  if (letters < 4) return {};
  std::string out;
  bool word_start = true;
  for (char c : name) {
    out += word_start ? c : ascii_lower(c);
    word_start = !ascii_is_alnum(c);
  }
  return out;
}

}  // namespace

PartyUsage read_party_usage(std::string_view text, const std::vector<std::string>& terms) {
  PartyUsage usage;
  std::vector<std::string> names;
  for (const std::string& term : terms) {
    if (std::find(names.begin(), names.end(), term) == names.end()) names.push_back(term);
    std::string titled = title_case(term);
    if (!titled.empty() && std::find(names.begin(), names.end(), titled) == names.end()) {
      names.push_back(std::move(titled));
    }
  }
  for (const std::string& name : names) {
    if (name.empty()) continue;
    for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
      // "SHPS's fees" is the party too; "HPS" inside "SHPS" is excluded above.
      std::size_t after = end;
      if (text.substr(after, 2) == "'s") after += 2;
      count_use(text, at, after, usage);
    }
  }
  return usage;
}

int provider_by_usage(const PartyUsage& first, const PartyUsage& second) {
  const int a = first.provider_weight();
  const int b = second.provider_weight();
  const int evidence = first.performs + first.is_paid + first.pays + second.performs + second.is_paid + second.pays;
  if (first.engaged > 0 && second.engaged == 0 && a > b && a > 0) return 0;
  if (second.engaged > 0 && first.engaged == 0 && b > a && b > 0) return 1;
  const int lead = std::abs(a - b);
  // At least two uses in the lead, and a lead of a quarter of all the evidence: a cross-licence
  // where each party provides and each pays has a lot of evidence and little lead.
  if (lead < 2 || lead * 4 < evidence) return -1;
  if (a > b && a > 0) return 0;
  if (b > a && b > 0) return 1;
  return -1;
}

}  // namespace clausecheck
