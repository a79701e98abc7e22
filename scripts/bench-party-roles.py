#!/usr/bin/env python3
"""How often the provider and its counterparty are found, and whether they are the right parties.

Coverage, on CUAD contracts of one half: CUAD holds no answer for who the provider is (its
"Parties" column names both parties, not their roles), so this counts the share of contracts
whose report names both roles, and how (parties clause, definition, usage).

Correctness (--check): the report's provider and counterparty against parties a person read,
in three sets: the labelled dev documents (corpus/real/dev/*.labels.json name "provider" and
"counterparty"), the fresh sets that have been read (fresh to fresh4, fresh7) and a hand-checked set
of CUAD dev-A contracts (corpus/real/party-roles-dev-a.json). Each document is counted right (both roles are the
labelled parties), swapped, wrong (a role names neither labelled party), or undetermined.

    scripts/bench-party-roles.py [--split dev|dev-a|dev-b] [--binary build/clausecheck] [--list]
    scripts/bench-party-roles.py --check [--binary build/clausecheck] [--list]

The test half is never measured here: its contracts are not read while roles are tuned.
"""
import argparse
import collections
import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REAL = os.path.join(ROOT, "corpus", "real")
DEV_LABELS = os.path.join(REAL, "dev")
READ_FRESH_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh7")
HAND_SET = os.path.join(ROOT, "corpus", "real", "party-roles-dev-a.json")

# One home for the split: the CUAD recall bench's own functions.
_spec = importlib.util.spec_from_file_location("bench_cuad_recall", os.path.join(HERE, "bench-cuad-recall.py"))
cuad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cuad)


def scan_parties(binary, paths, jobs):
    """{path: the report's "parties" object, or None when no report was written}."""
    out_dir = tempfile.mkdtemp(prefix="party-roles-")
    try:
        subprocess.run([binary, "scan", *paths, "--out", out_dir, "--format", "json", "--jobs", str(jobs), "--quiet"],
                       check=False, stdout=subprocess.DEVNULL)
        found = {}
        for path in paths:
            report_path = os.path.join(out_dir, os.path.basename(path) + ".json")
            if os.path.exists(report_path):
                with open(report_path, encoding="utf-8") as f:
                    found[path] = json.load(f)["parties"]
            else:
                found[path] = None
        return found
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


