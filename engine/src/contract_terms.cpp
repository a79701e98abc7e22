// Reads the terms that drive a provider's cash (contract_terms.h) from an analysed document.
//
// Each term is found in one sentence by cue words, and its value is the first typed value of
// the term's kind after the cue, read by the rules' own reader (typed_values.h). Examples,
// from the sample subcontract and the corpus:
//
//   "The Contractor shall pay each valid and undisputed invoice within sixty (60) days of
//    the date on which it is received"  -> payment period 60 days (a pay word, an invoice
//                                          word and a DURATION in one sentence)
//   "... under no obligation to pay any sum ... unless and until the Contractor has itself
//    received payment from the Authority" -> pay when paid (a receipt-from cue)
//   "The Contractor may terminate this Subcontract at any time and for any reason by giving
//    not less than one (1) month's written notice" -> termination notice 30 days
//   "Attachment Fees represent approximately eight per cent (8%) and outcome fees
//    approximately ninety-two per cent (92%) of the expected income" -> outcome share 92 %
//    (the PERCENT after the outcome cue, in a sentence about price or income)
//
// Sentences that only look like a term are excluded by words that mark another subject:
// a payment period is not read from a sentence about retention, notice or interest; a
// liability cap that only protects the counterparty ("the Contractor's total liability")
// is not the provider's cap. The cue lists are documented in docs/offer-model.md; the
// terms found on real and sample contracts are checked by hand in
// tests/contract_terms_test.cpp.
#include "clausecheck/contract_terms.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/document.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"
#include "typed_values.h"

