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

#include <algorithm>
#include <initializer_list>

#include "typed_values.h"

namespace clausecheck {
namespace {

constexpr std::array<std::string_view, contract_term_count> term_ids = {
    "payment_period", "pay_when_paid",     "retention",       "retention_release",
    "outcome_share",  "outcome_lag",       "service_credits", "service_credit_cap",
    "volume_guarantee", "termination_notice", "tupe",          "pension_scheme",
    "fixed_price",    "liability_cap",     "term_length",     "contract_value",
};
constexpr std::array<std::string_view, contract_term_count> term_labels = {
    "Payment period",       "Pay when paid",       "Retention",            "Retention released",
    "Share of price paid on outcomes", "Outcome payment lag", "Service credits", "Service credit cap",
    "Volume guarantee",     "Notice of termination for convenience", "TUPE transfer", "Defined-benefit pension",
    "Fixed price",          "Liability cap",       "Term",                 "Contract value",
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

// One sentence, with its normalised words for cue matching.
struct SentenceView {
  const AnalysedDocument& doc;
  const Sentence& sentence;
  std::string_view norm;         // normalised text of the sentence
  std::uint32_t norm_begin = 0;  // its offset in NormalisedText::text

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

void set_value(ContractTerm& term, const SentenceView& s, const TypedValue& v) {
  term.has_value = true;
  term.value = v.type == ValueType::duration ? v.days : v.value;
  term.value_text = original_words(s.doc, v.first_token, v.end_token);
}

// Each reader looks at one sentence and states its term when the sentence states it.

const Cues pay_words = {"pay", "pays", "paid", "payment", "payments", "payable", "remit"};
const Cues receipt_from = {"pay when paid",       "pay-when-paid",      "pay if paid",          "pay-if-paid",
                           "received payment from", "receipt of payment from", "receiving payment from",
                           "receiving the corresponding payment", "received the corresponding payment",
                           "is reimbursed by",     "validated and paid",
                           "has paid us",          "have paid us",       "has itself received payment",
                           "back-to-back basis",   "receipt of funds from", "received funds from"};
const Cues unconditional = {"whether or not", "even if", "regardless of whether", "irrespective of whether"};

void read_pay_when_paid(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s.norm, receipt_from) || has_any(s.norm, unconditional)) return;
  if (!has_any(s.norm, pay_words) && !has_any(s.norm, {"reimburs*", "funds"})) return;
  state(term, s);
  term.flag = true;
  if (auto days = s.value_after(0, ValueType::duration)) set_value(term, s, *days);
}

void read_payment_period(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  const std::size_t pay = find_any(s.norm, pay_words);
  if (pay == std::string_view::npos) return;
  if (!has_any(s.norm, {"invoice", "invoices", "invoiced", "claim", "claims", "receipt", "receive it", "receiving it",
                        "end of the month", "instalment", "instalments", "monitoring return", "approving"})) {
    return;
  }
  // A pay-when-paid sentence gives the days after the prime is paid, not the payment period,
  // unless it pays "whether or not" the prime has been paid.
  if ((has_any(s.norm, receipt_from) && !has_any(s.norm, unconditional)) ||
      has_any(s.norm, {"retain*", "retention", "notice", "terminat*", "interest", "records", "insurance", "dispute*",
                       "withhold*", "repay*", "set off", "set-off", "cancel*"})) {
    return;
  }
  const auto days = s.value_after(pay, ValueType::duration);
  if (!days || days->days > 365 || days->days < 1) return;
  state(term, s);
  set_value(term, s, *days);
}

void read_retention(ContractTerm& retention, ContractTerm& release, const SentenceView& s) {
  const Cues cues = {"retain", "retains", "retained", "retention", "hold back", "holds back", "keep back",
                     "withhold", "withheld"};
  const std::size_t cue = find_any(s.norm, cues);
  if (cue == std::string_view::npos || has_any(s.norm, {"management fee", "service credit*", "records", "interest"})) {
    return;
  }
  if (!retention.stated) {
    if (auto rate = s.value_after(cue, ValueType::percent)) {
      if (has_any(s.norm, pay_words) || has_any(s.norm, {"invoice*", "charges", "fees", "sums", "sum", "amount*"})) {
        state(retention, s);
        set_value(retention, s, *rate);
      }
    }
  }
  if (!release.stated) {
    const std::size_t released = find_any(s.norm, {"release*", "repaid", "returned"});
    if (released == std::string_view::npos || !has_any(s.norm, {"end", "expiry", "termination", "completion"})) return;
    if (auto days = s.value_after(released, ValueType::duration)) {
      state(release, s);
      set_value(release, s, *days);
    }
  }
}

const Cues outcome_words = {"outcome", "outcomes", "results", "payment by results", "results-based",
                            "performance-related", "success fee", "success fees"};

void read_outcomes(ContractTerm& share, ContractTerm& lag, const SentenceView& s) {
  const std::size_t cue = find_any(s.norm, outcome_words);
  if (cue == std::string_view::npos ||
      has_any(s.norm, {"service credit*", "fails", "failure", "liquidated", "penalt*", "credit", "credits"})) {
    return;
  }
  if (!share.stated &&
      has_any(s.norm, {"price", "prices", "charges", "fees", "fee", "income", "contract value", "payment", "payments",
                       "value"})) {
    // The share usually follows the cue ("outcome fees approximately 92%") but may come first
    // ("approximately 70% of expected income is payable only upon ... an Earnings Outcome").
    auto rate = s.value_after(cue, ValueType::percent);
    if (!rate) rate = s.value_after(0, ValueType::percent);
    if (rate) {
      state(share, s);
      set_value(share, s, *rate);
    }
  }
  if (!lag.stated && has_any(s.norm, {"paid", "payable", "claimed", "claim", "payment", "payments"}) &&
      has_any(s.norm, {"after", "following", "from"})) {
    if (auto days = s.value_after(cue, ValueType::duration); days && days->days >= 28 && days->days <= 1100) {
      state(lag, s);
      set_value(lag, s, *days);
    }
  }
}

void read_service_credits(ContractTerm& credits, ContractTerm& cap, const SentenceView& s) {
  const std::size_t cue = find_any(s.norm, {"service credit", "service credits"});
  if (cue == std::string_view::npos) return;
  if (!credits.stated && !has_any(s.norm, {"no service credit*", "credits do not apply", "credits shall not apply"})) {
    state(credits, s);
    credits.flag = true;
  }
  // "There is no cap on the total Service Credits", "not subject to any maximum": uncapped.
  if (has_any(s.norm, {"no cap", "not capped", "uncapped", "no maximum", "not subject to any maximum", "no limit",
                       "without limit", "unlimited"})) {
    return;
  }
  if (!cap.stated &&
      has_any(s.norm, {"cap", "capped", "exceed", "maximum", "limited to", "no more than", "up to", "in aggregate"})) {
    if (auto rate = s.value_after(cue, ValueType::percent)) {
      state(cap, s);
      set_value(cap, s, *rate);
    }
  }
}

void read_volume_guarantee(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  if (!has_any(s.norm, {"volume*", "referrals", "number of participants", "number of service users", "minimum number",
                        "estimate", "estimates", "indicative"})) {
    return;
  }
  const Cues none = {"not guarantee*", "no guarantee", "does not warrant", "not warrant", "indicative only",
                     "for information only", "no minimum", "without any guarantee", "not a guarantee",
                     "not be bound", "no commitment", "not committed", "not commit", "no exclusivity",
                     "not been offered", "planning purposes only", "no volume"};
  if (has_any(s.norm, none)) {
    state(term, s);
    term.flag = false;
    return;
  }
  const std::size_t guarantee = find_any(s.norm, {"guarantee*", "minimum of", "at least"});
  if (guarantee == std::string_view::npos || !has_any(s.norm, {"guarantee*"})) return;
  state(term, s);
  term.flag = true;
  if (auto n = s.value_after(guarantee, ValueType::number)) set_value(term, s, *n);
}

void read_termination_notice(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  // The right to end the contract, not "Termination Assistance" or "on termination".
  const std::size_t cue = find_any(s.norm, {"terminate", "terminates", "terminating", "termination for convenience",
                                            "end this agreement", "end this contract", "end this subcontract"});
  if (cue == std::string_view::npos) return;
  // A right without grounds: "for convenience", "at any time", or a bare "may terminate this
  // Sub-Contract by giving ... notice" with no condition attached.
  const bool without_grounds =
      has_any(s.norm, {"convenience", "for any reason", "at any time", "without cause", "without reason",
                       "without giving reason*", "any reason whatsoever"}) ||
      (has_any(s.norm, {"may terminate this", "can terminate this", "may end this", "can end this"}) &&
       has_any(s.norm, {"notice"}) && !has_any(s.norm, {"if", "where", "in the event", "fails", "failure", "upon", "on the"}));
  if (!without_grounds) return;
  if (has_any(s.norm, {"breach", "insolven*", "remed*"})) return;
  if (auto days = s.value_after(cue, ValueType::duration); days && days->days >= 1) {
    state(term, s);
    set_value(term, s, *days);
  }
}

void read_workforce(ContractTerm& tupe, ContractTerm& pension, const SentenceView& s) {
  if (!tupe.stated && has_any(s.norm, {"tupe", "transfer of undertakings"})) {
    state(tupe, s);
    tupe.flag = !has_any(s.norm, {"do not expect", "does not expect", "not expected", "does not apply", "do not apply",
                                  "shall not apply", "will not apply", "no transfer", "no employees", "no staff"});
  }
  if (!pension.stated &&
      has_any(s.norm, {"local government pension scheme", "lgps", "admitted body", "admission agreement",
                       "defined benefit", "final salary", "nhs pension scheme", "civil service pension*",
                       "broadly comparable", "fair deal"})) {
    state(pension, s);
    pension.flag = true;
  }
}

void read_fixed_price(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s.norm, {"price", "prices", "charges", "fees", "rates", "fee"})) return;
  // "The Charges shall not be increased by reason of any such variation" is about changes.
  if (has_any(s.norm, {"variation", "variations", "change request"})) return;
  if (has_any(s.norm, {"fixed for", "remain fixed", "shall be fixed", "are fixed", "is fixed", "firm for",
                       "shall not be increased", "will not be increased", "no indexation", "not be subject to indexation",
                       "not be indexed", "no price increase*", "not be adjusted for inflation"})) {
    state(term, s);
    term.flag = true;
    return;
  }
  if (has_any(s.norm, {"indexation", "index-linked", "indexed", "consumer prices index", "retail prices index", "cpi",
                       "rpi", "cpih"}) &&
      has_any(s.norm, {"increase*", "adjust*", "uplift*", "review*", "indexed", "index-linked"})) {
    state(term, s);
    term.flag = false;
  }
}

