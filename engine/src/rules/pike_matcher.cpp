#include "rules/pike_matcher.h"

#include <algorithm>
#include <cmath>

namespace clausecheck::rules {

namespace {

bool compare(double left, Comparator comparator, double right) {
  constexpr double epsilon = 1e-9;
  switch (comparator) {
    case Comparator::less: return left < right - epsilon;
    case Comparator::less_equal: return left <= right + epsilon;
    case Comparator::greater: return left > right + epsilon;
    case Comparator::greater_equal: return left >= right - epsilon;
    case Comparator::equal: return std::abs(left - right) <= epsilon;
    case Comparator::not_equal: return std::abs(left - right) > epsilon;
  }
  return false;
}

// The positions of `starts` with a position of `anchors` in [start, start + span): both
// sorted ascending.
std::vector<std::uint32_t> starts_near(const std::vector<std::uint32_t>& starts,
                                       const std::vector<std::uint32_t>& anchors, std::uint32_t span) {
  std::vector<std::uint32_t> near;
  auto anchor = anchors.begin();
  for (std::uint32_t start : starts) {
    while (anchor != anchors.end() && *anchor < start) ++anchor;
    if (anchor == anchors.end()) break;
    if (*anchor - start < span) near.push_back(start);
  }
  return near;
}
}  // namespace

PikeMatcher::PikeMatcher(const Program& program, const DocumentIndex& index, std::size_t slot_count)
    : program_(program),
      index_(index),
      slot_count_(slot_count),
      closures_(program.code.size()),
      closure_seen_(program.code.size(), 0),
      mark_(program.code.size(), 0) {
  // Prefilter: every atom set needs a word in the document. The rarest set is the anchor.
  std::vector<std::uint32_t> anchor_ids;
  std::size_t anchor_count = 0;
  bool anchored = false;
  for (const WordSet& atoms : program.atoms) {
    std::vector<std::uint32_t> ids = index.resolve(atoms);
    std::size_t count = index.count_of(ids);
    if (count == 0) {
      possible_ = false;
      return;
    }
    if (ids.size() == 1) {
      atom_positions_.emplace_back(index.positions_of_word(ids.front()));
    } else {
      atom_merged_.push_back(index.positions_of(ids));
      atom_positions_.emplace_back(atom_merged_.back());
    }
    if (!anchored || count < anchor_count) {
      anchor_ids = std::move(ids);
      anchor_count = count;
      anchored = true;
    }
  }
  const std::size_t words_per_set = (index.vocabulary().size() + 63) / 64;
  set_offsets_.reserve(program.sets.size());
  set_bits_.assign(program.sets.size() * words_per_set, 0);
  std::vector<std::vector<std::uint32_t>> set_ids(program.sets.size());
  for (std::size_t s = 0; s < program.sets.size(); ++s) {
    set_offsets_.push_back(s * words_per_set);
    set_ids[s] = index.resolve(program.sets[s]);
    for (std::uint32_t id : set_ids[s]) set_bits_[s * words_per_set + id / 64] |= std::uint64_t{1} << (id % 64);
  }
  find_seed_closure(set_ids);
  set_ids_ = std::move(set_ids);
  std::vector<std::uint32_t> start_ids;
  std::size_t start_count = 0;
  if (program.has_start_words) {
    start_ids = index.resolve(program.start_words);
    start_count = index.count_of(start_ids);
  }
  seed_everywhere_ = false;
  // A match starts at one of its start words and contains an anchor word at most
  // max_span - 1 tokens later. A start without one (a common first word far from the
  // rule's rarest word) would start threads that can never match, so the starts are the
  // start words with an anchor word that close: found from whichever list is shorter.
  const std::uint64_t window_tokens = static_cast<std::uint64_t>(anchor_count) * program.max_span;
  if (program.has_start_words && anchored && start_count <= window_tokens) {
    starts_ = starts_near(index.positions_of(start_ids), index.positions_of(anchor_ids), program.max_span);
  } else if (program.has_start_words && !anchored) {
    starts_ = index.positions_of(start_ids);
  } else if (anchored) {
    // The tokens up to max_span - 1 before each anchor word, that are start words if the
    // pattern has them.
    std::vector<std::uint32_t> anchor = index.positions_of(anchor_ids);
    std::uint32_t next_free = 0;
    for (std::uint32_t at : anchor) {
      std::uint32_t first = at + 1 >= program.max_span ? at + 1 - program.max_span : 0;
      for (std::uint32_t t = std::max(first, next_free); t <= at; ++t) {
        if (!program.has_start_words || std::binary_search(start_ids.begin(), start_ids.end(), index.token_id(t))) {
          starts_.push_back(t);
        }
      }
      next_free = std::max(next_free, at + 1);
    }
  } else {
    seed_everywhere_ = true;  // nothing is known about where a match starts
    return;
  }
  if (starts_.empty()) possible_ = false;
}

// False when some atom set has no word in [from, limit): no match fits there.
bool PikeMatcher::atoms_in(std::uint32_t from, std::uint32_t limit) const {
  for (const auto& positions : atom_positions_) {
    auto it = std::lower_bound(positions.begin(), positions.end(), from);
    if (it == positions.end() || *it >= limit) return false;
  }
  return true;
}

std::vector<CaptureValue>& PikeMatcher::writable_captures(Thread& thread) const {
  return thread.captures.writable(slot_count_);
}

// A save instruction at `position`: slot `save.a` starts (b == 0) or ends there.
void PikeMatcher::apply_save(Thread& thread, const Instruction& save, std::uint32_t position) const {
  CaptureValue& capture = writable_captures(thread)[save.a];
  if (save.b == 0) {
    capture.first = position;
  } else {
    capture.end = position;
    capture.set = true;
  }
}

// A thread reached `match` at `position`: kept when its conditions hold and it starts before
// the match found so far (the leftmost match wins).
void PikeMatcher::record_match(const Thread& thread, std::uint32_t position) const {
  if (!conditions_checked(thread)) return;
  if (!found_ || thread.start < found_->first) {
    found_ = TokenMatch{thread.start, position, thread.captures ? *thread.captures : std::vector<CaptureValue>(slot_count_)};
  }
}

bool PikeMatcher::holds(const ValueSpec& spec, const TypedValue& value) const {
  for (const Comparison& c : spec.conditions) {
    if (!c.currency.empty() && value.unit != c.currency) return false;
    if (!compare(c.compare_days ? value.days : value.value, c.comparator, c.operand)) return false;
  }
  return true;
}

bool PikeMatcher::conditions_checked(const Thread& thread) const {
  for (int slot : program_.conditioned_slots) {
    if (!thread.captures || !(*thread.captures)[static_cast<std::size_t>(slot)].set) return false;
  }
  for (const CaptureComparison& c : program_.capture_comparisons) {
    const TypedValue& left = (*thread.captures)[static_cast<std::size_t>(c.left)].value;
    const TypedValue& right = (*thread.captures)[static_cast<std::size_t>(c.right)].value;
    // Sums in two currencies have no order without an exchange rate.
    if (left.type == ValueType::money && !left.unit.empty() && !right.unit.empty() && left.unit != right.unit) {
      return false;
    }
    if (!compare(c.compare_days ? left.days : left.value, c.comparator, c.compare_days ? right.days : right.value)) {
      return false;
    }
  }
  return true;
}

// Follows split, jump and save from `thread` without consuming, adding each consuming
// instruction reached to `list` once per position. Reaching `match` records a match.
//
// The walk from each instruction is worked out once per matcher (closure_of): the
// consuming instructions and matches it reaches, in the order the walk reaches them, each
// with the saves on the way. A gap followed by twenty alternatives walked the twenty
// branches again at every token the gap steps over; now it reads the list, and leaves out
// at once a word instruction the token at `position` is not in, and a role instruction
// when no name of the role starts there (that thread would end at its step, as seed()
// leaves it out). Only the consuming instructions and matches are
// marked: whatever an earlier walk at this position reached through an instruction, it
// reached everything after it too, so a consuming instruction marked is all a walk needs
// to know to skip it (the same reasoning as seed's).
void PikeMatcher::add_thread(std::vector<Thread>& list, Thread thread, std::uint32_t position) const {
  const Closure& closure = closure_of(thread.pc);
  if (closure.walk) {
    walk_thread(list, std::move(thread), position);
    return;
  }
  if (closure.indexed) {
    add_indexed(list, closure, std::move(thread), position);
    return;
  }
  const std::uint64_t stamp = epoch_ + position;
  const bool can_step = position < index_.token_count();
  for (std::uint32_t e = closure.first; e < closure.end; ++e) {
    const SeedEntry& entry = closure_entries_[e];
    const Instruction& in = program_.code[entry.pc];
    if (in.op == Op::word && (!can_step || !in_set(in.a, position))) continue;
    if (in.op == Op::role && (!can_step || index_.role_length(in.a, position) == 0)) continue;
    if (mark_[entry.pc] == stamp) continue;
    mark_[entry.pc] = stamp;
    admit(list, entry, e + 1 == closure.end ? std::move(thread) : thread, position);
  }
}

// One closure entry reached at `position`: its saves applied, then the match recorded or the
// thread queued for the next token. add_thread and add_indexed differ only in which entries
// they take.
void PikeMatcher::admit(std::vector<Thread>& list, const SeedEntry& entry, Thread thread,
                        std::uint32_t position) const {
  thread.pc = entry.pc;
  for (std::uint32_t s = entry.first_save; s < entry.end_save; ++s) apply_save(thread, closure_saves_[s], position);
  if (program_.code[entry.pc].op == Op::match) {
    record_match(thread, position);
    return;
  }
  list.push_back(std::move(thread));
}

// add_thread for a closure filed by word: the same entries in the same order, less the words
// the token at `position` is not, found by one look-up instead of a test per word entry.
void PikeMatcher::add_indexed(std::vector<Thread>& list, const Closure& closure, Thread thread,
                              std::uint32_t position) const {
  const std::uint64_t stamp = epoch_ + position;
  const bool can_step = position < index_.token_count();
  const std::uint32_t* words = nullptr;
  const std::uint32_t* words_end = nullptr;
  if (can_step) {
    const std::uint32_t id = index_.token_id(position);
    const SeedSlot* table = closure_table_.data() + closure.table_first;
    for (std::uint32_t slot = (id * 0x9E3779B1u) & closure.table_mask; table[slot].id != SeedSlot::kEmpty;
         slot = (slot + 1) & closure.table_mask) {
      if (table[slot].id == id) {
        words = closure_by_word_.data() + table[slot].begin;
        words_end = closure_by_word_.data() + table[slot].end;
        break;
      }
    }
  }
  const std::uint32_t* others = closure_other_.data() + closure.first_other;
  const std::uint32_t* others_end = closure_other_.data() + closure.end_other;
  while (words != words_end || others != others_end) {
    const bool take_word = others == others_end || (words != words_end && *words < *others);
    const SeedEntry& entry = closure_entries_[take_word ? *words++ : *others++];
    const Instruction& in = program_.code[entry.pc];
    if (in.op == Op::role && (!can_step || index_.role_length(in.a, position) == 0)) continue;
    if (mark_[entry.pc] == stamp) continue;
    mark_[entry.pc] = stamp;
    admit(list, entry, words == words_end && others == others_end ? std::move(thread) : thread, position);
  }
}

// Files a closure's entries by word (see Closure), as find_seed_closure files the seed's.
void PikeMatcher::index_closure(Closure& closure) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // (word id, entry)
  closure.first_other = static_cast<std::uint32_t>(closure_other_.size());
  for (std::uint32_t e = closure.first; e < closure.end; ++e) {
    const Instruction& in = program_.code[closure_entries_[e].pc];
    if (in.op != Op::word) {
      closure_other_.push_back(e);
      continue;
    }
    for (std::uint32_t id : set_ids_[in.a]) pairs.emplace_back(id, e);
  }
  closure.end_other = static_cast<std::uint32_t>(closure_other_.size());
  std::sort(pairs.begin(), pairs.end());  // by id, then entry: each id's entries ascending
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) distinct += i == 0 || pairs[i].first != pairs[i - 1].first;
  std::size_t slots = 2;
  while (slots < 2 * distinct) slots *= 2;
  closure.table_first = static_cast<std::uint32_t>(closure_table_.size());
  closure.table_mask = static_cast<std::uint32_t>(slots - 1);
  closure_table_.resize(closure_table_.size() + slots, SeedSlot{});
  SeedSlot* table = closure_table_.data() + closure.table_first;
  for (std::size_t i = 0; i < pairs.size();) {
    const std::uint32_t id = pairs[i].first;
    const auto begin = static_cast<std::uint32_t>(closure_by_word_.size());
    for (; i < pairs.size() && pairs[i].first == id; ++i) {
      // An entry once per id, should its set list the id twice.
      if (closure_by_word_.size() == begin || closure_by_word_.back() != pairs[i].second) {
        closure_by_word_.push_back(pairs[i].second);
      }
    }
    std::uint32_t slot = (id * 0x9E3779B1u) & closure.table_mask;
    while (table[slot].id != SeedSlot::kEmpty) slot = (slot + 1) & closure.table_mask;
    table[slot] = SeedSlot{id, begin, static_cast<std::uint32_t>(closure_by_word_.size())};
  }
  closure.indexed = true;
}

