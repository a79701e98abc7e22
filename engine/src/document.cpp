#include "clausecheck/document.h"

#include <algorithm>
#include <utility>

namespace clausecheck {

std::string_view to_string(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::text: return "text";
    case DocumentFormat::markdown: return "markdown";
    case DocumentFormat::pdf: return "pdf";
    case DocumentFormat::docx: return "docx";
    case DocumentFormat::doc: return "doc";
  }
  return "text";
}

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::heading: return "heading";
    case BlockKind::table_cell: return "table-cell";
    case BlockKind::footnote: return "footnote";
  }
  return "paragraph";
}

std::size_t Document::block_at(std::uint32_t offset) const {
  // First block whose end is at or after offset: the separator after a block belongs to it.
  auto it = std::lower_bound(blocks.begin(), blocks.end(), offset,
                             [](const Block& b, std::uint32_t off) { return b.end < off; });
  if (it == blocks.end()) return blocks.size() - 1;
  return static_cast<std::size_t>(it - blocks.begin());
}

DocumentBuilder::DocumentBuilder(std::string path, DocumentFormat format) {
  document_.path = std::move(path);
  document_.format = format;
}

std::size_t DocumentBuilder::add_block(std::string_view text, Block attributes) {
  if (!document_.blocks.empty()) document_.text.push_back('\n');
  attributes.begin = static_cast<std::uint32_t>(document_.text.size());
  for (char c : text) document_.text.push_back(c == '\n' || c == '\r' ? ' ' : c);
  attributes.end = static_cast<std::uint32_t>(document_.text.size());
  document_.blocks.push_back(std::move(attributes));
  return document_.blocks.size() - 1;
}

void DocumentBuilder::add_warning(Warning warning) { document_.warnings.push_back(std::move(warning)); }

void DocumentBuilder::set_page_count(int pages) { document_.page_count = pages; }

void DocumentBuilder::set_sha256(std::string hex) { document_.sha256 = std::move(hex); }

Document DocumentBuilder::finish() && { return std::move(document_); }

Document document_from_text(std::string_view text, std::string path) {
  DocumentBuilder builder(std::move(path), DocumentFormat::text);
  int line = 0;
  while (true) {
    std::size_t nl = text.find('\n');
    std::string_view row = text.substr(0, nl);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    Block block;
    block.line = ++line;
    builder.add_block(row, block);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return std::move(builder).finish();
}

}  // namespace clausecheck
