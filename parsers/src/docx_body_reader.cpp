// DocxBodyReader: one walk over each parsed part; see docx_body_reader.h for what becomes
// a block and how pages are estimated.
#include "docx_body_reader.h"

#include "clausecheck/utf8_code_point.h"

#include "clausecheck/ascii_case.h"
#include "page_furniture.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace clausecheck::docx {
namespace {

constexpr int kMaxNesting = DocxBodyReader::max_nesting;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Legal templates give whole numbered clauses an outline level (or build the numbering
// into "Heading 2"), so that Word's navigation pane lists them. Such a paragraph is body
// text, not a title: it is long, it ends the way a sentence, a list item or a list
// lead-in does, or it is a phrase starting in lower case ("the Supplier shall ...").
constexpr std::size_t kMaxHeadingBytes = 200;
bool reads_as_prose(std::string_view text) {
  if (text.size() > kMaxHeadingBytes) return true;
  if (text.empty()) return false;
  const char last = text.back();
  if (last == '.' || last == ';' || last == ':' || last == ',') return true;
  auto ends_with_word = [&](std::string_view word) {
    return text.size() > word.size() && text.substr(text.size() - word.size()) == word &&
           is_space(text[text.size() - word.size() - 1]);
  };
  if (ends_with_word("and") || ends_with_word("or")) return true;
  // A short lower-case title ("definitions") is usually shown in capitals by w:caps.
  auto first_letter = std::find_if(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
  const auto words = std::count(text.begin(), text.end(), ' ') + 1;
  return words > 3 && first_letter != text.end() && *first_letter >= 'a' && *first_letter <= 'z';
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool has_visible_character(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return !is_space(c); });
}

// mc:AlternateContent offers the same content several ways; read the first choice only,
// so a text box is not read twice (once from wps:txbx, once from the VML fallback).
pugi::xml_node alternate_choice(pugi::xml_node alternate) {
  for (pugi::xml_node child = alternate.first_child(); child; child = child.next_sibling()) {
    if (ends_with(child.name(), ":Choice")) return child;
  }
  for (pugi::xml_node child = alternate.first_child(); child; child = child.next_sibling()) {
    if (ends_with(child.name(), ":Fallback")) return child;
  }
  return {};
}

// Text in a capitals run as Word shows and prints it (ICU: "ß" becomes "SS").
std::string upper_case(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toUpper(icu::Locale::getEnglish())
      .toUTF8String(out);
  return out;
}

// A field whose result is a page number or page count: " PAGE ", "NUMPAGES \\* Arabic".
bool is_page_number_field(std::string_view instruction) {
  std::size_t start = instruction.find_first_not_of(" \t");
  if (start == std::string_view::npos) return false;
  std::size_t end = instruction.find_first_of(" \t\\", start);
  std::string name = upper_case(instruction.substr(start, end == std::string_view::npos ? end : end - start));
  return name == "PAGE" || name == "NUMPAGES" || name == "SECTIONPAGES";
}

bool is_alternate_content(pugi::xml_node node) { return ends_with(node.name(), ":AlternateContent"); }

// The text a w:sym shows, or "" when it is a picture character (bullets, ticks, arrows
// of Wingdings) or a Symbol-font glyph without a plain meaning in a contract.
std::string symbol_text(std::string_view font, std::string_view hex) {
  char32_t code = 0;
  if (hex.empty() || hex.size() > 6) return {};
  for (char c : hex) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return {};
    code = code * 16 + static_cast<char32_t>(digit);
  }
  // Symbol fonts put their glyphs at U+F000 + the legacy 8-bit code.
  if (code >= 0xF000 && code <= 0xF0FF) code -= 0xF000;
  const std::string lower_font = ascii_lower(font);
  std::string out;
  if (lower_font.find("symbol") != std::string::npos) {
    static constexpr std::pair<char32_t, char32_t> kSymbolFont[] = {
        {0xA3, U'≤'}, {0xB3, U'≥'}, {0xB9, U'≠'}, {0xB1, U'±'}, {0xB4, U'×'}, {0xB8, U'÷'},
        {0xD2, U'®'}, {0xE2, U'®'}, {0xD3, U'©'}, {0xE3, U'©'}, {0xD4, U'™'}, {0xE4, U'™'},
        {0xB0, U'°'}, {0xA5, U'∞'}, {0x25, U'%'}, {0x2B, U'+'}, {0x3D, U'='}};
    for (const auto& [legacy, unicode] : kSymbolFont) {
      if (legacy == code) append_code_point(out, static_cast<UChar32>(unicode));
    }
    return out;
  }
  if (lower_font.find("ding") != std::string::npos || lower_font.find("webding") != std::string::npos) return {};
  if (code < 0x20 || (code >= 0x7F && code < 0xA0) || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return {};
  append_code_point(out, static_cast<UChar32>(code));
  return out;
}

}  // namespace

DocxBodyReader::DocxBodyReader(const DocxStyles& styles, const NumberingDefinitions& numbering,
                               DocumentBuilder& builder)
    : styles_(styles), numbering_(numbering), builder_(builder), counter_(numbering), w_(pugi::xml_node()) {}

void DocxBodyReader::read_document(const pugi::xml_document& document_xml) {
  pugi::xml_node root = document_xml.document_element();
  w_ = WordNames(root);
  in_note_part_ = false;
  prescan(root);
  read_blocks(w_.child(root, "body"));
  if (!carried_text_.empty()) {
    // The last paragraph mark was deleted: its text still belongs to the document.
    Paragraph paragraph;
    paragraph.text = std::move(carried_text_);
    paragraph.page = carried_page_;
    carried_text_.clear();
    Block block;
    block.page = paragraph.page > 0 ? paragraph.page : page_;
    std::string_view text = trimmed(paragraph.text);
    if (!text.empty()) emit(text, block);
  }
}

void DocxBodyReader::read_notes(const pugi::xml_document& notes_xml, NoteKind kind) {
  pugi::xml_node root = notes_xml.document_element();
  if (!root) return;
  w_ = WordNames(root);
  in_note_part_ = true;
  const std::size_t sections_before = section_starts_.size();
  prescan(root);
  section_starts_.resize(sections_before);  // notes have no sections of their own
  field_stack_.clear();
  fields_in_code_ = 0;

  std::map<std::string, pugi::xml_node> notes;
  std::vector<std::string> order;
  const std::string_view element = kind == NoteKind::footnote ? "footnote" : "endnote";
  for (pugi::xml_node note = root.first_child(); note; note = note.next_sibling()) {
    if (!w_.is(note, element)) continue;
    std::string_view type = w_.attribute(note, "type").value();
    if (!type.empty() && type != "normal") continue;  // separators and continuation notices
    std::string id = w_.attribute(note, "id").value();
    if (notes.emplace(id, note).second) order.push_back(id);
  }

  const int body_last_page = page_;
  std::set<std::string> done;
  auto read_note = [&](const std::string& id, int page) {
    auto it = notes.find(id);
    if (it == notes.end() || !done.insert(id).second) return;
    page_ = page;
    collectors_.push_back(Collector{BlockKind::footnote, {}, {}, -1, 0});
    read_blocks(it->second);
    flush_collector();
    collectors_.pop_back();
  };
  for (const NoteReference& reference : note_references_) {
    if (reference.kind == kind) read_note(reference.id, reference.page);
  }
  for (const std::string& id : order) read_note(id, body_last_page);
  page_ = body_last_page;
  in_note_part_ = false;
}

void DocxBodyReader::prescan(pugi::xml_node root) {
  // Iterative, so a deeply nested hostile part cannot exhaust the stack here.
  std::vector<pugi::xml_node> pending{root};
  while (!pending.empty()) {
    pugi::xml_node node = pending.back();
    pending.pop_back();
    std::string_view local = w_.local(node);
    if (local == "ins" || local == "del" || local == "moveFrom" || local == "moveTo") ++tracked_changes_;
    if (local == "altChunk" || local == "subDoc") ++unread_embedded_parts_;
    if (local == "sectPr" && !w_.is(node.parent(), "sectPrChange")) {
      std::string type = std::string(w_.child_value(node, "type"));
      section_starts_.push_back(type.empty() ? "nextPage" : std::move(type));
    }
    // Children pushed in reverse keep section properties in document order.
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) pending.push_back(child);
    }
  }
}