// The walk add_thread's list stands for, from `pc`: every instruction reached through
// split, jump and save, depth first, the preferred branch first, each once. A walk that
// would list more than max_closure entries is left to walk_thread instead, so the lists
// stay in proportion to the program whatever the pattern.
const PikeMatcher::Closure& PikeMatcher::closure_of(std::uint32_t pc) const {
  Closure& closure = closures_[pc];
  if (closure.known) return closure;
  closure.known = true;
  const Op op = program_.code[pc].op;
  if (op != Op::split && op != Op::jump && op != Op::save) {
    // Nothing to follow: the list is the instruction itself.
    closure.first = static_cast<std::uint32_t>(closure_entries_.size());
    closure_entries_.push_back({pc, 0, 0});
    closure.end = closure.first + 1;
    return closure;
  }
  ++closure_walk_;
  struct Path {
    std::uint32_t pc;
    std::uint32_t first_save;  // its saves: path_saves[first_save, end_save)
    std::uint32_t end_save;
  };
  std::vector<Instruction> path_saves;
  std::vector<Path> stack{{pc, 0, 0}};
  const auto first_entry = static_cast<std::uint32_t>(closure_entries_.size());
  const auto first_save = static_cast<std::uint32_t>(closure_saves_.size());
  while (!stack.empty()) {
    Path path = stack.back();
    stack.pop_back();
    if (closure_seen_[path.pc] == closure_walk_) continue;
    closure_seen_[path.pc] = closure_walk_;
    const Instruction& in = program_.code[path.pc];
    switch (in.op) {
      case Op::jump: stack.push_back({in.a, path.first_save, path.end_save}); break;
      case Op::split:
        if (closure_seen_[in.b] != closure_walk_) stack.push_back({in.b, path.first_save, path.end_save});
        stack.push_back({in.a, path.first_save, path.end_save});
        break;
      case Op::save: {
        // The path's saves, then this one, at the end of path_saves (a path's saves are a
        // copy of its parent's, so that siblings do not see each other's).
        const auto begin = static_cast<std::uint32_t>(path_saves.size());
        for (std::uint32_t s = path.first_save; s < path.end_save; ++s) path_saves.push_back(path_saves[s]);
        path_saves.push_back(in);
        stack.push_back({path.pc + 1, begin, static_cast<std::uint32_t>(path_saves.size())});
        break;
      }
      default: {
        if (closure_entries_.size() - first_entry >= max_closure) {
          closure_entries_.resize(first_entry);
          closure_saves_.resize(first_save);
          closure.walk = true;
          return closure;
        }
        const auto saves = static_cast<std::uint32_t>(closure_saves_.size());
        closure_saves_.insert(closure_saves_.end(), path_saves.begin() + path.first_save,
                              path_saves.begin() + path.end_save);
        closure_entries_.push_back({path.pc, saves, static_cast<std::uint32_t>(closure_saves_.size())});
        break;
      }
    }
  }
  closure.first = first_entry;
  closure.end = static_cast<std::uint32_t>(closure_entries_.size());
  if (closure.end - closure.first >= min_indexed_closure) index_closure(closure);
  return closure;
}