namespace clausecheck {
namespace {

constexpr std::array<std::string_view, contract_term_count> term_ids = {
    "payment_period", "pay_when_paid",     "retention",       "retention_release",
    "outcome_share",  "outcome_lag",       "service_credits", "service_credit_cap",
    "volume_guarantee", "termination_notice", "tupe",          "pension_scheme",
    "fixed_price",    "liability_cap",     "term_length",     "contract_value",
    "invoice_period", "management_fee",    "bond",            "bond_release",
    "price_reduction", "payment_in_advance",
};
constexpr std::array<std::string_view, contract_term_count> term_labels = {
    "Payment period",       "Pay when paid",       "Retention",            "Retention released",
    "Share of price paid on outcomes", "Outcome payment lag", "Service credits", "Service credit cap",
    "Volume guarantee",     "Notice of termination for convenience", "TUPE transfer", "Defined-benefit pension",
    "Fixed price",          "Liability cap",       "Term",                 "Contract value",
    "Invoicing period",     "Management fee",      "Deposit or performance bond", "Deposit or bond returned",
    "Price reduction a year", "Paid in advance",
};

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// The normalised offset of the first occurrence of `cue` in `s` at word boundaries, or npos.
// A cue ending in '*' is a prefix ("terminat*").
std::size_t find_cue(std::string_view s, std::string_view cue) {
  const bool prefix = !cue.empty() && cue.back() == '*';
  if (prefix) cue.remove_suffix(1);
  for (std::size_t at = s.find(cue); at != std::string_view::npos; at = s.find(cue, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(s[at - 1]);
    const std::size_t after = at + cue.size();
    const bool ends = prefix || after == s.size() || !is_word_byte(s[after]);
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}

using Cues = std::initializer_list<std::string_view>;

// The earliest offset of any cue of `cues` in `s`, or npos.
std::size_t find_any(std::string_view s, Cues cues) {
  std::size_t best = std::string_view::npos;
  for (std::string_view cue : cues) best = std::min(best, find_cue(s, cue));
  return best;
}
bool has_any(std::string_view s, Cues cues) { return find_any(s, cues) != std::string_view::npos; }

// Which cues a sentence may hold, answered before searching it. find_cue finds a cue only
// where a word starts, so each word of the cue starts a word of the sentence there, and a
// sentence in which no word starts with the first three bytes of one of them (two, or one,
// for a shorter word at the cue's end) does not hold it: "pay*" is not in "The Supplier
// shall maintain insurance", whose words start "the", "sup", "sha", "mai" and "ins", nor is
// "the date at" ("dat" starts no word), nor "invoice" in "in the interests". Every reader looks
// for its own cues in every sentence, a few hundred cues in all, and most sentences hold
// none of a reader's cues: searching them all was most of the time spent reading the terms.
// Two pairs (or triples) may share a bit, so the filter only ever answers "maybe" wrongly,
// never "no": what is found is the same.
class CueFilter {
 public:
  explicit CueFilter(std::string_view s) {
    for (std::size_t at = 0; at < s.size(); ++at) {
      if (at != 0 && is_word_byte(s[at - 1])) continue;
      firsts_.set(byte(s[at]));
      if (at + 1 < s.size()) pairs_.set(pair(s[at], s[at + 1]));
      if (at + 2 < s.size()) triples_.set(triple(s[at], s[at + 1], s[at + 2]));
    }
  }

  // False when `cue` (as find_cue reads it: "terminat*" a prefix) cannot be in the sentence.
  // A byte of the cue after a byte that is not part of a word ("date" in "the date at") is
  // where a word of the sentence starts too, as is the cue's first byte.
  bool may_hold(std::string_view cue) const {
    if (!cue.empty() && cue.back() == '*') cue.remove_suffix(1);
    for (std::size_t at = 0; at < cue.size(); ++at) {
      if (at != 0 && is_word_byte(cue[at - 1])) continue;
      const bool starts = at + 2 < cue.size()   ? triples_.test(triple(cue[at], cue[at + 1], cue[at + 2]))
                          : at + 1 < cue.size() ? pairs_.test(pair(cue[at], cue[at + 1]))
                                                : firsts_.test(byte(cue[at]));
      if (!starts) return false;
    }
    return true;
  }

 private:
  static std::size_t byte(char c) { return static_cast<unsigned char>(c); }
  static std::size_t pair(char first, char second) { return (byte(first) * 64 + byte(second)) % 4096; }
  static std::size_t triple(char first, char second, char third) {
    const auto bytes = static_cast<std::uint32_t>(byte(first) << 16 | byte(second) << 8 | byte(third));
    return (bytes * 0x9E3779B1u) >> 20;  // the top 12 bits: 0 to 4095
  }

  std::bitset<256> firsts_;    // the first byte of each word
  std::bitset<4096> pairs_;    // the first two bytes of each word, hashed
  std::bitset<4096> triples_;  // the first three bytes of each word, hashed
};

// The parties' names, normalised once for the whole document rather than for each sentence
// and each cue.
struct PartyNames {
  std::array<std::vector<std::string>, 2> mentioned;  // by PartyRole: names that are not pronouns
  std::vector<std::string> provider_all;              // every name of the provider
  std::vector<std::string> provider_paying;           // "the supplier shall pay", "paid by the supplier", …
};

PartyNames party_names(const AnalysedDocument& doc) {
  static const Cues mention_pronouns = {"we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "it", "its",
                                        "they", "them", "their"};
  static const Cues paying_pronouns = {"we", "us", "our", "you", "your", "it", "its", "they", "them", "their"};
  auto is_one_of = [](const Cues& words, const std::string& w) {
    return std::find(words.begin(), words.end(), std::string_view(w)) != words.end();
  };
  PartyNames names;
  for (PartyRole role : {PartyRole::provider, PartyRole::counterparty}) {
    for (const std::string& name : doc.parties[role].names) {
      std::string lowered = normalise_string(name);
      if (role == PartyRole::provider) {
        if (!lowered.empty() && !is_one_of(paying_pronouns, lowered)) {
          for (std::string cue : {"paid by the " + lowered, "payable by the " + lowered, "paid by " + lowered,
                                  "payable by " + lowered, lowered + " shall pay", lowered + " will pay",
                                  lowered + " must pay", lowered + " pays"}) {
            names.provider_paying.push_back(std::move(cue));
          }
        }
        names.provider_all.push_back(lowered);
      }
      if (!lowered.empty() && !is_one_of(mention_pronouns, lowered)) {
        names.mentioned[static_cast<std::size_t>(role)].push_back(std::move(lowered));
      }
    }
  }
  return names;
}

// One sentence, with its normalised words for cue matching.
struct SentenceView {
  const AnalysedDocument& doc;
  const Sentence& sentence;
  std::string_view norm;         // normalised text of the sentence
  std::uint32_t norm_begin = 0;  // its offset in NormalisedText::text
  // The sentence before, when it introduces a list ("The Contractor may terminate this
  // Subcontract:") and this sentence is an item of it; empty otherwise.
  std::string_view lead_in = {};
  const PartyNames* names = nullptr;  // never null when read
  CueFilter cues{norm};              // for find_cue(s, …): which cues `norm` may hold

  // The first value of `type` starting at or after normalised offset `from`.
  std::optional<TypedValue> value_after(std::size_t from, ValueType type) const {
    const auto& tokens = doc.text.tokens;
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (tokens[t].norm_begin < norm_begin + from) continue;
      if (auto v = read_typed_value(doc.text, t, type, sentence.end_token)) return v;
    }
    return std::nullopt;
  }
};

// find_cue, find_any and has_any on a sentence's normalised text, skipping the search for
// each cue the sentence cannot hold.
std::size_t find_cue(const SentenceView& s, std::string_view cue) {
  return s.cues.may_hold(cue) ? find_cue(s.norm, cue) : std::string_view::npos;
}
std::size_t find_any(const SentenceView& s, Cues cues) {
  std::size_t best = std::string_view::npos;
  for (std::string_view cue : cues) best = std::min(best, find_cue(s, cue));
  return best;
}
bool has_any(const SentenceView& s, Cues cues) { return find_any(s, cues) != std::string_view::npos; }
// has_any on the first `size` bytes of the sentence: a cue the sentence cannot hold is in none
// of its beginnings (they start their words where the sentence does).
bool has_any_in_start(const SentenceView& s, std::size_t size, Cues cues) {
  const std::string_view start = s.norm.substr(0, size);
  return std::any_of(cues.begin(), cues.end(), [&](std::string_view cue) {
    return s.cues.may_hold(cue) && find_cue(start, cue) != std::string_view::npos;
  });
}

std::string original_words(const AnalysedDocument& doc, std::uint32_t first_token, std::uint32_t end_token) {
  if (first_token >= end_token) return "";
  const std::uint32_t begin = doc.text.tokens[first_token].begin;
  const std::uint32_t end = doc.text.tokens[end_token - 1].end;
  return doc.document.text.substr(begin, end - begin);
}

// Records `sentence` as where `term` is stated (the first statement wins).
bool state(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return false;
  const AnalysedDocument& doc = s.doc;
  term.stated = true;
  term.begin = s.sentence.begin;
  term.end = s.sentence.end;
  term.text = doc.document.text.substr(term.begin, term.end - term.begin);
  term.page = doc.document.page_at(term.begin);
  const DocumentStructure& structure = doc.structure;
  const int clause = structure.clause_at(term.begin);
  if (clause >= 0) {
    term.clause = structure.clauses[static_cast<std::size_t>(clause)].citation;
    for (int c = clause; c >= 0; c = structure.clauses[static_cast<std::size_t>(c)].parent) {
      if (!structure.clauses[static_cast<std::size_t>(c)].heading.empty()) {
        term.heading = structure.clauses[static_cast<std::size_t>(c)].heading;
        break;
      }
    }
  }
  return true;
}

// A share of a payment: 0 to 100 %. "150%" is not a retention or an outcome share (it is
// usually a rate of interest or a multiple of the charges), and would make the model pay
// out more than the price.
bool is_share(const TypedValue& v) { return v.value >= 0 && v.value <= 100; }

void set_value(ContractTerm& term, const SentenceView& s, const TypedValue& v) {
  term.has_value = true;
  term.value = v.type == ValueType::duration ? v.days : v.value;
  term.value_text = original_words(s.doc, v.first_token, v.end_token);
}

// The original words of the tokens that start in the normalised span [at, at + size) of `s`.
std::string words_at(const SentenceView& s, std::size_t at, std::size_t size) {
  const auto& tokens = s.doc.text.tokens;
  std::uint32_t first = s.sentence.end_token, end = s.sentence.end_token;
  for (std::uint32_t t = s.sentence.first_token; t < s.sentence.end_token; ++t) {
    const std::size_t begin = tokens[t].norm_begin - s.norm_begin;
    if (begin < at) continue;
    if (begin >= at + size) {
      end = t;
      break;
    }
    if (first == s.sentence.end_token) first = t;
  }
  return original_words(s.doc, first, end);
}

// Each reader looks at one sentence and states its term when the sentence states it.

const Cues pay_words = {"pay", "pays", "paid", "payment", "payments", "payable", "remit"};
const Cues receipt_from = {"pay when paid",       "pay-when-paid",      "pay if paid",          "pay-if-paid",
                           "received payment from", "receipt of payment from", "receiving payment from",
                           "receiving the corresponding payment", "received the corresponding payment",
                           "is reimbursed by",     "validated and paid",
                           "has paid us",          "have paid us",       "has itself received payment",
                           "back-to-back basis",   "receipt of funds from", "received funds from",
                           // "once the corresponding quarterly payment has been received from the Council"
                           "has been received from", "have been received from", "been received by the contractor from",
                           "been received by the prime from",
                           // "HPS will pay to SHPS all Care Management Revenues collected from such New Client"
                           "collected from"};
const Cues unconditional = {"whether or not", "even if", "regardless of whether", "irrespective of whether"};

void read_pay_when_paid(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s, receipt_from) || has_any(s, unconditional)) return;
  if (!has_any(s, pay_words) && !has_any(s, {"reimburs*", "funds"})) return;
  state(term, s);
  term.flag = true;
  if (auto days = s.value_after(0, ValueType::duration)) set_value(term, s, *days);
}

// The normalised offset of the first mention of `role`'s names in `s`, or npos. Pronouns
// ("we", "us", "you") are not names: a sentence written in the second person names nobody
// this way. A short name is still a name: "DGT's total liability" names DGT.
std::size_t first_mention(const SentenceView& s, PartyRole role) {
  std::size_t first = std::string_view::npos;
  for (const std::string& name : s.names->mentioned[static_cast<std::size_t>(role)]) {
    first = std::min(first, find_cue(s, name));
  }
  return first;
}

// Payment timing given by an event rather than a number of days, and the days the model
// takes for it.
struct TimingCue {
  std::string_view words;
  double days;
};
constexpr TimingCue timing_cues[] = {
    {"on receipt of invoice", 0},        {"upon receipt of invoice", 0},    {"on receipt of the invoice", 0},
    {"upon receipt of the invoice", 0},  {"on receipt of an invoice", 0},   {"upon receipt of an invoice", 0},
    {"due on receipt", 0},               {"payable on receipt", 0},         {"on presentation of", 0},
    {"upon presentation of", 0},         {"on completion", 0},              {"upon completion", 0},
    {"during the following month", 30},  {"in the following month", 30},    {"by the end of the following month", 30},
    {"within the following month", 30},  {"during the next month", 30},     {"by the end of the next month", 30},
};
// The first cue of timing_cues in `norm`, at its offset; nullptr when there is none.
std::pair<std::size_t, const TimingCue*> find_timing(std::string_view norm) {
  std::pair<std::size_t, const TimingCue*> first{std::string_view::npos, nullptr};
  for (const TimingCue& c : timing_cues) {
    if (const std::size_t at = find_cue(norm, c.words); at < first.first) first = {at, &c};
  }
  return first;
}

void read_payment_period(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  const std::size_t pay = find_any(s, pay_words);
  if (pay == std::string_view::npos) return;
  // A period counted from the end of the month (or quarter) paid for is counted from when an
  // invoice would be raised: "within thirty (30) days of the end of each calendar month".
  const auto timing = find_timing(s.norm);
  if (timing.second == nullptr && !has_any(s, {"invoice", "invoices", "invoiced", "claim", "claims", "receipt", "receive it", "receiving it",
                        "end of the month", "end of each month", "end of each calendar month", "end of the applicable month",
                        "end of the relevant month", "end of each quarter", "end of each calendar quarter",
                        "instalment", "instalments", "monitoring return", "approving"})) {
    return;
  }
  // A pay-when-paid sentence gives the days after the prime is paid, not the payment period,
  // unless it pays "whether or not" the prime has been paid.
  if ((has_any(s, receipt_from) && !has_any(s, unconditional)) ||
      has_any(s, {"retain*", "retention", "notice", "terminat*", "interest", "records", "insurance", "dispute*",
                       "withhold*", "repay*", "set off", "set-off", "cancel*",
                       // "The Supplier will pay the Management Charge to CCS within 30 days": the
                       // provider paying its prime's charge, not being paid.
                       "management charge*", "management fee*"})) {
    return;
  }
  const auto days = s.value_after(pay, ValueType::duration);
  if (!days) {
    // Payment timed by an event, with no number of days: "payable on receipt of invoice" is
    // 0 days after the invoice, "paid ... during the following month" 30 days (the model
    // counts whole months, so both are exact there), "upon completion" 0 days after the
    // invoice for the work completed (docs/offer-model.md says so).
    if (timing.second == nullptr || timing.first < pay) return;
    state(term, s);
    term.has_value = true;
    term.value = timing.second->days;
    term.value_text = words_at(s, timing.first, timing.second->words.size());
    term.note = term.value == 0 ? "no number of days stated: 0 days assumed (paid as it falls due)"
                                : "no number of days stated: 30 days assumed (paid in the month after)";
    return;
  }
  if (days->days > 365 || days->days < 1) return;
  state(term, s);
  set_value(term, s, *days);
}

void read_retention(ContractTerm& retention, ContractTerm& release, const SentenceView& s) {
  const Cues cues = {"retain", "retains", "retained", "retention", "hold back", "holds back", "keep back",
                     "withhold", "withheld"};
  const std::size_t cue = find_any(s, cues);
  // A management fee kept from each payment, a deposit or a bond returned at the end are terms
  // of their own (read_management_fee, read_bond), not retention.
  if (cue == std::string_view::npos || has_any(s, {"management fee*", "management charge*", "service credit*",
                                                        "records", "interest", "deposit", "bond"})) {
    return;
  }
  if (!retention.stated) {
    if (auto rate = s.value_after(cue, ValueType::percent); rate && is_share(*rate)) {
      if (has_any(s, pay_words) || has_any(s, {"invoice*", "charges", "fees", "sums", "sum", "amount*"})) {
        state(retention, s);
        set_value(retention, s, *rate);
      }
    }
  }
  if (!release.stated) {
    const std::size_t released = find_any(s, {"release*", "repaid", "returned"});
    if (released == std::string_view::npos || !has_any(s, {"end", "expiry", "termination", "completion"})) return;
    // Up to three years after the end: a longer period is not a release date but another
    // subject (a limitation period, a warranty).
    if (auto days = s.value_after(released, ValueType::duration); days && days->days <= 1095) {
      state(release, s);
      set_value(release, s, *days);
    }
  }
}

const Cues outcome_words = {"outcome", "outcomes", "results", "payment by results", "results-based",
                            "performance-related", "success fee", "success fees"};

void read_outcomes(ContractTerm& share, ContractTerm& lag, const SentenceView& s) {
  const std::size_t cue = find_any(s, outcome_words);
  if (cue == std::string_view::npos ||
      has_any(s, {"service credit*", "fails", "failure", "liquidated", "penalt*", "credit", "credits"})) {
    return;
  }
  if (!share.stated &&
      has_any(s, {"price", "prices", "charges", "fees", "fee", "income", "contract value", "payment", "payments",
                       "value"})) {
    // The share usually follows the cue ("outcome fees approximately 92%") but may come first
    // ("approximately 70% of expected income is payable only upon ... an Earnings Outcome").
    auto rate = s.value_after(cue, ValueType::percent);
    if (!rate) rate = s.value_after(0, ValueType::percent);
    if (rate && is_share(*rate)) {
      state(share, s);
      set_value(share, s, *rate);
    }
  }
  if (!lag.stated && has_any(s, {"paid", "payable", "claimed", "claim", "payment", "payments"}) &&
      has_any(s, {"after", "following", "from"})) {
    if (auto days = s.value_after(cue, ValueType::duration); days && days->days >= 28 && days->days <= 1100) {
      state(lag, s);
      set_value(lag, s, *days);
    }
  }
}

void read_service_credits(ContractTerm& credits, ContractTerm& cap, const SentenceView& s) {
  // "Service Level Credits" (US outsourcing) and "KPI Credits" (CCS Call-Off Schedule 10)
  // are service credits by other names.
  std::size_t cue = find_any(s, {"service credit", "service credits", "service level credit",
                                      "service level credits", "kpi credit", "kpi credits"});
  // Credits by what they do: "In the event of Downtime ... the monthly fee payable for the
  // Hosting Services shall be reduced as follows", "eGain will credit Customer's account for
  // one (1) day of service". A fee cut for poor service is a service credit in all but name.
  if (cue == std::string_view::npos && !credits.stated &&
      has_any(s, {"downtime", "unavailability", "service level", "service levels", "availability"}) &&
      (has_any(s, {"credit the account", "credit customer's account", "credit the customer's account",
                        "credit its account", "credit to the account"}) ||
       (has_any(s, {"fee", "fees", "charge", "charges"}) && has_any(s, {"shall be reduced", "will be reduced"})))) {
    state(credits, s);
    credits.flag = true;
    return;
  }
  if (cue == std::string_view::npos) return;
  if (!credits.stated && !has_any(s, {"no service credit*", "credits do not apply", "credits shall not apply"})) {
    state(credits, s);
    credits.flag = true;
  }
  // "There is no cap on the total Service Credits", "not subject to any maximum": uncapped.
  if (has_any(s, {"no cap", "not capped", "uncapped", "no maximum", "not subject to any maximum", "no limit",
                       "without limit", "unlimited", "not be subject to any cap", "not subject to any cap"})) {
    return;
  }
  if (!cap.stated &&
      has_any(s, {"cap", "capped", "exceed", "maximum", "limited to", "no more than", "up to", "in aggregate"})) {
    if (auto rate = s.value_after(cue, ValueType::percent); rate && is_share(*rate)) {
      state(cap, s);
      set_value(cap, s, *rate);
    }
  }
}

void read_volume_guarantee(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  // "a guaranteed minimum payment equivalent to seventy (70) attendances per day" guarantees
  // a volume in the words of money.
  if (!has_any(s, {"volume*", "referrals", "number of participants", "number of service users", "minimum number",
                        "quantity", "value of work",
                        "estimate", "estimates", "indicative", "guaranteed minimum", "minimum payment",
                        "minimum guaranteed", "a minimum of", "forecast", "forecasts"})) {
    return;
  }
  const Cues none = {"not guarantee*", "no guarantee", "doesn't guarantee", "don't guarantee", "does not warrant", "not warrant", "indicative only",
                     "for information only", "no minimum", "without any guarantee", "not a guarantee",
                     "not be bound", "no commitment", "not committed", "not commit", "no exclusivity",
                     "not been offered", "planning purposes only", "no volume", "estimates only", "estimate only",
                     // "A Forecast will not be deemed to constitute a binding purchase order"
                     "non-binding", "not binding", "not be binding", "not constitute a binding",
                     "not be deemed to constitute a binding"};
  if (has_any(s, none)) {
    state(term, s);
    term.flag = false;
    return;
  }
  // "If referrals ... fall below the Minimum Referral Level, UJP shall nevertheless pay the
  // Capacity Payment": a floor under the payment is a guarantee in all but the word.
  const Cues guaranteed = {"guarantee*", "shall nevertheless pay", "will nevertheless pay", "shall still pay",
                           "will still pay"};
  const std::size_t guarantee = find_any(s, {"guarantee*", "minimum of", "at least", "nevertheless pay", "still pay"});
  if (guarantee == std::string_view::npos || !has_any(s, guaranteed)) return;
  state(term, s);
  term.flag = true;
  if (auto n = s.value_after(guarantee, ValueType::number)) set_value(term, s, *n);
}

// A right to end the contract without grounds whose notice period is not in its own sentence:
// "Either party may terminate this Agreement for any or no reason." | "To terminate this
// Agreement, the terminating party must ... giving the other party 30 days advance notice."
// The next sentence of its clause may give the period; if it does not, the right is on no
// notice at all (0 days), the worst case for the provider.
struct PendingNotice {
  bool pending = false;
  bool none_if_not_next = false;  // with no period in the next sentence, the right is on no notice
  Sentence sentence;
  std::uint32_t norm_begin = 0;
  std::size_t norm_size = 0;
  int clause = -1;
};

// The right to end the contract, not "Termination Assistance" or "on termination". "unless
// terminated by either Party upon ninety (90) days written notice" inside a renewal sentence
// is the same right.
const Cues termination_right = {"terminate", "terminates", "terminating", "termination for convenience",
                                "end this agreement", "end this contract", "end this subcontract", "cancellable",
                                "cancel this agreement", "cancel this contract", "unless terminated by either party",
                                "unless terminated by either"};
const Cues without_grounds_cues = {"convenience", "for any reason", "at any time", "at any stage", "without cause",
                                   "without reason", "without giving reason*", "any reason whatsoever",
                                   "for any or no reason", "with or without cause", "unless terminated by either party",
                                   "unless terminated by either"};
// A right that ends the contract as the notice arrives: "the effective date of termination
// shall be the date such notice is received".
const Cues on_receipt_of_notice = {"date such notice is received", "date the notice is received",
                                   "date of receipt of such notice", "effective on receipt", "effective upon receipt"};

// True when `norm` gives a right to end the contract without grounds (a bare "may terminate
// this Agreement by giving notice", with no condition, is one).
bool right_without_grounds(std::string_view norm) {
  return has_any(norm, without_grounds_cues) ||
         (has_any(norm, {"may terminate this", "can terminate this", "may end this", "can end this",
                         "right to terminate this"}) &&
          has_any(norm, {"notice"}) &&
          !has_any(norm, {"if", "where", "in the event", "fails", "failure", "upon", "on the", "on or before",
                          "provided that"}));
}

// True when a right without grounds and without a period is on no notice at all: the
// sentence gives the right itself ("Either party may terminate this Agreement for any or no
// reason."), not an event ("If the Contractor terminates this Subcontract for any reason, ...")
// or a list item under a lead-in, and ends there (a sentence a page break cut off may give its
// period on the next page).
bool right_on_no_notice(const SentenceView& s) {
  const std::string_view words = std::string_view(s.doc.document.text).substr(s.sentence.begin, s.sentence.end - s.sentence.begin);
  const std::size_t last = words.find_last_not_of(" \t\r\n");
  const bool ends = last != std::string_view::npos && words[last] == '.';
  const bool conditional = has_any(s, {"if", "in the event", "where", "upon", "provided that", "on or before"}) &&
                           !has_any(s, {"at any stage", "at any time"});
  return ends && !conditional &&
         has_any(s, {"may terminate this", "can terminate this", "may end this", "can end this",
                          "right to terminate this", "cancel this contract", "cancel this agreement", "may cancel this"});
}

// The notice in days, when `item` (a sentence, or one item of a list in it) gives a period.
std::optional<TypedValue> notice_period_in(const SentenceView& s, std::size_t from, std::size_t to) {
  for (std::size_t at = from;;) {
    auto days = s.value_after(at, ValueType::duration);
    if (!days || s.doc.text.tokens[days->first_token].norm_begin - s.norm_begin >= to) return std::nullopt;
    if (days->days >= 1 && days->days <= 1825) return days;
    at = s.doc.text.tokens[days->end_token - 1].norm_end - s.norm_begin;
  }
}

// The items of a list inside one sentence: "(a) upon the death ...; (b) ...; (c) ninety (90)
// days following ... notice of termination for any or no reason; or (d) ...". Each item is
// [begin, end) of the normalised sentence; the whole sentence when it has no items.
std::vector<std::pair<std::size_t, std::size_t>> list_items(std::string_view norm) {
  std::vector<std::size_t> starts = {0};
  for (std::size_t open = norm.find('('); open != std::string_view::npos; open = norm.find('(', open + 1)) {
    const std::size_t close = norm.find(')', open);
    if (close == std::string_view::npos || close - open < 2 || close - open > 4) continue;
    const std::string_view label = norm.substr(open + 1, close - open - 1);
    const bool letters = std::all_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // "(a)" to "(h)" or a roman "(iv)": a list label, not "(90)" after a number in words.
    if (letters && (open == 0 || norm[open - 1] == ' ')) starts.push_back(open);
  }
  std::vector<std::pair<std::size_t, std::size_t>> items;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    items.emplace_back(starts[i], i + 1 < starts.size() ? starts[i + 1] : norm.size());
  }
  return items;
}

