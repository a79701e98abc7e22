// What kind of document this is, from the words a reader sees first.
//
//  1. The title: the first three lines with words in them (Markdown '#' and emphasis
//     removed; dates, "Crown Copyright" and version lines skipped). The first that says
//     something decides, in this order:
//       amendment   "Amendment No. 2 to …", "First Amendment", "Deed of Variation",
//                   "Variation Agreement", "Contract Change Note"
//       order form  "Call-Off Order Form", "Order Form"
//       schedule    a line that starts with Schedule, Joint / Call-Off / Framework / Order
//                   Schedule and a number or letter: "Call-Off Schedule 10 - Exit Management"
//       annex       a line that starts with Annex, Appendix, Attachment or Exhibit
//       call-off    "Call-Off Contract", "Call-Off Terms", "Call-Off Agreement"
//       framework   "Framework Agreement", "Framework Contract", "Framework Terms"
//     Only three lines are read so that a contents page ("Schedule 1 Services") is not
//     taken for the title. An SEC filing's exhibit number ("Exhibit 10.16", "EX-4.5",
//     "Exhibit 10(l)", "Exhibit 10d-2", and "Exhibit 1" above a parties clause) is skipped:
//     it numbers the filing, and the contract under it is usually the main terms; a title
//     run into it on the same line is read as the line. So is the filing's notice that it
//     redacts information ("IN ACCORDANCE WITH ITEM 601(b) OF REGULATION S-K ...").
//  2. A transaction: an agreement about who owns a business, its shares or its assets, not
//     one under which a provider performs for a customer. Either
//       - a title line names one: "Asset Purchase Agreement", "Separation Agreement",
//         "Agreement and Plan of Merger", "Stockholders Agreement", "Standstill Agreement",
//         "Escrow Agreement", "Voting Agreement"; or
//       - the opening's recitals say the document serves one ("the Separation", "Separation
//         and Distribution Agreement", "spin-off", "Acquisition Agreement", "Stock Purchase
//         Agreement", "Plan of Merger", "beneficially own" shares, "standstill") after a
//         parties clause, and the first 600 bytes (title and parties) name no service,
//         supply or licence: a transition services, supply or licence agreement signed
//         beside an acquisition is still a provider's contract.
//     A word of a party's name ("AFI Licensing LLC", and its short name "Licensing") and a
//     table of contents after the title ("ARTICLE III LICENSES") do not name a service or
//     licence. When a table of contents pushes the recitals to or past the opening's end, they
//     are read from the first "whereas" in the first 20,000 bytes, after a parties clause that
//     names no service, supply or licence.
//     Seen in CUAD: IP agreements of a separation or of a business sale, a shareholder
//     "cooperation agreement" with an investor group, escrow deposit agreements.
//  3. "This Schedule …" / "This Annex …" in the first 3,000 bytes, with no parties clause
//     there ("is made", "between"): a schedule or annex that introduces itself.
//  4. The outline: a document whose first top-level node is a Schedule (Call-Off, Joint …
//     Schedule too) or Annex starting in its first 1,000 bytes, with no numbered clause of
//     its own before it.
//  5. A fragment: a clause or a few clauses on their own, as a reviewer pastes them or a
//     clause set scans them. All three must hold:
//       - no title names a document: none of the first three lines with words is a heading
//         (at most 15 words, not a sentence) whose last word is agreement, contract,
//         subcontract, deed, licence or license (or where that word is followed by "for",
//         "between", "of", or a colon as the first word), or that says terms and conditions,
//         conditions of contract, memorandum of understanding, statement of work. A clause
//         heading that ends in such a word is not a title: one that starts with a clause
//         number ("12. Entire Agreement", "Section 3", "Article 5") or whose noun follows
//         "entire", "whole", "this", "the", "of", "to", "prior" ("Term of Agreement");
//       - no parties clause in the first 3,000 bytes ("is made on", "made between", "by and
//         between", "by and among", "between:", "is entered into", "entered into as of", or
//         a line that is only "Between" or "Parties");
//       - fewer than 1,500 words.
//     The bound comes from real documents: the shortest whole contracts among the CUAD
//     filings (a 250-word web hosting agreement, 120- to 400-word co-branding and licence
//     schedules, joint filing agreements) all have a title or a parties clause, while single
//     clauses from US and UK contracts (a long US indemnity article runs to 600-900 words)
//     have neither. An untitled, partyless text of 1,500 words or more is read as main terms.
//  6. Otherwise the main terms.
#include "document_kind.h"