// add_thread's walk done step by step, for an instruction whose list would be too long.
void PikeMatcher::walk_thread(std::vector<Thread>& list, Thread thread, std::uint32_t position) const {
  std::vector<Thread>& stack = stack_;  // empty between calls; its capacity is kept
  stack.push_back(std::move(thread));
  while (!stack.empty()) {
    Thread t = std::move(stack.back());
    stack.pop_back();
    std::uint64_t stamp = epoch_ + position;
    if (mark_[t.pc] == stamp) continue;
    mark_[t.pc] = stamp;
    const Instruction& in = program_.code[t.pc];
    switch (in.op) {
      case Op::jump:
        t.pc = in.a;
        stack.push_back(std::move(t));
        break;
      case Op::split: {
        // A branch already on the list for this position would be dropped when popped:
        // leaving it out here saves copying the thread (the common case in a gap).
        if (mark_[in.b] != stamp) {
          Thread second = t;
          second.pc = in.b;
          stack.push_back(std::move(second));  // explored after the preferred branch
        }
        t.pc = in.a;
        stack.push_back(std::move(t));
        break;
      }
      case Op::save: {
        apply_save(t, in, position);
        ++t.pc;
        stack.push_back(std::move(t));
        break;
      }
      case Op::match: record_match(t, position); break;
      default: list.push_back(std::move(t)); break;
    }
  }
}

