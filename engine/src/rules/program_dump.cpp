#include "rules/program_dump.h"

#include <cstdio>

#include "clausecheck/parties.h"

namespace clausecheck::rules {
namespace {

std::string word_set(const WordSet& set) {
  std::string out = "{";
  for (const auto& word : set.words) out += (out.size() > 1 ? " " : "") + word;
  for (const auto& prefix : set.prefixes) out += (out.size() > 1 ? " " : "") + prefix + "*";
  out += "}";
  for (std::size_t r = 0; r < party_role_count; ++r) {
    if ((set.except_role_names & (1u << r)) != 0) out += " except " + std::string(to_string(static_cast<PartyRole>(r)));
    if ((set.role_names & (1u << r)) != 0) out += " and " + std::string(to_string(static_cast<PartyRole>(r))) + " names";
  }
  return out;
}

std::string_view comparator_symbol(Comparator comparator) {
  switch (comparator) {
    case Comparator::less: return "<";
    case Comparator::less_equal: return "<=";
    case Comparator::greater: return ">";
    case Comparator::greater_equal: return ">=";
    case Comparator::equal: return "=";
    case Comparator::not_equal: return "!=";
  }
  return "?";
}

// Fifteen significant digits: exact for every literal a rule can hold (30, 1.4, 1000000)
// and the same text on every platform.
std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string comparison(const Comparison& c) {
  std::string out = c.compare_days ? "days " : "value ";
  out += std::string(comparator_symbol(c.comparator)) + " " + number(c.operand);
  if (!c.currency.empty()) out += " " + c.currency;
  return out;
}

std::string instruction(const Program& program, const Instruction& in) {
  switch (in.op) {
    case Op::word: return "word " + word_set(program.sets[in.a]);
    case Op::not_word: return "not " + word_set(program.sets[in.a]);
    case Op::any: return "any";
    case Op::value: {
      const ValueSpec& spec = program.values[in.a];
      std::string out = "value " + std::string(to_string(spec.type));
      if (spec.slot >= 0) out += " slot " + std::to_string(spec.slot);
      for (const auto& c : spec.conditions) out += " where " + comparison(c);
      return out;
    }
    case Op::role: return "role " + std::string(to_string(static_cast<PartyRole>(in.a)));
    case Op::save: return "save " + std::to_string(in.a) + (in.b == 0 ? " begin" : " end");
    case Op::split: return "split " + std::to_string(in.a) + " " + std::to_string(in.b);
    case Op::jump: return "jump " + std::to_string(in.a);
    case Op::match: return "match";
  }
  return "?";
}

}  // namespace

std::string dump(const Program& program) {
  std::string out = "source " + program.source + "\n";
  for (std::size_t pc = 0; pc < program.code.size(); ++pc) {
    out += std::to_string(pc) + " " + instruction(program, program.code[pc]) + "\n";
  }
  out += "start " + (program.has_start_words ? word_set(program.start_words) : std::string("any token")) + "\n";
  out += "atoms";
  for (const auto& atom : program.atoms) out += " " + word_set(atom);
  out += "\nspan " + std::to_string(program.max_span) + "\n";
  for (const auto& c : program.capture_comparisons) {
    out += "on match slot " + std::to_string(c.left) + (c.compare_days ? " days " : " value ") +
           std::string(comparator_symbol(c.comparator)) + " slot " + std::to_string(c.right) + "\n";
  }
  return out;
}

}  // namespace clausecheck::rules
