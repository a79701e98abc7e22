#!/usr/bin/env python3
"""Clause-outline benchmark over the CUAD contracts (../shared/cuad): how well
`clausecheck extract` recovers the numbered labels printed at the start of lines.

    scripts/bench-structure.py [--cuad DIR] [--binary PATH] [--limit N] [--every N]
                               [--jobs 2] [--dev-only] [--show NAME]

For each contract X (cuad/pdf/X.pdf and cuad/txt/X.txt) it measures:

  recall     line-start label recall: of the reference labels (below) read from
             `pdftotext -layout X.pdf`, the share that `clausecheck extract X.pdf` has as a
             node, compared as printed ("8.05" is not "8.5"). Multiset: a label printed three
             times must be three nodes. A node counts under its label and under the last
             segment of its citation ("4.2(a)(iii)"), so a printed "4.2(a)(iii)" is found
             whether the engine made one node or three.
  agreement  PDF/text label agreement: difflib.SequenceMatcher ratio between the label
             sequences (pre-order) of `extract X.pdf` and `extract X.txt` (CUAD's own text
             rendering). 1.0 = same labels in the same order. Both empty counts as 1.0.
  furniture  nodes whose first line or heading is page furniture: "Page n (of m)", a bare
             number, "- 2 -", an EDGAR "Source: ..." stamp, an "Initials" line ("Initials: ___", not a
             heading "Initial Term").
  unmatched  labels only in the PDF's outline / only in the text's: those the alignment
             behind the agreement ratio leaves unmatched, summed over the contracts.
  ms/page    wall time of `extract X.pdf` divided by its page count.

Labels are compared after one normalisation applied to both sides: keywords title-cased
("SECTION 4.02." -> "Section 4.02", "EXHIBIT A" -> "Exhibit A"), no trailing "." or ")"
after a number ("1." -> "1"), no space after "§". Ids keep their case and zeros.

The reference: a line (leading spaces skipped) starts with one of
  * a decimal with a dot: "1.", "1.1", "8.05", "1.0", "12.3.4" (components <= 99, first
    <= 60, no year), optionally with enumerators glued on: "4.2(a)(iii)";
    also "1)" / "1.1)". A bare "1" without a dot is NOT taken: at a line start it is as
    often a page number, an address or a table cell as a clause;
  * "Section 4.02", "Article 4", "Article IV", "Clause 7", "§4.2", "§ 4.2" (any case);
  * "(a)", "(iv)", "(A)", "(aa)": one letter, a doubled letter or a roman numeral <= 39
    in brackets; "a." / "a)" lower-case single letters; "A." capital letters A-L;
  * "Exhibit A", "Schedule 2", "Part D", "Annex D2", "Attachment 6", "Appendix A",
    "Annexure 1" with an id of up to 4 letters/digits, optionally "-1" ("Exhibit A-1").
and what follows the label is (after spaces) nothing, or a title or sentence start.
Lines that are clearly not clause starts are left out:
  * the table of contents: lines with dot leaders, lines ending in a page number after two
    or more spaces, and the lines after a "Table of Contents"/"Contents"/"Index" title up to
    the first label listed twice;
  * numbers that are quantities, dates or table cells: the label followed by a digit, "%",
    "$", "/", "-", a month or a unit word ("1.5 million", "3.5 hours", "12.31.2020"), or a
    decimal followed by lower-case text ("2.5 times"), or a decimal alone on its line without
    a trailing dot and with one component ("2.5" in a table is not "2.5." ... it is kept
    only as "2.5." or "2.5.1");
  * references wrapped to a line start: a keyword or part label followed by lower-case
    text ("Section 5.2 hereof", "Exhibit A attached") or after a line ending in a
    lower-case letter or a comma (but not "and"/"or"), or an enumerator followed by "of",
    "and", "or", "above", "below", "hereof", "herein", "to", "through";
  * "A."-"L." followed by fewer than three words (initials in signature blocks).

Dev/test halves: corpus/real/split.json "cuad_test" lists the test contracts; the rest are
dev. The worst-documents list and --show are restricted to dev contracts, so the test half
is only ever seen as aggregate figures.
"""