// Each reader of a nested element calls this first and leaves the level with --depth_;
// past kMaxNesting the document is marked too deep and the element is not read.
bool DocxBodyReader::enter_level() {
  if (++depth_ <= kMaxNesting) return true;
  too_deep_ = true;
  --depth_;
  return false;
}

void DocxBodyReader::read_blocks(pugi::xml_node container) {
  if (!container) return;
  if (!enter_level()) return;
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view local = w_.local(child);
    if (local == "p") {
      read_paragraph(child);
    } else if (local == "tbl") {
      if (!collectors_.empty()) flush_collector();  // a nested table splits its cell
      read_table(child);
    } else if (local == "sdt") {
      read_blocks(w_.child(child, "sdtContent"));
    } else if (local == "customXml" || local == "ins" || local == "moveTo") {
      read_blocks(child);
    } else if (is_alternate_content(child)) {
      read_blocks(alternate_choice(child));
    }
    // w:del, w:moveFrom: deleted content; w:sectPr, bookmarks, comments: no text.
  }
  --depth_;
}

void DocxBodyReader::read_paragraph(pugi::xml_node paragraph_node) {
  pugi::xml_node properties = w_.child(paragraph_node, "pPr");
  std::string style_id(w_.child_value(properties, "pStyle"));
  if (style_id.empty()) style_id = styles_.default_paragraph_style();

  if (collectors_.empty()) previous_row_split_ = false;  // the table has ended
  if (section_break_pending_) {
    section_break_pending_ = false;
    soft_page_break();
  }
  pugi::xml_node break_before = w_.child(properties, "pageBreakBefore");
  if (break_before ? is_on(w_, break_before) : styles_.page_break_before(style_id)) soft_page_break();

  Paragraph paragraph;
  if (!carried_text_.empty()) {
    paragraph.text = std::move(carried_text_);
    paragraph.page = carried_page_;
    carried_text_.clear();
  }
  std::vector<pugi::xml_node> text_boxes;
  paragraph_capitals_ = styles_.capitals(style_id).value_or(false);
  read_inline(paragraph_node, paragraph, text_boxes);
  // A field code never spans paragraphs; if one seems to (a damaged field), show the rest
  // rather than hide the remainder of the document.
  if (fields_in_code_ > 0 || page_number_results_ > 0) {
    for (OpenField& field : field_stack_) field = OpenField{false, false, {}};
    fields_in_code_ = 0;
    page_number_results_ = 0;
  }

  pugi::xml_node mark = w_.child(properties, "rPr");
  paragraph.deleted_mark = w_.child(mark, "del") || w_.child(mark, "moveFrom");
  paragraph.hidden = is_on(w_, w_.child(mark, "vanish"));
  if (pugi::xml_node section = w_.child(properties, "sectPr")) {
    (void)section;
    ++section_index_;
    if (section_index_ < section_starts_.size()) {
      const std::string& type = section_starts_[section_index_];
      section_break_pending_ = type != "continuous" && type != "nextColumn";
    }
  }

  if (paragraph.deleted_mark) {
    // Accepting the deletion joins this paragraph to the next one, which keeps its own
    // properties (a paragraph's formatting lives in its mark).
    carried_text_ = std::move(paragraph.text);
    carried_page_ = paragraph.page;
  } else {
    std::optional<NumberingReference> reference = styles_.numbering(style_id);
    if (pugi::xml_node direct = w_.child(properties, "numPr")) {
      pugi::xml_node num_id = w_.child(direct, "numId");
      pugi::xml_node level = w_.child(direct, "ilvl");
      if (num_id) {
        // Properties inherit one by one: a w:numPr naming only the list keeps the style's level.
        std::optional<int> style_level = reference ? reference->level : std::nullopt;
        reference = NumberingReference{int_value(w_.attribute(num_id, "val").value(), 0), style_level};
      }
      if (level && reference) reference->level = int_value(w_.attribute(level, "val").value(), 0);
    }
    const bool visible = !(paragraph.hidden && !has_visible_character(paragraph.text));
    if (reference && reference->num_id > 0 && visible) {
      int level = reference->level ? *reference->level
                                   : numbering_.level_for_style(reference->num_id, style_id).value_or(0);
      if (std::optional<ListLabel> label = counter_.next(reference->num_id, level); label && !label->text.empty()) {
        paragraph.label = std::move(label->text);
        paragraph.list_level = level;
      }
    }
    if (pugi::xml_node outline = w_.child(properties, "outlineLvl")) {
      int level = int_value(w_.attribute(outline, "val").value(), 9);
      paragraph.heading_level = level >= 0 && level <= 8 ? level + 1 : 0;
    } else {
      paragraph.heading_level = styles_.heading_level(style_id);
    }

    std::string_view text = trimmed(paragraph.text);
    // A page number the author put in the body (a footer pasted as text, a PAGE field)
    // is furniture, as in a PDF; counted, not emitted.
    if (paragraph.label.empty() &&
        ((paragraph.page_field && (text.empty() || looks_like_page_number_frame(text))) ||
         (collectors_.empty() && !text.empty() && looks_like_named_page_number(text)))) {
      ++page_furniture_removed_;
      text = {};
    }
    if (paragraph.heading_level > 0 && reads_as_prose(text)) paragraph.heading_level = 0;
    const int page = paragraph.page > 0 ? paragraph.page : page_;
    if (!collectors_.empty()) {
      Collector& collector = collectors_.back();
      if (!text.empty() || !paragraph.label.empty()) {
        if (collector.text.empty() && collector.label.empty()) {
          collector.label = paragraph.label;
          collector.list_level = paragraph.list_level;
          collector.page = page;
        } else {
          if (!collector.text.empty()) collector.text += ' ';
          if (!paragraph.label.empty()) {
            collector.text += paragraph.label;
            if (!text.empty()) collector.text += ' ';
          }
        }
        collector.text += text;
      }
    } else if (!text.empty() || !paragraph.label.empty()) {
      Block block;
      block.page = page;
      block.kind = paragraph.heading_level > 0 ? BlockKind::heading : BlockKind::paragraph;
      block.heading_level = paragraph.heading_level;
      block.label = std::move(paragraph.label);
      block.list_level = paragraph.list_level;
      emit(text, std::move(block));
    }
  }

  for (pugi::xml_node box : text_boxes) read_blocks(box);
}