#include "clausecheck/ascii_case.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace clausecheck {

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::main_terms: return "main-terms";
    case DocumentKind::schedule: return "schedule";
    case DocumentKind::annex: return "annex";
    case DocumentKind::framework: return "framework";
    case DocumentKind::call_off: return "call-off";
    case DocumentKind::order_form: return "order-form";
    case DocumentKind::amendment: return "amendment";
    case DocumentKind::fragment: return "fragment";
    case DocumentKind::transaction: return "transaction";
  }
  return "main-terms";
}

std::optional<DocumentKind> parse_document_kind(std::string_view text) {
  for (std::size_t k = 0; k < document_kind_count; ++k) {
    if (to_string(static_cast<DocumentKind>(k)) == text) return static_cast<DocumentKind>(k);
  }
  return std::nullopt;
}

bool is_part_of_larger_contract(DocumentKind kind) {
  return kind == DocumentKind::schedule || kind == DocumentKind::annex || kind == DocumentKind::amendment ||
         kind == DocumentKind::fragment;
}

bool has_no_provider(DocumentKind kind) { return kind == DocumentKind::transaction; }

namespace {

constexpr std::size_t title_lines = 3;
constexpr std::uint32_t opening_bytes = 3000;
// How far a table of contents may push the parties clause and the recitals.
constexpr std::uint32_t contents_bytes = 20000;
// CCS schedules open with a version-control table (a few hundred bytes of cells) before
// "CALL-OFF SCHEDULE 20 (OPTIONAL)"; nothing before the first part is a clause.
constexpr std::uint32_t outline_top_bytes = 1000;
constexpr std::size_t fragment_max_words = 1500;
constexpr std::size_t title_max_words = 15;
// Where a title that names a service or supply would be: CUAD filings put it up to 500
// bytes in, after a confidential-treatment notice (PlanetCAD's co-branding agreement).
constexpr std::size_t title_bytes = 600;

// The line as a reader sees it: no Markdown marks, no surrounding spaces, lower case.
std::string plain_line(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c != '#' && c != '*' && c != '_') out += c;
  }
  std::size_t b = out.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  std::size_t e = out.find_last_not_of(" \t");
  return ascii_lower(out.substr(b, e - b + 1));
}

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

// The first of `words` that `text` contains, in the order given.
std::optional<std::string_view> first_contained(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (contains(text, w)) return w;
  }
  return std::nullopt;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// "schedule 10 - exit management", "call-off schedule 5", "schedule a", "schedule" alone.
bool starts_with_part(std::string_view line, std::string_view part) {
  for (std::string_view lead : {"", "joint ", "call-off ", "call off ", "framework ", "order "}) {
    std::string prefix = std::string(lead) + std::string(part);
    if (!starts_with(line, prefix)) continue;
    if (line.size() == prefix.size()) return true;
    const char next = line[prefix.size()];
    if (next == ' ' || next == ':' || next == '.' || ascii_is_digit(next)) {
      std::size_t i = prefix.size();
      while (i < line.size() && (line[i] == ' ' || line[i] == ':')) ++i;
      if (i >= line.size() || ascii_is_alnum(line[i])) return true;
    }
  }
  return false;
}