import argparse
import difflib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}
UNITS = {"million", "billion", "thousand", "hundred", "percent", "per", "days", "day", "months",
         "month", "years", "year", "hours", "hour", "weeks", "week", "minutes", "times", "x",
         "pm", "am", "mm", "cm", "kg", "lbs", "inches", "feet", "miles", "acres", "square",
         "shares", "units", "dollars", "usd", "us"}
REFERENCE_WORDS = {"of", "and", "or", "above", "below", "hereof", "herein", "hereto", "to",
                   "through", "thereof", "is", "are", "shall", "will", "was", "has"}
PART_WORDS = "exhibit|schedule|part|annex|annexure|attachment|appendix"
KEYWORDS = "section|article|clause"

ROMAN_RE = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$", re.I)


def is_roman(s):
    return bool(s) and bool(ROMAN_RE.match(s)) and len(s) <= 7


def is_enumerator_id(s):
    if not s or not (s.islower() or s.isupper()):
        return False
    if len(s) == 1:
        return True
    if len(s) == 2 and s[0] == s[1]:
        return True
    return is_roman(s)


DECIMAL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(\.|\))?((?:\([A-Za-z]{1,5}\))*)(?=\s|$)")
KEYWORD_RE = re.compile(r"^(" + KEYWORDS + r")\s+(\d{1,2}(?:\.\d{1,3})*|[IVXLC]{1,7})(\.|:)?((?:\([A-Za-z]{1,5}\))*)(?=\s|$|[-–—])", re.I)
SECTION_SIGN_RE = re.compile(r"^§\s*(\d{1,2}(?:\.\d{1,3})*)(\.)?((?:\([A-Za-z]{1,5}\))*)(?=\s|$)")
PART_RE = re.compile(r"^(" + PART_WORDS + r")\s+([A-Z0-9]{1,4}(?:-\d{1,2})?)(\.|:)?(?=\s|$|[-–—])", re.I)
PAREN_RE = re.compile(r"^\(([A-Za-z]{1,7})\)((?:\([A-Za-z]{1,5}\))*)(?=\s|$)")
LETTER_DOT_RE = re.compile(r"^([a-z]|[A-L])([.)])(?=\s)")
LEADER_RE = re.compile(r"(\.\s?){4,}|…")
TOC_TITLE_RE = re.compile(r"^(table\s+of\s+contents|contents|index)\s*:?$", re.I)


def normalise_label(label):
    """The comparison form shared by reference and engine labels."""
    s = label.strip()
    m = re.match(r"^(" + PART_WORDS + "|" + KEYWORDS + "|paragraph)\\s+(.*)$", s, re.I)
    if m:
        word = m.group(1).capitalize()
        rest = m.group(2).strip()
        rest = re.sub(r"[.:]$", "", rest)
        return word + " " + rest
    if s.startswith("§"):
        return "§" + re.sub(r"\.$", "", s[1:].strip())
    m = re.match(r"^(\d+(?:\.\d+)*)[.)]?((?:\([A-Za-z]+\))*)$", s)
    if m:
        return m.group(1) + m.group(2)
    return s


def first_word(s):
    m = re.match(r"[A-Za-z]+", s)
    return m.group(0).lower() if m else ""