void state_notice(ContractTerm& term, const SentenceView& s, const std::optional<TypedValue>& days) {
  state(term, s);
  if (days) {
    set_value(term, s, *days);
  } else {
    term.has_value = true;
    term.value = 0;
    term.value_text = "no notice period";
    term.note = "a right to end the contract with no period of notice: 0 days, the worst case";
  }
}

void read_termination_notice(ContractTerm& term, PendingNotice& pending, const SentenceView& s) {
  if (term.stated) return;
  const int clause = s.doc.structure.clause_at(s.sentence.begin);
  // The sentence after a right without its period: its period, or no notice at all.
  if (pending.pending) {
    pending.pending = false;
    const Sentence joined{pending.sentence.begin, s.sentence.end, pending.sentence.first_token, s.sentence.end_token};
    const std::uint32_t norm_end = s.norm_begin + static_cast<std::uint32_t>(s.norm.size());
    const SentenceView both{s.doc, joined,
                            std::string_view(s.doc.text.text).substr(pending.norm_begin, norm_end - pending.norm_begin),
                            pending.norm_begin, {}, s.names};
    const std::size_t second = s.norm_begin - pending.norm_begin;
    if (clause == pending.clause && has_any(s, {"notice"}) && !has_any(s, {"breach", "insolven*", "remed*"})) {
      if (auto days = notice_period_in(both, second, both.norm.size())) {
        state_notice(term, both, days);
        return;
      }
    }
    if (pending.none_if_not_next) {
      const SentenceView alone{s.doc, pending.sentence,
                               std::string_view(s.doc.text.text).substr(pending.norm_begin, pending.norm_size),
                               pending.norm_begin, {}, s.names};
      state_notice(term, alone, std::nullopt);
      return;
    }
  }
  std::size_t cue = find_any(s, termination_right);
  // "10.1 The Contractor may terminate this Subcontract: (a) at any time on three (3) months'
  // written notice; …": a list item under a lead-in that gives the right.
  if (cue == std::string_view::npos && has_any(s.lead_in, termination_right)) cue = 0;
  if (cue == std::string_view::npos) return;
  // "with immediate effect by notice within three (3) months after any such change": the
  // notice is immediate, the period is something else. In a list of the events that end the
  // contract "immediately", an item that ends it on notice without grounds ("(c) ninety (90)
  // days following the date the Company gives ... notice of termination for any or no
  // reason") is read alone.
  if (has_any(s, {"immediate effect", "immediately"})) {
    for (const auto& [begin, end] : list_items(s.norm)) {
      if (begin == 0) continue;
      const std::string_view item = s.norm.substr(begin, end - begin);
      if (!has_any(item, without_grounds_cues) || has_any(item, {"immediate effect", "immediately", "breach",
                                                                 "insolven*", "remed*"})) {
        continue;
      }
      if (auto days = notice_period_in(s, begin, end)) {
        state_notice(term, s, days);
        return;
      }
    }
    return;
  }
  if (!right_without_grounds(s.norm) || has_any(s, {"breach", "insolven*", "remed*"})) return;
  if (auto days = notice_period_in(s, cue, s.norm.size())) {
    state_notice(term, s, days);
    return;
  }
  if (has_any(s, on_receipt_of_notice)) {
    state_notice(term, s, std::nullopt);
    term.value_text = "on receipt of the notice";
    term.note = "the contract ends as the notice is received: 0 days";
    return;
  }
  pending = {true, right_on_no_notice(s), s.sentence, s.norm_begin, s.norm.size(), clause};
}