// "Exhibit 10.16", "EXHIBIT 4.5", "EX-99.3": the number under which a contract was filed
// with the SEC, stamped on its first page. It names the filing, not a part of a larger
// contract ("Exhibit A", "Exhibit 1 - Services" are parts). Returns what follows the number on
// the line (a text rendering runs the title into it: "Exhibit 10.19 JOINT CONTENT LICENSE
// AGREEMENT This ..."), or nothing when the line does not open with a filing number.
//
// The forms seen on CUAD's 459 filings: "10.16", "8.77", "10.b.01", "10.d2", "99.(h)(3)",
// "10(l)", "99(k)(5)", "10d-2". A bare number ("Exhibit 1", "EXHIBIT 4") is a filing number
// only when the opening also has a parties clause: a part of a contract rarely has one, and an
// attached form of agreement that does is an agreement of its own.
std::optional<std::string_view> after_filing_exhibit_number(std::string_view line, bool opening_has_parties) {
  std::string_view rest;
  if (starts_with(line, "exhibit ")) {
    rest = line.substr(8);
  } else if (starts_with(line, "ex-")) {
    rest = line.substr(3);
  } else {
    return std::nullopt;
  }
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < rest.size() && ascii_is_digit(rest[i])) ++i;
    return i - start;
  };
  // "(h)", "(iii)", "(5)": a short letter or number in brackets. A part of a contract is not
  // numbered that way after a number ("Exhibit 2", "Exhibit A(1)").
  auto bracket_group = [&] {
    if (i >= rest.size() || rest[i] != '(') return false;
    const std::size_t close = rest.find(')', i);
    if (close == std::string_view::npos || close - i > 5 || close == i + 1) return false;
    for (std::size_t k = i + 1; k < close; ++k) {
      if (!ascii_is_alnum(rest[k])) return false;
    }
    i = close + 1;
    return true;
  };
  const std::size_t number_digits = digits();
  if (number_digits == 0) return std::nullopt;
  // Dotted and bracketed parts: "10.16", "10.b.01", "10.d2", "99.(h)(3)", "10(l)",
  // "10(iii)(a)", "4(b)(ii).3".
  bool parts = false;
  while (i < rest.size() && (rest[i] == '.' || rest[i] == '(')) {
    if (rest[i] == '(') {
      if (!bracket_group()) return std::nullopt;
    } else {
      const std::size_t start = ++i;
      while (i < rest.size() && ascii_is_alnum(rest[i]) && i - start < 4) ++i;
      // A full stop after the number ("Exhibit 10.1.") ends it.
      if (i == start && (i >= rest.size() || rest[i] == ' ')) break;
      if (i == start && rest[i] != '(') return std::nullopt;
    }
    parts = true;
  }
  if (!parts) {
    if (i >= rest.size() || rest[i] == ' ') {
      if (!opening_has_parties) return std::nullopt;
    } else if (number_digits >= 2 && ascii_is_alpha(rest[i])) {
      // "10d-2", "10a": a material contract's number with its letter. Parts of a contract with
      // a letter after a number ("Exhibit 1A") use one digit.
      while (i < rest.size() && (ascii_is_alnum(rest[i]) || rest[i] == '-') && i < 10) ++i;
    } else {
      return std::nullopt;
    }
  }
  // The number ends at a space or the line's end; "10.16*" carries a footnote mark.
  while (i < rest.size() && rest[i] == '*') ++i;
  if (i < rest.size() && rest[i] != ' ') return std::nullopt;
  std::string_view after = rest.substr(i);
  const std::size_t b = after.find_first_not_of(' ');
  return b == std::string_view::npos ? std::string_view{} : after.substr(b);
}

// The notice an SEC filing prints above a contract whose terms it redacts: "IN ACCORDANCE
// WITH ITEM 601(b) OF REGULATION S-K, CERTAIN IDENTIFIED INFORMATION ... HAS BEEN EXCLUDED",
// "CONFIDENTIAL TREATMENT REQUESTED", "[***] Certain information ... omitted". It says
// nothing about what the document is.
bool is_filing_notice(std::string_view line) {
  for (std::string_view w : {"regulation s-k", "confidential treatment", "certain identified information",
                             "has been omitted", "have been omitted", "been excluded from this exhibit",
                             "filed separately with the", "competitive harm", "denoted herein by"}) {
    if (contains(line, w)) return true;
  }
  return false;
}