def reference_label(line, prev_line):
    """The label at the start of a pdftotext line, or None (see the module docstring)."""
    s = line.lstrip()
    if not s:
        return None
    # A keyword or part name wrapped to a line start in mid-sentence is a reference.
    wrapped = bool(re.search(r"([a-z]|,)$", prev_line)) and not re.search(r"\b(and|or)$", prev_line)
    m = KEYWORD_RE.match(s)
    if m and wrapped:
        return None
    if m:
        rest = s[m.end():].strip()
        if rest and (rest[0].islower() or rest[0].isdigit()):
            return None
        return normalise_label(m.group(1) + " " + m.group(2) + (m.group(4) or ""))
    m = SECTION_SIGN_RE.match(s)
    if m:
        rest = s[m.end():].strip()
        if rest and (rest[0].islower() or rest[0].isdigit()):
            return None
        return "§" + m.group(1) + (m.group(3) or "")
    m = PART_RE.match(s)
    if m and wrapped:
        return None
    if m:
        rest = s[m.end():].strip()
        ident = m.group(2)
        if ident.isdigit() and int(ident) > 99:
            return None
        if not ident.isdigit() and not ident[0].isdigit() and not ident.isupper():
            return None  # "Part of", "Schedule shall"
        if rest and (rest[0].islower() or rest[0].isdigit() or rest[0] in "$%/"):
            return None
        return normalise_label(m.group(1) + " " + ident)
    m = DECIMAL_RE.match(s)
    if m:
        numbers = m.group(1).split(".")
        closing = m.group(2) or ""
        glued = m.group(3) or ""
        if int(numbers[0]) == 0 or int(numbers[0]) > 60:
            return None
        if len(numbers) == 1 and not closing:
            return None  # a bare "7": page numbers, table cells, addresses
        if glued and not all(is_enumerator_id(g) for g in re.findall(r"\(([A-Za-z]+)\)", glued)):
            return None
        rest = s[m.end():].strip()
        if not rest:
            if len(numbers) == 2 and not closing and not glued:
                return None  # "2.5" alone: a table cell
            return normalise_label(m.group(1) + glued)
        c = rest[0]
        if c.isdigit() or c in "%$/-=x":
            return None
        if first_word(rest) in MONTHS or first_word(rest) in UNITS:
            return None
        if c.islower():
            return None
        if LEADER_RE.search(rest):
            return None
        return normalise_label(m.group(1) + glued)
    m = PAREN_RE.match(s)
    if m:
        ident = m.group(1)
        glued = m.group(2) or ""
        if not is_enumerator_id(ident):
            return None
        rest = s[m.end():].strip()
        if first_word(rest) in REFERENCE_WORDS and rest[:1].islower():
            return None
        return "(" + ident + ")" + glued
    m = LETTER_DOT_RE.match(s)
    if m:
        rest = s[m.end():].strip()
        if len(rest.split()) < 3:
            return None
        if first_word(rest) in REFERENCE_WORDS and rest[:1].islower():
            return None
        return m.group(1) + m.group(2)
    return None


def reference_labels(text):
    lines = text.replace("\f", "\n").split("\n")
    labels = []
    in_contents = False
    contents_seen = set()
    prev = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if TOC_TITLE_RE.match(stripped):
            in_contents = True
            contents_seen = set()
            prev = stripped
            continue
        label = reference_label(line, prev)
        prev = stripped
        if label is None:
            continue
        # Table of contents lines: dot leaders, or a page number after a wide gap.
        if LEADER_RE.search(stripped) or re.search(r"\S\s{2,}\d{1,3}$", stripped):
            continue
        if in_contents:
            if label in contents_seen:
                in_contents = False
            else:
                contents_seen.add(label)
                continue
        labels.append(label)
    return labels


FURNITURE_RE = re.compile(
    r"^\s*(page\s+\d+(\s+of\s+\d+)?|\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|source:.*|initials?\s*([:_].*)?)\s*$", re.I)


def flatten(clauses, out):
    for c in clauses:
        out.append(c)
        flatten(c.get("children", []), out)
    return out


def run_extract(binary, path):
    start = time.monotonic()
    p = subprocess.run([binary, "extract", path], capture_output=True, timeout=600)
    elapsed = time.monotonic() - start
    if p.returncode != 0:
        return None, elapsed
    try:
        return json.loads(p.stdout.decode("utf-8", "replace")), elapsed
    except json.JSONDecodeError:
        return None, elapsed


