// The list tables, styles and paragraph properties of a Word 97-2003 file, read into the DOCX
// numbering model; see doc_numbering.h.
#include "doc_numbering.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>

namespace clausecheck {
namespace {

// FibRgFcLcb97 ([MS-DOC] 2.5.6), at 0x9A when the FIB has Word 97's shape (csw 14, cslw 22).
constexpr std::size_t kCswAt = 0x20, kCslwAt = 0x3E, kCbRgFcLcbAt = 0x98;
constexpr std::uint16_t kCsw97 = 0x0E, kCslw97 = 0x16, kCbRgFcLcb97 = 0x5D;
constexpr std::size_t kFcStshfAt = 0x00A2;
constexpr std::size_t kFcPlcfBtePapxAt = 0x0102;
constexpr std::size_t kFcPlfLstAt = 0x02E2;
constexpr std::size_t kFcPlfLfoAt = 0x02EA;
constexpr std::size_t kFibEnd = 0x02F2;

constexpr std::size_t kPage = 512;
constexpr std::size_t kLstfSize = 28, kLvlfSize = 28, kLfoSize = 16, kLfoLvlSize = 8, kBxPapSize = 13;
constexpr std::uint16_t kNoStyle = 0x0FFF;
constexpr int kMaxStyleDepth = 32;  // istdBase hops; Word itself nests far fewer

constexpr std::uint16_t kSprmPIlvl = 0x260A;
constexpr std::uint16_t kSprmPIlfo = 0x460B;
constexpr std::uint16_t kSprmTDefTable = 0xD608;
constexpr std::uint16_t kSprmPChgTabs = 0xC615;
constexpr std::uint16_t kSprmCFVanish = 0x083C;

std::uint8_t u8(std::string_view s, std::size_t at) { return static_cast<unsigned char>(s[at]); }
std::uint16_t u16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(u8(s, at) | u8(s, at + 1) << 8);
}
std::uint32_t u32(std::string_view s, std::size_t at) {
  return static_cast<std::uint32_t>(u16(s, at)) | static_cast<std::uint32_t>(u16(s, at + 2)) << 16;
}
bool fits(std::string_view s, std::size_t at, std::size_t length) { return at <= s.size() && length <= s.size() - at; }

// The size of a sprm's operand at grpprl[at] ([MS-DOC] 2.2.5.1, spra), nullopt when it runs
// past the end.
std::optional<std::size_t> operand_size(std::uint16_t sprm, std::string_view grpprl, std::size_t at) {
  std::size_t size = 0;
  switch (sprm >> 13) {
    case 0: case 1: size = 1; break;
    case 2: case 4: case 5: size = 2; break;
    case 3: size = 4; break;
    case 7: size = 3; break;
    default:  // 6: variable
      if (sprm == kSprmTDefTable) {
        if (!fits(grpprl, at, 2)) return std::nullopt;
        size = 2 + std::max<std::size_t>(u16(grpprl, at), 1) - 1;  // cb counts itself plus one
      } else if (sprm == kSprmPChgTabs && fits(grpprl, at, 1) && u8(grpprl, at) == 255) {
        // cb 255: the size follows from the deleted and added tab counts.
        if (!fits(grpprl, at + 1, 1)) return std::nullopt;
        const std::size_t deleted = u8(grpprl, at + 1);
        const std::size_t added_at = at + 2 + 4 * deleted;
        if (!fits(grpprl, added_at, 1)) return std::nullopt;
        size = 2 + 4 * deleted + 1 + 3 * std::size_t{u8(grpprl, added_at)};
      } else {
        if (!fits(grpprl, at, 1)) return std::nullopt;
        size = 1 + std::size_t{u8(grpprl, at)};
      }
  }
  if (!fits(grpprl, at, size)) return std::nullopt;
  return size;
}

// Calls visit(sprm, operand) for each property change of `grpprl`; stops at one that runs
// past the end (a damaged run keeps what came before it).
template <class Visit>
void for_each_sprm(std::string_view grpprl, Visit visit) {
  std::size_t at = 0;
  while (at + 2 <= grpprl.size()) {
    const std::uint16_t sprm = u16(grpprl, at);
    at += 2;
    const std::optional<std::size_t> size = operand_size(sprm, grpprl, at);
    if (!size) return;
    visit(sprm, grpprl.substr(at, *size));
    at += *size;
  }
}

// A start value Word allows (0 to 0x7FFF, [MS-DOC] 2.9.151 LVLF), else 1: counters that
// start there cannot overflow however many paragraphs follow.
int valid_start(std::int32_t start) { return start >= 0 && start <= 0x7FFF ? start : 1; }

// The LVL at table[at] ([MS-DOC] 2.9.150) as a DOCX level; `at` moves past it. nullopt when
// it runs past the end of the table stream.
std::optional<docx::ListLevel> read_level(std::string_view table, std::size_t& at) {
  if (!fits(table, at, kLvlfSize)) return std::nullopt;
  const std::string_view lvlf = table.substr(at, kLvlfSize);
  const std::size_t chpx_size = u8(lvlf, 24), papx_size = u8(lvlf, 25);
  std::size_t cursor = at + kLvlfSize + papx_size;
  if (!fits(table, cursor, chpx_size + 2)) return std::nullopt;
  const std::string_view chpx = table.substr(cursor, chpx_size);
  cursor += chpx_size;
  const std::size_t characters = u16(table, cursor);
  cursor += 2;
  if (!fits(table, cursor, 2 * characters)) return std::nullopt;

  docx::ListLevel level;
  level.start = valid_start(static_cast<std::int32_t>(u32(lvlf, 0)));
  switch (u8(lvlf, 4)) {  // nfc ([MS-OSHARED] MSONFC)
    case 1: level.format = docx::NumberFormat::upper_roman; break;
    case 2: level.format = docx::NumberFormat::lower_roman; break;
    case 3: level.format = docx::NumberFormat::upper_letter; break;
    case 4: level.format = docx::NumberFormat::lower_letter; break;
    case 5: level.format = docx::NumberFormat::ordinal; break;
    case 22: level.format = docx::NumberFormat::decimal_zero; break;
    case 23: level.format = docx::NumberFormat::bullet; break;
    case 255: level.format = docx::NumberFormat::none; break;
    default: level.format = docx::NumberFormat::decimal; break;
  }
  const std::uint8_t flags = u8(lvlf, 5);
  level.legal = (flags & 0x04) != 0;
  if (flags & 0x08) level.restart_after = u8(lvlf, 26);  // fNoRestart: only levels above ilvlRestartLim restart it
  for_each_sprm(chpx, [&](std::uint16_t sprm, std::string_view operand) {
    if (sprm == kSprmCFVanish) level.hidden = u8(operand, 0) == 1;
  });
  // The number text: chars 0-8 stand for the number of that level, written "%1" … "%9" as
  // in a DOCX level text.
  level.text.clear();
  for (std::size_t i = 0; i < characters; ++i) {
    const std::uint16_t c = u16(table, cursor + 2 * i);
    if (c < docx::kListLevels) {
      level.text += '%';
      level.text += static_cast<char>('1' + c);
    } else if (c < 0x80) {
      level.text += static_cast<char>(c);
    } else if (c < 0x800) {
      level.text += static_cast<char>(0xC0 | (c >> 6));
      level.text += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      const std::uint16_t shown = c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
      level.text += static_cast<char>(0xE0 | (shown >> 12));
      level.text += static_cast<char>(0x80 | ((shown >> 6) & 0x3F));
      level.text += static_cast<char>(0x80 | (shown & 0x3F));
    }
  }
  at = cursor + 2 * characters;
  return level;
}

}  // namespace

