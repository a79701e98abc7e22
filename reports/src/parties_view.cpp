#include "parties_view.h"

namespace clausecheck {

nlohmann::ordered_json parties_json(const PartyRoles& parties) {
  nlohmann::ordered_json out;
  out["determined"] = parties.determined();
  for (const RoleBinding& b : parties.roles) {
    out[std::string(to_string(b.role))] = {{"found", b.found},
                                           {"name", b.display},
                                           {"names", b.names},
                                           {"evidence", b.evidence},
                                           {"span", {{"begin", b.begin}, {"end", b.end}}}};
  }
  return out;
}

std::string parties_sentence(const PartyRoles& parties) {
  std::string out;
  for (const RoleBinding& b : parties.roles) {
    std::string role(to_string(b.role));
    if (out.empty()) role[0] = static_cast<char>(role[0] - 'a' + 'A');
    out += (out.empty() ? "" : " \u00B7 ") + role + ": ";
    if (!b.found) {
      out += "not found";
      continue;
    }
    out += b.display;
    std::string others;
    for (const auto& name : b.names) {
      if (name != b.display) others += (others.empty() ? "" : ", ") + name;
    }
    if (!others.empty()) out += " (" + others + ")";
  }
  return out;
}

}  // namespace clausecheck
