// Page furniture: what a paginated document prints around its text on every page.
//
// Running headers and footers, page numbers, filing stamps and initials boxes are not part
// of any clause: "Page 3 of 12" inside clause 7.2 corrupts its text and every finding
// quoted from it, and a page number alone on a line becomes a bogus clause "21". One
// classifier serves the PDF parser (pages with geometry) and the plain-text parser (pages
// cut at form feeds or at runs of blank lines, no geometry), so that the PDF and the text
// rendering of one contract lose the same lines. How a line is judged:
//
// 1. Where it is. Furniture lives at the edges of a page. An *edge line* is one of the
//    first or last kEdgeLines lines of its page. For a PDF page, a line in the top or
//    bottom 15% of the page height is also at an edge (the *band*): the band catches a
//    footer under a full page, the edge catches one printed straight after the last line
//    of a short page (HTML-to-PDF converters end a page where its text ends, so
//    "Page 3 of 31" can sit at 557 pt on an 842 pt page, above a stamp at 797 pt).
//    Nothing in the middle of a page is furniture, except a filing stamp seen twice and
//    the page numbers of a converter that packs several printed pages onto one PDF page
//    (see the end of 2).
//
// 2. What it says, on its own line:
//    - a page number that names itself: "Page 3", "Page 3 of 31", "3 of 31", "- 3 -",
//      "-3-", "Page | 3", "p. 3", "Page iv". Furniture at any edge.
//    - a bare page number: "3", "iv", "B-2", "A-11". Furniture when it is one of the
//      outermost four lines of a PDF band (a full page's footer), or, anywhere at an edge,
//      when a page within three pages carries a page number that agrees with it: "7" on
//      page 9 and "8" on page 10 agree (same offset), so both go; "B-1" / "B-2" agree; a
//      "12" closing page 4 with no agreeing neighbour is kept (the last cell of a table,
//      a clause number split from its text). Roman and "B-" numbers only agree with their
//      own kind: "ii" on page 2 and "2" on page 3 do not. A bare number over a heading in
//      capitals ("2" / "SERVICES") is a section number, whatever agrees with it.
//      In the middle of a page, a page number is furniture only when it stands alone:
//      named, or bare and centred (PDF: on the text column; text: indented 20 columns or
//      more) with a blank line's height above and below it and no heading in capitals
//      under it ("1" over "DEFINITIONS" is a section number); and when the page number before it in the document is one less, or the one
//      after it one more ("1" mid-page 1, "2" mid-page 1, "3" top of page 2). A centred
//      "12" between two paragraphs with no such neighbours is kept. Such a page number
//      ends one printed page: the number one more just under it is the next page's
//      number, and the lines around it are edges for point 3 (a legend repeated at the
//      head of every printed page).
//    - an EDGAR filing stamp: "Source: SOUPMAN, INC., 8-K, 8/14/2015" (the word Source,
//      a colon, commas, a date at the end). Furniture at an edge or wherever the same
//      stamp is printed on two pages.
//    - an initials box: "Initials: ____", "Initials ______ ______", "Initials: /s/ IP".
//      Furniture at an edge.
// 3. Repetition. An edge line that repeats, digits ignored, on at least half the pages
//    (and on at least two) is a running header or footer: "Framework Ref: RM6100 Page 3",
//    "Proprietary to Bank of America B-1", "***Confidential Treatment Requested",
//    "Exhibit 10.24". Lines are compared after dropping invisible characters and case and
//    turning each run of digits into '#'; a line needs three letters ("1." or "(a)"
//    repeating is coincidence). In a PDF band, repetition counts at about the same height
//    (within 10 pt), so a title in the body of page 1 worded like the header is kept;
//    outside the band (the short pages above), on the same edge, and only on pages long
//    enough to have a body between their edges (a one-line page repeated is text).
//    A redaction legend ("***Confidential Treatment Requested", "[***] = confidential
//    information omitted") is printed only on the pages with redactions: at an edge of two
//    pages is enough.
//    An edge line that counts the pages ("Master Services Agreement - Page 2 of 2") is a
//    header or footer even on the one page it is printed on: the header of a two-page
//    document that starts on page 2 repeats nowhere. It is one short line (16 words at
//    most): a paragraph ending in "Page 1 of 39", as text renderings that write a page to
//    a line glue the footer to it, is text.
// 4. A page number at the end of a page's last line, after a wide gap (three spaces or a
//    tab), as plain-text renderings write it: "… shall not apply to  valid Quotes      2".
//    The gap and the number go when the number agrees with a neighbour as in 2; the text
//    before it stays. Text rebuilt from a PDF has single spaces and never matches.
// 5. Printed page breaks inside converted pages. An SEC filing converted to PDF keeps its
//    printed pages' numbers and headers in the middle of the PDF pages: "2" over
//    "CONFIDENTIAL", "3" over "CONFIDENTIAL" … (the header may open the next PDF page).
//    Bare numbers counting up over the same header line, word for word, at least twice:
//    the numbers, that line and the lines repeated under it at the same distance go,
//    wherever they are on the page. A bare page number over a running header at an edge
//    is a page number, not a section number over its heading.
//
// Counter-examples that stay: "21. Page limits" (a label and words), "Page limits" (no
// number), "30 days" and "12 months" (a number and a word), "iv) the Supplier" (a list
// item), "Schedule 3" (a part heading), a sentence ending in "clause 12", a "12" in the
// middle of a page, a repeated "1.1 Definitions" in the middle of pages.
//
// Cost: one hash-map count over the edge lines of all pages, and a look at the page
// numbers of the three pages either side of each candidate.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck {

