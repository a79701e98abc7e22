// Plain text and Markdown: one block per non-blank line.
//
// Lines keep their page (a form feed starts a new page, so pdftotext output keeps its
// pages) and their line number on that page. Blank lines separate paragraphs; a line
// right after a non-blank line continues its paragraph unless it starts the way a new
// clause, list item or heading starts ("1.2 Foo", "(a)", "- item", "Schedule 2"), so
// that a wrapped sentence stays one sentence and a numbered clause is never glued onto
// the line above. Precise clause recognition is structure recovery's job.
//
// Page furniture (page numbers, filing stamps, running headers and footers, as a text
// rendering of a paginated document carries them) is recognised by the classifier the PDF
// parser uses (page_furniture.h) and left out of plain text; its pages are those the form
// feeds mark, or, in text without form feeds, the stretches between runs of three or more
// blank lines (how CUAD's and EDGAR's text renderings separate pages). Markdown has none.
//
// Markdown adds: ATX and setext headings, tables (one table_cell block per cell),
// front matter and HTML comments skipped, inline markup removed (markdown_inline.h).
// List markers stay in the text: structure recovery reads "1." as a clause number.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "format_parsers.h"
#include "glued_furniture.h"
#include "markdown_inline.h"
#include "page_furniture.h"
#include "restated_number.h"
#include "text_decoding.h"

namespace clausecheck {
namespace {

struct Line {
  std::string_view text;  // without the line ending
  int page = 1;
  int number = 1;         // 1-based line number on its page
};

struct PendingBlock {
  std::string text;
  Block attributes;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// "\r\n" and lone "\r" become "\n".
std::string normalise_line_endings(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// Splits into lines; a form feed ends the line it is on and starts a new page.
std::vector<Line> split_lines(std::string_view text, int& page_count) {
  std::vector<Line> lines;
  int page = 1;
  int number = 1;
  std::size_t start = 0;
  bool page_has_text = false;
  int last_page_with_text = 1;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool at_end = i == text.size();
    const char c = at_end ? '\n' : text[i];
    if (c != '\n' && c != '\f') {
      if (!is_space(c)) page_has_text = true;
      continue;
    }
    if (!(at_end && start == i)) lines.push_back({text.substr(start, i - start), page, number});
    start = i + 1;
    if (page_has_text) last_page_with_text = page;
    if (c == '\f') {
      ++page;
      number = 1;
      page_has_text = false;
    } else {
      ++number;
    }
  }
  // pdftotext ends every page, the last one too, with a form feed: a trailing empty
  // "page" after it is not a page of the document.
  page_count = std::max(page - (page_has_text ? 0 : 1), last_page_with_text);
  page_count = std::max(page_count, 1);
  return lines;
}

// "1.2 Foo", "12. Foo", "3) Foo", "5 Payment", "(a)", "(iv)", "a)", "- item", "• item",
// "Schedule 2": the way a new clause, list item or heading starts. A bare number followed
// by a lower-case word ("60 days after …") is a wrapped line, not a clause.
bool starts_new_paragraph(std::string_view s) {
  if (s.empty()) return false;
  // Bullets as text extraction writes them: "●", "▪", "➢", a Symbol-font private-use
  // bullet (U+F0B7), and dashes, including a soft hyphen that a PDF uses as its dash.
  for (std::string_view bullet : {"- ", "* ", "+ ", "\u2022", "\u25CF", "\u25AA", "\u25E6",
                                  "\u25A0", "\u27A2", "\uF0B7", "\uF0A7", "\u2023", "\u2043",
                                  "\u2013 ", "\u2014 ", "\u2010 ", "\u2212 ", "\u00AD ",
                                  "\u00B7 ", "#", "|", ">"}) {
    if (starts_with(s, bullet)) return true;
  }
  if (is_digit(s[0])) {
    std::size_t i = 0;
    bool dotted = false;
    while (i < s.size() && (is_digit(s[i]) || (s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1])))) {
      dotted = dotted || s[i] == '.';
      ++i;
    }
    if (i < s.size() && is_upper(s[i]) && (i + 1 == s.size() || s[i + 1] == '.' || s[i + 1] == ' '))
      ++i;  // "12A Foo"
    if (i == s.size()) return true;
    if (s[i] == '.' || s[i] == ')') return i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t';
    if (s[i] == ' ' || s[i] == '\t') {
      if (dotted) return true;
      std::string_view rest = trim(s.substr(i));
      return !rest.empty() && !is_lower(rest[0]) && !is_digit(rest[0]);
    }
    return false;
  }
  if (s[0] == '(') {
    std::size_t close = s.find(')');
    if (close == std::string_view::npos || close < 2 || close > 6) return false;
    std::string_view label = s.substr(1, close - 1);
    return std::all_of(label.begin(), label.end(), [](char c) {
      return is_digit(c) || is_lower(c) || is_upper(c);
    });
  }
  if ((is_lower(s[0]) || is_upper(s[0])) && s.size() >= 3 && (s[1] == ')' || s[1] == '.') &&
      s[2] == ' ')
    return true;  // "a) …", "B. …"
  for (std::string_view word : {"Clause ", "Schedule ", "Section ", "Article ", "Chapter ", "Part ",
                                "Annex ", "Appendix ", "Paragraph ", "CLAUSE ", "SCHEDULE ",
                                "SECTION ", "ARTICLE ", "CHAPTER ", "PART ", "ANNEX ", "APPENDIX "}) {
    if (starts_with(s, word) && s.size() > word.size() &&
        (is_digit(s[word.size()]) || is_upper(s[word.size()])))
      return true;
  }
  return false;
}

// ---- Markdown block syntax -------------------------------------------------------------

// A Markdown list item: "- ", "* ", "+ ", "1. ", "1) ", and the lettered items that
// contracts written in Markdown use ("a. ", "(a) ", "(iv) ").
bool is_list_item(std::string_view s) {
  if (starts_with(s, "- ") || starts_with(s, "* ") || starts_with(s, "+ ")) return true;
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i > 0) return i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
  if (s.size() >= 3 && (is_lower(s[0]) || is_upper(s[0])) && (s[1] == '.' || s[1] == ')') && s[2] == ' ')
    return true;
  if (!s.empty() && s[0] == '(') {
    std::size_t close = s.find(')');
    return close != std::string_view::npos && close >= 2 && close <= 6 && close + 1 < s.size() &&
           s[close + 1] == ' ';
  }
  return false;
}