// add_thread's walk from instruction 0, without a position: the consuming instructions in
// the order it adds them, and the saves on the way to each. A pattern cannot match
// without consuming a token (the compiler refuses it), so `match` is never reached here.
void PikeMatcher::find_seed_closure(const std::vector<std::vector<std::uint32_t>>& set_ids) {
  std::vector<bool> seen(program_.code.size(), false);
  struct Path {
    std::uint32_t pc;
    std::vector<Instruction> saves;
  };
  std::vector<Path> stack{{0, {}}};
  while (!stack.empty()) {
    Path path = std::move(stack.back());
    stack.pop_back();
    if (seen[path.pc]) continue;
    seen[path.pc] = true;
    const Instruction& in = program_.code[path.pc];
    switch (in.op) {
      case Op::jump: stack.push_back({in.a, std::move(path.saves)}); break;
      case Op::split:
        if (!seen[in.b]) stack.push_back({in.b, path.saves});
        stack.push_back({in.a, std::move(path.saves)});
        break;
      case Op::save:
        path.saves.push_back(in);
        stack.push_back({path.pc + 1, std::move(path.saves)});
        break;
      case Op::match: break;
      default: {
        const auto first = static_cast<std::uint32_t>(seed_saves_.size());
        seed_saves_.insert(seed_saves_.end(), path.saves.begin(), path.saves.end());
        seed_closure_.push_back({path.pc, first, static_cast<std::uint32_t>(seed_saves_.size())});
        break;
      }
    }
  }
  // The word entries by the ids of their sets' words, in a small open-addressing table keyed
  // by word id. Not one slot per vocabulary word: a matcher is built for every rule that may
  // fire, so work per build that grows with the document's vocabulary is paid once per rule,
  // and with many rules it outweighed matching. The table grows with the rule's own words.
  const auto ids_of = [&](std::uint32_t e) -> const std::vector<std::uint32_t>& {
    return set_ids[program_.code[seed_closure_[e].pc].a];
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // (word id, entry)
  for (std::uint32_t e = 0; e < seed_closure_.size(); ++e) {
    if (program_.code[seed_closure_[e].pc].op != Op::word) {
      find_seed_follow(seed_closure_[e]);
      seed_other_.push_back(e);
      continue;
    }
    for (std::uint32_t id : ids_of(e)) pairs.emplace_back(id, e);
  }
  std::sort(pairs.begin(), pairs.end());  // by id, then entry: each id's entries ascending
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) distinct += i == 0 || pairs[i].first != pairs[i - 1].first;
  std::size_t slots = 2;
  while (slots < 2 * distinct) slots *= 2;
  seed_table_.assign(slots, SeedSlot{});
  seed_mask_ = static_cast<std::uint32_t>(slots - 1);
  seed_by_word_.reserve(pairs.size());
  for (std::size_t i = 0; i < pairs.size();) {
    const std::uint32_t id = pairs[i].first;
    const auto begin = static_cast<std::uint32_t>(seed_by_word_.size());
    for (; i < pairs.size() && pairs[i].first == id; ++i) seed_by_word_.push_back(pairs[i].second);
    std::uint32_t slot = seed_slot_of(id);
    while (seed_table_[slot].id != SeedSlot::kEmpty) slot = (slot + 1) & seed_mask_;
    seed_table_[slot] = SeedSlot{id, begin, static_cast<std::uint32_t>(seed_by_word_.size())};
  }
}

