#!/usr/bin/env python3
"""CUAD clause-type recall of the clause detectors (rules/detect).

For each CUAD category that feeds a risk type, take the excerpts CUAD's annotators marked
(master_clauses.csv), locate each in the contract's text (txt/), and count it found when a
detector tagged with that category ("cuad:<Category>") matched words overlapping it. This
measures clause detection only, before any risk judgement (which party holds the right,
thresholds). Contracts are split as corpus/real/split.json says: the test half is
split.json's cuad_test, the dev half every other contract. Tune on --split dev only; the
test half prints counts, never its misses.

  scripts/bench-cuad-recall.py --split dev [--show-misses CATEGORY] [--binary build/clausecheck]
"""
import argparse
import ast
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# CUAD categories that feed a type of the risk taxonomy (/work/shared/risk-taxonomy.md).
CATEGORIES = [
    "Termination For Convenience",   # TRM-01
    "Change Of Control",             # TRM-05
    "Non-Compete",                   # EXC-01
    "Exclusivity",                   # EXC-01
    "No-Solicit Of Employees",       # EXC-02
    "No-Solicit Of Customers",       # EXC-02 / EXC-03
    "Competitive Restriction Exception",  # EXC-01 (the carve-out)
    "Ip Ownership Assignment",       # IPD-01
    "Uncapped Liability",            # RTL-01 / RTL-02
    "Cap On Liability",              # RTL-02 / RTL-03
    "Liquidated Damages",            # PRF-02
    "Audit Rights",                  # PRF-04
    "Insurance",                     # INS-01
    "Minimum Commitment",            # PBR-03
    "Volume Restriction",            # PBR-03
    "Revenue/Profit Sharing",        # PBR-01
    "Post-Termination Services",     # TRM-07
    "Anti-Assignment",               # TRM-05
    "Non-Disparagement",             # IPD-04
    "Most Favored Nation",           # PAY-11
    "Warranty Duration",             # RTL-06
    "Covenant Not To Sue",           # RTL-01
    "Third Party Beneficiary",       # FLD-01
]


def load_split():
    with open(os.path.join(ROOT, "corpus", "real", "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    shared = os.path.normpath(os.path.join(ROOT, split["shared_root"]))  # relative to the repository
    return shared, set(split["cuad_test"])


def load_excerpts(cuad_dir):
    """{contract base name: {category: [excerpt, ...]}}"""
    csv.field_size_limit(1 << 30)
    out = {}
    with open(os.path.join(cuad_dir, "master_clauses.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = os.path.splitext(row["Filename"])[0]
            cats = {}
            for cat in CATEGORIES:
                try:
                    excerpts = ast.literal_eval(row[cat]) if row[cat].strip() else []
                except (ValueError, SyntaxError):
                    excerpts = []
                excerpts = [e for e in excerpts if e.strip()]
                if excerpts:
                    cats[cat] = excerpts
            out[name] = cats
    return out


WORD = re.compile(r"\S+")


def locate(text, excerpt):
    """(begin, end) character offsets of the excerpt in text, whitespace-insensitive; None if absent."""
    words = WORD.findall(excerpt)
    if not words:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    if m is None:
        # Annotators' excerpts sometimes differ in quotes or case: try case-insensitively.
        m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def flexible(words_text):
    """A regular expression for the words of words_text with any whitespace between them."""
    return r"\s*".join(re.escape(w) for w in WORD.findall(words_text))


def detections(report, text):
    """{category: [(begin, end) character spans in text]} from one report of the detector pack.

    Report spans are byte offsets into the extracted text (docs/report-format.md), which
    drops blank lines and running lines, so they drift from the file's offsets; each
    finding's own words are therefore looked up in the file, taking the occurrence nearest
    to where the offsets say."""
    found = {}
    for f in report.get("findings", []):
        cats = [t[5:] for t in f.get("tags", []) if t.startswith("cuad:")]
        words = f.get("text", "")
        if not cats or not words.strip():
            continue
        expected = f["span"]["begin"]
        best = None
        for m in re.finditer(flexible(words), text):
            if best is None or abs(m.start() - expected) < abs(best[0] - expected):
                best = (m.start(), m.end())
            if m.start() > expected + 1000:
                break
        if best is None:
            continue
        for cat in cats:
            found.setdefault(cat, []).append(best)
    return found


def run_detectors(binary, rules, paths, jobs):
    """{path: report} for the contracts, scanned in one batch."""
    out_dir = tempfile.mkdtemp(prefix="cuad-recall-")
    cmd = [binary, "scan", *paths, "--rules", rules, "--out", out_dir, "--format", "json", "--jobs", str(jobs), "--quiet",
           "--every-match"]
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    reports = {}
    for path in paths:
        report_path = os.path.join(out_dir, os.path.basename(path) + ".json")
        if os.path.exists(report_path):
            with open(report_path, encoding="utf-8") as f:
                reports[path] = json.load(f)
    return reports


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "both"], default="dev")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules", "detect"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show-misses", metavar="CATEGORY", help="print the dev-half excerpts of CATEGORY that were missed")
    args = ap.parse_args()

    shared, test_names = load_split()
    cuad_dir = os.path.join(shared, "cuad")
    excerpts = load_excerpts(cuad_dir)
    halves = ["dev", "test"] if args.split == "both" else [args.split]

    for half in halves:
        names = sorted(n for n in excerpts if (n in test_names) == (half == "test"))
        paths = [os.path.join(cuad_dir, "txt", n + ".txt") for n in names]
        paths = [p for p in paths if os.path.exists(p)]
        reports = run_detectors(args.binary, args.rules, paths, args.jobs)
        totals = {c: [0, 0, 0] for c in CATEGORIES}  # found, located, not located
        misses = []
        for path in paths:
            name = os.path.splitext(os.path.basename(path))[0]
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            found = detections(reports.get(path, {}), text)
            for cat, items in excerpts[name].items():
                for excerpt in items:
                    where = locate(text, excerpt)
                    if where is None:
                        totals[cat][2] += 1
                        continue
                    totals[cat][1] += 1
                    if any(b < where[1] and where[0] < e for b, e in found.get(cat, [])):
                        totals[cat][0] += 1
                    elif half == "dev" and args.show_misses == cat:
                        misses.append((name, excerpt))
        print(f"CUAD clause detection recall, {half} half ({len(paths)} contracts, rules {os.path.relpath(args.rules, ROOT)})")
        print(f"{'category':36} {'found':>6} {'of':>6} {'recall':>7} {'unlocated':>9}")
        all_found = all_located = 0
        for cat in CATEGORIES:
            hit, located, lost = totals[cat]
            all_found += hit
            all_located += located
            recall = f"{hit / located:.3f}" if located else "-"
            print(f"{cat:36} {hit:6d} {located:6d} {recall:>7} {lost:9d}")
        overall = f"{all_found / all_located:.3f}" if all_located else "-"
        print(f"{'ALL (micro)':36} {all_found:6d} {all_located:6d} {overall:>7}")
        print()
        for name, excerpt in misses:
            print(f"MISS {name}\n  {' '.join(excerpt.split())[:600]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