void read_workforce(ContractTerm& tupe, ContractTerm& pension, const SentenceView& s) {
  // "Relevant Transfer" is the Regulations' own name for a transfer under TUPE.
  if (!tupe.stated && has_any(s, {"tupe", "transfer of undertakings", "relevant transfer"})) {
    state(tupe, s);
    tupe.flag = !has_any(s, {"do not expect", "does not expect", "not expected", "does not apply", "do not apply",
                                  "shall not apply", "will not apply", "no transfer", "no employees", "no staff"});
  }
  if (!pension.stated &&
      has_any(s, {"local government pension scheme", "lgps", "admitted body", "admission agreement",
                       "defined benefit", "final salary", "nhs pension scheme", "civil service pension*",
                       "broadly comparable", "fair deal"})) {
    state(pension, s);
    pension.flag = true;
  }
}

void read_fixed_price(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s, {"price", "prices", "charges", "fees", "rates", "fee"})) return;
  // "The Charges shall not be increased by reason of any such variation" is about changes.
  if (has_any(s, {"variation", "variations", "change request"})) return;
  if (has_any(s, {"fixed for", "remain fixed", "shall be fixed", "are fixed", "is fixed", "firm for",
                       "shall not be increased", "will not be increased", "no indexation", "not be subject to indexation",
                       "not be indexed", "no price increase*", "not be adjusted for inflation", "shall not change",
                       "not otherwise be subject to indexation", "not be subject to any indexation",
                       "will not change", "is a fixed price", "being a fixed price", "shall be a fixed price"})) {
    state(term, s);
    term.flag = true;
    return;
  }
  // Indexed to prices or to pay: "adjusted each April by the percentage increase in the
  // National Living Wage" keeps the price in step with staff costs as CPI does with prices.
  if (has_any(s, {"indexation", "index-linked", "indexed", "consumer prices index", "retail prices index", "cpi",
                       "rpi", "cpih", "national living wage", "national minimum wage", "real living wage",
                       "cost uplift", "uplift factor", "price index", "cost index"}) &&
      has_any(s, {"increase*", "adjust*", "uplift*", "review*", "revision", "revised", "indexed",
                       "index-linked"})) {
    state(term, s);
    term.flag = false;
  }
}

// True when `s` has the provider paying ("The sum paid by the Supplier to CCS", "the
// Supplier shall pay"): about what the provider pays, not how it is paid.
bool provider_pays(const SentenceView& s) {
  for (const std::string& cue : s.names->provider_paying) {
    if (find_cue(s, cue) != std::string_view::npos) return true;
  }
  return false;
}

// How often the provider invoices, or is paid in instalments: "invoice monthly in arrears",
// "paid in quarterly instalments in arrears", "£36,000 per quarter in arrears", "submit an
// invoice at the end of each month". The frequency nearest the billing word is the one kept
// ("The Contract Price is £148,000 per year, payable in twelve (12) equal monthly
// instalments" is monthly).
//
// The more specific statement wins: a price with its own period ("The Prime shall pay £36,000
// per quarter in arrears", in the pricing schedule) is how that price is invoiced, whatever a
// general clause said before it ("The Partner shall submit a valid invoice monthly in
// arrears"). `priced` is true once the period read is one a price states.
void read_invoice_period(ContractTerm& term, bool& priced, const SentenceView& s) {
  if (term.stated && priced) return;
  const Cues billing = {"invoice", "invoices", "invoiced", "invoicing", "instalment", "instalments", "installment",
                        "installments", "in arrears", "in advance", "submit a claim", "submit claims",
                        "submit one claim", "payable monthly", "paid monthly", "due monthly", "payable quarterly",
                        "paid quarterly", "due quarterly"};
  std::size_t bill = find_any(s, billing);
  // With no billing word, a payment with its period close by says how often the provider is
  // paid: "the quarterly fee for that quarter, which shall be paid to Company", "For each month during the term of
  // this Agreement, HPS will pay to SHPS", "agrees to pay ... on or before the first day of
  // the month in which the services are provided".
  // A price "per month" or "a monthly fee" says what is paid, not how often: only a payment
  // said to be made for each period, or at a period's start, is.
  std::size_t nearest_allowed = std::string_view::npos;
  if (bill == std::string_view::npos) {
    bill = find_any(s, pay_words);
    nearest_allowed = 80;
    // "the quarterly fee for that quarter, which shall be paid to Company during the following
    // month": the fee of one period, said to be paid after it ("the actual monthly charge for
    // that month" in a definition is a price, not a payment).
    const std::size_t one_period = find_any(s, {"for that quarter", "for that month", "for such quarter",
                                                     "for such month"});
    const bool paid_for_one_period =
        one_period != std::string_view::npos && has_any(s.norm.substr(one_period), {"paid", "payable"});
    if (!paid_for_one_period &&
        !has_any(s, {"for each month", "for each calendar month", "for each quarter", "for each calendar quarter",
                          "first day of the month in which", "first day of each month"})) {
      return;
    }
  }
  if (bill == std::string_view::npos) return;
  // A rate of interest, a credit, a fee the prime keeps, a share "of all Charges" or a
  // report's timetable is not how the provider is paid ("Every month, the Supplier must: ...
  // report on each invoice raised"; "1% ... of all Charges for the Services invoiced to
  // Buyers ... in each month", G-Cloud's Management Charge).
  if (has_any(s, {"interest", "service credit*", "management fee*", "management charge*", "retain*",
                       "retention", "liquidated", "report on", "management information", "of all charges"}) ||
      provider_pays(s)) {
    return;
  }
  struct Frequency {
    Cues cues;
    int months;
  };
  const Frequency frequencies[] = {
      {{"monthly", "each month", "every month", "per month", "each calendar month", "per calendar month",
        "first day of the month in which"},
       1},
      {{"quarterly", "each quarter", "every quarter", "per quarter", "each calendar quarter", "every three months",
        "every 3 months"},
       3},
      {{"half-yearly", "six-monthly", "six monthly", "every six months", "every 6 months"}, 6},
      // "the then applicable Annual Maintenance Charge shall be invoiced": yearly, when no
      // shorter period is nearer the billing word.
      {{"annually", "annual", "yearly", "once a year", "per annum", "each year", "every year"}, 12},
  };
  std::size_t best_distance = std::string_view::npos, best_at = 0, best_size = 0;
  int best_months = 0;
  for (const Frequency& f : frequencies) {
    for (std::string_view cue : f.cues) {
      const std::size_t at = find_cue(s, cue);
      if (at == std::string_view::npos) continue;
      const std::size_t distance = at > bill ? at - bill : bill - at;
      if (distance >= best_distance || distance > nearest_allowed) continue;
      best_distance = distance;
      best_at = at;
      best_size = cue.size();
      best_months = f.months;
    }
  }
  if (best_months == 0) return;
  // "£36,000 per quarter": an amount just before the period.
  bool with_price = false;
  // (The amount's words may take the period in: "£36,000 per quarter" read as one value.)
  if (const auto money = s.value_after(0, ValueType::money)) {
    const std::size_t begin = s.doc.text.tokens[money->first_token].norm_begin - s.norm_begin;
    const std::size_t after = s.doc.text.tokens[money->end_token - 1].norm_end - s.norm_begin;
    with_price = begin < best_at && best_at <= after + 1;
  }
  if (term.stated) {
    if (!with_price || term.value == best_months) return;
    const std::string general = term.value_text + (term.clause.empty() ? std::string() : " (clause " + term.clause + ")");
    term = ContractTerm{};
    term.id = ContractTermId::invoice_period;
    state(term, s);
    term.note = "the price's own period, more specific than the general " + general;
  } else {
    state(term, s);
  }
  priced = with_price;
  term.has_value = true;
  term.value = best_months;
  term.value_text = words_at(s, best_at, best_size);
}

// A management fee or charge: a share of every payment that the prime keeps ("The Contractor
// shall deduct from each payment a Management Fee of twelve per cent (12%) of the invoiced
// amount", "Prospera shall retain from each payment ... a Supply Chain Management Fee ...
// currently fifteen per cent (15%)") or that the provider pays over ("The Supplier shall pay
// CCS the Management Charges"). Its rate is often set elsewhere (an order form, the prime's
// charging policy): the fee is then stated without a value. A management fee the provider
// earns ("a management fee of 3% of Gross Revenues" paid to a manager) is not one: the
// sentence must take the fee from the provider's payments or have the provider pay it.
void read_management_fee(ContractTerm& term, const SentenceView& s) {
  // A fee first stated without its rate ("the Supplier will ... pay Management Charges due to
  // CCS") is stated again by the first sentence that gives the rate.
  if (term.stated && term.has_value) return;
  // A commission the provider pays its prime on what it is paid ("SHPS will pay a commission
  // to HPS equal to five percent (5%) of such amount received by SHPS from HPS") is a
  // management fee by another name; one the provider earns is not (the test below).
  const std::size_t cue = find_any(s, {"management fee", "management fees", "management charge", "management charges",
                                            "top-slice", "top slice", "top-sliced", "top-slicing", "commission",
                                            "commissions"});
  if (cue == std::string_view::npos) return;
  // "the Default Management Charge" is a penalty for late information; refunds and
  // shortfalls of the charge are not its rate.
  if (has_any(s, {"default management charge", "overpaid", "overpayment", "underpaid", "underpayment", "means",
                       "liability", "liabilities"})) {
    return;
  }
  const bool commission = s.norm.substr(cue).rfind("commission", 0) == 0;
  const bool taken = !commission && has_any(s, {"deduct*", "retain*", "withhold*", "withheld", "top-slic*", "from each payment",
                                      "from every payment", "from all payments", "of the charges", "of all charges",
                                      "of the invoiced amount", "of each invoice", "of the contract price"});
  const std::size_t pay = find_any(s, pay_words);
  const std::size_t provider = first_mention(s, PartyRole::provider);
  // "HPS will pay to SHPS ... SHPS will pay a commission to HPS": the provider named as the one
  // paying anywhere in the sentence, not only first.
  const bool paid_over = (pay != std::string_view::npos && provider < pay && provider < cue) || provider_pays(s);
  if (!taken && !paid_over) return;
  auto rate = s.value_after(cue, ValueType::percent);
  if (!rate || !is_share(*rate) || rate->value <= 0) rate = s.value_after(0, ValueType::percent);  // "12% ... is kept as"
  const bool has_rate = rate && is_share(*rate) && rate->value > 0;
  if (term.stated) {
    if (!has_rate) return;
    term = ContractTerm{};
    term.id = ContractTermId::management_fee;
  }
  state(term, s);
  term.flag = true;
  if (has_rate) set_value(term, s, *rate);
}