void DocxBodyReader::read_inline(pugi::xml_node container, Paragraph& paragraph,
                                 std::vector<pugi::xml_node>& text_boxes) {
  if (!container) return;
  if (!enter_level()) return;
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view local = w_.local(child);
    if (local == "r") {
      read_run(child, paragraph, text_boxes);
    } else if (local == "hyperlink" || local == "smartTag" || local == "customXml" || local == "ins" ||
               local == "moveTo" || local == "dir" || local == "bdo") {
      read_inline(child, paragraph, text_boxes);
    } else if (local == "fldSimple") {
      if (is_page_number_field(w_.attribute(child, "instr").value())) {
        paragraph.page_field = true;
      } else {
        read_inline(child, paragraph, text_boxes);
      }
    } else if (local == "sdt") {
      read_inline(w_.child(child, "sdtContent"), paragraph, text_boxes);
    } else if (is_alternate_content(child)) {
      read_inline(alternate_choice(child), paragraph, text_boxes);
    }
    // w:del and w:moveFrom are deleted text; w:pPr, bookmarks, proofing and comment
    // marks carry none.
  }
  --depth_;
}

void DocxBodyReader::read_run(pugi::xml_node run, Paragraph& paragraph, std::vector<pugi::xml_node>& text_boxes) {
  pugi::xml_node run_properties = w_.child(run, "rPr");
  const bool hidden = is_on(w_, w_.child(run_properties, "vanish"));
  std::optional<bool> capitals_setting = capitals(w_, run_properties);
  if (!capitals_setting) capitals_setting = styles_.capitals(w_.child_value(run_properties, "rStyle"));
  const bool in_capitals = capitals_setting.value_or(paragraph_capitals_);
  for (pugi::xml_node child = run.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view local = w_.local(child);
    const bool shown = !hidden && fields_in_code_ == 0 && page_number_results_ == 0;
    if (local == "t") {
      if (shown) {
        std::string_view text = child.text().get();
        if (in_capitals) {
          append_text(paragraph, upper_case(text));
        } else {
          append_text(paragraph, text);
        }
      }
    } else if (local == "tab" || local == "ptab") {
      if (shown) append_text(paragraph, "\t");
    } else if (local == "br") {
      if (std::string_view(w_.attribute(child, "type").value()) == "page") explicit_page_break();
      if (shown) append_text(paragraph, " ");
    } else if (local == "cr") {
      if (shown) append_text(paragraph, " ");
    } else if (local == "noBreakHyphen") {
      if (shown) append_text(paragraph, "-");
    } else if (local == "sym") {
      if (shown) append_text(paragraph, symbol_text(w_.attribute(child, "font").value(), w_.attribute(child, "char").value()));
    } else if (local == "fldChar") {
      std::string_view type = w_.attribute(child, "fldCharType").value();
      if (type == "begin") {
        field_stack_.push_back(OpenField{});
        ++fields_in_code_;
      } else if (type == "separate") {
        if (!field_stack_.empty() && field_stack_.back().in_code) {
          OpenField& field = field_stack_.back();
          field.in_code = false;
          --fields_in_code_;
          field.page_number = is_page_number_field(field.instruction);
          if (field.page_number) {
            ++page_number_results_;
            paragraph.page_field = true;
          }
        }
      } else if (type == "end") {
        if (!field_stack_.empty()) {
          if (field_stack_.back().in_code) --fields_in_code_;
          if (field_stack_.back().page_number) --page_number_results_;
          field_stack_.pop_back();
        }
      }
    } else if (local == "instrText") {
      if (!field_stack_.empty() && field_stack_.back().in_code) field_stack_.back().instruction += child.text().get();
    } else if (local == "lastRenderedPageBreak") {
      rendered_page_break();
    } else if (local == "footnoteReference" || local == "endnoteReference") {
      note_references_.push_back(NoteReference{local == "footnoteReference" ? NoteKind::footnote : NoteKind::endnote,
                                               w_.attribute(child, "id").value(), page_});
    } else if (local == "drawing" || local == "pict" || local == "object") {
      collect_text_boxes(child, text_boxes);
    } else if (is_alternate_content(child)) {
      collect_text_boxes(alternate_choice(child), text_boxes);
    }
    // w:delText, w:footnoteRef (the note's own number) and
    // w:softHyphen show nothing in the accepted, printed document.
  }
}