bool skipped_line(std::string_view line) {
  if (line.empty()) return true;
  if (is_filing_notice(line)) return true;
  if (!std::any_of(line.begin(), line.end(), [](char c) { return ascii_is_alpha(c); })) {
    return true;
  }
  for (std::string_view noise : {"crown copyright", "version ", "v1.", "v2.", "v3.", "date:", "dated", "page "}) {
    if (starts_with(line, noise)) return true;
  }
  return false;
}

// The part of a line that can be a title: the words before its first verb. A clause taken
// out of its contract may open with a sentence that names a document, "10.3.1 CCS has the
// right to terminate the Framework Contract at any time …": a sentence about the framework
// is not its title. Titles run into the parties clause on one line ("G-Cloud 8 Framework
// Agreement This Agreement is made …") keep the words before "is".
std::string_view title_part(std::string_view line) {
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && ascii_is_alpha(line[i])) continue;
    const std::string_view word = line.substr(word_begin, i - word_begin);
    for (std::string_view verb : {"shall", "will", "may", "must", "has", "have", "is", "are", "agrees", "can"}) {
      if (word == verb) return line.substr(0, word_begin);
    }
    word_begin = i + 1;
  }
  return line;
}

std::optional<DocumentKind> kind_of_title(std::string_view line) {
  line = title_part(line);
  for (std::string_view w : {"amendment no", "amendment number", "amendment #", "amendment to", "first amendment",
                             "second amendment", "third amendment", "deed of variation", "variation agreement",
                             "contract change note", "change control note", "variation to"}) {
    if (contains(line, w)) return DocumentKind::amendment;
  }
  if (starts_with(line, "amendment")) return DocumentKind::amendment;
  if (contains(line, "order form")) return DocumentKind::order_form;
  for (std::string_view part : {"schedule", "sch."}) {
    if (starts_with_part(line, part)) return DocumentKind::schedule;
  }
  for (std::string_view part : {"annex", "appendix", "attachment", "exhibit"}) {
    if (starts_with_part(line, part)) return DocumentKind::annex;
  }
  for (std::string_view w : {"call-off contract", "call off contract", "call-off terms", "call-off agreement"}) {
    if (contains(line, w)) return DocumentKind::call_off;
  }
  for (std::string_view w : {"framework agreement", "framework contract", "framework terms"}) {
    if (contains(line, w)) return DocumentKind::framework;
  }
  return std::nullopt;
}

// A title that names a transaction: "ASSET PURCHASE AGREEMENT", "Escrow Agreement".
bool names_a_transaction(std::string_view line) {
  return first_contained(line, {"asset purchase agreement", "stock purchase agreement", "share purchase agreement",
                             "securities purchase agreement", "unit purchase agreement", "plan of merger",
                             "merger agreement", "separation agreement", "separation and distribution",
                             "stockholders agreement", "stockholders' agreement", "shareholders agreement",
                             "shareholders' agreement", "standstill agreement", "voting agreement",
                             "escrow agreement"}).has_value();
}

// Recitals that put the document inside a transaction: the Hertz/Herc IP agreement recites
// "(the \"Separation\")", Motorola's sale to Zebra "Master Acquisition Agreement", an
// investor group's cooperation agreement "beneficially own ... shares".
std::optional<std::string_view> transaction_recital(std::string_view opening) {
  return first_contained(opening, {"\"separation\"", "separation and distribution agreement", "spin-off", "spin off",
                             "acquisition agreement", "asset purchase agreement", "stock purchase agreement",
                             "share purchase agreement", "plan of merger", "beneficially own", "standstill"});
}