// A deposit or performance bond the provider puts up, and when it comes back: "shall pay the
// Prime Provider a cash deposit equal to one (1) month's Charges ... returned within ninety
// (90) days after the end of the term", "shall deliver ... an on-demand performance bond ...
// for ten per cent (10%) of the annual Charges". The amount is kept with what it is measured
// in (ContractTerm::basis); "for the amount stated in the Order Form" states a bond without one.
void read_bond(ContractTerm& bond, ContractTerm& release, const SentenceView& s) {
  // A deposit or bond as a thing put up ("a cash deposit", "the bond"), not the verb ("deposit
  // to the settlement account", "after deposit in the mail").
  const std::size_t cue = find_any(s, {"performance bond", "performance bonds", "pension bond", "a bond", "the bond",
                                            "cash deposit", "security deposit", "guarantee deposit", "a deposit",
                                            "the deposit", "bank guarantee"});
  if (cue == std::string_view::npos) return;
  // "the cost of any bond or indemnity required by the Admission Agreement": a cost that may
  // arise, not a bond the contract requires. A fidelity or blanket bond is insurance: its
  // cost is a premium, not cash put up.
  if (has_any(s, {"any bond", "any deposit", "deposited", "deposit account*", "bonded", "bond issue", "fidelity",
                       "blanket bond", "insurance", "deposit with", "deposit in the", "deposit to"})) {
    return;
  }
  if (!bond.stated &&
      has_any(s, {"provide*", "deliver*", "pay", "lodge*", "procure*", "obtain*", "put up", "furnish*", "maintain"})) {
    state(bond, s);
    bond.flag = true;
    const auto& tokens = s.doc.text.tokens;
    auto word = [&](std::uint32_t t) {
      return t < s.sentence.end_token ? s.doc.text.token_text(tokens[t]) : std::string_view();
    };
    const auto money = s.value_after(cue, ValueType::money);
    const auto percent = s.value_after(cue, ValueType::percent);
    const auto months = s.value_after(cue, ValueType::duration);
    // The first of the three after the cue is the amount.
    auto first_token = [](const std::optional<TypedValue>& v) {
      return v ? v->first_token : std::numeric_limits<std::uint32_t>::max();
    };
    const std::uint32_t first = std::min({first_token(money), first_token(percent), first_token(months)});
    if (money && money->first_token == first && money->unit == "GBP") {
      set_value(bond, s, *money);
      bond.basis = "GBP";
    } else if (percent && percent->first_token == first && is_share(*percent)) {
      set_value(bond, s, *percent);
      // "10% of the annual Charges" is a share of a year's price; "10% of the Contract
      // Value" or "of the Charges" of the whole.
      const std::uint32_t next = percent->end_token;
      const bool annual = word(next) == "of" && (word(next + 1) == "annual" || word(next + 2) == "annual" ||
                                                 word(next + 1) == "yearly" || word(next + 2) == "yearly");
      bond.basis = annual ? "percent of annual charges" : "percent of contract value";
    } else if (months && months->first_token == first && (months->unit == "month" || months->unit == "week")) {
      // "one (1) month's Charges": a number of months of the price.
      const std::uint32_t next = months->end_token;
      const std::string_view after = word(next) == "s" || word(next) == "'s" ? word(next + 1) : word(next);
      if (after == "charges" || after == "charge" || after == "fee" || after == "fees" || after == "price" ||
          after == "payment" || after == "payments" || after == "contract") {
        bond.has_value = true;
        bond.value = months->days / 30.0;
        bond.value_text = original_words(s.doc, months->first_token, next + 1);
        bond.basis = "months of charges";
      }
    }
  }
  if (!release.stated && has_any(s, {"return*", "release*", "repaid", "refund*"}) &&
      has_any(s, {"end", "expiry", "termination", "completion"})) {
    const std::size_t back = find_any(s, {"return*", "release*", "repaid", "refund*"});
    if (auto days = s.value_after(back, ValueType::duration); days && days->days <= 1095) {
      state(release, s);
      set_value(release, s, *days);
    }
  }
}

// A price that falls each year: "The Charges shall be reduced by two per cent (2%) on each
// anniversary of the commencement date", "From the second year ..., the Charges shall be
// reduced by two and a half per cent (2.5%) per year". Service credits and reductions for a
// shortfall are deductions, not a price that falls.
void read_price_reduction(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s, {"price", "prices", "charges", "fee", "fees", "rates", "contract value"})) return;
  const std::size_t cue = find_any(s, {"reduced by", "reduce by", "reduction of", "decreased by", "decrease by",
                                            "decrease of", "fall by", "lowered by", "efficiency reduction of"});
  if (cue == std::string_view::npos) return;
  if (!has_any(s, {"each anniversary", "every anniversary", "per year", "each year", "per annum", "every year",
                        "annually", "each contract year", "a year", "year on year", "year-on-year", "each subsequent year"})) {
    return;
  }
  if (has_any(s, {"service credit*", "shortfall", "in proportion", "fail*", "abate*", "deduct*", "liquidated"})) return;
  if (auto rate = s.value_after(cue, ValueType::percent); rate && rate->value > 0 && rate->value < 100) {
    state(term, s);
    set_value(term, s, *rate);
  }
}

// Payment in advance: the invoice for a period is raised, or the price paid, at its start
// ("The Provider shall invoice the Charges quarterly in advance", "the annual fee is payable
// in advance", "CUSTOMER AGREES TO PAY FOR HOSTING SERVICES ON OR BEFORE THE FIRST DAY OF THE
// MONTH IN WHICH THE HOSTING SERVICES ARE PROVIDED", "the then applicable Annual Maintenance
// Charge shall be invoiced to, and paid by MORPHO prior to the beginning of the next annual
// maintenance period"). A period's start alone ("at the start of each quarter") says when an
// invoice is raised only with an invoice word ("The invoices will be issued by EIT at the
// start of each term"): "The Charges are reviewed at the start of each Contract Year" is
// not a payment. Expenses "approved in advance", notice given in advance, a payment refused
// in advance ("no payment shall be made in advance") and a payment the provider makes are
// not how the provider is paid.
// A monthly fee due "by the 5th day of each month": paid early in the month it pays for, so
// in advance, unless the sentence says the payment is for a month already past. Returns the
// offset of "by" or "before", or npos. Days after the tenth are too late in the month to say.
std::size_t due_early_each_month(std::string_view norm) {
  const std::size_t at = find_cue(norm, "day of each month");
  if (at == std::string_view::npos) return std::string_view::npos;
  const std::string_view before = norm.substr(0, at);
  for (std::string_view lead : {"by the ", "before the "}) {
    const std::size_t from = before.rfind(lead);
    if (from == std::string_view::npos || at - from > lead.size() + 8) continue;
    std::string_view day = before.substr(from + lead.size());
    while (!day.empty() && day.back() == ' ') day.remove_suffix(1);
    // "5th", or "5 th" where the normaliser split the ordinal's letters off.
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (day.size() > 2 && day.ends_with(suffix) && day[day.size() - 3] >= '0' && day[day.size() - 3] <= '9') {
        day.remove_suffix(2);
      } else if (day.ends_with(suffix) && day.size() > 3 && day[day.size() - 3] == ' ') {
        day.remove_suffix(3);
      }
    }
    static constexpr std::array<std::string_view, 10> kOrdinals{"first", "second", "third", "fourth", "fifth",
                                                                 "sixth", "seventh", "eighth", "ninth", "tenth"};
    const bool digits = !day.empty() && day.size() <= 2 &&
                        std::all_of(day.begin(), day.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int number = digits ? std::stoi(std::string(day)) : 0;
    const bool early = (digits && number >= 1 && number <= 10) ||
                       std::find(kOrdinals.begin(), kOrdinals.end(), day) != kOrdinals.end();
    if (early) return from;
  }
  return std::string_view::npos;
}

void read_payment_in_advance(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  // "paying the recurring monthly fees by the 5th day of each month": a fee, paid, early in
  // the month, and not for the month before.
  if (const std::size_t early = due_early_each_month(s.norm);
      early != std::string_view::npos && has_any(s, {"fee", "fees", "charge", "charges"}) &&
      (has_any(s, pay_words) || has_any(s, {"paying"})) &&
      !has_any(s, {"preceding", "previous", "prior month", "in arrears", "for the month before",
                        "following month", "invoice*", "expense*", "interest"}) &&
      !provider_pays(s)) {
    state(term, s);
    term.flag = true;
    term.value_text = words_at(s, early, find_cue(s, "day of each month") + 17 - early);
    return;
  }
  const Cues invoice_words = {"invoice", "invoices", "invoiced", "invoicing", "instalment", "instalments",
                              "installment", "installments"};
  const Cues paid_before = {"in advance", "before the first day of the month in which", "prior to the beginning of the",
                            "before the beginning of the", "before the start of the", "prior to the start of the"};
  const Cues period_start = {"at the start of each", "at the beginning of each", "on the first day of each"};
  // Before a period starts says when the price is paid only for a charge or fee ("the Annual
  // Maintenance Charge shall be invoiced to, and paid ... prior to the beginning of the next
  // annual maintenance period"), not for a purchase made "one day before the beginning of
  // the First Quarter".
  const Cues charge_words = {"fee", "fees", "charge", "charges"};
  std::size_t at = find_any(s, paid_before);
  const bool period_start_only = at != find_cue(s, "in advance") &&
                                 at != find_cue(s, "before the first day of the month in which");
  if (at != std::string_view::npos && period_start_only && !has_any(s, invoice_words) &&
      !has_any(s, charge_words)) {
    at = std::string_view::npos;
  }
  if (at == std::string_view::npos || !(has_any(s, pay_words) || has_any(s, invoice_words))) {
    at = has_any(s, invoice_words) ? find_any(s, period_start) : std::string_view::npos;
  }
  if (at == std::string_view::npos) return;
  const std::string_view before = s.norm.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at);
  // "pay for the Customer Data ... in advance of Metavante providing such data": a payment
  // before one delivery, not each period paid at its start.
  if (s.norm.substr(at).rfind("in advance of", 0) == 0 || has_any(before, {"not", "no", "never"}) ||
      has_any(s, {"approv*", "consent", "agreed in advance", "notice", "notif*", "expense*", "interest",
                       "service credit*", "management fee*", "management charge*", "deposit", "bond"}) ||
      provider_pays(s)) {
    return;
  }
  state(term, s);
  term.flag = true;
  std::size_t size = 0;
  for (const Cues* cues : {&paid_before, &period_start}) {
    for (std::string_view cue : *cues) {
      if (find_cue(s.norm.substr(at), cue) == 0) size = std::max(size, cue.size());
    }
  }
  term.value_text = words_at(s, at, size);
}