def find_input(directory, name, extensions):
    for ext in extensions:
        path = os.path.join(directory, name + ext)
        if os.path.exists(path):
            return path
    return None


def find_text_of(directory, name):
    """CUAD's text rendering of the contract `name`. A few names differ from their PDF's: a
    trailing space or dash ("... Agreement .pdf" / "... Agreement.txt"), or a suffix the PDF's
    name adds ("..._Development Agreement_Option Agreement.pdf" / "..._Development Agreement.txt")."""
    found = find_input(directory, name, (".txt", ".TXT"))
    if found:
        return found
    stripped = name.rstrip(" -")
    found = find_input(directory, stripped, (".txt", ".TXT"))
    if found:
        return found
    prefixes = [n for n in os.listdir(directory)
                if n.lower().endswith(".txt") and stripped.startswith(os.path.splitext(n)[0] + "_")]
    return os.path.join(directory, prefixes[0]) if len(prefixes) == 1 else None


def unmatched_labels(pdf_labels, txt_labels):
    """How many labels of each sequence the other does not match in the alignment that the
    agreement ratio scores: (only in the PDF's outline, only in the text's)."""
    pdf_only = txt_only = 0
    matcher = difflib.SequenceMatcher(None, pdf_labels, txt_labels, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            pdf_only += i2 - i1
            txt_only += j2 - j1
    return pdf_only, txt_only


def measure(args, name):
    pdf = find_input(os.path.join(args.cuad, "pdf"), name, (".pdf", ".PDF"))
    txt = find_text_of(os.path.join(args.cuad, "txt"), name)
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, timeout=600)
    reference = reference_labels(layout.stdout.decode("utf-8", "replace"))
    pdf_json, seconds = run_extract(args.binary, pdf)
    txt_json, _ = run_extract(args.binary, txt) if txt else (None, 0.0)
    pdf_nodes = flatten(pdf_json["clauses"], []) if pdf_json else []
    txt_nodes = flatten(txt_json["clauses"], []) if txt_json else []
    found = {}
    for node in pdf_nodes:
        keys = {normalise_label(node["label"])}
        tail = node["citation"].split(", ")[-1]
        keys.add(normalise_label(tail))
        for key in keys:
            found[key] = found.get(key, 0) + 1
    wanted = {}
    for label in reference:
        wanted[label] = wanted.get(label, 0) + 1
    hits = sum(min(count, found.get(label, 0)) for label, count in wanted.items())
    missing = []
    for label, count in wanted.items():
        if count > found.get(label, 0):
            missing.append((label, count - found.get(label, 0)))
    pdf_labels = [normalise_label(n["label"]) for n in pdf_nodes]
    txt_labels = [normalise_label(n["label"]) for n in txt_nodes]
    if not pdf_labels and not txt_labels:
        agreement = 1.0
    else:
        agreement = difflib.SequenceMatcher(None, pdf_labels, txt_labels, autojunk=False).ratio()
    pdf_only, txt_only = unmatched_labels(pdf_labels, txt_labels)
    furniture = []
    for node in pdf_nodes:
        first_line = node.get("text", "").split("\n", 1)[0]
        if FURNITURE_RE.match(first_line) or (node.get("heading") and FURNITURE_RE.match(node["heading"])):
            furniture.append(node["citation"])
    pages = pdf_json["document"]["pages"] if pdf_json else 0
    citations = [n["citation"] for n in pdf_nodes]
    duplicates = len(citations) - len(set(citations))
    return {
        "name": name, "refs": len(reference), "hits": hits, "missing": missing,
        "agreement": agreement, "furniture": furniture, "pages": pages, "seconds": seconds,
        "failed": pdf_json is None, "nodes": len(pdf_nodes), "duplicates": duplicates,
        "pdf_labels": pdf_labels, "txt_labels": txt_labels, "reference": reference,
        "pdf_only": pdf_only, "txt_only": txt_only,
    }


