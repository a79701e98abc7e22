// The words of a Markdown line without its inline markup.
//
// Contracts published as Markdown (Common Paper, Accord Project templates) wrap words in
// emphasis, links and inline HTML (<span class="...">Customer</span>). A lawyer reads
// "Customer", and rules must match it, so the markup goes and the words stay:
//   **Fees** / __Fees__ / *Fees* / _Fees_   -> Fees   (only where the markers wrap words:
//                                                     "snake_case" and "2 * 3" are kept)
//   [the Order Form](https://…) / ![alt](…)  -> the Order Form / alt
//   <span …>Customer</span>                  -> Customer      <https://x.org> -> https://x.org
//   `code`                                   -> code
//   \* \_ \[ (backslash escapes)             -> * _ [
//   &amp; &lt; &gt; &quot; &#39; &nbsp; &#NN; -> the character
// Block-level syntax (headings, lists, tables) is the text parser's business.
#pragma once

#include <string>
#include <string_view>

namespace clausecheck {

std::string strip_markdown_inline(std::string_view line);

}  // namespace clausecheck