DocNumbering::DocNumbering(std::string_view word, std::string_view table) {
  if (word.size() < kFibEnd) return;
  has_lists_ = u32(word, kFcPlfLstAt + 4) > 0;
  if (!has_lists_) return;
  const bool word97_fib = u16(word, kCswAt) == kCsw97 && u16(word, kCslwAt) == kCslw97 &&
                          u16(word, kCbRgFcLcbAt) >= kCbRgFcLcb97;
  readable_ = word97_fib &&
              read_lists(table, u32(word, kFcPlfLstAt), u32(word, kFcPlfLstAt + 4), u32(word, kFcPlfLfoAt),
                         u32(word, kFcPlfLfoAt + 4)) &&
              read_styles(table, u32(word, kFcStshfAt), u32(word, kFcStshfAt + 4)) &&
              read_paragraph_runs(word, table, u32(word, kFcPlcfBtePapxAt), u32(word, kFcPlcfBtePapxAt + 4));
  if (readable_) {
    counter_.emplace(definitions_, docx::StartOverrideScope::from_first_paragraph);
  } else {
    runs_.clear();
    styles_.clear();
  }
}

bool DocNumbering::read_lists(std::string_view table, std::uint32_t lst_at, std::uint32_t lst_length,
                              std::uint32_t lfo_at, std::uint32_t lfo_length) {
  // PlfLst: cLst, then cLst LSTFs; the LVLs of every list follow it, list by list.
  if (lst_length < 2 || !fits(table, lst_at, lst_length)) return false;
  const auto list_count = static_cast<std::int16_t>(u16(table, lst_at));
  if (list_count < 0 || 2 + kLstfSize * static_cast<std::size_t>(list_count) > lst_length) return false;
  std::map<int, docx::AbstractList> lists;
  std::map<std::int32_t, int> list_by_lsid;
  std::size_t level_at = std::size_t{lst_at} + lst_length;
  for (int index = 0; index < list_count; ++index) {
    const std::size_t lstf = lst_at + 2 + kLstfSize * static_cast<std::size_t>(index);
    docx::AbstractList list;
    const int levels = (u8(table, lstf + 26) & 0x01) ? 1 : docx::kListLevels;  // fSimpleList
    for (int level = 0; level < levels; ++level) {
      std::optional<docx::ListLevel> read = read_level(table, level_at);
      if (!read) return false;
      const std::uint16_t linked_style = u16(table, lstf + 8 + 2 * static_cast<std::size_t>(level));  // rgistdPara
      if (linked_style != kNoStyle) read->style_id = std::to_string(linked_style);
      list.levels[static_cast<std::size_t>(level)] = std::move(*read);
    }
    list_by_lsid.emplace(static_cast<std::int32_t>(u32(table, lstf)), index);
    lists.emplace(index, std::move(list));
  }

  // PlfLfo: lfoMac, the LFOs, then one LFOData per LFO (cp, then clfolvl LFOLVLs).
  std::map<int, docx::ListInstance> instances;
  if (lfo_length >= 4 && fits(table, lfo_at, lfo_length)) {
    const auto instance_count = static_cast<std::int32_t>(u32(table, lfo_at));
    if (instance_count < 0 || 4 + kLfoSize * static_cast<std::size_t>(instance_count) > lfo_length) return false;
    std::size_t data_at = lfo_at + 4 + kLfoSize * static_cast<std::size_t>(instance_count);
    for (std::int32_t index = 0; index < instance_count; ++index) {
      const std::size_t lfo = lfo_at + 4 + kLfoSize * static_cast<std::size_t>(index);
      docx::ListInstance instance;
      auto list = list_by_lsid.find(static_cast<std::int32_t>(u32(table, lfo)));
      instance.abstract_id = list == list_by_lsid.end() ? -1 : list->second;
      const std::size_t overrides = u8(table, lfo + 12);  // clfolvl
      if (!fits(table, data_at, 4)) return false;
      data_at += 4;  // cp
      for (std::size_t k = 0; k < overrides; ++k) {
        if (!fits(table, data_at, kLfoLvlSize)) return false;
        const auto start = static_cast<std::int32_t>(u32(table, data_at));
        const std::uint32_t flags = u32(table, data_at + 4);
        data_at += kLfoLvlSize;
        const auto level = static_cast<std::size_t>(flags & 0x0F);
        std::optional<docx::ListLevel> formatting;
        if (flags & 0x20) {  // fFormatting: a whole LVL follows
          formatting = read_level(table, data_at);
          if (!formatting) return false;
        }
        if (level >= docx::kListLevels) continue;
        if (flags & 0x10) instance.start_override[level] = valid_start(start);  // fStartAt
        if (formatting) {
          // The new formatting keeps the list's start value and linked style unless fStartAt
          // overrides the start (Word leaves the LVL's own start undefined then).
          const docx::AbstractList* base = list == list_by_lsid.end() ? nullptr : &lists[list->second];
          if (base != nullptr) {
            formatting->style_id = base->levels[level].style_id;
            formatting->start = base->levels[level].start;
          }
          instance.level_override[level] = std::move(*formatting);
        }
      }
      instances.emplace(index + 1, std::move(instance));  // ilfo is 1-based
    }
  } else if (lfo_length != 0) {
    return false;
  }
  definitions_ = docx::NumberingDefinitions(std::move(lists), std::move(instances));
  return true;
}