// The word sets the token after an `any` or `not` seed entry must be in for its thread to
// live past its first step: those of the instructions add_thread reaches from the next
// instruction, when they are all words (a value, a role, another any or the end of the
// pattern leaves the entry unfiltered).
void PikeMatcher::find_seed_follow(SeedEntry& entry) {
  const Op op = program_.code[entry.pc].op;
  if (op != Op::any && op != Op::not_word) return;
  std::vector<bool> seen(program_.code.size(), false);
  std::vector<std::uint32_t> stack{entry.pc + 1};
  std::vector<std::uint32_t> sets;
  while (!stack.empty()) {
    const std::uint32_t pc = stack.back();
    stack.pop_back();
    if (seen[pc]) continue;
    seen[pc] = true;
    const Instruction& in = program_.code[pc];
    switch (in.op) {
      case Op::jump: stack.push_back(in.a); break;
      case Op::split:
        stack.push_back(in.b);
        stack.push_back(in.a);
        break;
      case Op::save: stack.push_back(pc + 1); break;
      case Op::word: sets.push_back(in.a); break;
      default: return;  // match, any, not, value, role: no single set to test
    }
  }
  entry.has_follow = true;
  entry.first_follow = static_cast<std::uint32_t>(seed_follow_.size());
  seed_follow_.insert(seed_follow_.end(), sets.begin(), sets.end());
  entry.end_follow = static_cast<std::uint32_t>(seed_follow_.size());
}

