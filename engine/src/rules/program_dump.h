// A compiled Program as stable text, one instruction a line (RE2's Prog::Dump), for golden
// tests of the compiler and for reading what a rule became:
//
//   source "pay" gap(0..2) ("within" | "before") d:DURATION
//   0 word {pay}
//   1 split 2 3
//   2 any
//   …
//   7 value DURATION slot 0
//   8 match
//   start {pay}
//   atoms {pay} {before within}
//   span 36
//   on match slot 0 days < slot 1      (where a < b: two captures, compared on the match)
//
// Word sets list their words, then their prefixes with a '*' ("indemnif*"), each sorted.
// A value names its type, its capture slot if any and each where comparison with a literal. The text
// depends only on the program, so it is the same on every run and every machine.
#pragma once

#include <string>

#include "rules/compiled_pack.h"

namespace clausecheck::rules {

std::string dump(const Program& program);

}  // namespace clausecheck::rules