std::size_t indentation(std::string_view line) {
  std::size_t width = 0;
  for (char c : line) {
    if (c == ' ') ++width;
    else if (c == '\t') width += 4 - width % 4;
    else break;
  }
  return width;
}

// Nesting depth of Markdown list items from their indentation: an item indented more
// than the item before opens a level, one indented less closes levels back to its own.
// "1. Service" / "    1. Access and Use." / "        a. Except" are levels 0, 1, 2.
class ListNesting {
 public:
  int level_of(std::size_t indent) {
    while (!indents_.empty() && indent < indents_.back()) indents_.pop_back();
    if (indents_.empty() || indent > indents_.back()) indents_.push_back(indent);
    return static_cast<int>(indents_.size()) - 1;
  }
  void reset() { indents_.clear(); }

 private:
  std::vector<std::size_t> indents_;
};

// "## Heading ##" -> level 2, "Heading"; 0 when the line is not an ATX heading.
int atx_heading_level(std::string_view s, std::string_view& text) {
  int level = 0;
  while (level < static_cast<int>(s.size()) && s[static_cast<std::size_t>(level)] == '#') ++level;
  if (level == 0 || level > 6) return 0;
  const auto after = static_cast<std::size_t>(level);
  if (after < s.size() && s[after] != ' ' && s[after] != '\t') return 0;
  std::string_view rest = trim(s.substr(after));
  std::size_t hashes = rest.size();
  while (hashes > 0 && rest[hashes - 1] == '#') --hashes;
  if (hashes == 0 || rest[hashes - 1] == ' ' || rest[hashes - 1] == '\t') rest = trim(rest.substr(0, hashes));
  text = rest;
  return level;
}

bool is_run_of(std::string_view s, char c, std::size_t minimum) {
  std::size_t count = 0;
  for (char x : s) {
    if (x == c) ++count;
    else if (x != ' ' && x != '\t') return false;
  }
  return count >= minimum;
}

bool is_thematic_break(std::string_view s) {
  return is_run_of(s, '-', 3) || is_run_of(s, '*', 3) || is_run_of(s, '_', 3);
}

bool is_table_separator(std::string_view s) {
  if (s.find('-') == std::string_view::npos || s.find('|') == std::string_view::npos) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t'; });
}

// Cells of "| a | b |" (escaped "\|" stays inside a cell).
std::vector<std::string> table_cells(std::string_view row) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += "\\|";
      ++i;
    } else if (row[i] == '|') {
      cells.push_back(std::move(cell));
      cell.clear();
    } else {
      cell.push_back(row[i]);
    }
  }
  cells.push_back(std::move(cell));
  if (!row.empty() && row.front() == '|') cells.erase(cells.begin());
  if (!row.empty() && row.back() == '|' && !cells.empty()) cells.pop_back();
  return cells;
}

