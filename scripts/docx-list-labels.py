#!/usr/bin/env python3
"""List every paragraph of a DOCX with the list label Word displays for it.

Used to check the DOCX gold outlines (corpus/outlines/README.md) against the PDF of the same
document without running clausecheck: the label is computed from word/numbering.xml (list
levels, numbering formats, lvlText patterns, start values and startOverride restarts) and
from the paragraph style chain (numId and ilvl inherited separately through basedOn).
Output: one tab-separated line per non-empty paragraph, `page label text`, where page
counts Word's last rendered page breaks (Word's own layout, not the PDF's).

    scripts/docx-list-labels.py "../shared/corpus/ccs-rm3830-fm/Joint Schedule 7 - Financial Distress (DA).docx"
"""
import sys, zipfile, re
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
def load(n):
    try: return ET.fromstring(z.read(n))
    except KeyError: return None
num = load('word/numbering.xml'); sty = load('word/styles.xml'); doc = load('word/document.xml')
abstract = {}
for a in (num.findall(W+'abstractNum') if num is not None else []):
    lv = {}
    for l in a.findall(W+'lvl'):
        il = int(l.get(W+'ilvl'))
        g = lambda t: (l.find(W+t).get(W+'val') if l.find(W+t) is not None else None)
        lv[il] = dict(fmt=g('numFmt') or 'decimal', text=g('lvlText') or '', start=int(g('start') or 1))
    abstract[a.get(W+'abstractNumId')] = lv
nummap = {}; overrides = {}
for n in (num.findall(W+'num') if num is not None else []):
    nid = n.get(W+'numId'); nummap[nid] = n.find(W+'abstractNumId').get(W+'val')
    for o in n.findall(W+'lvlOverride'):
        so = o.find(W+'startOverride')
        if so is not None: overrides[(nid, int(o.get(W+'ilvl')))] = int(so.get(W+'val'))
styles = {}
for s in (sty.findall(W+'style') if sty is not None else []):
    sid = s.get(W+'styleId'); ppr = s.find(W+'pPr'); np = ppr.find(W+'numPr') if ppr is not None else None
    based = s.find(W+'basedOn')
    styles[sid] = dict(num=(np.find(W+'numId').get(W+'val') if np is not None and np.find(W+'numId') is not None else None),
                       ilvl=(int(np.find(W+'ilvl').get(W+'val')) if np is not None and np.find(W+'ilvl') is not None else None),
                       based=based.get(W+'val') if based is not None else None)
def style_num(sid):
    nid = il = None; depth = 0
    while sid and depth < 12:
        st = styles.get(sid)
        if not st: break
        if nid is None and st['num'] is not None: nid = st['num']
        if il is None and st['ilvl'] is not None: il = st['ilvl']
        sid = st['based']; depth += 1
    return nid, (il or 0)
def roman(n):
    vals = [(1000,'m'),(900,'cm'),(500,'d'),(400,'cd'),(100,'c'),(90,'xc'),(50,'l'),(40,'xl'),(10,'x'),(9,'ix'),(5,'v'),(4,'iv'),(1,'i')]
    r = ''
    for v, s in vals:
        while n >= v: r += s; n -= v
    return r
def fmt(n, f):
    if f == 'lowerLetter': return chr(96 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)
    if f == 'upperLetter': return chr(64 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)
    if f == 'lowerRoman': return roman(n)
    if f == 'upperRoman': return roman(n).upper()
    if f == 'none' or f == 'bullet': return ''
    return str(n)
counters = {}
used_nums = set()
body = doc.find(W+'body')
page = 1
for p in body.iter(W+'p'):
    text = ''.join(t.text or '' for t in p.iter(W+'t'))
    breaks = sum(1 for _ in p.iter(W+'lastRenderedPageBreak')) + sum(1 for b in p.iter(W+'br') if b.get(W+'type') == 'page')
    ppr = p.find(W+'pPr'); nid = None; il = 0
    if ppr is not None:
        ps = ppr.find(W+'pStyle')
        if ps is not None: nid, il = style_num(ps.get(W+'val'))
        np = ppr.find(W+'numPr')
        if np is not None:
            if np.find(W+'numId') is not None: nid = np.find(W+'numId').get(W+'val')
            if np.find(W+'ilvl') is not None: il = int(np.find(W+'ilvl').get(W+'val'))
    label = ''
    if nid and nid != '0' and nid in nummap and text.strip():
        an = nummap[nid]; lv = abstract.get(an, {})
        c = counters.setdefault(an, {})
        if nid not in used_nums and any(k[0] == nid for k in overrides):
            c.clear()
            for (onid, oil), v in overrides.items():
                if onid == nid and oil < il: c[oil] = v
            c[il] = overrides.get((nid, il), lv.get(il, {}).get('start', 1))
        elif il in c: c[il] += 1
        else: c[il] = overrides.get((nid, il), lv.get(il, {}).get('start', 1))
        for k in list(c):
            if k > il: del c[k]
        used_nums.add(nid)
        L = lv.get(il)
        if L and L['fmt'] != 'bullet':
            def rep(m):
                k = int(m.group(1)) - 1
                v = c.get(k, lv.get(k, {}).get('start', 1))
                return fmt(v, lv.get(k, {}).get('fmt', 'decimal'))
            label = re.sub(r'%(\d)', rep, L['text'])
    page += breaks
    if text.strip() or label:
        print(f'{page}\t{label}\t{text[:90]}')