// False when a thread seeded for `entry` at `position` would end at its second step: the
// next token is in none of the sets that can follow. Leaving it out changes no match: it
// would reach no instruction another thread could want at that position afterwards,
// since the instructions it reaches at the next position only take words the next token
// is not.
bool PikeMatcher::follow_possible(const SeedEntry& entry, std::uint32_t position) const {
  if (!entry.has_follow) return true;
  if (position + 1 >= index_.token_count()) return false;
  for (std::uint32_t f = entry.first_follow; f < entry.end_follow; ++f) {
    if (in_set(seed_follow_[f], position + 1)) return true;
  }
  return false;
}

// False when a thread seeded for `entry` at `position` would end at its first step: the
// entry takes a name of a party role and none starts here. Nearly every position where a
// pattern opening with a role (or with an alternative of one) may start has no name of that
// role: those threads were four in ten of those a scan stepped, all to end there.
bool PikeMatcher::role_possible(const SeedEntry& entry, std::uint32_t position) const {
  const Instruction& in = program_.code[entry.pc];
  return in.op != Op::role || index_.role_length(in.a, position) != 0;
}

// add_thread(list, a new thread at instruction 0, position), from seed_closure_. The
// instructions already on the list for this position are skipped, as add_thread skips
// them (whatever add_thread marked, it marked with all it reaches, so checking the
// consuming instruction is enough); so is a word instruction the token here is not in: that
// thread would end at its first step.
void PikeMatcher::seed(std::vector<Thread>& list, std::uint32_t position) const {
  const std::uint64_t stamp = epoch_ + position;
  const std::uint32_t id = index_.token_id(position);
  auto words = seed_by_word_.begin();
  auto words_end = words;
  for (std::uint32_t slot = seed_slot_of(id); seed_table_[slot].id != SeedSlot::kEmpty; slot = (slot + 1) & seed_mask_) {
    if (seed_table_[slot].id == id) {
      words_end = seed_by_word_.begin() + seed_table_[slot].end;
      words = seed_by_word_.begin() + seed_table_[slot].begin;
      break;
    }
  }
  auto others = seed_other_.begin();
  while (words != words_end || others != seed_other_.end()) {
    // The next entry in priority order, from either list.
    const bool take_word = others == seed_other_.end() || (words != words_end && *words < *others);
    const SeedEntry& entry = seed_closure_[take_word ? *words++ : *others++];
    if (mark_[entry.pc] == stamp || !follow_possible(entry, position) || !role_possible(entry, position)) continue;
    mark_[entry.pc] = stamp;
    Thread thread{entry.pc, position, {}};
    for (std::uint32_t s = entry.first_save; s < entry.end_save; ++s) apply_save(thread, seed_saves_[s], position);
    list.push_back(std::move(thread));
  }
}