// Whether the word that starts at `at` is followed, within two words, by a company's legal
// form: "AFI Licensing LLC", "Acme Services, Inc.". Such a word names a party, not what the
// document does.
bool in_company_name(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && (ascii_is_alnum(text[i]) || text[i] == '-')) ++i;
  for (int word = 0; word < 2; ++word) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < text.size() && (ascii_is_alnum(text[i]) || text[i] == '.')) ++i;
    std::string_view w = text.substr(start, i - start);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    for (std::string_view form : {"llc", "inc", "ltd", "limited", "corporation", "corp", "co", "plc", "lp", "l.p", "gmbh", "ag",
                                  "s.a", "n.v", "b.v"}) {
      if (w == form) return true;
    }
    if (w.empty()) return false;
  }
  return false;
}

// The whole word around `at`: "licensing" for the "licen" in "afi licensing llc".
std::string_view word_around(std::string_view text, std::size_t at) {
  std::size_t b = at, e = at;
  while (b > 0 && (ascii_is_alnum(text[b - 1]) || text[b - 1] == '-')) --b;
  while (e < text.size() && (ascii_is_alnum(text[e]) || text[e] == '-')) ++e;
  return text.substr(b, e - b);
}

// A title that says someone performs or supplies: such a contract keeps its provider even
// when it is signed beside an acquisition ("Transition Services Agreement"). A word of a
// party's name does not count, nor the same word as that party's short name: "AFI Licensing
// LLC ("Licensing")".
bool names_a_performance(std::string_view line) {
  for (std::string_view w : {"service", "supply", "manufactur", "hosting", "outsourc", "consult", "maintenance",
                             "distribut", "resell", "licen", "develop", "marketing", "promotion", "sponsor",
                             "agency", "franchise", "transition", "construction", "employment", "co-brand",
                             "collaborat", "alliance", "joint venture"}) {
    std::vector<std::string_view> name_words;
    for (std::size_t at = line.find(w); at != std::string_view::npos; at = line.find(w, at + 1)) {
      if (in_company_name(line, at)) name_words.push_back(word_around(line, at));
    }
    for (std::size_t at = line.find(w); at != std::string_view::npos; at = line.find(w, at + 1)) {
      if (std::find(name_words.begin(), name_words.end(), word_around(line, at)) == name_words.end()) return true;
    }
  }
  return false;
}

// The title and the parties clause that follows it, up to `title_bytes`, and not into a table
// of contents: "INTELLECTUAL PROPERTY AGREEMENT by and between HONEYWELL ... ARTICLE I
// DEFINITIONS ... ARTICLE III LICENSES" names no licence in its title.
std::string_view title_and_parties(std::string_view text) {
  std::string_view window = text.substr(0, title_bytes);
  for (std::string_view contents : {"article i ", "article 1 ", "article 1.", "section 1.", "section 1 "}) {
    const std::size_t at = window.find(contents);
    if (at != std::string_view::npos) window = window.substr(0, at);
  }
  return window;
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !ascii_is_alnum(line[i]) && line[i] != '-') ++i;
    const std::size_t start = i;
    while (i < line.size() && (ascii_is_alnum(line[i]) || line[i] == '-')) ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

// "12.", "3.1", "(a)", "section 3", "article v", "clause 12": a clause heading, not a title.
bool starts_with_clause_number(std::string_view line, const std::vector<std::string_view>& words) {
  if (!line.empty() && (ascii_is_digit(line[0]) || line[0] == '(')) return true;
  if (words.size() < 2) return false;
  for (std::string_view w : {"section", "article", "clause", "paragraph"}) {
    if (words[0] == w) return true;
  }
  return false;
}