// True when `s` is about the counterparty's liability ("The Contractor's total liability to
// the Subcontractor shall not exceed …", "In no event shall Contractor be liable to
// Provider …"): the party the sentence names first is the counterparty, and it is not
// about both parties.
bool counterparty_only(const SentenceView& s) {
  if (has_any(s.norm, {"each party", "either party", "neither party", "the parties", "both parties", "each of the parties",
                       "each party's", "either party's"})) {
    return false;
  }
  const PartyRoles& parties = s.doc.parties;
  auto first_mention = [&](PartyRole role) {
    std::size_t first = std::string_view::npos;
    for (const std::string& name : parties[role].names) {
      const std::string lowered = normalise_string(name);
      if (lowered.size() <= 3) continue;  // "we", "us", "you": not names
      first = std::min(first, find_cue(s.norm, lowered));
    }
    return first;
  };
  const std::size_t counterparty = first_mention(PartyRole::counterparty);
  return counterparty != std::string_view::npos && counterparty < first_mention(PartyRole::provider);
}

void read_liability_cap(ContractTerm& term, const SentenceView& s) {
  if (term.stated || !has_any(s.norm, {"liability", "liabilities"})) return;
  if (has_any(s.norm, {"unlimited liability", "liability shall be unlimited", "liability is unlimited",
                       "liability will be unlimited", "without limit"})) {
    if (counterparty_only(s)) return;
    state(term, s);
    term.flag = false;
    return;
  }
  const std::size_t cap = find_any(s.norm, {"shall not exceed", "will not exceed", "not exceed", "limited to",
                                            "capped at", "maximum aggregate", "in aggregate exceed"});
  if (cap == std::string_view::npos || has_any(s.norm, {"insurance", "insured"}) || counterparty_only(s)) return;
  state(term, s);
  term.flag = true;
  if (auto money = s.value_after(cap, ValueType::money)) set_value(term, s, *money);
}