void PikeMatcher::step_value(const Thread& thread, const Instruction& instruction, std::uint32_t position,
                             std::uint32_t limit, std::vector<Thread>& next,
                             std::vector<std::pair<std::uint32_t, Thread>>& pending) const {
  const ValueSpec& spec = program_.values[instruction.a];
  auto advance = [&](const TypedValue& value, std::uint32_t end, int definition) {
    // A value longer than the anchor window assumes would be missed by some starts and not
    // others; holding every value to max_value_tokens keeps matching independent of where
    // the matcher starts.
    if (end <= position || end > limit || end - position > max_value_tokens || !holds(spec, value)) return;
    Thread t = thread;
    ++t.pc;
    if (spec.slot >= 0) {
      writable_captures(t)[static_cast<std::size_t>(spec.slot)] = {true, position, end, true, value, definition};
    }
    if (end == position + 1) {
      add_thread(next, std::move(t), end);
    } else {
      pending.emplace_back(end, std::move(t));
    }
  };
  if (auto value = read_typed_value(index_.document().text, position, spec.type, limit)) {
    advance(*value, value->end_token, -1);
  }
  // "within the Payment Period", where "Payment Period" means 60 days.
  const TermAt& term = index_.term_at(position);
  if (term.definition >= 0) {
    if (auto value = index_.definition_value(term.definition, spec.type)) {
      advance(*value, position + term.length, term.definition);
    }
  }
}

