#!/usr/bin/env python3
"""How often the risk rules fire on CUAD's annotated clauses, one excerpt at a time.

bench-cuad-recall.py measures the clause detectors (rules/detect) on whole contracts. This
script asks a narrower question of the risk pack (rules/default): scanned alone, does an
excerpt that CUAD's annotators marked as, say, "Change Of Control" make a rule of the
matching taxonomy type fire (TRM-05)? And how often does that type fire on excerpts marked
only with unrelated categories (Governing Law, Insurance, ...)? A CUAD category is a clause
type, not a risk: a mutual termination right is a "Termination For Convenience" clause but
no TRM-01 risk, so the first figure is a proxy for recall whose ceiling is well below 1.

Only the dev half is read: contracts in split.json's cuad_test or risk_test are left out,
and so is any row of master_clauses.csv that cannot be matched to exactly one text file.

  scripts/cuad-risk-rule-excerpts.py [--binary build/clausecheck] [--rules rules/default]
"""
import argparse
import ast
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# CUAD category -> the taxonomy types whose rules should fire on such a clause when it is risky.
RISK_TYPES = {
    "Termination For Convenience": ["TRM-01"],
    "Change Of Control": ["TRM-05"],
    "Non-Compete": ["EXC-01"],
    "Exclusivity": ["EXC-01"],
    "No-Solicit Of Employees": ["EXC-02"],
    "No-Solicit Of Customers": ["EXC-02"],
    "Ip Ownership Assignment": ["IPD-01"],
    "Audit Rights": ["PRF-04"],
    "Non-Disparagement": ["IPD-04"],
    "Post-Termination Services": ["TRM-07"],
}
# Categories with no counterpart among those types: their excerpts are the false-alarm check.
UNRELATED = ["Governing Law", "Insurance", "Cap On Liability", "License Grant", "Renewal Term", "Minimum Commitment",
             "Revenue/Profit Sharing", "Warranty Duration", "Uncapped Liability", "Liquidated Damages",
             "Third Party Beneficiary", "Price Restrictions", "Anti-Assignment", "Competitive Restriction Exception",
             "Covenant Not To Sue"]


def normalised(name):
    return re.sub(r"[^a-z0-9]", "", name.lower())


def dev_rows(shared):
    with open(os.path.join(ROOT, "corpus", "real", "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    held_out = set(split["cuad_test"])
    held_out |= {os.path.splitext(os.path.basename(p))[0] for p in split["risk_test"] + split.get("risk_test_added", [])
                 if p.startswith("cuad/")}
    subset = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(shared, "corpus", "cuad-subset"))}
    texts = {}
    for f in os.listdir(os.path.join(shared, "cuad", "txt")):
        texts.setdefault(normalised(os.path.splitext(f)[0]), []).append(os.path.splitext(f)[0])
    csv.field_size_limit(1 << 30)
    with open(os.path.join(shared, "cuad", "master_clauses.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            # CSV names differ from the text files' ("&" for "_", trailing spaces): map them,
            # and leave out a row that maps to no file or to several.
            candidates = texts.get(normalised(re.sub(r"\.pdf'?$", "", row["Filename"], flags=re.I)), [])
            if len(candidates) != 1:
                continue
            base = candidates[0]
            in_test_by_hash = int(hashlib.sha256(base.encode()).hexdigest()[:8], 16) % 10 < 3 and base not in subset
            if base in held_out or in_test_by_hash:
                continue
            yield row


def excerpts(row, category):
    try:
        items = ast.literal_eval(row.get(category) or "[]")
    except (ValueError, SyntaxError):
        return []
    return [s for s in items if s.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules", "default"))
    args = ap.parse_args()
    with open(os.path.join(ROOT, "corpus", "real", "split.json"), encoding="utf-8") as f:
        shared = os.path.normpath(os.path.join(ROOT, json.load(f)["shared_root"]))

    work = tempfile.mkdtemp(prefix="cuad-risk-")
    in_dir, out_dir = os.path.join(work, "in"), os.path.join(work, "out")
    os.makedirs(in_dir)
    labels = {}  # file name -> set of categories of that excerpt
    for row in dev_rows(shared):
        per_text = {}
        for category in list(RISK_TYPES) + UNRELATED:
            for text in excerpts(row, category):
                per_text.setdefault(text.strip(), set()).add(category)
        for text, categories in sorted(per_text.items()):
            name = f"{len(labels):05d}.txt"
            with open(os.path.join(in_dir, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            labels[name] = categories
    subprocess.run([args.binary, "scan", in_dir, "--rules", args.rules, "--out", out_dir, "--format", "json", "--quiet"],
                   check=False, stdout=subprocess.DEVNULL)
    fired = {}
    for name in labels:
        path = os.path.join(out_dir, name + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                fired[name] = {x.get("taxonomy") or "" for x in json.load(f).get("findings", [])}

    print(f"Risk rules on CUAD dev excerpts ({len(labels)} excerpts, rules {os.path.relpath(args.rules, ROOT)})")
    print(f"{'category':30} {'types':8} {'fired':>6} {'of':>5} {'share':>6}   {'on unrelated excerpts':>22}")
    for category, types in RISK_TYPES.items():
        own = [n for n, c in labels.items() if category in c]
        unrelated = [n for n, c in labels.items() if not (c & set(RISK_TYPES))]
        hit = sum(1 for n in own if fired.get(n, set()) & set(types))
        false = sum(1 for n in unrelated if fired.get(n, set()) & set(types))
        print(f"{category:30} {'/'.join(types):8} {hit:6d} {len(own):5d} {hit / max(1, len(own)):6.3f}   {false:>10d} of {len(unrelated)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