bool DocNumbering::read_styles(std::string_view table, std::uint32_t at, std::uint32_t length) {
  if (length == 0) return true;  // no style sheet: every paragraph style is plain
  if (length < 6 || !fits(table, at, length)) return false;
  const std::string_view stsh = table.substr(at, length);
  const std::size_t header_size = u16(stsh, 0);  // cbStshi
  if (header_size < 4 || !fits(stsh, 2, header_size)) return false;
  const std::size_t style_count = u16(stsh, 2);
  const std::size_t base_size = u16(stsh, 4);  // cbSTDBaseInFile: 10 (Word 97) or 18
  if (base_size < 10) return false;
  std::size_t cursor = 2 + header_size;
  for (std::size_t istd = 0; istd < style_count; ++istd) {
    if (!fits(stsh, cursor, 2)) return false;
    const std::size_t size = u16(stsh, cursor);
    if (!fits(stsh, cursor + 2, size)) return false;
    const std::string_view std_bytes = stsh.substr(cursor + 2, size);
    cursor += 2 + size;
    Style style;
    if (size >= base_size) {
      const std::uint16_t kind_and_base = u16(std_bytes, 2);
      style.base = static_cast<std::uint16_t>(kind_and_base >> 4);
      if ((kind_and_base & 0x0F) == 1) {  // stk: a paragraph style, whose first UPX is its UpxPapx
        std::size_t upx = base_size;
        if (fits(std_bytes, upx, 2)) upx += 2 + 2 * std::size_t{u16(std_bytes, upx)} + 2;  // xstzName
        upx += upx & 1;
        if (fits(std_bytes, upx, 2)) {
          const std::size_t upx_size = u16(std_bytes, upx);
          if (upx_size >= 2 && fits(std_bytes, upx + 2, upx_size)) {
            for_each_sprm(std_bytes.substr(upx + 4, upx_size - 2), [&](std::uint16_t sprm, std::string_view operand) {
              if (sprm == kSprmPIlvl) style.own.ilvl = u8(operand, 0);
              if (sprm == kSprmPIlfo) style.own.ilfo = static_cast<std::int16_t>(u16(operand, 0));
            });
          }
        }
      }
    }
    styles_.push_back(style);
  }
  return true;
}