// Removes HTML comments, which may span lines; `in_comment` carries across lines.
std::string remove_html_comments(std::string_view line, bool& in_comment) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (in_comment) {
      std::size_t end = line.find("-->", i);
      if (end == std::string_view::npos) return out;
      in_comment = false;
      i = end + 3;
    } else {
      std::size_t start = line.find("<!--", i);
      if (start == std::string_view::npos) {
        out.append(line.substr(i));
        break;
      }
      out.append(line.substr(i, start - i));
      in_comment = true;
      i = start + 4;
    }
  }
  return out;
}

// Index of the first line after YAML/TOML front matter ("---" … "---" at the top), or 0.
std::size_t skip_front_matter(const std::vector<Line>& lines) {
  if (lines.empty()) return 0;
  const std::string_view first = trim(lines[0].text);
  if (first != "---" && first != "+++") return 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    if (t == first || (first == "---" && t == "...")) return i + 1;
  }
  return 0;  // never closed: not front matter
}

class BlockCollector {
 public:
  void add(std::string text, const Line& line, BlockKind kind, int heading_level = 0,
           int list_level = -1) {
    PendingBlock block;
    block.attributes.list_level = list_level;
    block.text = std::move(text);
    block.attributes.page = line.page;
    block.attributes.line = line.number;
    block.attributes.kind = kind;
    block.attributes.heading_level = heading_level;
    const bool after_body_text =
        previous_line_had_text_ && !blocks_.empty() && blocks_.back().attributes.kind == BlockKind::paragraph;
    // "… within sixty" / "(60) days of receipt" is one sentence, not a list item "(60)".
    block.attributes.continues_paragraph =
        kind == BlockKind::paragraph && after_body_text &&
        (!starts_new_paragraph(block.text) || restates_number_in_words(blocks_.back().text, block.text));
    blocks_.push_back(std::move(block));
    previous_line_had_text_ = true;
  }
  void add_cell(std::string text, const Line& line) {
    add(std::move(text), line, BlockKind::table_cell);
  }
  void blank_line() { previous_line_had_text_ = false; }
  // Setext underline: the paragraph line just before becomes a heading.
  bool promote_previous_to_heading(int level) {
    if (!previous_line_had_text_ || blocks_.empty()) return false;
    PendingBlock& last = blocks_.back();
    if (last.attributes.kind != BlockKind::paragraph || last.attributes.continues_paragraph) return false;
    last.attributes.kind = BlockKind::heading;
    last.attributes.heading_level = level;
    previous_line_had_text_ = false;
    return true;
  }
  std::vector<PendingBlock>& blocks() { return blocks_; }

 private:
  std::vector<PendingBlock> blocks_;
  bool previous_line_had_text_ = false;
};

std::size_t width_in_characters(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// "1.1", "12.", "(a)": a clause number alone on its line, as pdftotext writes a number
// set in its own column. The text on the next line belongs to it.
bool is_bare_label(std::string_view s) {
  if (s.empty() || s.size() > 8 || s.find(' ') != std::string_view::npos) return false;
  if (std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c) || c == '.'; })) return is_digit(s[0]);
  return s.front() == '(' && s.back() == ')';
}

// In text without form feeds, a run of this many blank lines separates pages.
constexpr int kPageGapBlankLines = 3;

// What each line is, as page furniture (Furniture::none for body text and blank lines),
// and what is left of it once a header or footer glued to its text is cut
// (glued_furniture.h).
struct TextFurniture {
  std::vector<Furniture> verdict;
  std::vector<KeptText> kept;
};

TextFurniture find_text_furniture(const std::vector<Line>& lines) {
  const bool form_feeds = !lines.empty() && lines.back().page > 1;
  std::vector<FurniturePage> pages(1);
  std::vector<std::vector<std::size_t>> line_index(1);
  int blank_run = 0;
  int page = lines.empty() ? 1 : lines.front().page;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool blank = trim(lines[i].text).empty();
    const bool new_page = form_feeds ? lines[i].page != page : blank_run >= kPageGapBlankLines;
    blank_run = blank ? blank_run + 1 : 0;
    page = lines[i].page;
    if (new_page && !pages.back().lines.empty()) {
      pages.emplace_back();
      line_index.emplace_back();
    }
    if (blank) continue;
    // Position in text: the line's number as its height, its indentation as its left edge.
    const std::string_view text = lines[i].text;
    const double indent = static_cast<double>(indentation(text));
    const double at = static_cast<double>(i);
    pages.back().lines.push_back(FurnitureLine{text, at, at, indent, indent + static_cast<double>(trim(text).size())});
    line_index.back().push_back(i);
  }
  TextFurniture out;
  out.verdict.assign(lines.size(), Furniture::none);
  out.kept.resize(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) out.kept[i] = KeptText{0, lines[i].text.size()};
  const std::vector<std::vector<Furniture>> found = find_page_furniture(pages);
  const std::vector<std::vector<KeptText>> glued = find_glued_furniture(pages);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < found[p].size(); ++l) {
      out.verdict[line_index[p][l]] = found[p][l];
      out.kept[line_index[p][l]] = glued[p][l];
    }
  }
  return out;
}