void DocxBodyReader::collect_text_boxes(pugi::xml_node node, std::vector<pugi::xml_node>& text_boxes) {
  if (!node) return;
  std::vector<pugi::xml_node> pending{node};
  while (!pending.empty()) {
    pugi::xml_node current = pending.back();
    pending.pop_back();
    if (w_.is(current, "txbxContent")) {
      text_boxes.push_back(current);  // its own paragraphs; read after this paragraph
      continue;
    }
    if (is_alternate_content(current)) {
      if (pugi::xml_node choice = alternate_choice(current)) pending.push_back(choice);
      continue;
    }
    for (pugi::xml_node child = current.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) pending.push_back(child);
    }
  }
}

void DocxBodyReader::append_text(Paragraph& paragraph, std::string_view text) {
  if (text.empty()) return;
  if (has_visible_character(text)) {
    if (paragraph.page == 0) paragraph.page = page_;
    content_since_break_ = true;
  }
  paragraph.text += text;
}

void DocxBodyReader::next_page() {
  if (in_note_part_) return;
  ++page_;
  content_since_break_ = false;
}

void DocxBodyReader::explicit_page_break() { next_page(); }

void DocxBodyReader::soft_page_break() {
  if (content_since_break_) next_page();
}

void DocxBodyReader::rendered_page_break() {
  // Word also marks the top of a page it broke explicitly; count that page once.
  if (content_since_break_) next_page();
}

