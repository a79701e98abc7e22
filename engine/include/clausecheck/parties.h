// Who is who in a contract. A risk is a risk to someone: the engine finds the document's
// parties and gives each of three roles the names the document uses for it, so that rules
// can say `@provider` instead of listing "Subcontractor", "Supplier", "Provider", … and
// reports can speak in the document's own words.
//
//   provider      the party whose risk is assessed: the subcontractor, supplier, contractor
//                 to a buyer, consultant, seller, vendor, service provider, grant recipient
//   counterparty  the party it contracts with: the prime, buyer, customer, client, company,
//                 authority or council
//   funder        the counterparty's own customer or funder: the Authority, Commissioner,
//                 DWP, Council, … behind a prime
//
// How the roles are found is explained, with examples, in party_roles.cpp.
//
// Contract: role finding runs inside analyse() (engine.h); this header's functions are pure,
// an unknown role name is nullopt, and nothing here keeps state shared between threads.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/deadline.h"

namespace clausecheck {

enum class PartyRole { provider, counterparty, funder };
inline constexpr std::size_t party_role_count = 3;

// "provider", "counterparty", "funder".
std::string_view to_string(PartyRole role);
std::optional<PartyRole> parse_party_role(std::string_view text);

// One role and the names the document uses for it.
struct RoleBinding {
  PartyRole role = PartyRole::provider;
  // True when the document names this role (or the caller did). False: `names` are the
  // standard words for the role (party_role_standard_words), less any word the document
  // uses for another role.
  bool found = false;
  std::string display;             // what a report and `{@provider}` say: "Supplier", or "provider"
  // How the document's own sentences speak of the party, for `{@provider|fallback}`: "the
  // Supplier" where it writes "the" before the defined term at least as often as not, else
  // the name alone ("Acme", "FIIOC"); empty when the role is not found, or was found only
  // from how a standard word ("Subcontractor") is used, when a message keeps its own words.
  std::string phrase;
  std::vector<std::string> names;  // as written: "Supplier", "Acme Services Ltd", "Acme Services", "we"
  std::string evidence;            // "parties clause", "definition", "recitals", "usage", "--provider", or ""
  std::uint32_t begin = 0;         // byte span in Document::text of the evidence; 0, 0 when none
  std::uint32_t end = 0;

  // The document itself names this party (a parties clause, a definition, names used
  // throughout, or --provider), so its names can be trusted to mean this party and no other.
  // False when the role is not found or was read only from how a standard word is used.
  bool named_by_document() const { return found && !phrase.empty(); }
};

// A party the document names whose role it does not settle: "the Company" facing "FIIOC" when
// neither the terms nor the operative clauses say which of them provides.
struct OpenParty {
  std::string display;             // its defined term: "Company"
  std::vector<std::string> names;  // as written: "Company", "NEW YORK LIFE INSURANCE …"
};

struct PartyRoles {
  PartyRoles() {
    for (std::size_t r = 0; r < party_role_count; ++r) roles[r].role = static_cast<PartyRole>(r);
  }

  std::array<RoleBinding, party_role_count> roles;
  // The parties clause's parties that hold neither the provider's nor the counterparty's role
  // (empty when the roles are determined). A finding that names one of them is marked: the
  // rule cannot tell whether the clause binds the provider or its counterparty.
  std::vector<OpenParty> open_parties;

  const RoleBinding& operator[](PartyRole role) const { return roles[static_cast<std::size_t>(role)]; }
  RoleBinding& operator[](PartyRole role) { return roles[static_cast<std::size_t>(role)]; }
  // Both the provider and its counterparty are known.
  bool determined() const { return (*this)[PartyRole::provider].found && (*this)[PartyRole::counterparty].found; }
};

// The words a role stands for when the document does not say (docs/rules-language.md).
const std::vector<std::string>& party_role_standard_words(PartyRole role);

// Choices an embedding program makes about the analysis of a document.
struct AnalysisOptions {
  // The provider, when the caller knows it better than the document says: a defined term
  // ("Supplier") or a name ("Acme Services Ltd") of one of the parties, or any name, which
  // then becomes the provider's only name. Empty: found from the document.
  std::string provider;
  // When to give up on the document (DeadlineExceeded); default: never.
  Deadline deadline;
  // How many threads analyse() may use (the caller's choice: a batch already runs one
  // document per core). With two or more, the clause tree and definitions are read from the
  // extracted text while another thread normalises it; the result is the same as with one.
  unsigned threads = 1;
};

}  // namespace clausecheck
