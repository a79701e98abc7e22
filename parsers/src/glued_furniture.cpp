#include "glued_furniture.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace clausecheck {
namespace {

// The longest run of words looked at: a redaction legend glued to the top of each page can
// run to some fifty words.
constexpr std::size_t kMaxRunWords = 60;
// A page number that names itself is at most "Page 7 of 31" long.
constexpr std::size_t kPageNumberWords = 4;
constexpr std::size_t kMinimumPages = 3;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string key;            // running_line_key of the word
  std::vector<long> numbers;  // its runs of digits, in order
};

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i == begin) continue;
    std::string key = running_line_key(text.substr(begin, i - begin));
    if (key.empty()) continue;
    Word word{begin, i, std::move(key), {}};
    for (std::size_t k = begin; k < i;) {
      if (text[k] < '0' || text[k] > '9') {
        ++k;
        continue;
      }
      long value = 0;
      std::size_t digits = 0;
      for (; k < i && text[k] >= '0' && text[k] <= '9'; ++k, ++digits) {
        if (digits < 9) value = value * 10 + (text[k] - '0');
      }
      word.numbers.push_back(value);
    }
    words.push_back(std::move(word));
  }
  return words;
}

// The first (from_start) or last k words of a line, k = 1 … kMaxRunWords: their key and
// their numbers in reading order.
struct Run {
  std::string key;
  std::vector<long> numbers;
};

std::vector<Run> runs_of(const std::vector<Word>& words, bool from_start) {
  std::vector<Run> runs;
  const std::size_t n = std::min(words.size(), kMaxRunWords);
  Run run;
  for (std::size_t k = 0; k < n; ++k) {
    const Word& word = from_start ? words[k] : words[words.size() - 1 - k];
    if (from_start) {
      run.key = run.key.empty() ? word.key : run.key + ' ' + word.key;
      run.numbers.insert(run.numbers.end(), word.numbers.begin(), word.numbers.end());
    } else {
      run.key = run.key.empty() ? word.key : word.key + ' ' + run.key;
      run.numbers.insert(run.numbers.begin(), word.numbers.begin(), word.numbers.end());
    }
    runs.push_back(run);
  }
  return runs;
}

// "7.", "7.1", "(b)" as keys ("#.", "#.#"; "(b)" keeps its letter): a clause number, which
// varies from page to page like a page number but belongs to the text after it.
bool is_numbering_key(const std::string& key) {
  return key != "#" && std::all_of(key.begin(), key.end(), [](char c) { return c == '#' || c == '.' || c == '(' || c == ')'; });
}

bool is_edge(std::size_t line, std::size_t lines) {
  return line < kGluedEdgeLines || lines - line <= kGluedEdgeLines;
}

std::size_t letters_in(const std::string& key) {
  return static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }));
}

// The pages on which a run of words (one key) starts or ends an edge line, with its numbers
// there. A header's numbers are the same on every page ("Contract No. 201812130044") or
// count with the pages ("Page 4 of 60": 4 on one page, 5 on the next); the numbers of text
// that merely starts several pages alike do neither ("ARTICLE 2 --", "ARTICLE 5 --").
struct Occurrences {
  std::vector<std::pair<std::size_t, std::vector<long>>> pages;  // page, numbers

  // For each number, whether it is constant or counts with the pages, and its value (or
  // its value less the page index): what most pages agree on.
  std::vector<std::pair<bool, long>> pattern() const {
    std::vector<std::pair<bool, long>> out;
    if (pages.empty()) return out;
    for (std::size_t i = 0; i < pages.front().second.size(); ++i) {
      std::unordered_map<long, std::size_t> constant;
      std::unordered_map<long, std::size_t> counting;
      for (const auto& [page, numbers] : pages) {
        ++constant[numbers[i]];
        ++counting[numbers[i] - static_cast<long>(page)];
      }
      auto best = [](const std::unordered_map<long, std::size_t>& counts) {
        std::pair<long, std::size_t> top{0, 0};
        for (const auto& [value, count] : counts) {
          if (count > top.second || (count == top.second && value < top.first)) top = {value, count};
        }
        return top;
      };
      const auto c = best(constant);
      const auto k = best(counting);
      out.emplace_back(c.second >= k.second, c.second >= k.second ? c.first : k.first);
    }
    return out;
  }

  static bool fits(const std::vector<std::pair<bool, long>>& pattern, std::size_t page, const std::vector<long>& numbers) {
    for (std::size_t i = 0; i < pattern.size() && i < numbers.size(); ++i) {
      const long expected = pattern[i].first ? pattern[i].second : pattern[i].second + static_cast<long>(page);
      if (numbers[i] != expected) return false;
    }
    return true;
  }
};

// Per key: its occurrences, then (once asked) how many pages fit its pattern.
struct RunCounts {
  std::unordered_map<std::string, Occurrences> occurrences;
  std::unordered_map<std::string, std::pair<std::size_t, std::vector<std::pair<bool, long>>>> judged;