std::uint32_t PikeMatcher::next_start(std::uint32_t from) const {
  if (!possible_) return index_.token_count();
  if (seed_everywhere_) return from;
  auto it = std::lower_bound(starts_.begin(), starts_.end(), from);
  return it == starts_.end() ? index_.token_count() : *it;
}

std::optional<TokenMatch> PikeMatcher::find(std::uint32_t from, std::uint32_t limit) const {
  if (!possible_ || from >= limit || !atoms_in(from, limit)) return std::nullopt;
  // The lists keep their capacity from one find() to the next: a scan calls find() once
  // per unit with a start word, and allocating them each time was a cost of its own.
  std::vector<Thread>& current = current_;
  std::vector<Thread>& next = next_;
  std::vector<std::pair<std::uint32_t, Thread>>& pending = pending_;  // (position, thread), few at a time
  current.clear();
  next.clear();
  pending.clear();
  epoch_ += static_cast<std::uint64_t>(index_.token_count()) + 2;
  found_.reset();
  auto next_start = std::lower_bound(starts_.begin(), starts_.end(), from);

  std::uint32_t position = from;
  while (true) {
    index_.deadline().check_every(steps_);
    // Threads whose multi-token value or role name ends here join in. They started earlier
    // than threads that reached the same instruction one token at a time ("the Supplier"
    // v "Supplier"), and the earlier start has priority, as a seed started earlier does:
    // so the list is rebuilt in order of start, with fresh marks for this position.
    bool joined = false;
    for (std::size_t i = 0; i < pending.size();) {
      if (pending[i].first == position) {
        current.push_back(std::move(pending[i].second));
        joined = true;
        pending[i] = std::move(pending.back());
        pending.pop_back();
      } else {
        ++i;
      }
    }
    if (joined) {
      std::stable_sort(current.begin(), current.end(), [](const Thread& a, const Thread& b) { return a.start < b.start; });
      std::vector<Thread>& arrived = arrived_;
      arrived.clear();
      arrived.swap(current);
      epoch_ += static_cast<std::uint64_t>(index_.token_count()) + 2;
      for (Thread& thread : arrived) add_thread(current, std::move(thread), position);
    }
    if (found_) return found_;
    if (position >= limit) return std::nullopt;

    bool seed = seed_everywhere_;
    while (next_start != starts_.end() && *next_start < position) ++next_start;
    if (next_start != starts_.end() && *next_start == position) seed = true;
    if (seed) this->seed(current, position);

    if (current.empty() && pending.empty()) {
      if (seed_everywhere_) {
        ++position;
        continue;
      }
      if (next_start == starts_.end() || *next_start >= limit) return std::nullopt;
      position = std::max(position + 1, *next_start);
      continue;
    }

    // `current` is cleared after this loop, so a thread that steps is moved on, not copied
    // (a copy counts a reference to its captures, atomically).
    for (Thread& thread : current) {
      const Instruction& in = program_.code[thread.pc];
      switch (in.op) {
        case Op::word:
          if (in_set(in.a, position)) {
            ++thread.pc;
            add_thread(next, std::move(thread), position + 1);
          }
          break;
        case Op::not_word:
          if (!in_set(in.a, position)) {
            ++thread.pc;
            add_thread(next, std::move(thread), position + 1);
          }
          break;
        case Op::any:
          ++thread.pc;
          add_thread(next, std::move(thread), position + 1);
          break;
        case Op::value: step_value(thread, in, position, limit, next, pending); break;
        case Op::role: {
          // The longest name of the role starting here: one step, however many tokens.
          const std::uint32_t length = index_.role_length(in.a, position);
          if (length == 0 || position + length > limit) break;
          ++thread.pc;
          if (length == 1) {
            add_thread(next, std::move(thread), position + 1);
          } else {
            pending.emplace_back(position + length, std::move(thread));
          }
          break;
        }
        default: break;
      }
    }
    current.swap(next);
    next.clear();
    ++position;
  }
}

}  // namespace clausecheck::rules
