#!/usr/bin/env python3
"""Score `clausecheck extract` against the gold outlines in corpus/outlines/.

For every gold outline (corpus/outlines/*.outline.json, format in corpus/outlines/README.md)
this runs `clausecheck extract` on the document under the shared root and prints, per
document and overall:

- label recall: gold nodes matched by the extracted clause tree / gold nodes;
- label precision: extracted nodes matched to a gold node / extracted nodes;
- start-page accuracy: matched nodes whose extracted `page` is the gold page / matched
  nodes that have a gold page;
- furniture: extracted nodes whose heading or first line is page furniture (a running
  header or footer of the PDF, or a page number).

A gold node is matched first by citation, then by label in document order (see match()).
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
    """Pairs (gold index, tool index).

    1. By citation: a gold node (not a marked repeat) takes the first unused extracted node
       with the same normalised citation, preferring one after the previous match.
    2. By label in order: each gold node still unmatched takes the first unused extracted
       node with the same normalised label that lies between the extracted nodes matched to
       its nearest matched neighbours in the gold order.
    """
    pairs = {}
    used = set()
    by_citation = collections.defaultdict(list)
    for j, t in enumerate(tool):
        by_citation[normalise_citation(t.get('citation', ''))].append(j)
    last = -1
    for i, g in enumerate(gold):
        if strip_repeat(g['citation']) != g['citation']:
            continue
        cands = [j for j in by_citation.get(normalise_citation(g['citation']), []) if j not in used]
        if not cands:
            continue
        after = [j for j in cands if j > last]
        j = after[0] if after else cands[0]
        pairs[i] = j
        used.add(j)
        last = j
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        lo = max([pairs[k] for k in pairs if k < i], default=-1)
        hi = min([pairs[k] for k in pairs if k > i], default=len(tool))
        want = normalise_label(g['label'])
        for j in range(lo + 1, hi):
            if j not in used and normalise_label(tool[j].get('label', '')) == want:
                pairs[i] = j
                used.add(j)
                break
    return pairs


def furniture_lines(pdf):
    """Lines that run across pages near the top or bottom (digits masked), from pdftotext."""
    try:
        out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired):
        return set()
    pages = out.split('\f')
    counts = collections.Counter()
    for page in pages:
        lines = [re.sub(r'\s+', ' ', x).strip() for x in page.splitlines() if x.strip()]
        edge = set(lines[:4] + lines[-4:])
        counts.update(re.sub(r'\d+', '#', x).lower() for x in edge)
    need = max(2, int(0.4 * len([p for p in pages if p.strip()])))
    return {line for line, n in counts.items() if n >= need}


def is_furniture(node, running):
    texts = [node.get('heading', '')]
    first = (node.get('text', '') or '').split('\n', 1)[0]
    texts.append(first)
    label = node.get('label', '')
    if first.startswith(label):
        texts.append(first[len(label):])
    for t in texts:
        t = re.sub(r'\s+', ' ', t).strip()
        if not t:
            continue
        if PAGE_NUMBER.fullmatch(t) or re.sub(r'\d+', '#', t).lower() in running:
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
        furniture = [t for t in tool if is_furniture(t, running)]
        c = collections.Counter(docs=1, gold=len(gold), tool=len(tool), match=len(pairs),
                                paged=len(paged), page_ok=len(page_ok), furniture=len(furniture))
        for key in ('all', side):
            totals[key].update(c)
        print(f'{slug[:48]:48} {side:4} {len(gold):5} {len(tool):5} {len(pairs):5} {pct(len(pairs), len(gold)):>7} '
              f'{pct(len(pairs), len(tool)):>7} {len(page_ok):4}/{len(paged):<4} {len(furniture):4}'
              + (f'  ERROR: {error}' if error else ''))
        if args.verbose:
            matched_tool = set(pairs.values())
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
