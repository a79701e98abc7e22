#!/usr/bin/env python3
"""How often the provider and its counterparty are found, on CUAD contracts of one half.

CUAD holds no answer for who the provider is (its "Parties" column names both parties, not
their roles), so this counts coverage: the share of contracts whose report names both roles,
and how (parties clause, definition, usage). Whether a role is the right party is checked by
the labelled dev documents (`clausecheck eval`), and by reading the list this prints.

    scripts/bench-party-roles.py [--split dev|dev-a|dev-b] [--binary build/clausecheck] [--list]

The test half is never measured here: its contracts are not read while roles are tuned.
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

# One home for the split: the CUAD recall bench's own functions.
_spec = importlib.util.spec_from_file_location("bench_cuad_recall", os.path.join(HERE, "bench-cuad-recall.py"))
cuad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cuad)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "dev-a", "dev-b"], default="dev")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="print each contract's provider and counterparty")
    args = parser.parse_args()

    shared, test_names = cuad.load_split()
    txt_dir = os.path.join(shared, "cuad", "txt")
    names = sorted(os.path.splitext(f)[0] for f in os.listdir(txt_dir) if f.endswith(".txt"))
    names = [n for n in names if cuad.in_half(n, args.split, test_names)]
    out_dir = tempfile.mkdtemp(prefix="party-roles-")
    try:
        paths = [os.path.join(txt_dir, n + ".txt") for n in names]
        subprocess.run([args.binary, "scan", *paths, "--out", out_dir, "--format", "json", "--jobs", str(args.jobs),
                        "--quiet"], check=False, stdout=subprocess.DEVNULL)
        found = collections.Counter()
        for name in names:
            report_path = os.path.join(out_dir, name + ".txt.json")
            if not os.path.exists(report_path):
                found["no report"] += 1
                continue
            with open(report_path, encoding="utf-8") as f:
                parties = json.load(f)["parties"]
            provider, counterparty = parties["provider"], parties["counterparty"]
            both = provider["found"] and counterparty["found"]
            found[provider["evidence"] if both else "not determined"] += 1
            if args.list:
                print(f"{name[:70]:70} | {provider['name'] if both else '-'} | {counterparty['name'] if both else '-'}")
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    determined = sum(v for k, v in found.items() if k not in ("not determined", "no report"))
    print(f"CUAD {args.split} half, {len(names)} contracts (CUAD's text): provider and counterparty found in "
          f"{determined} ({determined / max(len(names), 1):.0%})")
    for how, count in sorted(found.items(), key=lambda kv: -kv[1]):
        print(f"  {how:16} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
