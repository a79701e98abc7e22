#!/usr/bin/env python3
"""How often the risk rules fire on CUAD's annotated clauses, one excerpt at a time.

bench-cuad-recall.py measures the clause detectors (rules/detect) on whole contracts. This
script asks a narrower question of the risk pack (rules/default): scanned alone, does an
excerpt that CUAD's annotators marked as, say, "Change Of Control" make a rule of the
matching taxonomy type fire (TRM-05)? And how often does that type fire on excerpts marked
only with unrelated categories (Governing Law, Insurance, ...)? A CUAD category is a clause
type, not a risk: a mutual termination right is a "Termination For Convenience" clause but
no TRM-01 risk, so the first figure is a proxy for recall whose ceiling is well below 1.

Only the dev half is read: contracts in split.json's cuad_test or risk_test are left out.
The dev half is split as scripts/bench-cuad-recall.py says (dev_part): dev-A's missed
excerpts may be read (--show-misses) and the vocabulary fitted to them; dev-B is only
counted, to see whether a change generalises.

  scripts/cuad-risk-rule-excerpts.py [--split dev-ab|dev-a|dev-b|dev] [--show-misses CATEGORY]
                                     [--binary build/clausecheck] [--rules rules/default]
"""
import argparse
import importlib.util
import json
import os
import shutil
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
    # An uncapped liability is mostly an indemnity outside the cap; a filed excerpt seldom
    # says which party gives it, so this share is a proxy too.
    "Uncapped Liability": ["RTL-01"],
    "Liquidated Damages": ["PRF-02"],
}
# Categories with no counterpart among those types: their excerpts are the false-alarm check.
UNRELATED = ["Governing Law", "Insurance", "Cap On Liability", "License Grant", "Renewal Term", "Minimum Commitment",
             "Revenue/Profit Sharing", "Warranty Duration", "Third Party Beneficiary", "Price Restrictions", "Anti-Assignment", "Competitive Restriction Exception",
             "Covenant Not To Sue"]


# One home for the split and CUAD's excerpts: the CUAD recall bench's own functions.
_spec = importlib.util.spec_from_file_location("bench_cuad_recall", os.path.join(HERE, "bench-cuad-recall.py"))
cuad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cuad)


def risk_test_names():
    """CUAD contracts labelled for the frozen risk test set: never read, whatever the half."""
    with open(os.path.join(ROOT, "corpus", "real", "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    return {os.path.splitext(os.path.basename(p))[0] for p in split["risk_test"] + split.get("risk_test_added", [])
            if p.startswith("cuad/")}


def half_excerpts(half):
    """{excerpt text: set of its categories} over the contracts of one half of dev."""
    shared, test_names = cuad.load_split()
    cuad_dir = os.path.join(shared, "cuad")
    by_contract = cuad.load_excerpts(cuad_dir, list(RISK_TYPES) + UNRELATED)
    files = cuad.text_files(cuad_dir, list(by_contract))
    held_out = risk_test_names()
    out = {}
    for name, file_name in sorted(files.items()):
        if file_name in held_out or not cuad.in_half(file_name, half, test_names):
            continue
        for category, texts in by_contract[name].items():
            for text in texts:
                out.setdefault(text.strip(), set()).add(category)
    return out


def scan_excerpts(binary, rules, per_text):
    """{excerpt text: set of taxonomy types that fired}, each excerpt scanned as its own document."""
    work = tempfile.mkdtemp(prefix="cuad-risk-")
    try:
        in_dir, out_dir = os.path.join(work, "in"), os.path.join(work, "out")
        os.makedirs(in_dir)
        names = {}
        for text in sorted(per_text):
            name = f"{len(names):05d}.txt"
            with open(os.path.join(in_dir, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            names[name] = text
        subprocess.run([binary, "scan", in_dir, "--rules", rules, "--out", out_dir, "--format", "json", "--quiet"],
                       check=False, stdout=subprocess.DEVNULL)
        fired = {}
        for name, text in names.items():
            path = os.path.join(out_dir, name + ".json")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    fired[text] = {x.get("taxonomy") or "" for x in json.load(f).get("findings", [])}
        return fired
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "dev-a", "dev-b", "dev-ab"], default="dev-ab")
    ap.add_argument("--show-misses", metavar="CATEGORY",
                    help="print dev-A's excerpts of CATEGORY on which no rule of its types fired (never dev-B's)")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules", "default"))
    args = ap.parse_args()
    if args.show_misses and args.show_misses not in RISK_TYPES:
        ap.error(f"--show-misses takes one of: {', '.join(RISK_TYPES)}")

    halves = ["dev-a", "dev-b"] if args.split == "dev-ab" else [args.split]
    for half in halves:
        per_text = half_excerpts(half)
        fired = scan_excerpts(args.binary, args.rules, per_text)
        print(f"Risk rules on CUAD {half} excerpts ({len(per_text)} excerpts, rules {os.path.relpath(args.rules, ROOT)})")
        print(f"{'category':30} {'types':8} {'fired':>6} {'of':>5} {'share':>6}   {'on unrelated excerpts':>22}")
        unrelated = [t for t, c in per_text.items() if not (c & set(RISK_TYPES))]
        for category, types in RISK_TYPES.items():
            own = [t for t, c in per_text.items() if category in c]
            hit = sum(1 for t in own if fired.get(t, set()) & set(types))
            false = sum(1 for t in unrelated if fired.get(t, set()) & set(types))
            print(f"{category:30} {'/'.join(types):8} {hit:6d} {len(own):5d} {hit / max(1, len(own)):6.3f}"
                  f"   {false:>10d} of {len(unrelated)}")
        print()
        if args.show_misses and half == "dev-a":
            types = set(RISK_TYPES[args.show_misses])
            for text, categories in sorted(per_text.items()):
                if args.show_misses in categories and not (fired.get(text, set()) & types):
                    print(f"MISS [{args.show_misses}] {' '.join(text.split())[:700]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
