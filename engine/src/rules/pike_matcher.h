// Runs one compiled Program over a range of a document's tokens.
//
// This is a Pike VM (RE2's nfa.cc) on tokens instead of bytes. All live threads advance
// together one token at a time; two threads at the same instruction and position are the
// same future, so only the first is kept. Work per token is therefore bounded by the
// program's size, and a scan is linear in the document whatever the rule: there is no
// backtracking. A typed value ("sixty (60) days") consumes several tokens at once; a thread
// that reads one waits in a queue for the position where the value ends.
//
// Threads are only started at tokens where the pattern can begin (its start words, looked
// up in the DocumentIndex) with its rarest word close enough after them to fall inside one
// match, and when no thread is alive the matcher jumps straight to the next such token, so
// a rule costs time only where its words occur together. A pattern that opens with any
// token (`not (...)`, a gap) starts a thread only where the next token is one its second
// step takes. Starting a thread is
// a look-up, not a walk: the instructions a new thread reaches are worked out once per
// matcher and filed by the words they accept, so a token starts only the branches that
// can take it (a rule of twenty alternatives costs one branch at a token that begins one).
// A range that lacks a word of one of the program's atom sets is not searched at all.
//
// Linear time: each find() steps each position once, and at each position at most one
// thread per instruction is alive, so a find over n tokens costs at most
// n x (instructions) steps, whatever the pattern and the text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "rules/compiled_pack.h"
#include "rules/document_index.h"
#include "typed_values.h"

namespace clausecheck::rules {

struct CaptureValue {
  bool set = false;
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  bool typed = false;
  TypedValue value;
  int definition = -1;  // the defined term the value was read through, or -1
};

struct TokenMatch {
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  std::vector<CaptureValue> captures;  // indexed by capture slot
};

class PikeMatcher {
 public:
  // REQUIRES: `program` and `index` outlive the matcher.
  PikeMatcher(const Program& program, const DocumentIndex& index, std::size_t slot_count);

  // False when the document lacks every atom of the program: it cannot match anywhere.
  bool possible() const { return possible_; }

  // The match that ends first among those starting at or after `from` and ending at or
  // before `limit`; of several ending at the same token, the one starting first.
  std::optional<TokenMatch> find(std::uint32_t from, std::uint32_t limit) const;

  // The first token at or after `from` where a match may begin (token_count() when none).
  std::uint32_t next_start(std::uint32_t from) const;

 private:
  // A thread's captures are shared with the threads it was copied from until one of them
  // saves into a slot (copy on write): a thread is copied at every split and every step,
  // and copying the captures themselves was most of the matcher's time.
  //
  // The count is not atomic: a matcher, and every thread of its Pike VM, belongs to one scan
  // on one system thread (std::shared_ptr counted atomically, and that was a tenth of
  // matching). A save into captures no other thread holds writes in place.
  class Captures {
   public:
    Captures() = default;
    Captures(const Captures& other) : block_(other.block_) {
      if (block_ != nullptr) ++block_->holders;
    }
    Captures(Captures&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
    Captures& operator=(Captures other) noexcept {
      std::swap(block_, other.block_);
      return *this;
    }
    ~Captures() {
      if (block_ != nullptr && --block_->holders == 0) delete block_;
    }
    explicit operator bool() const { return block_ != nullptr; }
    const std::vector<CaptureValue>& operator*() const { return block_->values; }
    // The captures to write into: these when no other thread holds them, else a copy
    // (`slot_count` empty slots when there were none).
    std::vector<CaptureValue>& writable(std::size_t slot_count) {
      if (block_ == nullptr) {
        block_ = new Block{1, std::vector<CaptureValue>(slot_count)};
      } else if (block_->holders > 1) {
        --block_->holders;
        block_ = new Block{1, block_->values};
      }
      return block_->values;
    }

   private:
    struct Block {
      std::uint32_t holders;
      std::vector<CaptureValue> values;
    };
    Block* block_ = nullptr;
  };
  struct Thread {
    std::uint32_t pc = 0;
    std::uint32_t start = 0;
    Captures captures;  // null: nothing saved yet
  };

  bool in_set(std::uint32_t set, std::uint32_t token) const {
    const std::uint32_t id = index_.token_id(token);
    return (set_bits_[set_offsets_[set] + id / 64] >> (id % 64)) & 1u;
  }
  bool atoms_in(std::uint32_t from, std::uint32_t limit) const;
  std::vector<CaptureValue>& writable_captures(Thread& thread) const;
  void apply_save(Thread& thread, const Instruction& save, std::uint32_t position) const;
  void record_match(const Thread& thread, std::uint32_t position) const;
  bool conditions_checked(const Thread& thread) const;
  bool holds(const ValueSpec& spec, const TypedValue& value) const;
  void add_thread(std::vector<Thread>& list, Thread thread, std::uint32_t position) const;
  void walk_thread(std::vector<Thread>& list, Thread thread, std::uint32_t position) const;
  // `set_ids`: the resolved word ids of each of the program's sets.
  void find_seed_closure(const std::vector<std::vector<std::uint32_t>>& set_ids);
  void seed(std::vector<Thread>& list, std::uint32_t position) const;
  void step_value(const Thread& thread, const Instruction& instruction, std::uint32_t position, std::uint32_t limit,
                  std::vector<Thread>& next, std::vector<std::pair<std::uint32_t, Thread>>& pending) const;