// "… on or before sixty (60) days" / "after Nantz Communications has received notice …": a
// line that stops on a lower-case word or a comma, followed by one that starts with a
// lower-case word (not a label such as "ii." or "b)"), is the same sentence, even when the
// first line is short or blank lines come between (a text rendering of a PDF leaves them
// where a page broke, and keeps the source's own line breaks).
bool runs_on(std::string_view before, std::string_view next) {
  if (before.empty() || next.empty()) return false;
  const char last = before.back();
  if (!is_lower(last) && last != ',') return false;
  if (!is_lower(next.front()) || starts_new_paragraph(next)) return false;
  // A lettered or roman label, spaced or glued to its text: "ii.", "b)", "a.As of the Closing".
  const std::size_t mark = next.find_first_of(".)");
  const bool label = mark != std::string_view::npos && mark >= 1 && mark <= 4 &&
                     std::all_of(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(mark), is_lower);
  return !label;
}

// A line that keeps more words than this once the header or footer glued to it is cut is
// a paragraph that a text rendering joined into one line, never a header or footer as a
// whole, whatever it ends with ("… for seven years after Page 1 of 2").
constexpr std::size_t kParagraphLineWords = 12;

// Wrapped text (pdftotext output, text saved with hard line breaks) fills its lines to
// a right margin. A line that stops well short of it ends its paragraph, so the line
// after it starts a new one even without a blank line between: this keeps a heading
// ("Section 3 - How Services will be bought") off the line below it. The margin is the
// 90th percentile of line widths; text whose lines are short anyway is left alone. A line
// that runs on into the next (above: lower case on both sides) continues its paragraph
// whether short or followed by blank lines.
//
// Page furniture is left out before anything else, as if it had never been printed, so a
// sentence broken by a page footer continues on the next page; the lines removed (and the
// page numbers cut from the end of a line) are counted in `furniture_removed`.
void read_plain_lines(const std::vector<Line>& lines, BlockCollector& out, int& furniture_removed) {
  TextFurniture found = find_text_furniture(lines);
  std::vector<Furniture>& furniture = found.verdict;
  // Cut what is glued to a line's ends; a paragraph-long line is never furniture whole.
  std::vector<std::string_view> texts(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const KeptText kept = found.kept[i];
    texts[i] = lines[i].text;
    if (furniture[i] != Furniture::none && furniture[i] != Furniture::trailing_page_number && kept.end > kept.begin &&
        word_count(lines[i].text.substr(kept.begin, kept.end - kept.begin)) > kParagraphLineWords) {
      furniture[i] = Furniture::none;
    }
    if (furniture[i] != Furniture::none) continue;
    if (kept.end <= kept.begin && !trim(lines[i].text).empty()) {
      furniture[i] = Furniture::running_line;
    } else if (kept.begin > 0 || kept.end < lines[i].text.size()) {
      texts[i] = lines[i].text.substr(kept.begin, kept.end - kept.begin);
      ++furniture_removed;
    }
  }
  std::vector<std::size_t> widths;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view text = trim(texts[i]);
    if (!text.empty() && furniture[i] == Furniture::none) widths.push_back(width_in_characters(text));
  }
  std::size_t margin = 0;
  if (!widths.empty()) {
    auto percentile = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() * 9 / 10);
    std::nth_element(widths.begin(), percentile, widths.end());
    margin = *percentile;
  }
  const bool wrapped = margin >= 40;
  std::string_view previous;
  std::string_view last_text;  // the last line with text, across blank lines
  bool after_blank = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::string_view text = trim(texts[i]);
    if (furniture[i] == Furniture::trailing_page_number) {
      text = trim(without_trailing_page_number(text));
      ++furniture_removed;
    } else if (furniture[i] != Furniture::none) {
      ++furniture_removed;
      continue;
    }
    if (text.empty()) {
      after_blank = true;
      previous = {};
      continue;
    }
    if (after_blank && !runs_on(last_text, text)) out.blank_line();
    after_blank = false;
    if (wrapped && !previous.empty() && width_in_characters(previous) * 10 < margin * 6 &&
        !is_bare_label(previous) && !runs_on(previous, text) && !restates_number_in_words(previous, text)) {
      out.blank_line();
    }
    out.add(std::string(text), line, BlockKind::paragraph);
    previous = text;
    last_text = text;
  }
}