def summarise(title, results):
    if not results:
        print(f"{title:5s}  no documents")
        return
    refs = sum(r["refs"] for r in results)
    hits = sum(r["hits"] for r in results)
    recall = hits / refs if refs else 1.0
    agreement = statistics.mean(r["agreement"] for r in results)
    furniture = sum(len(r["furniture"]) for r in results)
    duplicates = sum(r["duplicates"] for r in results)
    per_page = [1000 * r["seconds"] / r["pages"] for r in results if r["pages"]]
    failed = sum(r["failed"] for r in results)
    pdf_only = sum(r["pdf_only"] for r in results)
    txt_only = sum(r["txt_only"] for r in results)
    print(f"{title:5s}  docs {len(results):3d}  labels {refs:6d}  recall {recall:.4f}  "
          f"agreement {agreement:.4f}  furniture nodes {furniture:4d}  duplicate citations {duplicates:4d}  "
          f"ms/page median {statistics.median(per_page) if per_page else 0:.1f} "
          f"max {max(per_page) if per_page else 0:.1f}  unreadable {failed}  "
          f"labels only in PDF {pdf_only}  only in text {txt_only}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cuad", default=os.path.join(ROOT, "..", "shared", "cuad"))
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    parser.add_argument("--split", default=os.path.join(ROOT, "corpus", "real", "split.json"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N contracts (by name)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=int, default=1,
                        help="only every N-th contract (by name): a deterministic sample when time is short")
    parser.add_argument("--dev-only", action="store_true", help="skip the test half entirely")
    parser.add_argument("--show", metavar="NAME", help="print one dev contract's missing labels and sequences")
    args = parser.parse_args()

    with open(args.split) as f:
        test_names = set(json.load(f)["cuad_test"])
    names = sorted(os.path.splitext(n)[0] for n in os.listdir(os.path.join(args.cuad, "pdf"))
                   if n.lower().endswith(".pdf"))
    if args.show:
        if args.show not in names:
            close = [n for n in names if n.startswith(args.show)]
            hint = f"; names starting so: {', '.join(close[:5])}" if close else ""
            sys.exit(f"bench-structure: --show: no contract named {args.show!r} in {args.cuad}/pdf "
                     f"(give the PDF's name without its extension){hint}")
        if args.show in test_names:
            sys.exit("bench-structure: refusing to show a cuad_test contract")
        r = measure(args, args.show)
        print("missing:", r["missing"])
        print("furniture:", r["furniture"])
        print("reference:", r["reference"])
        print("pdf:", r["pdf_labels"])
        print("txt:", r["txt_labels"])
        return
    if args.dev_only:
        names = [n for n in names if n not in test_names]
    if args.every > 1:
        names = names[::args.every]
    if args.limit:
        names = names[:args.limit]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: measure(args, n), names))

    print(f"bench-structure: {len(results)} CUAD contracts, {args.binary}")
    summarise("all", results)
    summarise("dev", [r for r in results if r["name"] not in test_names])
    summarise("test", [r for r in results if r["name"] in test_names])
    dev = [r for r in results if r["name"] not in test_names]

    def badness(r):
        recall = r["hits"] / r["refs"] if r["refs"] else 1.0
        return (recall + r["agreement"]) / 2 - 0.01 * len(r["furniture"])

    print("\nworst 15 dev documents (recall, agreement, furniture nodes, labels only in PDF/text, labels missing):")
    for r in sorted(dev, key=badness)[:15]:
        recall = r["hits"] / r["refs"] if r["refs"] else 1.0
        missing = ", ".join(f"{label}x{n}" if n > 1 else label for label, n in r["missing"][:8])
        print(f"  {recall:.3f} {r['agreement']:.3f} {len(r['furniture']):3d} {r['pdf_only']:4d}/{r['txt_only']:<4d} "
              f"{r['name'][:70]}  [{missing}]")


if __name__ == "__main__":
    main()