// True when `s` is about the counterparty's liability ("The Contractor's total liability to
// the Subcontractor shall not exceed …", "In no event shall Contractor be liable to
// Provider …"): the party the sentence names first is the counterparty, and it is not
// about both parties.
// The party whose liability `s` limits, when the sentence names it as the owner: "DGT's total
// liability", "NICE' liability", "the liability of the Contractor". Empty when it names none.
std::string_view liability_owner(const SentenceView& s) {
  const std::size_t at = find_any(s, {"liability", "liabilities"});
  if (at == std::string_view::npos) return {};
  auto last_word = [](std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::size_t begin = text.size();
    while (begin > 0 && is_word_byte(text[begin - 1])) --begin;
    return std::pair{text.substr(begin), text.substr(0, begin)};
  };
  // "X's [total | aggregate | entire | maximum | cumulative] liability".
  std::string_view before = s.norm.substr(0, at);
  for (;;) {
    auto [word, rest] = last_word(before);
    if (word != "total" && word != "aggregate" && word != "entire" && word != "maximum" && word != "cumulative" &&
        word != "overall") {
      break;
    }
    before = rest;
  }
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() >= 2 && before.substr(before.size() - 2) == "'s") return last_word(before.substr(0, before.size() - 2)).first;
  if (!before.empty() && before.back() == '\'') return last_word(before.substr(0, before.size() - 1)).first;
  // "the liability of the Contractor".
  std::string_view after = s.norm.substr(at);
  after.remove_prefix(std::min(after.size(), after.find(' ') == std::string_view::npos ? after.size() : after.find(' ') + 1));
  if (after.rfind("of ", 0) == 0) {
    after.remove_prefix(3);
    if (after.rfind("the ", 0) == 0) after.remove_prefix(4);
    std::size_t end = 0;
    while (end < after.size() && is_word_byte(after[end])) ++end;
    return after.substr(0, end);
  }
  return {};
}

// True when `word` is one of the provider's names, or the last word of one ("Contractor" of
// "the Contractor", "Dolphin" of "Dolphin Industries Limited").
bool names_provider(const SentenceView& s, std::string_view word) {
  for (const std::string& lowered : s.names->provider_all) {
    if (lowered == word || find_cue(lowered, word) != std::string_view::npos) return true;
  }
  return false;
}

bool counterparty_only(const SentenceView& s) {
  if (has_any(s, {"each party", "either party", "neither party", "the parties", "both parties", "each of the parties",
                       "each party's", "either party's"})) {
    return false;
  }
  // A cap on a named party's own liability is the provider's only when that party is the
  // provider: "DGT's total liability" in a contract whose parties were not recognised is not
  // taken for the provider's cap (an unbounded liability is the safer reading).
  static const Cues not_a_party = {"party", "parties", "any", "a", "an", "such", "this", "that", "its", "their"};
  // And when the sentence names the provider as the owner ("MORPHO agrees that XIMAGE's total
  // liability to MORPHO ... shall be limited to"), the cap is the provider's whoever is named first.
  if (const std::string_view owner = liability_owner(s);
      !owner.empty() && std::find(not_a_party.begin(), not_a_party.end(), owner) == not_a_party.end()) {
    return !names_provider(s, owner);
  }
  const std::size_t counterparty = first_mention(s, PartyRole::counterparty);
  return counterparty != std::string_view::npos && counterparty < first_mention(s, PartyRole::provider);
}

void read_liability_cap(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s, {"liability", "liabilities"})) return;
  if (has_any(s, {"unlimited liability", "liability shall be unlimited", "liability is unlimited",
                       "liability will be unlimited", "without limit"})) {
    if (counterparty_only(s)) return;
    state(term, s);
    term.flag = false;
    return;
  }
  const std::size_t cap = find_any(s, {"shall not exceed", "will not exceed", "not exceed", "limited to",
                                            "capped at", "maximum aggregate", "in aggregate exceed", "no more than",
                                            "in no event exceed"});
  if (cap == std::string_view::npos || has_any(s, {"insurance", "insured"}) || counterparty_only(s)) return;
  // "Contractor's liability to NICE for any indirect, special, incidental ... or consequential
  // damages ... shall not exceed five million US dollars": a cap on indirect loss only leaves
  // direct loss uncapped, so it is not a cap on the provider's liability.
  const std::size_t liability = find_any(s, {"liability", "liabilities"});
  if (liability < cap) {
    const std::string_view limited = s.norm.substr(liability, cap - liability);
    if (has_any(limited, {"for any indirect", "for indirect", "for any consequential", "for consequential",
                          "for any special", "for special"}) &&
        !has_any(limited, {"including", "direct or indirect", "direct and indirect"})) {
      return;
    }
  }
  // "including, but not limited to, … civil liability": a list, not a cap.
  if (find_any(s, {"not limited to"}) + 4 == cap) return;
  state(term, s);
  term.flag = true;
  if (auto money = s.value_after(cap, ValueType::money)) set_value(term, s, *money);
}

// A defined term named in `s` before normalised offset `before` whose definition is a date
// ("\"Transfer Date\" means 1 May 2022"): the date, with the tokens of the term's mention in
// `s` (so the value's words read "the Transfer Date until 30 April 2027").
std::optional<TypedValue> defined_date_before(const SentenceView& s, std::size_t before) {
  for (const Definition& d : s.doc.structure.definitions) {
    if (d.normalised_term.empty()) continue;
    const std::size_t at = find_cue(s, d.normalised_term);
    if (at == std::string_view::npos || at >= before) continue;
    const NormalisedText meaning = normalise(document_from_text(d.definition));
    const auto count = static_cast<std::uint32_t>(meaning.tokens.size());
    auto date = count > 0 ? read_typed_value(meaning, 0, ValueType::date, count) : std::nullopt;
    // An inline definition's words end with the date they name: "made as of the 26 day of
    // January, 2007 (the \"Effective Date\")".
    for (std::uint32_t t = 1; !date && d.inline_definition && t < count; ++t) {
      auto last = read_typed_value(meaning, t, ValueType::date, count);
      if (last && last->end_token + 1 >= count) date = last;
    }
    if (!date) continue;
    for (std::uint32_t t = s.sentence.first_token; t < s.sentence.end_token; ++t) {
      if (s.doc.text.tokens[t].norm_begin >= s.norm_begin + at) {
        date->first_token = t;
        return date;
      }
    }
  }
  return std::nullopt;
}

// A defined term named in `scope` whose definition runs from one date to another ("\"Service
// Period\" means April 1st 2019 through to March 30, 2020"), as the days it covers, both
// counted, with the tokens of its mention in `s`.
struct DefinedPeriod {
  double days = 0;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
};
std::optional<DefinedPeriod> defined_period(const SentenceView& s, std::string_view scope) {
  for (const Definition& d : s.doc.structure.definitions) {
    if (d.normalised_term.empty()) continue;
    const std::size_t at = find_cue(scope, d.normalised_term);
    if (at == std::string_view::npos) continue;
    const NormalisedText meaning = normalise(document_from_text(d.definition));
    const auto count = static_cast<std::uint32_t>(meaning.tokens.size());
    std::optional<TypedValue> first, second;
    for (std::uint32_t t = 0; t < count && !second; ++t) {
      auto date = read_typed_value(meaning, t, ValueType::date, count);
      if (!date) continue;
      (first ? second : first) = date;
      t = date->end_token - 1;
    }
    if (!first || !second || second->value <= first->value) continue;
    DefinedPeriod period{second->value - first->value + 1, s.sentence.end_token, s.sentence.end_token};
    for (std::uint32_t t = s.sentence.first_token; t < s.sentence.end_token; ++t) {
      const std::size_t begin = s.doc.text.tokens[t].norm_begin - s.norm_begin;
      if (begin >= at && period.first_token == s.sentence.end_token) period.first_token = t;
      if (begin >= at + d.normalised_term.size()) {
        period.end_token = t;
        break;
      }
    }
    return period;
  }
  return std::nullopt;
}

// The start of the term when a sentence gives it alone ("This Agreement shall commence on
// 1 January 1998."), for a later sentence that gives only the end ("The initial term ... shall
// continue up to and including 28 February 2000").
struct TermStart {
  std::optional<double> date;  // days since 1970-01-01
};

// Where what `s` says of the initial term ends: at "thereafter" or a renewal ("for a one (1)
// year period ... and thereafter shall renew automatically ... unless either party gives ...
// notice"), what follows is the renewal and its notice, not the term.
std::size_t initial_term_end(const SentenceView& s) {
  return std::min(s.norm.size(), find_any(s, {"thereafter", "renew*", "automatic renewal", "automatically renew*"}));
}

// "It is established by calendar year and renewed tacitly every year", "This Agreement shall
// be renewed automatically from year to year": a contract that gives no length of its own
// but renews a year at a time runs for a year. The sentence must be about the contract ("it",
// "this agreement") and name no other length.
bool read_yearly_term(ContractTerm& term, const SentenceView& s) {
  const std::size_t renew = find_cue(s, "renew*");
  if (renew == std::string_view::npos) return false;
  const std::size_t yearly = find_any(s.norm.substr(renew), {"every year", "each year", "from year to year",
                                                             "year to year", "annually"});
  if (yearly == std::string_view::npos || yearly > 40) return false;
  const bool about_contract = s.norm.rfind("it ", 0) == 0 ||
                              has_any(s.norm.substr(0, renew), {"this agreement", "the agreement", "this contract",
                                                                "this subcontract", "the contract"});
  if (!about_contract || s.value_after(0, ValueType::duration) ||
      has_any(s, {"notice", "unless", "may renew", "may be renewed", "option", "extend*"})) {
    return false;
  }
  state(term, s);
  term.has_value = true;
  term.value = 365;
  const std::string_view said = s.norm.substr(renew + yearly);
  term.value_text = words_at(s, renew + yearly, std::min(said.size(), said.find_first_of(".;,")));
  term.note = "renewed a year at a time, with no length of its own: read as one year";
  return true;
}

