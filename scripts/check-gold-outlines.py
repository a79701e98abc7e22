#!/usr/bin/env python3
"""Score `clausecheck extract` against the gold outlines in corpus/outlines/.

For every gold outline (corpus/outlines/*.outline.json, format in corpus/outlines/README.md)
this runs `clausecheck extract` on the document under the shared root and prints, per
document and overall:

- label recall: gold nodes matched by the extracted clause tree / gold nodes;
- label precision: extracted nodes matched to a gold node / extracted nodes;
- start-page accuracy: matched nodes whose extracted `page` is the gold page / matched
  nodes that have a gold page;
- furniture: extracted nodes that start with page furniture (a running header or footer
  of the PDF, or a page number), see is_furniture().

A gold node is matched by citation or by label, in document order (see match()).
Totals are also given for the dev and test sides of corpus/real/split.json, because the
test-side outlines must not be used to tune the extractor.

Exit status is 0 unless --fail-under is given and overall label recall (in percent) is
below it. Standard library only.

    scripts/check-gold-outlines.py                     # ../shared, build/clausecheck
    scripts/check-gold-outlines.py --shared /work/shared --verbose
    scripts/check-gold-outlines.py --fail-under 80
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Words that only style a clause number: "Section 4.02" and "4.02" are the same clause.
NUMBER_KEYWORDS = re.compile(r'^(?:clause|section|sub-clause|paragraph|para|§)\s*', re.I)
PAGE_NUMBER = re.compile(r'^(?:page\s*)?[-–—(\[]?\s*[0-9ivxlc]+\s*[-–—)\]]?(?:\s*(?:of|/)\s*[0-9]+)?$', re.I)


def normalise_label(label):
    """One spelling per label: '7.02 .' -> '7.02', 'a)' / 'a.' / '(a)' -> '(a)', 'Section 4' -> '4'."""
    s = re.sub(r'\s+', ' ', label.replace('\u200b', '').replace('\u00ad', '-')).strip()
    s = NUMBER_KEYWORDS.sub('', s).strip()
    m = re.fullmatch(r'\(([A-Za-z]{1,4}|\d{1,2})\)|([A-Za-z]{1,4})[.)]|(\d{1,2})\)', s)
    if m:
        return '(' + next(g for g in m.groups() if g) + ')'
    s = re.sub(r'\s*[.:]$', '', s)
    s = re.sub(r'(?<=\d)\s*\.\s*(?=\d)', '.', s)
    return s.lower()


def normalise_citation(citation):
    parts = [normalise_label(p) for p in citation.split(',')]
    return ', '.join(p for p in parts if p)


def strip_repeat(citation):
    """Gold marks a repeated citation 'X [2]'; the repeat itself is matched by label."""
    return re.sub(r'\s*\[\d+\]$', '', citation)


def flatten(nodes, out):
    for n in nodes:
        out.append(n)
        flatten(n.get('children', []), out)
    return out


def match(gold, tool):
    """Pairs {gold index: extracted index}: the order-preserving alignment of the two node lists
    with the most pairs, among those the one with the most pairs that agree by citation.

    A gold node and an extracted node can be paired when their normalised labels are equal or
    their normalised citations are equal; a gold repeat ('X [2]') is paired by label only.
    Order-preserving means that matching by label follows the document order, so one node
    placed in the wrong part (every citation off) still matches by label and position.
    """
    n, m = len(gold), len(tool)
    glab = [normalise_label(g['label']) for g in gold]
    gcit = [normalise_citation(g['citation']) if strip_repeat(g['citation']) == g['citation'] else None for g in gold]
    tlab = [normalise_label(t.get('label', '')) for t in tool]
    tcit = [normalise_citation(t.get('citation', '')) for t in tool]

    def score(i, j):
        by_citation = gcit[i] is not None and gcit[i] == tcit[j]
        if by_citation:
            return 1001
        return 1000 if glab[i] == tlab[j] else 0

    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            s = score(i, j)
            row[j] = max(below[j], row[j + 1], s + below[j + 1] if s else 0)
    pairs = {}
    i = j = 0
    while i < n and j < m:
        s = score(i, j)
        if s and best[i][j] == s + best[i + 1][j + 1]:
            pairs[i] = j
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def furniture_lines(pdf):
    """Lines that run along the top or bottom (first or last 4 lines) of at least 3 pages and
    40 % of the pages of a PDF, from pdftotext. Lines are compared whole: digits are not
    masked, or every 'ARTICLE 5' heading at the top of a page would count."""
    try:
        out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired):
        return set()
    pages = [p for p in out.split('\f') if p.strip()]
    counts = collections.Counter()
    for page in pages:
        lines = [re.sub(r'\s+', ' ', x).strip() for x in page.splitlines() if x.strip()]
        counts.update({x.lower() for x in lines[:4] + lines[-4:]})
    need = max(3, int(0.4 * len(pages) + 0.999))
    return {line for line, n in counts.items() if n >= need}


def is_furniture(node, running, matched):
    """An extracted node that starts with page furniture: its first line is a bare page
    number, or its heading, or (for a node that matches no gold node) its first line or the
    rest of that line after the label, is a page number or a running header or footer line. A node the gold outline also has starts with
    its own label line, which may legitimately repeat a running header (a schedule title)."""
    first = re.sub(r'\s+', ' ', (node.get('text', '') or '').split('\n', 1)[0]).strip()
    if PAGE_NUMBER.fullmatch(first):
        return True  # a bare page number ('2', '- 3 -') read as a clause label
    texts = [node.get('heading', '')]
    if not matched:
        texts.append(first)
        label = node.get('label', '')
        if label and first.startswith(label + ' '):
            texts.append(first[len(label):])
    for t in texts:
        t = re.sub(r'\s+', ' ', t).strip()
        if t and (PAGE_NUMBER.fullmatch(t) or t.lower() in running):
            return True
    return False


def same_document_key(document):
    """'X (DA) v3.0.pdf' and 'X (DA).docx' are one document in two formats."""
    return re.sub(r'\s+v\d+(?:\.\d+)*$', '', os.path.splitext(document)[0])


def split_of(document, split):
    risk_test = split.get('risk_test', [])
    if document in risk_test or same_document_key(document) in {same_document_key(d) for d in risk_test}:
        return 'test'
    if document.startswith('cuad/'):
        base = os.path.splitext(os.path.basename(document))[0]
        if base in split.get('cuad_test', []):
            return 'test'
    return 'dev'


def pct(a, b):
    return f'{100.0 * a / b:5.1f}%' if b else '    - '


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--shared', default=os.path.join(REPO, '..', 'shared'), help='root the gold documents are under (default ../shared)')
    ap.add_argument('--binary', default=os.path.join(REPO, 'build', 'clausecheck'))
    ap.add_argument('--outlines', default=os.path.join(REPO, 'corpus', 'outlines'))
    ap.add_argument('--fail-under', type=float, metavar='X', help='exit 1 when overall label recall is below X percent')
    ap.add_argument('--verbose', action='store_true', help='list missed gold nodes, unmatched extracted nodes and page mismatches')
    args = ap.parse_args()

    split = json.load(open(os.path.join(REPO, 'corpus', 'real', 'split.json')))
    files = sorted(glob.glob(os.path.join(args.outlines, '*.outline.json')))
    if not files:
        print('no gold outlines in ' + args.outlines, file=sys.stderr)
        return 2
    totals = collections.defaultdict(collections.Counter)
    print(f'{"document":48} {"side":4} {"gold":>5} {"tool":>5} {"match":>5} {"recall":>7} {"precis":>7} {"page ok":>9} {"furn":>4}')
    for path in files:
        slug = os.path.basename(path)[:-len('.outline.json')]
        gold_doc = json.load(open(path, encoding='utf-8'))
        gold = gold_doc['nodes']
        doc_path = os.path.join(args.shared, gold_doc['document'])
        side = split_of(gold_doc['document'], split)
        run = subprocess.run([args.binary, 'extract', doc_path], capture_output=True, text=True)
        if run.returncode != 0:
            tool, error = [], (run.stderr.strip() or f'exit {run.returncode}')
        else:
            tool, error = flatten(json.loads(run.stdout).get('clauses', []), []), ''
        pairs = match(gold, tool)
        paged = [i for i in pairs if 'page' in gold[i]]
        page_ok = [i for i in paged if tool[pairs[i]].get('page') == gold[i]['page']]
        running = furniture_lines(doc_path) if doc_path.lower().endswith('.pdf') else set()
        matched_tool = set(pairs.values())
        furniture = [t for j, t in enumerate(tool) if is_furniture(t, running, j in matched_tool)]
        c = collections.Counter(docs=1, gold=len(gold), tool=len(tool), match=len(pairs),
                                paged=len(paged), page_ok=len(page_ok), furniture=len(furniture))
        for key in ('all', side):
            totals[key].update(c)
        print(f'{slug[:48]:48} {side:4} {len(gold):5} {len(tool):5} {len(pairs):5} {pct(len(pairs), len(gold)):>7} '
              f'{pct(len(pairs), len(tool)):>7} {len(page_ok):4}/{len(paged):<4} {len(furniture):4}'
              + (f'  ERROR: {error}' if error else ''))
        if args.verbose:
            for i, g in enumerate(gold):
                if i not in pairs:
                    print(f'    missed  {g["citation"]!r} label {g["label"]!r} page {g.get("page", "-")}')
                elif i in paged and i not in page_ok:
                    print(f'    page    {g["citation"]!r}: gold {g["page"]}, extracted {tool[pairs[i]].get("page")}')
            for j, t in enumerate(tool):
                if j not in matched_tool:
                    print(f'    extra   {t.get("citation")!r} label {t.get("label")!r} page {t.get("page")}')
            for t in furniture:
                print(f'    furniture {t.get("citation")!r} heading {t.get("heading")!r}')
    print()
    for key in ('all', 'dev', 'test'):
        t = totals[key]
        if not t['docs']:
            continue
        print(f'{key + " (" + str(t["docs"]) + " documents)":53} {t["gold"]:5} {t["tool"]:5} {t["match"]:5} '
              f'{pct(t["match"], t["gold"]):>7} {pct(t["match"], t["tool"]):>7} {t["page_ok"]:4}/{t["paged"]:<4} {t["furniture"]:4}')
    recall = 100.0 * totals['all']['match'] / totals['all']['gold'] if totals['all']['gold'] else 0.0
    print(f'\nlabel recall {recall:.1f}%, precision {pct(totals["all"]["match"], totals["all"]["tool"]).strip()}, '
          f'start-page accuracy {pct(totals["all"]["page_ok"], totals["all"]["paged"]).strip()}, '
          f'nodes starting with page furniture {totals["all"]["furniture"]}')
    if args.fail_under is not None and recall < args.fail_under:
        print(f'label recall {recall:.1f}% is below --fail-under {args.fail_under}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
