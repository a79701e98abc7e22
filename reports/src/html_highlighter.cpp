#include "html_highlighter.h"

#include <algorithm>
#include <tuple>

#include "safe_text.h"

namespace clausecheck {

HtmlHighlighter::HtmlHighlighter(std::string_view text, std::vector<Highlight> highlights)
    : text_(text), highlights_(std::move(highlights)) {
  std::sort(highlights_.begin(), highlights_.end(), [](const Highlight& a, const Highlight& b) {
    return std::tie(a.begin, a.number) < std::tie(b.begin, b.number);
  });
}

std::string HtmlHighlighter::open_mark(const Highlight& h) {
  const std::string severity(to_string(h.severity));
  std::string html = "<mark class=\"hl sev-" + severity + "\" data-finding=\"" + std::to_string(h.number) +
                     "\" data-severity=\"" + severity + "\"";
  if (placed_.insert(h.number).second) html += " id=\"finding-" + std::to_string(h.number) + "\"";
  if (!h.title.empty()) html += " title=\"" + html_escape(h.title) + "\"";
  html += ">";
  return html;
}

std::string HtmlHighlighter::render(std::uint32_t begin, std::uint32_t end) {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text_.size()));
  if (begin >= end) return {};

  // The highlights that intersect [begin, end), clipped to it.
  struct Clipped {
    const Highlight* highlight;
    std::uint32_t begin;
    std::uint32_t end;
  };
  std::vector<Clipped> clipped;
  std::vector<std::uint32_t> cuts{begin, end};
  for (const Highlight& h : highlights_) {
    if (h.begin >= end) break;  // sorted by begin: no later highlight can intersect
    if (h.end <= begin) continue;
    const Clipped c{&h, std::max(h.begin, begin), std::min(h.end, end)};
    clipped.push_back(c);
    cuts.push_back(c.begin);
    cuts.push_back(c.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  // Outermost first: earlier begin, then later end, then report order.
  std::sort(clipped.begin(), clipped.end(), [](const Clipped& a, const Clipped& b) {
    return std::make_tuple(a.begin, b.end, a.highlight->number) < std::make_tuple(b.begin, a.end, b.highlight->number);
  });

  std::string html;
  std::vector<const Highlight*> open;  // the stack of open marks, outermost first
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const std::uint32_t from = cuts[i];
    const std::uint32_t to = cuts[i + 1];
    std::vector<const Highlight*> wanted;
    for (const Clipped& c : clipped) {
      if (c.begin <= from && c.end >= to) wanted.push_back(c.highlight);
    }
    std::size_t common = 0;
    while (common < open.size() && common < wanted.size() && open[common] == wanted[common]) ++common;
    for (std::size_t k = open.size(); k > common; --k) html += "</mark>";
    open.resize(common);
    for (std::size_t k = common; k < wanted.size(); ++k) {
      html += open_mark(*wanted[k]);
      open.push_back(wanted[k]);
    }
    html += html_escape(text_.substr(from, to - from));
  }
  for (std::size_t k = 0; k < open.size(); ++k) html += "</mark>";
  return html;
}

}  // namespace clausecheck
