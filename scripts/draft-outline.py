#!/usr/bin/env python3
"""Draft an outline of a PDF from `pdftotext -layout`, one page at a time.

The draft is only a starting point for a gold outline (corpus/outlines/README.md):
every node is then checked by hand against the page images, and corrected. It
never calls clausecheck, so the gold outlines stay independent of the tool.

Output: one tab-separated line per candidate node, `page citation label heading`,
with `?` in front of the citation when the numbering did not fit (to look at first).

    scripts/draft-outline.py ../shared/cuad/pdf/X.pdf > /tmp/X.tsv
"""
import re
import subprocess
import sys

ROMAN = re.compile(r'^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$')
PART_WORDS = r'(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum|PART|Part)'
PART_RE = re.compile(r'^(' + PART_WORDS + r')\s+([A-Z0-9][A-Z0-9.\-]*)\s*(?:[-:–—.]\s*(.*)|$)')
ARTICLE_RE = re.compile(r'^(ARTICLE|Article)\s+([IVXLC]+|\d+)\b(\.?)\s*[-:–—.]?\s*(.*)$')
SECTION_RE = re.compile(r'^(SECTION|Section|§)\s*(\d+(?:\.\d+)*)\.?\s+(.*)$')
DEC_RE = re.compile(r'^(\d{1,2}(?:\.\d{1,3})*)(\.?)(?:\s+|\t)(\S.*)?$')
PAREN_RE = re.compile(r'^(\(([a-zA-Z]{1,4}|\d{1,2})\))\s*(.*)$')
DOT_RE = re.compile(r'^(([a-zA-Z]|[ivx]{1,4})[.)])\s+(.*)$')