  void add(std::size_t page, const Run& run) {
    Occurrences& o = occurrences[run.key];
    // One key, one count of numbers: a literal "#" in the text keys like a number but has
    // none ("Plan #" and "Plan 5" share the key "plan #"), and those are not one header.
    if (!o.pages.empty() && o.pages.front().second.size() != run.numbers.size()) return;
    if (o.pages.empty() || o.pages.back().first != page) o.pages.emplace_back(page, run.numbers);
  }

  // How many pages this run repeats on, its numbers agreeing; 0 when `numbers` (the run's
  // numbers on `page`) do not agree with the others.
  std::size_t pages_agreeing(const std::string& key, std::size_t page, const std::vector<long>& numbers) {
    auto found = judged.find(key);
    if (found == judged.end()) {
      const auto o = occurrences.find(key);
      if (o == occurrences.end()) return 0;
      std::vector<std::pair<bool, long>> pattern = o->second.pattern();
      std::size_t count = 0;
      for (const auto& [p, n] : o->second.pages) count += Occurrences::fits(pattern, p, n);
      found = judged.emplace(key, std::make_pair(count, std::move(pattern))).first;
    }
    return Occurrences::fits(found->second.second, page, numbers) ? found->second.first : 0;
  }
};

}  // namespace

std::vector<std::vector<KeptText>> find_glued_furniture(const std::vector<FurniturePage>& pages) {
  std::vector<std::vector<KeptText>> kept(pages.size());
  std::vector<std::vector<std::vector<Word>>> words(pages.size());
  RunCounts starting;
  RunCounts ending;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<FurnitureLine>& lines = pages[p].lines;
    kept[p].resize(lines.size());
    words[p].resize(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
      kept[p][l] = KeptText{0, lines[l].text.size()};
      if (!is_edge(l, lines.size())) continue;
      words[p][l] = words_of(lines[l].text);
      for (const Run& run : runs_of(words[p][l], true)) starting.add(p, run);
      for (const Run& run : runs_of(words[p][l], false)) ending.add(p, run);
    }
  }
  const std::size_t needed = std::max(kMinimumPages, (pages.size() + 1) / 2);

  // How many words at the start (end) of the line are glued furniture: the longest run
  // that repeats as a header (footer), or names itself a page number.
  auto glued_words = [&](std::size_t page, const std::vector<Word>& line_words, std::string_view text, bool from_start) {
    const std::vector<Run> runs = runs_of(line_words, from_start);
    RunCounts& counts = from_start ? starting : ending;
    for (std::size_t k = runs.size(); k > 0; --k) {
      const Run& run = runs[k - 1];
      // The run ends where the text begins: never inside "Supply Agreement - FUSION 7.".
      const Word& inner = from_start ? line_words[k - 1] : line_words[line_words.size() - k];
      if (is_numbering_key(inner.key)) continue;
      const bool shaped = letters_in(run.key) >= 3 && (k >= 3 || !run.numbers.empty());
      if (shaped && counts.pages_agreeing(run.key, page, run.numbers) >= needed) return k;
      if (k <= kPageNumberWords) {
        const Word& first = from_start ? line_words[0] : line_words[line_words.size() - k];
        const Word& last = from_start ? line_words[k - 1] : line_words.back();
        if (looks_like_named_page_number(text.substr(first.begin, last.end - first.begin))) return k;
      }
    }
    return std::size_t{0};
  };

  // A page prints its header once: words that start (end) an edge line above (below) on
  // the same page are the header (footer), and a second line starting with them is text
  // ("Table of Contents" over "TABLE OF CONTENTS Page").
  auto seen_on_page = [&](std::size_t p, std::size_t l, const std::vector<Word>& line_words, std::size_t k,
                          bool from_start) {
    if (k == 0) return false;
    const std::string key = runs_of(line_words, from_start)[k - 1].key;
    const std::size_t n = pages[p].lines.size();
    for (std::size_t other = 0; other < n; ++other) {
      if (from_start ? other >= l : other <= l) continue;
      const std::vector<Word>& other_words = words[p][other];
      if (other_words.size() < k) continue;
      if (runs_of(other_words, from_start)[k - 1].key == key) return true;
    }
    return false;
  };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].lines.size(); ++l) {
      const std::vector<Word>& line_words = words[p][l];
      if (line_words.empty()) continue;
      const std::string_view text = pages[p].lines[l].text;
      // A line that is a header or footer as a whole is the line classifier's to judge.
      std::size_t head = glued_words(p, line_words, text, true);
      if (head == line_words.size()) continue;
      std::size_t tail = glued_words(p, line_words, text, false);
      if (tail == line_words.size()) continue;
      if (seen_on_page(p, l, line_words, head, true)) head = 0;
      if (seen_on_page(p, l, line_words, tail, false)) tail = 0;
      KeptText& k = kept[p][l];
      if (head + tail >= line_words.size()) {
        k = KeptText{0, 0};  // a header and a footer glued together
        continue;
      }
      // "Exhibit A, Page 1": a page number the words before it run into is part of a
      // footer of its own, not glued to text; cutting it would leave "Exhibit A,".
      if (tail > 0 && text[line_words[line_words.size() - tail - 1].end - 1] == ',') tail = 0;
      if (head > 0) k.begin = line_words[head].begin;
      if (tail > 0) k.end = line_words[line_words.size() - tail - 1].end;
    }
  }
  return kept;
}

}  // namespace clausecheck