void DocxBodyReader::emit(std::string_view text, Block block) {
  if (block.page != emitted_page_) {
    emitted_page_ = block.page;
    line_on_page_ = 0;
  }
  block.line = ++line_on_page_;
  builder_.add_block(text, std::move(block));
}

void DocxBodyReader::flush_collector() {
  Collector& collector = collectors_.back();
  if (!carried_text_.empty()) {
    // A deleted mark on the last paragraph of a cell or note cannot join it to whatever
    // comes next: the text stays here.
    if (collector.page == 0) collector.page = carried_page_;
    if (!collector.text.empty()) collector.text += ' ';
    collector.text += carried_text_;
    carried_text_.clear();
  }
  std::string_view text = trimmed(collector.text);
  if (!text.empty() || !collector.label.empty()) {
    Block block;
    block.kind = collector.kind;
    block.page = collector.page > 0 ? collector.page : page_;
    block.label = collector.label;
    block.list_level = collector.label.empty() ? -1 : collector.list_level;
    emit(text, std::move(block));
  }
  collector.text.clear();
  collector.label.clear();
  collector.list_level = -1;
  collector.page = 0;
}

void DocxBodyReader::read_table(pugi::xml_node table) {
  if (!enter_level()) return;
  for (pugi::xml_node child = table.first_child(); child; child = child.next_sibling()) {
    std::string_view local = w_.local(child);
    if (local == "tr") {
      read_row(child);
    } else if (local == "sdt") {
      read_table(w_.child(child, "sdtContent"));
    } else if (local == "customXml") {
      read_table(child);
    }
  }
  --depth_;
}