// A heading that names a document: "WEB HOSTING AGREEMENT", "Subcontract for Care Services",
// "General Terms and Conditions"; not a clause heading: "12. Entire Agreement", "Term of
// Agreement", "The Supplier shall comply with this Agreement."
bool names_a_document(std::string_view line) {
  const std::vector<std::string_view> words = words_of(line);
  if (words.empty() || words.size() > title_max_words) return false;
  // A sentence, not a heading: "The Supplier shall ... under this Agreement."
  if (line.back() == '.' && words.size() > 4) return false;
  if (starts_with_clause_number(line, words)) return false;
  for (std::string_view phrase : {"terms and conditions", "conditions of contract", "memorandum of understanding",
                                  "statement of work", "terms of business", "heads of terms"}) {
    if (contains(line, phrase)) return true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    const bool noun = w == "agreement" || w == "contract" || w == "subcontract" || w == "sub-contract" || w == "deed" ||
                      w == "licence" || w == "license";
    if (!noun) continue;
    // "Subcontract for Employment Services", "NHS Sub-Contract for Community Therapies",
    // "Agreement between ...", "SUBCONTRACT: HOUSING-RELATED SUPPORT".
    const bool leads_title =
        i + 1 < words.size() && (words[i + 1] == "for" || words[i + 1] == "between" || words[i + 1] == "of" ||
                                 (i == 0 && line.find(':') == w.size()));
    if (i + 1 != words.size() && !leads_title) continue;
    if (i == 0) return true;
    const std::string_view before = words[i - 1];
    bool heading = false;
    for (std::string_view h : {"entire", "whole", "this", "the", "of", "to", "prior", "sole", "complete", "with"}) {
      heading |= before == h;
    }
    if (!heading) return true;
  }
  return false;
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

// A heading line that introduces the parties: "Between", "Parties:".
bool is_parties_heading(std::string_view line) {
  for (std::string_view w : {"between", "between:", "parties", "parties:", "the parties", "the parties:"}) {
    if (line == w) return true;
  }
  return false;
}

// "This Agreement is made on … between", not "until such payment is made" in a payment clause:
// where the first such words are.
std::optional<std::size_t> parties_clause_at(std::string_view text) {
  std::optional<std::size_t> first;
  for (std::string_view w : {"is made on", "is made the", "is made this", "is made as of", "is made effective", "is made by",
                             "is made and", "made between", "by and between", "by and among", "between:",
                             "is entered into", "entered into as of", "entered into on", "entered into this",
                             "made and entered into"}) {
    const std::size_t at = text.find(w);
    if (at != std::string_view::npos && (!first || at < *first)) first = at;
  }
  return first;
}

bool has_parties_clause(std::string_view opening) { return parties_clause_at(opening).has_value(); }

}  // namespace