def unread_contracts():
    """Base names of the CUAD contracts kept unread: dev-B (counted, never read) less the fresh
    sets opened since, and the unread fresh set. --list does not print their names or roles, so
    that listing the roles of the dev half shows nothing of a set kept for measuring."""
    with open(os.path.join(os.path.dirname(HERE), "corpus", "real", "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    stem = lambda rel: os.path.splitext(os.path.basename(rel))[0]
    opened = {stem(rel) for key in ("risk_fresh", "risk_fresh2", "risk_fresh3", "risk_fresh4") for rel in split.get(key, [])}
    kept = {stem(rel) for rel in split.get("risk_fresh5", [])}
    return opened, kept


def coverage(args):
    shared, test_names = cuad.load_split()
    opened, kept = unread_contracts()
    hidden = 0
    txt_dir = os.path.join(shared, "cuad", "txt")
    names = sorted(os.path.splitext(f)[0] for f in os.listdir(txt_dir) if f.endswith(".txt"))
    names = [n for n in names if cuad.in_half(n, args.split, test_names)]
    paths = [os.path.join(txt_dir, n + ".txt") for n in names]
    reports = scan_parties(args.binary, paths, args.jobs)
    found = collections.Counter()
    for name, path in zip(names, paths):
        parties = reports[path]
        if parties is None:
            found["no report"] += 1
            continue
        provider, counterparty = parties["provider"], parties["counterparty"]
        both = provider["found"] and counterparty["found"]
        found[provider["evidence"] if both else "not determined"] += 1
        if args.list:
            if name in kept or (cuad.dev_part(name) == "B" and name not in opened):
                hidden += 1
            else:
                print(f"{name[:70]:70} | {provider['name'] if both else '-'} | {counterparty['name'] if both else '-'}")
    if args.list and hidden:
        print(f"(not listed: {hidden} contracts of dev-B and the unread fresh set, which are measured, not read)")
    determined = sum(v for k, v in found.items() if k not in ("not determined", "no report"))
    print(f"CUAD {args.split} half, {len(names)} contracts (CUAD's text): provider and counterparty found in "
          f"{determined} ({determined / max(len(names), 1):.0%})")
    for how, count in sorted(found.items(), key=lambda kv: -kv[1]):
        print(f"  {how:16} {count}")


# A party's name compared without case, punctuation, "the" or a legal suffix: "Hanover Direct,
# Inc." and "Hanover Direct" are one name.
LEGAL_SUFFIXES = {"inc", "ltd", "limited", "llc", "corp", "corporation", "co", "plc", "sa", "lp", "llp", "pty", "na",
                  "company", "gmbh", "ag", "nv", "bv"}


def name_key(name):
    words = re.sub(r"[^0-9a-z]+", " ", name.lower()).split()
    while words and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def labelled_names(text):
    """The names a person's description of a party gives it: 'Hanover Direct, Inc. ("HDI")' gives
    the company and its term; 'CCS and the Buyer (the "Relevant Authority")' each of CCS, the
    Buyer and the term; 'Centrack International (the Customer)' the company and the Customer;
    'Partner (gives Feedback ...)' the word before the explanation."""
    names = set(re.findall(r'"([^"]+)"', text))
    # An unquoted short term: "Centrack International (the Customer)".
    names.update(inside for inside in re.findall(r"\(([^()\"]+)\)", text) if len(inside.split()) <= 2)
    head = re.split(r"[(\[]", text, maxsplit=1)[0]
    names.add(head)
    names.update(re.split(r"\band\b", head))
    return {k for k in (name_key(n) for n in names) if k}


def reported_names(role):
    return {k for k in (name_key(n) for n in [role.get("name", "")] + role.get("names", [])) if k}


def judge(parties, provider, counterparty):
    """"right", "swapped", "wrong" or "undetermined"."""
    if parties is None or not (parties["provider"]["found"] and parties["counterparty"]["found"]):
        return "undetermined"
    want_p, want_c = labelled_names(provider), labelled_names(counterparty)
    got_p, got_c = reported_names(parties["provider"]), reported_names(parties["counterparty"])
    # A name both parties share ("Company" against "Company") settles nothing.
    shared = want_p & want_c
    want_p, want_c = want_p - shared, want_c - shared
    if got_p & want_p and got_c & want_c and not got_p & want_c and not got_c & want_p:
        return "right"
    if got_p & want_c and got_c & want_p:
        return "swapped"
    return "wrong"


def label_documents(shared, directory):
    """[(name, path of the document, provider, counterparty)] for the label files in `directory`
    that name both."""
    documents = []
    for label_path in sorted(glob.glob(os.path.join(directory, "*.labels.json"))):
        with open(label_path, encoding="utf-8") as f:
            gold = json.load(f)
        if not gold.get("provider") or not gold.get("counterparty"):
            continue
        stem = label_path[: -len(".labels.json")]
        if gold.get("document"):
            path = os.path.join(shared, gold["document"])
        else:
            beside = [p for p in glob.glob(stem + ".*") if not p.endswith(".labels.json")]
            if len(beside) != 1:
                continue
            path = beside[0]
        documents.append((os.path.basename(stem), path, gold["provider"], gold["counterparty"]))
    return documents


def hand_set_documents(shared, test_names):
    with open(HAND_SET, encoding="utf-8") as f:
        hand = json.load(f)
    documents = []
    for entry in hand["contracts"]:
        name = entry["contract"]
        if not cuad.in_half(name, "dev-a", test_names):
            sys.exit(f"{HAND_SET}: {name} is not a dev-A contract")
        documents.append((name, os.path.join(shared, "cuad", "txt", name + ".txt"), entry["provider"],
                          entry["counterparty"]))
    return documents


def correctness(args):
    shared, test_names = cuad.load_split()
    sets = [("dev label files (corpus/real/dev)", label_documents(shared, DEV_LABELS))]
    # The fresh sets that have been opened as dev material (corpus/real/README.md); the frozen
    # test set and the fresh sets still unread are never scored here.
    sets += [(f"read fresh label files (corpus/real/{name})", label_documents(shared, os.path.join(REAL, name)))
             for name in READ_FRESH_SETS]
    sets += [("hand-checked CUAD dev-A (corpus/real/party-roles-dev-a.json)", hand_set_documents(shared, test_names))]
    for title, documents in sets:
        reports = scan_parties(args.binary, [d[1] for d in documents], args.jobs)
        verdicts = collections.Counter()
        for name, path, provider, counterparty in documents:
            parties = reports[path]
            verdict = judge(parties, provider, counterparty)
            verdicts[verdict] += 1
            if args.list or verdict != "right":
                got = "-" if parties is None else f"{parties['provider']['name']} | {parties['counterparty']['name']}"
                print(f"  {verdict:12} {name[:60]:60} | {got}   (labelled: {provider} | {counterparty})")
        print(f"{title}: {len(documents)} documents, right {verdicts['right']}, swapped {verdicts['swapped']}, "
              f"wrong {verdicts['wrong']}, undetermined {verdicts['undetermined']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "dev-a", "dev-b"], default="dev")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="print each contract's provider and counterparty")
    parser.add_argument("--check", action="store_true",
                        help="compare the roles with the labelled dev documents and the hand-checked dev-A set")
    args = parser.parse_args()
    if args.check:
        correctness(args)
    else:
        coverage(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