bool DocNumbering::read_paragraph_runs(std::string_view word, std::string_view table, std::uint32_t at,
                                       std::uint32_t length) {
  // PlcBtePapx: aFC[n + 1], then n PnFkpPapx whose low 22 bits are a page of WordDocument.
  if (length < 4 || !fits(table, at, length) || (length - 4) % 8 != 0) return false;
  const std::size_t count = (length - 4) / 8;
  std::unordered_set<std::uint32_t> pages_read;  // each page once: runs stay within the stream's size
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t page_number = u32(table, at + 4 * (count + 1) + 4 * i) & 0x3FFFFF;
    if (!pages_read.insert(page_number).second) continue;
    const std::size_t page_at = std::size_t{page_number} * kPage;
    if (!fits(word, page_at, kPage)) return false;
    const std::string_view page = word.substr(page_at, kPage);
    // PapxFkp: rgfc[crun + 1], then crun BxPap (bOffset and a PHE), the count in the last byte.
    const std::size_t runs = u8(page, kPage - 1);
    const std::size_t bx_at = 4 * (runs + 1);
    if (bx_at + kBxPapSize * runs > kPage - 1) return false;
    for (std::size_t run = 0; run < runs; ++run) {
      ParagraphRun paragraph;
      paragraph.fc_begin = u32(page, 4 * run);
      paragraph.fc_end = u32(page, 4 * (run + 1));
      const std::size_t papx = 2 * std::size_t{u8(page, bx_at + kBxPapSize * run)};
      if (papx != 0) {
        // PapxInFkp: cb, then 2cb - 1 bytes; or 0, cb', then 2cb' bytes. They hold the istd
        // and the paragraph's own property changes.
        if (papx + 2 > kPage - 1) return false;
        const std::size_t cb = u8(page, papx);
        const std::size_t data_at = cb != 0 ? papx + 1 : papx + 2;
        const std::size_t data_size = cb != 0 ? 2 * cb - 1 : 2 * std::size_t{u8(page, papx + 1)};
        if (data_at + data_size > kPage - 1) return false;
        const std::string_view data = page.substr(data_at, data_size);
        if (data.size() >= 2) {
          paragraph.istd = u16(data, 0);
          for_each_sprm(data.substr(2), [&](std::uint16_t sprm, std::string_view operand) {
            if (sprm == kSprmPIlvl) paragraph.own.ilvl = u8(operand, 0);
            if (sprm == kSprmPIlfo) paragraph.own.ilfo = static_cast<std::int16_t>(u16(operand, 0));
          });
        }
      }
      if (paragraph.fc_begin < paragraph.fc_end) runs_.push_back(paragraph);
    }
  }
  std::stable_sort(runs_.begin(), runs_.end(),
                   [](const ParagraphRun& a, const ParagraphRun& b) { return a.fc_begin < b.fc_begin; });
  return true;
}