// The first date in the clause that `s` cites after normalised offset `at` ("the date at 1.3
// above"), or nullopt when the citation names no clause or the clause holds no date.
std::optional<TypedValue> date_in_cited_clause(const SentenceView& s, std::size_t at) {
  std::size_t begin = at;
  while (begin < s.norm.size() && s.norm[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (end < s.norm.size() && s.norm[end] != ' ') ++end;
  if (end == begin || !ascii_is_digit(s.norm[begin])) return std::nullopt;
  const CitationMatch cited = resolve_citation(s.doc.structure, s.norm.substr(begin, end - begin));
  // "1.3 above" in a document whose schedules number their own 1.3: the nearest one before.
  int chosen = cited.status == CitationMatch::Status::found ? cited.clause : -1;
  if (cited.status == CitationMatch::Status::ambiguous) {
    for (int candidate : cited.candidates) {
      if (s.doc.structure.clauses[static_cast<std::size_t>(candidate)].begin <= s.sentence.begin) chosen = candidate;
    }
  }
  if (chosen < 0) return std::nullopt;
  const Clause& clause = s.doc.structure.clauses[static_cast<std::size_t>(chosen)];
  const auto& tokens = s.doc.text.tokens;
  // Tokens are in text order: find the clause's own by search, not by a walk from the start.
  const auto starts_before = [](const Token& token, std::uint32_t offset) { return token.begin < offset; };
  const auto first = static_cast<std::uint32_t>(
      std::lower_bound(tokens.begin(), tokens.end(), clause.begin, starts_before) - tokens.begin());
  const auto limit = static_cast<std::uint32_t>(
      std::lower_bound(tokens.begin() + first, tokens.end(), clause.body_end, starts_before) - tokens.begin());
  for (std::uint32_t t = first; t < limit; ++t) {
    if (auto date = read_typed_value(s.doc.text, t, ValueType::date, limit)) return date;
  }
  return std::nullopt;
}

// "Term: From and including the date at 1.3 above (Appointment begins at) to and including
// the date at 1.4 above": the term between two dates other clauses give.
bool read_term_between_cited_dates(ContractTerm& term, const SentenceView& s) {
  const std::string_view cue = "the date at ";
  const std::size_t from = find_cue(s, "the date at");
  if (from == std::string_view::npos) return false;
  const std::size_t to = s.norm.find(cue, from + cue.size());
  // The sentence is the term's own ("Term: From ...", "The Term runs from ..."), not a notice
  // or a price period that runs between two dates.
  const std::size_t term_word = find_any(s, {"term", "term:"});
  if (to == std::string_view::npos || term_word == std::string_view::npos || term_word > from ||
      !has_any(s.norm.substr(term_word, from - term_word), {"from"}) ||
      !has_any(s.norm.substr(from, to - from), {"to", "until"})) {
    return false;
  }
  const auto start = date_in_cited_clause(s, from + cue.size());
  const auto end = date_in_cited_clause(s, to + cue.size());
  if (!start || !end || end->value <= start->value) return false;
  const double days = end->value - start->value + 1;  // both days count
  if (days < 90 || days > 3650) return false;
  state(term, s);
  term.has_value = true;
  term.value = days;
  term.value_text = words_at(s, from, s.norm.size() - from);
  return true;
}

void read_term_length(ContractTerm& term, TermStart& start_of_term, const SentenceView& s) {
  if (term.stated) return;
  if (read_yearly_term(term, s) || read_term_between_cited_dates(term, s)) return;
  const std::string_view scope = s.norm.substr(0, initial_term_end(s));
  const auto scope_has = [&](Cues cues) { return has_any_in_start(s, scope.size(), cues); };
  // "Term: twelve (12) months from the date of the Agreement": a schedule's label.
  const bool label = scope.rfind("term:", 0) == 0 || scope.rfind("term :", 0) == 0 ||
                     scope.rfind("term of agreement:", 0) == 0 || scope.rfind("contract term:", 0) == 0;
  // The contract's own duration: "This Subcontract ... continues for a period of three (3)
  // years", "This agreement ... lasts for two (2) years", "an initial term of 24 months".
  // Or, in a grant agreement, the period funded: "\"Funding Period\" means 1 July 2024 to 30 June 2027".
  // "XIMAGE's obligations hereunder shall become effective upon the Effective Date and ...
  // remain in full force and effect for at least one year thereafter" is the term by its duties.
  if (!label && !scope_has({"this subcontract", "this agreement", "this contract", "this sub-contract",
                            "initial term", "the term", "funding period", "grant period", "contract period",
                            "the agreement", "obligations hereunder"})) {
    return;
  }
  // "shall commence on the Effective Date and extend for three (3) years" is the initial
  // term; "may extend", "extend this Agreement", an extension, is not.
  if (!label && !scope_has({"continue", "continues", "continue in force", "lasts", "last for", "shall expire",
                            "expires", "for a period of", "for an initial period", "initial term of", "term of",
                            "until", "ends on", "end on", "runs from", "means", "extend for",
                            "remain in full force and effect", "remain in effect", "commence on",
                            "commences on", "shall commence", "will commence"})) {
    return;
  }
  if (scope_has(pay_words) ||
      scope_has({"notice", "invoice*", "records", "retain*", "insurance", "warrant*", "within", "after", "before",
                 "rolling", "extension*", "extended", "extend this", "extend the", "extend it", "may extend",
                 "to extend", "further period", "a further", "anniversary", "exit", "each period",
                 "following", "if", "survive*", "during the term", "review*"})) {
    return;
  }
  // A value after `scope` belongs to the renewal.
  auto in_scope = [&](const std::optional<TypedValue>& v) {
    return v && s.doc.text.tokens[v->first_token].norm_begin - s.norm_begin < scope.size();
  };
  // A period "thereafter" runs from the start the sentence gives ("shall commence on the
  // Effective Date and extend for three (3) years thereafter"), not after the term.
  if (scope.size() < s.norm.size() && s.norm.substr(scope.size()).rfind("thereafter", 0) == 0 &&
      !label && !scope_has({"commence*", "effective", "from the date", "from the start"})) {
    return;
  }
  // "shall commence on 1 October 2021 and continue until 30 September 2026": from date to date.
  auto state_dates = [&](double start, double end, std::uint32_t first_token, std::uint32_t end_token) {
    const double days = end - start + 1;  // both days count: 1 Oct to 30 Sep is a year
    if (days < 90 || days > 3650) return false;
    state(term, s);
    term.has_value = true;
    term.value = days;
    term.value_text = original_words(s.doc, first_token, end_token);
    return true;
  };
  if (auto start = s.value_after(0, ValueType::date); in_scope(start)) {
    const std::size_t after_start = s.doc.text.tokens[start->end_token - 1].norm_end - s.norm_begin;
    auto end = s.value_after(after_start, ValueType::date);
    if (!in_scope(end)) end.reset();
    if (end && end->value > start->value) {
      if (state_dates(start->value, end->value, start->first_token, end->end_token)) return;
    } else if (!end) {
      const std::size_t date_at = s.doc.text.tokens[start->first_token].norm_begin - s.norm_begin;
      const std::size_t until = find_any(scope, {"until", "to", "expires on", "expire on", "ends on", "end on",
                                                 "up to and including"});
      // "This Agreement shall commence on 1 January 1998.": the start, for the sentence that
      // gives the end.
      const std::size_t commence = find_any(scope, {"commence on", "commences on", "commencing on", "start on",
                                                    "starts on", "effective from", "effective on", "effective as of"});
      const auto length = s.value_after(0, ValueType::duration);
      if (commence != std::string_view::npos && commence < date_at && until == std::string_view::npos &&
          !in_scope(length)) {
        start_of_term.date = start->value;
        return;
      }
      // "runs from the Transfer Date until 30 April 2027": the one date is the end, and the
      // start is a defined date, or one an earlier sentence gave.
      if (until < date_at) {
        if (auto defined = defined_date_before(s, until); defined && start->value > defined->value) {
          if (state_dates(defined->value, start->value, defined->first_token, start->end_token)) return;
        }
        if (start_of_term.date && start->value > *start_of_term.date &&
            state_dates(*start_of_term.date, start->value, start->first_token, start->end_token)) {
          return;
        }
      }
    }
  }
  // "This Agreement shall continue in effect for the Service Period", a period defined by its dates.
  if (auto period = defined_period(s, scope); period && !s.value_after(0, ValueType::duration)) {
    if (state_dates(0, period->days - 1, period->first_token, period->end_token)) return;
  }
  for (std::size_t from = 0;;) {
    auto days = s.value_after(from, ValueType::duration);
    if (!in_scope(days)) return;
    if ((days->unit == "month" || days->unit == "year") && days->days >= 90 && days->days <= 3650) {
      state(term, s);
      set_value(term, s, *days);
      return;
    }
    from = s.doc.text.tokens[days->end_token - 1].norm_end - s.norm_begin;
  }
}

// A price per period: "The Contract Price is £148,000 per year", "Annual price: £412,000",
// "A monthly fee of £42,000", "Block payment of £27,500 per month". `rate` keeps the sentence
// and the amount, `months` the period in months. A price per unit ("£410 per Service User",
// "£85 for each Client per month") is not a rate of the contract.
void read_price_rate(ContractTerm& rate, int& months, const SentenceView& s) {
  if (rate.stated || !has_any(s, {"price", "charge", "charges", "fee", "fees", "payment", "grant"}) ||
      has_any(s, {"insurance", "liability", "liquidated", "credit", "credits", "deposit", "damages", "interest"})) {
    return;
  }
  const auto money = s.value_after(0, ValueType::money);
  if (!money || money->unit != "GBP" || money->value <= 0 || money->value > 1e12) return;
  const auto& tokens = s.doc.text.tokens;
  auto word = [&](std::uint32_t t) {
    return t < s.sentence.end_token ? s.doc.text.token_text(tokens[t]) : std::string_view();
  };
  auto period_months = [](std::string_view w) {
    if (w == "month") return 1;
    if (w == "quarter") return 3;
    if (w == "year" || w == "annum") return 12;
    return 0;
  };
  int period = 0;
  std::uint32_t end = money->end_token;
  if (const std::string_view after = word(money->end_token); after == "per" || after == "a" || after == "each") {
    period = period_months(word(money->end_token + 1));
    end = money->end_token + 2;
  } else {
    // "Annual price: £412,000", "A monthly fee of £42,000": the period words before the amount.
    const std::size_t at = tokens[money->first_token].norm_begin - s.norm_begin;
    const std::string_view before = s.norm.substr(0, at);
    if (has_any(before, {"monthly"})) period = 1;
    if (has_any(before, {"quarterly"})) period = 3;
    if (has_any(before, {"annual", "annually", "yearly"})) period = 12;
  }
  if (period == 0) return;
  state(rate, s);
  rate.has_value = true;
  rate.value = money->value;
  rate.value_text = original_words(s.doc, money->first_token, end);
  months = period;
}

void read_contract_value(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  // A grant agreement's value is its grant: "\"Grant\" means the sum of up to £285,000".
  const std::size_t cue = find_any(s, {"contract value", "total value", "maximum value", "contract price",
                                            "total price", "total charges", "value of this", "total contract",
                                            "means the sum of", "means a sum of", "total grant", "maximum grant",
                                            "grant of up to"});
  if (cue == std::string_view::npos || has_any(s, {"insurance", "liability", "terminat*", "fails to pay"})) return;
  // "\"Grant\" means the sum of up to £285,000": a defined sum is the value only when it is the grant.
  if (find_any(s, {"means the sum of", "means a sum of"}) == cue && !has_any(s, {"grant"})) return;
  // Up to a trillion pounds, the offer file's own limit (offer-model.md).
  if (auto money = s.value_after(cue, ValueType::money); money && money->unit == "GBP" && money->value <= 1e12) {
    // "£31,500 per month" or "£148,000 per year" is a rate, not the value of the contract.
    const std::uint32_t next = money->end_token;
    if (next < s.sentence.end_token) {
      const std::string_view word = s.doc.text.token_text(s.doc.text.tokens[next]);
      if (word == "per" || word == "a" || word == "each" || word == "every") return;
    }
    state(term, s);
    set_value(term, s, *money);
  }
}

// True when `sentence` is an entry of a definitions list (not an inline "(the \"Prime\")").
bool in_definitions_list(const AnalysedDocument& doc, const Sentence& sentence) {
  for (const Definition& d : doc.structure.definitions) {
    if (!d.inline_definition && sentence.begin < d.end && d.begin < sentence.end) return true;
  }
  return false;
}

// True when `sentence` continues `before`, cut from it by the text rather than ended: `before`
// is a sentence of words (not a heading), stops without a full stop, colon or semicolon, and
// both are in the same clause.
bool continues(const AnalysedDocument& doc, const Sentence* before, const Sentence& sentence) {
  if (before == nullptr || before->end_token < before->first_token + 7 || before->end > sentence.begin) return false;
  const std::string_view words = std::string_view(doc.document.text).substr(before->begin, before->end - before->begin);
  const std::size_t last = words.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos) return false;
  const char end = words[last];
  if (end == '.' || end == ':' || end == ';' || end == '?' || end == '!') return false;
  return doc.structure.clause_at(before->begin) == doc.structure.clause_at(sentence.begin);
}

// True when `words` (a sentence as written) is a template's option or blank: it opens with
// "[", or has a "[ ]" with no letter or digit inside ("[    ]", "[…]", "[____]").
bool is_template_text(std::string_view words) {
  const std::size_t first = words.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && words[first] == '[') return true;
  for (std::size_t open = words.find('['); open != std::string_view::npos; open = words.find('[', open + 1)) {
    const std::size_t close = words.find(']', open);
    if (close == std::string_view::npos) return false;
    const std::string_view inside = words.substr(open + 1, close - open - 1);
    if (std::none_of(inside.begin(), inside.end(), [](char c) { return ascii_is_alnum(c); })) {
      return true;
    }
  }
  return false;
}

