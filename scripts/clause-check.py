#!/usr/bin/env python3
"""Clause-level check: each clause scanned as its own document, as a clause set is.

Each line of a TSV file is `EXPECTED<TAB>CLAUSE`: EXPECTED is a comma-separated list of
taxonomy ids the clause must raise, or `-` for a clean clause (a near-miss) that must raise
none of the checked types. `\\n` in CLAUSE is a line break. Only the types named with
--types (prefixes, default: those that occur in the file) are scored, so a file written
for one family does not count other families' findings.

  scripts/clause-check.py scripts/clause-check/risk-transfer.tsv --binary build/clausecheck

Prints each clause that goes wrong, then precision and recall over the checked types.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            expected, _, text = line.partition("\t")
            types = set() if expected.strip() == "-" else {t.strip() for t in expected.split(",") if t.strip()}
            cases.append((number, types, text.replace("\\n", "\n")))
    return cases


def scan(binary, rules, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text + "\n")
        path = f.name
    try:
        cmd = [binary, "scan", path, "--format", "json"] + (["--rules", rules] if rules else [])
        out = subprocess.run(cmd, capture_output=True, text=True).stdout
        report = json.loads(out)
    finally:
        os.unlink(path)
    return {f["taxonomy"] for f in report["findings"] if f.get("taxonomy")}, report["document"].get("kind", "")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tsv")
    parser.add_argument("--binary", default="build/clausecheck")
    parser.add_argument("--rules", default="")
    parser.add_argument("--types", default="", help="comma-separated id prefixes to score (RTL,GEN-01)")
    args = parser.parse_args()

    cases = read_cases(args.tsv)
    prefixes = [p for p in args.types.split(",") if p] or sorted({t for _, ts, _ in cases for t in ts})
    checked = lambda t: any(t.startswith(p) for p in prefixes)
    tp = fp = fn = 0
    for number, expected, text in cases:
        found, kind = scan(args.binary, args.rules, text)
        found = {t for t in found if checked(t)}
        hits, extra, missed = expected & found, found - expected, expected - found
        tp, fp, fn = tp + len(hits), fp + len(extra), fn + len(missed)
        if extra or missed:
            print(f"line {number} ({kind}): missed {sorted(missed) or '-'}, false alarm {sorted(extra) or '-'}: {text[:110]!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{len(cases)} clauses, types {','.join(prefixes)}: TP {tp} FP {fp} FN {fn}  "
          f"precision {precision:.3f}  recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