DocNumbering::ListProperties DocNumbering::style_properties(std::uint16_t istd) const {
  ListProperties merged;
  std::size_t current = istd;
  for (int depth = 0; depth < kMaxStyleDepth && current < styles_.size(); ++depth) {
    const Style& style = styles_[current];
    if (!merged.ilfo) merged.ilfo = style.own.ilfo;
    if (!merged.ilvl) merged.ilvl = style.own.ilvl;
    if (style.base == kNoStyle || style.base == current) break;
    current = style.base;
  }
  return merged;
}

std::optional<docx::ListLabel> DocNumbering::next(std::uint32_t mark_fc) {
  if (!counter_) return std::nullopt;
  auto after = std::upper_bound(runs_.begin(), runs_.end(), mark_fc,
                                [](std::uint32_t fc, const ParagraphRun& run) { return fc < run.fc_begin; });
  if (after == runs_.begin()) return std::nullopt;
  const ParagraphRun& run = *std::prev(after);
  if (mark_fc >= run.fc_end) return std::nullopt;
  ListProperties properties = style_properties(run.istd);
  if (run.own.ilfo) properties.ilfo = run.own.ilfo;
  if (run.own.ilvl) properties.ilvl = run.own.ilvl;
  const int ilfo = properties.ilfo.value_or(0);
  if (ilfo <= 0) return std::nullopt;  // 0: not numbered; 0xF801 (negative): numbering removed
  const int level = properties.ilvl ? *properties.ilvl
                                    : definitions_.level_for_style(ilfo, std::to_string(run.istd)).value_or(0);
  return counter_->next(ilfo, level);
}

}  // namespace clausecheck