void DocxBodyReader::read_row(pugi::xml_node row) {
  pugi::xml_node row_properties = w_.child(row, "trPr");
  if (w_.child(row_properties, "del")) return;  // a deleted row, read as accepted
  if (!enter_level()) return;
  // When a row breaks across pages, Word marks the break in every cell that continues
  // on the next page. The cells of a row sit side by side, so each cell starts on the
  // row's first page and the row ends on the furthest page any cell reached.
  // Word also leaves a rendered-break mark at the top of the row after a row it split
  // across pages, although that row continues the same page (checked against CCS's own
  // PDFs): the page was already counted inside the split row.
  if (previous_row_split_) content_since_break_ = false;
  const int row_start_page = page_;
  const bool row_start_content = content_since_break_;
  int row_end_page = page_;
  bool row_end_content = content_since_break_;
  for (pugi::xml_node child = row.first_child(); child; child = child.next_sibling()) {
    std::string_view local = w_.local(child);
    if (local == "tc") {
      page_ = row_start_page;
      content_since_break_ = row_start_content;
      read_cell(child);
      if (page_ > row_end_page) {
        row_end_page = page_;
        row_end_content = content_since_break_;
      } else if (page_ == row_end_page) {
        row_end_content = row_end_content || content_since_break_;
      }
      page_ = row_end_page;
      content_since_break_ = row_end_content;
    } else if (local == "sdt") {
      read_row(w_.child(child, "sdtContent"));
    } else if (local == "customXml") {
      read_row(child);
    }
  }
  previous_row_split_ = row_end_page > row_start_page;
  --depth_;
}

void DocxBodyReader::read_cell(pugi::xml_node cell) {
  collectors_.push_back(Collector{BlockKind::table_cell, {}, {}, -1, 0});
  read_blocks(cell);
  flush_collector();
  collectors_.pop_back();
}

}  // namespace clausecheck::docx