  const Program& program_;
  const DocumentIndex& index_;
  std::size_t slot_count_;
  bool possible_ = true;
  // Per WordSet, a bit per word id of the document: set_bits_[set_offsets_[set] + id / 64].
  std::vector<std::uint64_t> set_bits_;
  std::vector<std::size_t> set_offsets_;
  // Per atom set, the sorted token positions of its words: a range without one of them
  // holds no match (atoms_in).
  // Per atom set, its sorted positions: the index's own list for a one-word set (a common
  // word's list is long, and every rule that needs it would copy it), else a merged copy
  // held in atom_merged_.
  std::vector<std::span<const std::uint32_t>> atom_positions_;
  std::vector<std::vector<std::uint32_t>> atom_merged_;
  // What add_thread does from instruction 0, worked out once: the consuming instructions a
  // new thread reaches, in priority order, each with the capture slots it saved on the way
  // (all at the seed's own position). Seeding is most of a scan's work otherwise: a rule's
  // top-level alternatives are walked at every token where one of them may begin.
  struct SeedEntry {
    std::uint32_t pc = 0;
    std::uint32_t first_save = 0;  // its saves: seed_saves_[first_save, end_save)
    std::uint32_t end_save = 0;
    // For an entry that takes any token (any, not): the sets of the words the token after
    // it must be in, seed_follow_[first_follow, end_follow), when every way on from it
    // begins with a word; has_follow false otherwise. A pattern that opens with `not (...)`
    // or a gap would else start a thread at every token, nearly all to die at the next.
    bool has_follow = false;
    std::uint32_t first_follow = 0;
    std::uint32_t end_follow = 0;
  };
  std::vector<std::uint32_t> seed_follow_;
  void find_seed_follow(SeedEntry& entry);
  bool follow_possible(const SeedEntry& entry, std::uint32_t position) const;
  bool role_possible(const SeedEntry& entry, std::uint32_t position) const;
  std::vector<SeedEntry> seed_closure_;
  // The entries a token can start, by its word id, so that a seed looks only at those:
  // word entries whose set holds the word, seed_by_word_[slot.begin, slot.end) of the word's
  // slot in seed_table_ (open addressing, linear probing; a word with no slot starts no word
  // entry), and every other entry (any, not, values, roles), seed_other_; both ascending
  // indices into seed_closure_.
  struct SeedSlot {
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;  // no word id is this large
    std::uint32_t id = kEmpty;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  std::uint32_t seed_slot_of(std::uint32_t id) const { return (id * 0x9E3779B1u) & seed_mask_; }
  std::vector<SeedSlot> seed_table_;
  std::uint32_t seed_mask_ = 0;
  std::vector<std::uint32_t> seed_by_word_;
  std::vector<std::uint32_t> seed_other_;
  std::vector<Instruction> seed_saves_;  // the save instructions passed, in order
  bool seed_everywhere_ = true;
  // add_thread's walk from each instruction, worked out the first time a thread arrives
  // there (closure_of): closure_entries_[first, end), the consuming instructions and
  // matches reached, in the order reached, with their saves in closure_saves_; `walk`
  // when there are more than max_closure of them (add_thread then walks step by step).
  //
  // A list of min_indexed_closure entries or more is also filed by word, as seed_closure_ is
  // (index_closure): its word entries by the ids of their sets' words in closure_table_
  // [table_first, table_first + table_mask + 1) (open addressing, linear probing) pointing
  // into closure_by_word_, its other entries in closure_other_[first_other, end_other); all
  // ascending indices into closure_entries_. A thread leaving a gap for any of thirty words
  // then looks up the token once instead of testing each word.
  struct Closure {
    bool known = false;
    bool walk = false;
    bool indexed = false;
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    std::uint32_t table_first = 0;
    std::uint32_t table_mask = 0;
    std::uint32_t first_other = 0;
    std::uint32_t end_other = 0;
  };
  static constexpr std::size_t max_closure = 512;
  static constexpr std::size_t min_indexed_closure = 8;
  void index_closure(Closure& closure) const;
  void add_indexed(std::vector<Thread>& list, const Closure& closure, Thread thread, std::uint32_t position) const;
  void admit(std::vector<Thread>& list, const SeedEntry& entry, Thread thread, std::uint32_t position) const;
  mutable std::vector<SeedSlot> closure_table_;
  mutable std::vector<std::uint32_t> closure_by_word_;
  mutable std::vector<std::uint32_t> closure_other_;
  std::vector<std::vector<std::uint32_t>> set_ids_;  // per WordSet, its resolved word ids
  const Closure& closure_of(std::uint32_t pc) const;
  mutable std::vector<Closure> closures_;
  mutable std::vector<SeedEntry> closure_entries_;
  mutable std::vector<Instruction> closure_saves_;
  mutable std::vector<std::uint32_t> closure_seen_;  // == closure_walk_: visited by the walk under way
  mutable std::uint32_t closure_walk_ = 0;
  std::vector<std::uint32_t> starts_;  // sorted token positions where a match may begin

  // Scratch state of find(); the matcher belongs to one scan of one thread.
  // mark_[pc] == epoch_ + position: pc is already on the list for that position. Each
  // find() moves epoch_ past the stamps of the previous one, so marks never need clearing.
  mutable std::vector<std::uint64_t> mark_;
  mutable std::uint64_t epoch_ = 1;
  mutable std::optional<TokenMatch> found_;
  mutable std::uint32_t steps_ = 0;
  // add_thread's work list, kept between calls so that following a thread (called for every
  // seed and step) does not allocate.
  mutable std::vector<Thread> stack_;
  mutable std::vector<Thread> current_, next_;  // find()'s thread lists
  mutable std::vector<Thread> arrived_;         // find()'s list of threads that joined from pending_
  mutable std::vector<std::pair<std::uint32_t, Thread>> pending_;  // positions stepped, for checking the deadline now and then
};

}  // namespace clausecheck::rules
