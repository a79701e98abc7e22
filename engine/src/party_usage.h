// Which of two parties does the work and which pays, read from how the text uses their names.
//
// Many real contracts call both parties by their own names ("Sykes HealthPlan Services, Inc.
// ("SHPS") and HealthPlan Services, Inc. ("HPS")") or by words that say nothing of who serves
// whom ("Licensee", "Publishers", "Company" against "Company"). Their operative clauses do say
// it: "SHPS shall provide the Care Management Services", "HPS will pay to SHPS", "HPS desires
// to engage SHPS". This stage counts those uses for each party's defined terms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

// How a party's names are used in the text.
struct PartyUsage {
  int performs = 0;  // "<name> shall provide / perform / deliver / host …", "manufactured by <name>"
  int is_paid = 0;   // "pay to <name>", "engage <name>", "fees payable to <name>"
  int pays = 0;      // "<name> shall pay / reimburse / purchase …", "engage" said by it
  int engaged = 0;   // "engage / retain / appoint <name>": the other party takes it on
  // Evidence that the party is in the provider's position: the work it does and the money it
  // receives, less the money it pays.
  int provider_weight() const { return performs + is_paid - pays; }
};

// REQUIRES: `names` are the party's defined terms as the text writes them ("SHPS", "Company");
// each is matched as a whole, case-sensitive word (a party's term is capitalised, so "the
// company" in prose is not the "Company"). A term of four or more letters defined in capitals
// ("CHANGEPOINT", "COMMERCE ONE") is also matched as the operative clauses write it
// ("Changepoint", "Commerce One"); a shorter one ("HPS") is an acronym and kept as it is.
PartyUsage read_party_usage(std::string_view text, const std::vector<std::string>& names);

// The index (0 or 1) of the party the usage shows to be the provider, or -1 when the text
// does not say clearly: the provider's weight must be positive and lead the other's by a
// margin that grows with the evidence, so a contract where both parties provide and pay
// (a joint venture, a cross-licence) stays undetermined.
// A party the other engages ("WHEREAS, WYZZ wishes to retain Nexstar to provide …") and that
// engages no one is the provider when its weight is the higher, however small the lead: the
// recital says in one sentence what the operative clauses say many times over.
int provider_by_usage(const PartyUsage& first, const PartyUsage& second);

}  // namespace clausecheck
