#!/usr/bin/env python3
"""Scan each clause of a clause set as its own document and score the findings per type.

A clause set is a tab-separated file, one clause a line: `EXPECTED<TAB>TEXT`, where EXPECTED
is a taxonomy id (PAY-03), several ids separated by commas, or `clean` for a near-miss that
should raise none of the checked types. Lines starting with '#' are comments; a comment may
name where the phrasing comes from. Each clause is written to its own .txt file and the
whole folder is scanned in one batch, the way a reviewer would paste one clause.

    scripts/clause-level-check.py scripts/clause-sets/money.tsv --families PAY,PBR,PRF
    scripts/clause-level-check.py SET.tsv --clausecheck build/clausecheck --rules rules/default -v
    scripts/clause-level-check.py scripts/clause-sets/near-misses.tsv --families RTL,PAY,PBR,WRK,TRM,PRF,IPD,INS,DSP,EXC,FLD,GRT,GEN --strict

Scoring: for each checked type, a clause expecting it and raising it is a true positive; a
clause expecting it and not raising it a miss; a clause raising a checked type it does not
expect a false alarm. Findings of types outside --families are ignored (other packs' work).
"""
import argparse, collections, json, os, subprocess, sys, tempfile

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('clause_set')
    ap.add_argument('--families', default='', help='comma-separated taxonomy prefixes to score (default: the types the set expects)')
    ap.add_argument('--clausecheck', default='build/clausecheck')
    ap.add_argument('--rules', default='rules/default')
    ap.add_argument('-v', '--verbose', action='store_true', help='list each miss and false alarm')
    ap.add_argument('--strict', action='store_true', help='exit 1 on any miss or false alarm, listing them (a regression test)')
    a = ap.parse_args()

    clauses = []
    for n, line in enumerate(open(a.clause_set, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        expected, _, text = line.partition('\t')
        if not text:
            sys.exit(f'{a.clause_set}:{n}: expected EXPECTED<TAB>TEXT')
        want = set() if expected.strip() == 'clean' else {t.strip() for t in expected.split(',')}
        clauses.append((n, want, text))

    families = tuple(f for f in a.families.split(',') if f) or tuple(sorted({t[:3] for _, w, _ in clauses for t in w}))
    checked = lambda t: t.startswith(families)

    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, 'in'), os.path.join(tmp, 'out')
        os.mkdir(src)
        for n, _, text in clauses:
            with open(os.path.join(src, f'line{n:05d}.txt'), 'w', encoding='utf-8') as f:
                f.write(text + '\n')
        scan = subprocess.run([a.clausecheck, 'scan', src, '--rules', a.rules, '--out', out, '-q', '-j', '2'],
                              check=False, stdout=subprocess.DEVNULL)
        found = {}
        for n, _, _ in clauses:
            path = os.path.join(out, f'line{n:05d}.txt.json')
            if not os.path.exists(path):
                # A clause with no report is a scan that failed, not a clause with no findings.
                sys.exit(f'{a.clause_set}:{n}: no report was written for this clause '
                         f'(the scan exited with status {scan.returncode})')
            report = json.load(open(path, encoding='utf-8'))
            found[n] = {f['taxonomy']: f['rule_id'] for f in report['findings'] if f.get('taxonomy') and checked(f['taxonomy'])}

    tp, fn, fp = collections.Counter(), collections.Counter(), collections.Counter()
    notes = []
    for n, want, text in clauses:
        got = found[n]
        for t in sorted(w for w in want if checked(w)):
            if t in got: tp[t] += 1
            else: fn[t] += 1; notes.append(f'miss   {t}  line {n}: {text[:150]}')
        for t in sorted(set(got) - want):
            fp[t] += 1; notes.append(f'false  {t}  line {n} ({got[t]}): {text[:150]}')

    types = sorted(set(tp) | set(fn) | set(fp))
    print(f'{"type":8} {"TP":>4} {"FN":>4} {"FP":>4}')
    for t in types:
        print(f'{t:8} {tp[t]:4} {fn[t]:4} {fp[t]:4}')
    T, N, P = sum(tp.values()), sum(fn.values()), sum(fp.values())
    prec = T / (T + P) if T + P else 1.0
    rec = T / (T + N) if T + N else 1.0
    print(f'overall  {T:4} {N:4} {P:4}   precision {prec:.3f} recall {rec:.3f}  ({len(clauses)} clauses)')
    if a.verbose or (a.strict and notes):
        print('\n'.join(notes))
    return 1 if a.strict and notes else 0

if __name__ == '__main__':
    sys.exit(main())