void read_term_length(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  // The contract's own duration: "This Subcontract ... continues for a period of three (3)
  // years", "This agreement ... lasts for two (2) years", "an initial term of 24 months".
  if (!has_any(s.norm, {"this subcontract", "this agreement", "this contract", "this sub-contract", "initial term",
                        "the term"})) {
    return;
  }
  if (!has_any(s.norm, {"continue", "continues", "continue in force", "lasts", "last for", "shall expire", "expires",
                        "for a period of", "for an initial period", "initial term of", "term of", "until"})) {
    return;
  }
  if (has_any(s.norm, pay_words) ||
      has_any(s.norm, {"notice", "invoice*", "records", "retain*", "insurance", "warrant*", "within", "after", "before",
                       "rolling", "extend*", "extension", "anniversary", "exit", "each period", "following", "if", "survive*",
                       "review*"})) {
    return;
  }
  // "shall commence on 1 October 2021 and continue until 30 September 2026": from date to date.
  if (auto start = s.value_after(0, ValueType::date)) {
    const std::size_t after_start = s.doc.text.tokens[start->end_token - 1].norm_end - s.norm_begin;
    if (auto end = s.value_after(after_start, ValueType::date); end && end->value > start->value) {
      const double days = end->value - start->value + 1;  // both days count: 1 Oct to 30 Sep is a year
      if (days >= 90 && days <= 3650) {
        state(term, s);
        term.has_value = true;
        term.value = days;
        term.value_text = original_words(s.doc, start->first_token, end->end_token);
        return;
      }
    }
  }
  for (std::size_t from = 0;;) {
    auto days = s.value_after(from, ValueType::duration);
    if (!days) return;
    if ((days->unit == "month" || days->unit == "year") && days->days >= 90 && days->days <= 3650) {
      state(term, s);
      set_value(term, s, *days);
      return;
    }
    from = s.doc.text.tokens[days->end_token - 1].norm_end - s.norm_begin;
  }
}