DocumentKindReading find_document_kind(const Document& document, const DocumentStructure& structure) {
  // The first bytes, lower-cased once: the opening, and as far as a table of contents may push
  // the parties clause and the recitals.
  const std::string head = ascii_lower(std::string_view(document.text).substr(0, contents_bytes));
  const std::string_view opening = std::string_view(head).substr(0, opening_bytes);
  const bool has_parties = has_parties_clause(opening) || contains(opening, "entered into");
  // Read before the title, which may be an SEC stamp run into the whole first paragraph
  // ("Exhibit 10.4   INTELLECTUAL PROPERTY AGREEMENT   This ..."). The first bytes hold the
  // title and the parties, read together because SEC filings often run them into one line.
  const bool performs = names_a_performance(title_and_parties(opening));
  if (has_parties && !performs) {
    if (auto recital = transaction_recital(opening)) {
      return {DocumentKind::transaction, "the opening recites a transaction (\"" + std::string(*recital) + "\")"};
    }
  }
  // A long agreement puts a table of contents between its title page and its parties clause
  // and recitals ("INTELLECTUAL PROPERTY AGREEMENT / BETWEEN / EQUIFAX INC. / AND / CERTEGY
  // INC.", then the contents, then "This Intellectual Property Agreement ... is entered
  // into"): read the recitals from the first "whereas", which may start inside the opening and
  // name the transaction past its end, and the parties clause where it is.
  if (!performs) {
    const std::size_t whereas = head.find("whereas");
    if (whereas != std::string::npos) {
      const std::optional<std::size_t> parties_at = parties_clause_at(head);
      const std::string_view parties =
          parties_at ? title_and_parties(std::string_view(head).substr(*parties_at)) : std::string_view{};
      if (parties_at && *parties_at < whereas && !names_a_performance(parties)) {
        if (auto recital = transaction_recital(std::string_view(head).substr(whereas, opening_bytes))) {
          return {DocumentKind::transaction, "the recitals after the contents recite a transaction (\"" +
                                                 std::string(*recital) + "\")"};
        }
      }
    }
  }
  std::size_t seen = 0;
  bool titled = false;
  bool title_performs = false;
  for (const Block& block : document.blocks) {
    if (seen == title_lines || block.begin > opening_bytes) break;
    std::string_view raw = document.block_text(block);
    std::string line = plain_line(raw);
    // The filing's stamp is no title; the title may follow it on the same line.
    if (auto after = after_filing_exhibit_number(line, has_parties)) line = std::string(*after);
    if (skipped_line(line)) continue;
    ++seen;
    const bool names_document = names_a_document(line);
    titled |= names_document;
    // A recital can pass for a title ("WHEREAS, A acquired the Business under the Asset
    // Purchase Agreement;"): it is no title, and one under a title that names a service or
    // supply ("CO-BRANDING AGREEMENT") does not make the document a transaction.
    const bool recital = starts_with(line, "whereas");
    title_performs |= names_document && !recital && names_a_performance(line);
    if (names_document && !recital && !title_performs && names_a_transaction(line)) {
      return {DocumentKind::transaction, "title \"" + std::string(raw.substr(0, 120)) + "\" names a transaction"};
    }
    // "11.2 Each Party's total aggregate liability under each Call-Off Contract … shall not
    // exceed …" is a numbered clause that names a document, not a title.
    const bool numbered_sentence = starts_with_clause_number(line, words_of(line)) && title_part(line).size() < line.size();
    if (auto kind = numbered_sentence ? std::nullopt : kind_of_title(line)) {
      std::string title(raw.substr(0, 120));
      title.erase(std::remove_if(title.begin(), title.end(), [](char c) { return c == '#' || c == '*'; }), title.end());
      return {*kind, "title \"" + title.substr(title.find_first_not_of(' ') == std::string::npos
                                                   ? 0
                                                   : title.find_first_not_of(' ')) +
                         "\""};
    }
  }

  if (!has_parties) {
    if (contains(opening, "this schedule")) return {DocumentKind::schedule, "\"This Schedule\" in the opening"};
    if (contains(opening, "this annex") || contains(opening, "this appendix")) {
      return {DocumentKind::annex, "\"This Annex\" in the opening"};
    }
  }

  if (!structure.roots.empty()) {
    const Clause& first = structure.clauses[static_cast<std::size_t>(structure.roots.front())];
    const std::string label = ascii_lower(first.label);
    if (first.kind == ClauseKind::part && first.begin < outline_top_bytes) {
      if (starts_with_part(label, "schedule")) {
        return {DocumentKind::schedule, "the document opens with " + first.label + " and has no clauses before it"};
      }
      if (starts_with(label, "annex") || starts_with(label, "appendix")) {
        return {DocumentKind::annex, "the document opens with " + first.label + " and has no clauses before it"};
      }
    }
  }
  bool parties_heading = false;
  for (const Block& block : document.blocks) {
    if (block.begin > opening_bytes) break;
    parties_heading |= is_parties_heading(plain_line(document.block_text(block)));
  }
  if (!titled && !parties_heading && !has_parties_clause(opening)) {
    const std::size_t words = word_count(document.text);
    if (words < fragment_max_words) {
      return {DocumentKind::fragment, std::to_string(words) + " words, with no title naming a document and no parties clause"};
    }
  }
  return {DocumentKind::main_terms, "no title or opening says it is part of a larger contract"};
}

}  // namespace clausecheck
