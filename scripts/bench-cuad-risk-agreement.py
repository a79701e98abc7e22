#!/usr/bin/env python3
"""Risk findings on CUAD contracts that CUAD's annotators give no ground for: a false-alarm floor.

CUAD's lawyers read every contract for each of 41 clause categories. Where they marked no
excerpt of a category in a contract, that contract almost surely has no clause of the kind,
so a risk finding that needs one is almost surely a false alarm: a termination-for-
convenience finding (TRM-01) in a contract with no "Termination For Convenience" excerpt, a
no-cap finding (RTL-02) in one where they marked a "Cap On Liability". No risk label is
needed, so this runs over hundreds of contracts nobody labelled, and it measures precision
only from below: a finding in a contract that has the category may still be wrong (the
clause may favour the provider, or sit below a threshold).

The dev half of CUAD is split as scripts/bench-cuad-recall.py says: dev-A is read (its
unsupported findings are listed with --show), dev-B is only counted, to see whether a
change generalises. The test half is never run.

  scripts/bench-cuad-risk-agreement.py [--split dev-ab|dev-a|dev-b|dev] [--show TYPE] [--binary build/clausecheck]
"""
import argparse
import collections
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# One home for the split and CUAD's excerpts: the CUAD recall bench's own functions.
_spec = importlib.util.spec_from_file_location("bench_cuad_recall", os.path.join(HERE, "bench-cuad-recall.py"))
cuad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cuad)

# A finding of the type needs at least one excerpt of one of these categories in the contract.
NEEDS_ONE_OF = {
    "TRM-01": ["Termination For Convenience"],
    "TRM-05": ["Change Of Control", "Anti-Assignment"],
    "EXC-01": ["Non-Compete", "Exclusivity", "Competitive Restriction Exception", "No-Solicit Of Customers"],
    "EXC-02": ["No-Solicit Of Employees"],
    "IPD-01": ["Ip Ownership Assignment", "Joint Ip Ownership"],
    "PRF-02": ["Liquidated Damages"],
    "PRF-04": ["Audit Rights"],
    "INS-01": ["Insurance"],
    "TRM-07": ["Post-Termination Services"],
}
# A finding of the type (an absence finding) is contradicted by an excerpt of this category.
CONTRADICTED_BY = {
    "RTL-02": ["Cap On Liability"],
}
CATEGORIES = sorted({c for cats in list(NEEDS_ONE_OF.values()) + list(CONTRADICTED_BY.values()) for c in cats})


def unsupported(finding_type, categories_present):
    if finding_type in NEEDS_ONE_OF:
        return not any(c in categories_present for c in NEEDS_ONE_OF[finding_type])
    return any(c in categories_present for c in CONTRADICTED_BY[finding_type])


def scan(binary, paths, out_dir, jobs):
    subprocess.run([binary, "scan", *paths, "--out", out_dir, "--format", "json", "--jobs", str(jobs), "--quiet"],
                   check=False, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "dev-a", "dev-b", "dev-ab"], default="dev-ab")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", metavar="TYPE", help="list dev-A's unsupported findings of TYPE with their words")
    args = parser.parse_args()

    shared, test_names = cuad.load_split()
    cuad_dir = os.path.join(shared, "cuad")
    excerpts = cuad.load_excerpts(cuad_dir, CATEGORIES)
    files = cuad.text_files(cuad_dir, list(excerpts))
    halves = ["dev-a", "dev-b"] if args.split == "dev-ab" else [args.split]
    types = sorted(list(NEEDS_ONE_OF) + list(CONTRADICTED_BY))
    for half in halves:
        names = sorted((n, f) for n, f in files.items() if cuad.in_half(f, half, test_names))
        out_dir = tempfile.mkdtemp(prefix="cuad-risk-")
        try:
            scan(args.binary, [os.path.join(cuad_dir, "txt", f + ".txt") for _, f in names], out_dir, args.jobs)
            counts = {t: [0, 0] for t in types}  # contracts with a finding, of them unsupported
            shown, missing = [], 0
            for name, file_name in names:
                report_path = os.path.join(out_dir, file_name + ".txt.json")
                if not os.path.exists(report_path):
                    missing += 1
                    continue
                with open(report_path, encoding="utf-8") as f:
                    findings = json.load(f)["findings"]
                present = set(excerpts.get(name, {}))
                by_type = collections.defaultdict(list)
                for finding in findings:
                    if finding["taxonomy"] in counts:
                        by_type[finding["taxonomy"]].append(finding)
                for finding_type, found in by_type.items():
                    counts[finding_type][0] += 1
                    if unsupported(finding_type, present):
                        counts[finding_type][1] += 1
                        if half == "dev-a" and args.show == finding_type:
                            shown.append((file_name, found))
        finally:
            shutil.rmtree(out_dir, ignore_errors=True)
        print(f"CUAD {half} half, {len(names)} contracts: contracts with a finding of the type, and of them those "
              f"where CUAD's annotators give no ground for it")
        print(f"{'type':7} {'contracts':>9} {'unsupported':>11} {'share':>6}  ground")
        total = [0, 0]
        for t in types:
            with_finding, bad = counts[t]
            total[0] += with_finding
            total[1] += bad
            share = f"{bad / with_finding:.2f}" if with_finding else "-"
            ground = ("needs " + " | ".join(NEEDS_ONE_OF[t])) if t in NEEDS_ONE_OF else \
                ("contradicted by " + " | ".join(CONTRADICTED_BY[t]))
            print(f"{t:7} {with_finding:9d} {bad:11d} {share:>6}  {ground}")
        share = f"{total[1] / total[0]:.2f}" if total[0] else "-"
        print(f"{'all':7} {total[0]:9d} {total[1]:11d} {share:>6}")
        if missing:
            print(f"{missing} contracts gave no report")
        print()
        for file_name, found in shown:
            print(f"UNSUPPORTED [{args.show}] {file_name}")
            for finding in found:
                words = " ".join(finding.get("text", "").split())[:300]
                print(f"  {finding.get('clause') or '(document)'}: {words or finding['message'][:200]}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