void read_contract_value(ContractTerm& term, const SentenceView& s) {
  if (term.stated) return;
  const std::size_t cue = find_any(s.norm, {"contract value", "total value", "maximum value", "contract price",
                                            "total price", "total charges", "value of this", "total contract"});
  if (cue == std::string_view::npos || has_any(s.norm, {"insurance", "liability", "terminat*", "fails to pay"})) return;
  if (auto money = s.value_after(cue, ValueType::money); money && money->unit == "GBP") {
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

}  // namespace

std::string_view to_string(ContractTermId id) { return term_ids[static_cast<std::size_t>(id)]; }
std::string_view term_label(ContractTermId id) { return term_labels[static_cast<std::size_t>(id)]; }

ContractTerms read_contract_terms(const AnalysedDocument& document) {
  using Id = ContractTermId;
  ContractTerms t;
  const NormalisedText& text = document.text;
  for (const Sentence& sentence : text.sentences) {
    // A heading ("5. STAFF AND TUPE") names a subject but states no term: the term is in
    // the clause's sentences, which are what a reader should be pointed to.
    if (sentence.end_token < sentence.first_token + 7) continue;
    const std::uint32_t nb = text.tokens[sentence.first_token].norm_begin;
    const std::uint32_t ne = text.tokens[sentence.end_token - 1].norm_end;
    const SentenceView s{document, sentence, std::string_view(text.text).substr(nb, ne - nb), nb};
    read_pay_when_paid(t[Id::pay_when_paid], s);
    read_payment_period(t[Id::payment_period], s);
    read_retention(t[Id::retention], t[Id::retention_release], s);
    read_outcomes(t[Id::outcome_share], t[Id::outcome_lag], s);
    read_service_credits(t[Id::service_credits], t[Id::service_credit_cap], s);
    read_volume_guarantee(t[Id::volume_guarantee], s);
    read_termination_notice(t[Id::termination_notice], s);
    read_workforce(t[Id::tupe], t[Id::pension_scheme], s);
    read_fixed_price(t[Id::fixed_price], s);
    read_liability_cap(t[Id::liability_cap], s);
    read_term_length(t[Id::term_length], s);
    read_contract_value(t[Id::contract_value], s);
  }
  return t;
}

}  // namespace clausecheck