// One line as the classifier needs it. A PDF gives points; plain text gives the line's
// number in the file as top and bottom, and its indentation in columns as left (its end
// as right); -1 when unknown.
struct FurnitureLine {
  std::string_view text;
  double top = -1;     // points from the top of the page (text: line number)
  double bottom = -1;
  double left = -1;    // points from the left edge of the page (text: columns)
  double right = -1;
};

struct FurniturePage {
  double height = 0;  // page height in points; 0 when unknown (plain text)
  double width = 0;   // page width in points; 0 when unknown
  std::vector<FurnitureLine> lines;  // top to bottom, blank lines left out
};

enum class Furniture : unsigned char {
  none,                  // body text
  page_number,           // the whole line is a page number
  filing_stamp,          // "Source: COMPANY, FORM, DATE"
  initials,              // "Initials: ____"
  running_line,          // a header or footer repeated on most pages
  trailing_page_number,  // the line ends with a page number after a wide gap: keep the text
};

// For each page, for each line, what it is.
std::vector<std::vector<Furniture>> find_page_furniture(const std::vector<FurniturePage>& pages);

// The text of `line` without a trailing page number after a wide gap (point 4), trailing
// spaces trimmed; `line` itself when there is none.
std::string_view without_trailing_page_number(std::string_view line);

// True when `text` reads as a page number on its own, named ("Page 7 of 31", "- 7 -") or
// bare ("7", "iv", "B-2").
bool looks_like_page_number(std::string_view text);

// Words in a line, split at white space: the size tests of the furniture classifiers
// ("a line of more than N words is text, not a header").
std::size_t word_count(std::string_view text);

// True when `text` names itself a page number: "Page 7", "Page 7 of 31", "7 of 31", "- 7 -".
bool looks_like_named_page_number(std::string_view text);

// True when `text` is what is left of a page-number line once its numbers are gone:
// "Page  of", "- -", "Page". A DOCX paragraph of PAGE / NUMPAGES fields reads so.
bool looks_like_page_number_frame(std::string_view text);

// True when `text` is an EDGAR filing stamp: "Source: SOUPMAN, INC., 8-K, 8/14/2015".
bool looks_like_filing_stamp(std::string_view text);

// True when `text` is an initials box: "Initials: ____", "Initials ______ ______".
bool looks_like_initials_box(std::string_view text);

// The comparison key of a line: invisible characters dropped, ASCII lowercased, each run
// of digits replaced by '#', runs of spaces collapsed. Exposed for tests.
std::string running_line_key(std::string_view text);

}  // namespace clausecheck