void read_markdown_lines(const std::vector<Line>& lines, BlockCollector& out) {
  bool in_comment = false;
  bool in_table = false;
  ListNesting nesting;
  for (std::size_t i = skip_front_matter(lines); i < lines.size(); ++i) {
    const Line& line = lines[i];
    const bool had_comment = in_comment || line.text.find("<!--") != std::string_view::npos;
    const std::string without_comments = had_comment ? remove_html_comments(line.text, in_comment) : std::string();
    std::string_view text = trim(had_comment ? std::string_view(without_comments) : line.text);
    while (starts_with(text, ">")) text = trim(text.substr(1));  // block quotes
    if (text.empty() || starts_with(text, "```") || starts_with(text, "~~~")) {
      out.blank_line();
      in_table = false;
      continue;
    }
    if (is_run_of(text, '=', 1) && out.promote_previous_to_heading(1)) continue;
    if (is_run_of(text, '-', 1) && !in_table && out.promote_previous_to_heading(2)) continue;
    if (is_thematic_break(text)) {
      out.blank_line();
      continue;
    }
    std::string_view heading_text;
    if (int level = atx_heading_level(text, heading_text)) {
      in_table = false;
      nesting.reset();
      std::string cleaned(trim(strip_markdown_inline(heading_text)));
      if (cleaned.empty()) {
        out.blank_line();
      } else {
        out.add(std::move(cleaned), line, BlockKind::heading, level);
        out.blank_line();  // the line after a heading never continues it
      }
      continue;
    }
    const bool next_is_separator =
        i + 1 < lines.size() && is_table_separator(trim(lines[i + 1].text));
    if (text.front() == '|' || (text.find('|') != std::string_view::npos && (in_table || next_is_separator))) {
      in_table = true;
      if (is_table_separator(text)) continue;
      for (std::string& cell : table_cells(text)) {
        std::string cleaned(trim(strip_markdown_inline(cell)));
        if (!cleaned.empty()) out.add_cell(std::move(cleaned), line);
      }
      out.blank_line();  // cells never continue a paragraph
      continue;
    }
    in_table = false;
    std::string cleaned(trim(strip_markdown_inline(text)));
    if (cleaned.empty()) {
      out.blank_line();
      continue;
    }
    int list_level = -1;
    if (is_list_item(cleaned)) {
      list_level = nesting.level_of(indentation(line.text));
    } else if (indentation(line.text) == 0) {
      nesting.reset();
    }
    out.add(std::move(cleaned), line, BlockKind::paragraph, 0, list_level);
  }
}

}  // namespace

ParseResult parse_plain_text(std::string_view path, std::string_view bytes, bool markdown,
                             const ParseLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) {
    return InputError{std::string(path), InputErrorKind::too_large,
                      "file is larger than the " + std::to_string(limits.max_file_bytes >> 20) +
                          " MiB limit"};
  }
  if (bytes.empty()) return InputError{std::string(path), InputErrorKind::empty, "empty file"};

  DecodedText decoded = decode_text(bytes);
  const std::string text = normalise_line_endings(std::move(decoded.utf8));
  int page_count = 1;
  const std::vector<Line> lines = split_lines(text, page_count);
  if (page_count > limits.max_pages) {
    return InputError{std::string(path), InputErrorKind::too_large,
                      "file has " + std::to_string(page_count) + " pages, more than the limit of " +
                          std::to_string(limits.max_pages)};
  }

  BlockCollector collector;
  int furniture_removed = 0;
  if (markdown) read_markdown_lines(lines, collector);
  else read_plain_lines(lines, collector, furniture_removed);
  if (collector.blocks().empty()) {
    return InputError{std::string(path), InputErrorKind::empty,
                      markdown ? "no text: the file holds only whitespace, front matter or comments"
                               : "no text: the file holds only whitespace"};
  }

  DocumentBuilder builder(std::string(path), markdown ? DocumentFormat::markdown : DocumentFormat::text);
  builder.set_page_count(page_count);
  if (decoded.warning) builder.add_warning(Warning{"encoding", *decoded.warning, 0});
  for (PendingBlock& block : collector.blocks()) builder.add_block(block.text, std::move(block.attributes));
  // Removing page furniture is what should happen, not a problem: it is counted, not warned.
  builder.set_running_lines_removed(furniture_removed);
  return std::move(builder).finish();
}

}  // namespace clausecheck
