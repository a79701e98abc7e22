// How every report shows the document's parties: one JSON shape (report and extract) and
// one sentence (text and HTML reports).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "clausecheck/parties.h"

namespace clausecheck {

// {"determined": …, "provider": {"found", "name", "names", "evidence", "span"}, "counterparty": …, "funder": …}
nlohmann::ordered_json parties_json(const PartyRoles& parties);

// "Provider: Subcontractor (TYNESIDE WORKS) · counterparty: Contractor (…) · funder: DWP",
// with "not found" for a role the document does not name.
std::string parties_sentence(const PartyRoles& parties);

}  // namespace clausecheck