def page_count(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    return int(re.search(r'^Pages:\s+(\d+)', out, re.M).group(1))


def page_lines(pdf, page):
    out = subprocess.run(['pdftotext', '-layout', '-f', str(page), '-l', str(page), pdf, '-'],
                         capture_output=True, text=True).stdout
    return out.splitlines()


def heading_of(rest):
    """The title printed after a label: up to the first full stop when short."""
    rest = rest.strip()
    if not rest:
        return ''
    m = re.match(r'^([^.:;]{1,80}?)[.:]\s', rest + ' ')
    cand = m.group(1).strip() if m else rest
    words = cand.split()
    if len(words) <= 10 and (cand.isupper() or all(w[0].isupper() or w in ('of', 'and', 'the', 'to', 'in', 'for', 'on', 'or', 'a', 'by', 'with') for w in words if w[0].isalpha())):
        return cand.strip(' -–—')
    return ''


def roman_value(s):
    vals = {'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
    s = s.lower()
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def classify(line):
    """(style, value, label, rest) for a line that starts with a label, else None."""
    s = line.strip()
    m = PART_RE.match(s)
    if m and len(s) < 90 and not re.match(r'^\d+\.\d+$', m.group(2)):
        return ('part:' + m.group(1).lower(), m.group(2), m.group(1) + ' ' + m.group(2), m.group(3) or '')
    m = ARTICLE_RE.match(s)
    if m:
        v = m.group(2)
        num = int(v) if v.isdigit() else roman_value(v)
        return ('article', num, m.group(1) + ' ' + v + m.group(3), m.group(4).rstrip('.'))
    m = SECTION_RE.match(s)
    if m:
        return ('section', tuple(int(x) for x in m.group(2).split('.')), s[:s.index(m.group(2)) + len(m.group(2))], m.group(3))
    m = DEC_RE.match(s)
    if m and m.group(3) and not re.match(r'^(%|percent|days|months|years|million|January|February|March|April|May|June|July|August|September|October|November|December)\b', m.group(3)):
        if m.group(2) or '.' in m.group(1) or m.group(3)[:1].isupper():
            return ('dec', tuple(int(x) for x in m.group(1).split('.')), m.group(1) + m.group(2), m.group(3))
    m = PAREN_RE.match(s)
    if m:
        inner = m.group(2)
        if inner.isdigit():
            return ('paren-num', int(inner), m.group(1), m.group(3))
        if inner.islower():
            return ('paren-lower', inner, m.group(1), m.group(3))
        if inner.isupper():
            return ('paren-upper', inner, m.group(1), m.group(3))
    m = DOT_RE.match(s)
    if m:
        return ('dot-upper' if m.group(2).isupper() else 'dot-lower', m.group(2), m.group(1), m.group(3))
    return None


def letter_next(a, b):
    return len(a) == 1 and len(b) == 1 and ord(b.lower()) == ord(a.lower()) + 1


def draft(pdf):
    stack = []  # (style, value, citation)
    rows = []
    for page in range(1, page_count(pdf) + 1):
        lines = page_lines(pdf, page)
        for n, line in enumerate(lines):
            c = classify(line)
            if not c:
                continue
            style, value, label, rest = c
            flag = ''
            if not rest.strip() and (style.startswith('part:') or style == 'article'):
                # A label alone on its line: the title is the short line under it.
                after = [x.strip() for x in lines[n + 1:n + 3] if x.strip()]
                if after and len(after[0]) < 70 and not classify(after[0]):
                    rest = after[0]
            if style.startswith('part:'):
                stack = [(style, value, style[5:].capitalize() + ' ' + value)]
                rows.append((page, stack[-1][2], label, rest.strip()))
                continue
            # Lettered styles that could be roman numerals.
            if style in ('paren-lower', 'dot-lower') and ROMAN.match(value):
                prev_letter = next((s for s in reversed(stack) if s[0] == style), None)
                if not (prev_letter and letter_next(prev_letter[1], value)):
                    style, value = style + '-roman', roman_value(value)
            placed = False
            for i in range(len(stack) - 1, -1, -1):
                s_style, s_val, _ = stack[i]
                if s_style != style:
                    continue
                if style == 'dec' or style == 'section':
                    ok = len(s_val) == len(value) and s_val[:-1] == value[:-1] and value[-1] == s_val[-1] + 1
                elif isinstance(value, int):
                    ok = value == s_val + 1
                else:
                    ok = letter_next(s_val, value)
                if not ok:
                    flag = '?'
                del stack[i:]
                placed = True
                break
            if not placed and stack and style in ('dec', 'section'):
                # 4.1 under 4 / Article 4: a child; 5 after 4.3: pop to the sibling.
                for i in range(len(stack) - 1, -1, -1):
                    s_style, s_val, _ = stack[i]
                    if s_style in ('dec', 'section') and len(s_val) == len(value) - 1 and s_val == value[:-1]:
                        del stack[i + 1:]
                        placed = True
                        break
            parent = stack[-1][2] if stack else ''
            base = parent.split(', ')
            if style in ('dec', 'section'):
                num = re.sub(r'^(SECTION|Section|§)\s*', '', label).rstrip('.')
                prefix = [p for p in base if p.split(' ')[0] in ('Exhibit', 'Schedule', 'Annex', 'Appendix', 'Attachment', 'Addendum', 'Part')]
                cit = ', '.join(prefix + [num])
            elif style == 'article':
                prefix = [p for p in base if p.split(' ')[0] in ('Exhibit', 'Schedule', 'Annex', 'Appendix', 'Attachment', 'Addendum', 'Part')]
                cit = ', '.join(prefix + ['Article ' + label.split()[1].rstrip('.')])
            else:
                lab = label if label.startswith('(') else '(' + label[:-1] + ')'
                parent_is_part = stack and stack[-1][0].startswith('part:')
                cit = (parent + ', ' + lab) if parent_is_part else (parent + lab)
            stack.append((style, value, cit))
            rows.append((page, flag + cit, label, rest.strip() if style == 'article' else heading_of(rest)))
    return rows


if __name__ == '__main__':
    for page, cit, label, heading in draft(sys.argv[1]):
        print(f'{page}\t{cit}\t{label}\t{heading}')