// How many more "[" than "]" `words` has: an option that runs on into the next sentences.
int open_brackets(std::string_view words) {
  return static_cast<int>(std::count(words.begin(), words.end(), '[')) -
         static_cast<int>(std::count(words.begin(), words.end(), ']'));
}

// Every reader, on one sentence.
// A price per period is the contract value when the contract states its term and no total,
// and no share of the price hangs on outcomes (then a fixed fee is only part of the income:
// "A monthly fee of £42,000, representing approximately thirty per cent (30%) of expected
// income").
struct PriceRate {
  ContractTerm term;
  int months = 0;  // the period the price is for
};

void contract_value_from_rate(ContractTerms& t, const PriceRate& rate) {
  using Id = ContractTermId;
  ContractTerm& value = t[Id::contract_value];
  const ContractTerm& length = t[Id::term_length];
  if (value.stated || !rate.term.stated || !length.stated || t[Id::outcome_share].stated) return;
  const long term_months = std::lround(length.value * 12.0 / 365.0);  // as the model counts months
  if (term_months <= 0) return;
  // A price that falls each year is the first year's price: each later year is paid less.
  const ContractTerm& reduction = t[Id::price_reduction];
  const double percent = reduction.stated ? reduction.value : 0;
  double months_paid = 0;  // months of the first period's price over the term
  for (long m = 1; m <= term_months; ++m) months_paid += price_share_in_month(percent, static_cast<int>(m));
  value = rate.term;
  value.id = Id::contract_value;
  value.value = rate.term.value * months_paid / rate.months;
  value.note = rate.term.value_text + " over the " + std::to_string(term_months) + "-month term" +
               (length.clause.empty() ? std::string() : " (clause " + length.clause + ")");
  if (reduction.stated) {
    value.note += ", less " + reduction.value_text + " a year" +
                  (reduction.clause.empty() ? std::string() : " (clause " + reduction.clause + ")");
  }
}

// What one sentence leaves for the next: the start of the term, a right to terminate whose
// notice period may follow.
struct Reading {
  TermStart start_of_term;
  PendingNotice notice;
  bool invoice_period_priced = false;  // the invoicing period read is a price's own
};

void read_sentence(ContractTerms& t, PriceRate& rate, Reading& reading, const SentenceView& s) {
  using Id = ContractTermId;
  read_pay_when_paid(t[Id::pay_when_paid], s);
  read_payment_period(t[Id::payment_period], s);
  read_retention(t[Id::retention], t[Id::retention_release], s);
  read_outcomes(t[Id::outcome_share], t[Id::outcome_lag], s);
  read_service_credits(t[Id::service_credits], t[Id::service_credit_cap], s);
  read_volume_guarantee(t[Id::volume_guarantee], s);
  read_termination_notice(t[Id::termination_notice], reading.notice, s);
  read_workforce(t[Id::tupe], t[Id::pension_scheme], s);
  read_fixed_price(t[Id::fixed_price], s);
  read_liability_cap(t[Id::liability_cap], s);
  read_term_length(t[Id::term_length], reading.start_of_term, s);
  read_contract_value(t[Id::contract_value], s);
  read_price_rate(rate.term, rate.months, s);
  read_invoice_period(t[Id::invoice_period], reading.invoice_period_priced, s);
  read_management_fee(t[Id::management_fee], s);
  read_bond(t[Id::bond], t[Id::bond_release], s);
  read_price_reduction(t[Id::price_reduction], s);
  read_payment_in_advance(t[Id::payment_in_advance], s);
}

}  // namespace

std::string_view to_string(ContractTermId id) { return term_ids[static_cast<std::size_t>(id)]; }

double price_share_in_month(double reduction_percent, int month) {
  return std::pow(1.0 - reduction_percent / 100.0, std::max(0, month - 1) / 12);
}
std::string_view term_label(ContractTermId id) { return term_labels[static_cast<std::size_t>(id)]; }

ContractTerms read_contract_terms(const AnalysedDocument& document) {
  ContractTerms t;
  // A definitions list says what a word means, not what the parties agree: "\"Transferring
  // Employees\" means the employees ... whose employment transfers ... under TUPE" comes
  // before the clause that transfers them. Operative sentences are read first; a term only
  // a definition states is taken from it after.
  ContractTerms defined;
  const PartyNames names = party_names(document);
  PriceRate rate, defined_rate;
  Reading reading;
  const NormalisedText& text = document.text;
  std::string_view lead_in;
  const Sentence* last_sentence = nullptr;  // the last sentence read, headings included
  // The first piece of the sentence the text has cut into pieces, and how many pieces: a PDF
  // line that starts "that date (the ..." or "(1) year from ..." is read as a new sentence,
  // so one sentence can arrive in three ("This Agreement shall be effective as of" | "that
  // date ... and shall continue for a period of one" | "(1) year from the Effective Date.").
  const Sentence* first_piece = nullptr;
  int pieces = 0;
  constexpr int most_pieces = 4;  // beyond this the pieces are a table or a list, not a sentence
  int option_depth = 0;            // "[" not yet closed: a template's option running on
  int option_clause = -1;
  for (const Sentence& sentence : text.sentences) {
    if (sentence.end_token <= sentence.first_token) continue;
    const std::uint32_t nb = text.tokens[sentence.first_token].norm_begin;
    const std::uint32_t ne = text.tokens[sentence.end_token - 1].norm_end;
    const std::string_view norm = std::string_view(text.text).substr(nb, ne - nb);
    const std::string_view previous = lead_in;
    // A sentence ending in a colon introduces the items after it, until one ends the list.
    const std::string_view original = std::string_view(document.document.text).substr(sentence.begin, sentence.end - sentence.begin);
    const std::size_t last = original.find_last_not_of(" \t\r\n");
    if (last != std::string_view::npos && original[last] == ':') {
      lead_in = norm;
    } else if (last != std::string_view::npos && original[last] == '.') {
      lead_in = {};
    }
    // An option opened in one sentence runs on to the one that closes it, within its clause.
    const int clause = document.structure.clause_at(sentence.begin);
    if (clause != option_clause) option_depth = 0;
    const bool in_option = option_depth > 0;
    option_depth = std::max(0, option_depth + open_brackets(original));
    option_clause = clause;
    // A heading ("5. STAFF AND TUPE") names a subject but states no term: the term is in
    // the clause's sentences, which are what a reader should be pointed to.
    if (sentence.end_token < sentence.first_token + 7) {
      last_sentence = &sentence;
      continue;
    }
    // A template's option or blank states nothing until it is filled in: a sentence in square
    // brackets ("[Call-Off Schedule 19 (TUPE Surcharge)]", "[The estimated total value range
    // ... is £0 - £5000.") is text the drafter keeps or deletes, and one with an empty blank
    // ("The guaranteed [minimum] [maximum] volume ... will be as follows: [    ]") has no value.
    if (in_option || is_template_text(original)) {
      last_sentence = &sentence;
      continue;
    }
    const bool definition = in_definitions_list(document, sentence);
    // A sentence the text cut in two: the previous one stops without a full stop in the same
    // clause ("... of each payment, to be released within sixty" | "(60) days after the end
    // of this Subcontract", where a PDF line starts with what looks like a list label). The
    // second half is read joined to the first, so that what needs words of both is found and
    // the half is read in its context ("The sum paid by the Supplier to CCS ..." | "invoiced
    // to Buyers ... in each month" is not how the Supplier is paid).
    if (continues(document, last_sentence, sentence) && first_piece != nullptr) {
      if (++pieces > most_pieces) {
        first_piece = last_sentence;
        pieces = 2;
      }
      const Sentence joined{first_piece->begin, sentence.end, first_piece->first_token, sentence.end_token};
      const std::uint32_t jb = text.tokens[joined.first_token].norm_begin;
      const SentenceView both{document, joined, std::string_view(text.text).substr(jb, ne - jb), jb, previous, &names};
      read_sentence(definition ? defined : t, definition ? defined_rate : rate, reading, both);
    } else {
      first_piece = &sentence;
      pieces = 1;
      const SentenceView s{document, sentence, norm, nb, previous, &names};
      read_sentence(definition ? defined : t, definition ? defined_rate : rate, reading, s);
    }
    last_sentence = &sentence;
  }
  // A right to terminate in the last sentence, with no sentence after it to give its period.
  if (const PendingNotice& p = reading.notice;
      p.pending && p.none_if_not_next && !t[ContractTermId::termination_notice].stated) {
    const SentenceView last{document, p.sentence, std::string_view(text.text).substr(p.norm_begin, p.norm_size),
                            p.norm_begin, {}, &names};
    state_notice(t[ContractTermId::termination_notice], last, std::nullopt);
  }
  for (std::size_t i = 0; i < contract_term_count; ++i) {
    if (!t.terms[i].stated && defined.terms[i].stated) t.terms[i] = defined.terms[i];
  }
  contract_value_from_rate(t, rate.term.stated ? rate : defined_rate);
  return t;
}

}  // namespace clausecheck
