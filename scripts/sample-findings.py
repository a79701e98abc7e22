#!/usr/bin/env python3
"""A uniform random sample of risk findings on CUAD dev-A contracts nobody labelled, to audit by hand.

The frozen test set measures precision only on the documents it labels. To see how often a
finding is right on drafting nobody here read, scan every CUAD contract of the dev-A part
(scripts/bench-cuad-recall.py: dev_part / in_half; never a cuad_test contract, never dev-B)
that has no label file in corpus/real (neither a dev label file nor a risk_test document),
collect every risk finding, and draw N of them uniformly at random with a fixed seed. Each
is printed with its rule, type, clause, page, matched words and the text around them, so a
reader can judge it against the taxonomy from the provider's side. The same binary, pack,
seed and N always draw the same findings.

A finished audit (a JSONL file of verdicts, docs/eval.md "Auditing sampled findings") is
summarised with --score: precision = right / (right + wrong), with its Wilson 95 % interval,
and the count of each cause of a wrong finding.

  scripts/sample-findings.py --seed 1 -n 80 [--jsonl] [--binary build/clausecheck]
  scripts/sample-findings.py --score corpus/real/finding-audit/dev-a-seed1.jsonl

A second judge re-reads a finished audit blind with --blind (each finding with its context,
the verdict, cause and note left out), and --agree compares two judges' verdicts on the same
findings: percent agreement and Cohen's kappa.

  scripts/sample-findings.py --blind corpus/real/finding-audit/dev-a-seed1.jsonl [--jsonl]
  scripts/sample-findings.py --agree dev-a-seed1.jsonl dev-a-seed1-judge2.jsonl
"""
import argparse
import collections
import glob
import importlib.util
import json
import math
import os
import random
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

CONTEXT = 700  # characters of the contract shown either side of the matched words

VERDICTS = ("right", "wrong", "unsure")
CAUSES = ("role wrong", "vocabulary too loose", "absence rule though the protection exists",
          "wrong document kind", "outline split-merge", "other")


def labelled_cuad_names():
    """Base names of the CUAD contracts that have a label file in corpus/real, read from the
    dev label files' "document" and from split.json's lists of labelled held-out documents
    (so that no test label file is opened)."""
    with open(os.path.join(ROOT, "corpus", "real", "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    # Every list of labelled documents: the test split and each fresh set, the later ones
    # (fresh6, fresh7) too.
    documents = [d for key, value in split.items() if key.startswith("risk_") and isinstance(value, list) for d in value
                 if isinstance(d, str)]
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "real", "dev", "*.labels.json"))):
        with open(path, encoding="utf-8") as f:
            documents.append(json.load(f).get("document", ""))
    # corpus/cuad-subset/ holds copies of CUAD contracts under their CUAD names.
    return {os.path.splitext(os.path.basename(d))[0] for d in documents}


def population(shared):
    """The dev-A contracts with no label file: sorted base names of their files in txt/."""
    _, test_names = cuad.load_split()
    labelled = labelled_cuad_names()
    names = [os.path.splitext(f)[0] for f in os.listdir(os.path.join(shared, "cuad", "txt")) if f.endswith(".txt")]
    return sorted(n for n in names if cuad.in_half(n, "dev-a", test_names) and n not in labelled)


def collect_findings(binary, shared, names, jobs):
    """Every finding of the default pack on the contracts, in a fixed order (contract, then
    the report's own order)."""
    out_dir = tempfile.mkdtemp(prefix="sample-findings-")
    try:
        paths = [os.path.join(shared, "cuad", "txt", n + ".txt") for n in names]
        subprocess.run([binary, "scan", *paths, "--out", out_dir, "--format", "json", "--jobs", str(jobs), "--quiet"],
                       check=False, stdout=subprocess.DEVNULL)
        findings = []
        for name in names:
            report_path = os.path.join(out_dir, name + ".txt.json")
            if not os.path.exists(report_path):
                print(f"no report for {name}", file=sys.stderr)
                continue
            with open(report_path, encoding="utf-8") as f:
                report = json.load(f)
            parties = report.get("parties", {})
            for index, finding in enumerate(report["findings"]):
                findings.append((name, index, finding, parties, report["document"].get("kind", "")))
        return findings
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


_clause_texts = {}


def clause_texts(binary, path):
    """Each clause's own text by citation, as `clausecheck extract` reads the contract: the
    text a finding's clause holds (the report's spans index the normalised text, not the
    file, so they cannot be read in the file)."""
    if path not in _clause_texts:
        texts = {}
        try:
            out = subprocess.run([binary, "extract", path], capture_output=True, text=True, check=False).stdout
            stack = list(json.loads(out).get("clauses", []))
            while stack:
                clause = stack.pop()
                texts.setdefault(clause.get("citation", ""), " ".join(clause.get("text", "").split()))
                stack.extend(clause.get("children", []))
        except (OSError, ValueError):
            pass
        _clause_texts[path] = texts
    return _clause_texts[path]


def context(binary, shared, name, clause, words):
    """The contract's text around a finding's words: found in the finding's own clause, so
    words that also occur elsewhere (a defined term in the definitions) are shown where the
    rule read them; the first place they occur in the contract when the clause has no such
    words. Whitespace is folded, as the record keeps the words."""
    path = os.path.join(shared, "cuad", "txt", name + ".txt")
    words = " ".join(words.split())
    text = clause_texts(binary, path).get(clause, "") if clause else ""
    begin = text.find(words[:120]) if words else -1
    if begin < 0:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = " ".join(f.read().split())
        begin = text.find(words[:120]) if words else -1
    if begin < 0:
        return None
    end = begin + len(words)
    return text[max(0, begin - CONTEXT):begin], text[end:end + CONTEXT]


def context_line(binary, shared, name, clause, words):
    """The line a draw or a blind audit prints for a finding's words."""
    around = context(binary, shared, name, clause, words)
    if around is None:
        return f"    (words not found) >>>{words}<<<"
    return f"    ...{around[0]} >>>{words}<<< {around[1]}..."


def record(name, finding, parties, kind):
    return {"contract": name, "rule": finding["rule_id"], "type": finding["taxonomy"],
            "clause": finding.get("clause", ""), "page": finding.get("page", 0),
            "absence": finding.get("absence", False), "kind": kind,
            "provider": parties.get("provider", {}).get("name", ""),
            "counterparty": parties.get("counterparty", {}).get("name", ""),
            "words": " ".join(finding.get("text", "").split())}


def wilson_interval(successes, trials, z=1.96):
    """Wilson score interval at 95 %, as the engine's eval computes it (engine/src/evaluation.cpp)."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


# What a judge wrote about a finding: left out of a blind re-reading.
JUDGEMENT = ("verdict", "cause", "note")


def blind(path, shared, as_jsonl, binary):
    """Each finding of an audit without its judgement: as JSON records to fill in, or printed
    with the contract text around its words (context())."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for number, row in enumerate(rows, 1):
        row = {k: v for k, v in row.items() if k not in JUDGEMENT}
        if as_jsonl:
            print(json.dumps(row, ensure_ascii=False))
            continue
        name = row["contract"]
        words = row.get("words", "")
        print(f"=== {row.get('n', number)}. {name}")
        print(f"    {row['rule']} [{row['type']}] clause {row.get('clause') or '(document)'} page {row.get('page', 0)}"
              f"  provider {row.get('provider', '')!r}")
        if words:
            print(context_line(binary, shared, name, row.get("clause", ""), words))
        print()


def cohen_kappa(pairs):
    """Cohen's kappa of two judges' labels, given as (first, second) pairs."""
    n = len(pairs)
    if n == 0:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first = collections.Counter(a for a, _ in pairs)
    second = collections.Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agree(first_path, second_path):
    """Agreement of two audits of the same findings (the same records in the same order)."""
    rows = []
    for path in (first_path, second_path):
        with open(path, encoding="utf-8") as f:
            rows.append([json.loads(line) for line in f if line.strip()])
    if len(rows[0]) != len(rows[1]):
        raise SystemExit(f"{first_path} has {len(rows[0])} findings, {second_path} {len(rows[1])}")
    for line_number, (a, b) in enumerate(zip(*rows), 1):
        if (a["contract"], a["rule"], a.get("words", "")) != (b["contract"], b["rule"], b.get("words", "")):
            raise SystemExit(f"finding {line_number} differs between the two files")
    pairs = [(a["verdict"], b["verdict"]) for a, b in zip(*rows)]
    table = collections.Counter(pairs)
    print(f"{len(pairs)} findings judged twice (rows: {first_path}, columns: {second_path})")
    print("          " + "".join(f"{v:>8}" for v in VERDICTS))
    for a in VERDICTS:
        print(f"{a:>10}" + "".join(f"{table[(a, b)]:>8}" for b in VERDICTS))
    agreed = sum(a == b for a, b in pairs)
    print(f"all three verdicts: agree {agreed}/{len(pairs)} = {agreed / len(pairs):.3f}, "
          f"Cohen's kappa {cohen_kappa(pairs):.3f}")
    decided = [(a, b) for a, b in pairs if "unsure" not in (a, b)]
    agreed = sum(a == b for a, b in decided)
    if decided:
        print(f"right/wrong, both judges decided: agree {agreed}/{len(decided)} = {agreed / len(decided):.3f}, "
              f"Cohen's kappa {cohen_kappa(decided):.3f}")
    both_wrong = [(a.get("cause"), b.get("cause")) for a, b in zip(*rows) if a["verdict"] == b["verdict"] == "wrong"]
    if both_wrong:
        same = sum(a == b for a, b in both_wrong)
        print(f"cause of a finding both judged wrong: same {same}/{len(both_wrong)}")
    for name, path in (("first", first_path), ("second", second_path)):
        column = 0 if name == "first" else 1
        right = sum(p[column] == "right" for p in pairs)
        wrong = sum(p[column] == "wrong" for p in pairs)
        low, high = wilson_interval(right, right + wrong)
        print(f"{name} judge: precision {right}/{right + wrong} = {right / max(1, right + wrong):.3f} "
              f"95% CI [{low:.3f}, {high:.3f}]")


def score(path):
    verdicts = collections.Counter()
    causes = collections.Counter()
    by_type = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as f:
        for line_number, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["verdict"] not in VERDICTS:
                raise SystemExit(f"{path}:{line_number}: verdict must be one of {VERDICTS}")
            verdicts[row["verdict"]] += 1
            by_type[row["type"]][row["verdict"]] += 1
            if row["verdict"] == "wrong":
                if row.get("cause") not in CAUSES:
                    raise SystemExit(f"{path}:{line_number}: a wrong finding needs a cause, one of {CAUSES}")
                causes[row["cause"]] += 1
    right, wrong = verdicts["right"], verdicts["wrong"]
    low, high = wilson_interval(right, right + wrong)
    precision = right / (right + wrong) if right + wrong else 0.0
    print(f"{path}: {sum(verdicts.values())} findings, right {right}, wrong {wrong}, unsure {verdicts['unsure']}")
    print(f"precision {precision:.3f}  95% CI [{low:.3f}, {high:.3f}]")
    for cause, count in causes.most_common():
        print(f"  wrong, {cause}: {count}")
    print("by type (right/wrong/unsure): " + ", ".join(
        f"{t} {c['right']}/{c['wrong']}/{c['unsure']}" for t, c in sorted(by_type.items())))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-n", type=int, default=80, help="findings to draw")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--jsonl", action="store_true", help="one JSON record per finding (no context), to fill in")
    parser.add_argument("--score", metavar="AUDIT.jsonl", help="summarise a finished audit instead of drawing")
    parser.add_argument("--blind", metavar="AUDIT.jsonl", help="show an audit's findings without their verdicts")
    parser.add_argument("--agree", nargs=2, metavar="AUDIT.jsonl", help="agreement of two audits of the same findings")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return 0
    if args.agree:
        agree(*args.agree)
        return 0
    if args.blind:
        blind(args.blind, cuad.load_split()[0], args.jsonl, args.binary)
        return 0

    shared, _ = cuad.load_split()
    names = population(shared)
    findings = collect_findings(args.binary, shared, names, args.jobs)
    types = collections.Counter(f[2]["taxonomy"] for f in findings)
    print(f"population: {len(names)} unlabelled CUAD dev-A contracts, {len(findings)} findings "
          f"({', '.join(f'{t} {c}' for t, c in sorted(types.items()))})", file=sys.stderr)
    sample = sorted(random.Random(args.seed).sample(range(len(findings)), min(args.n, len(findings))))
    for number, i in enumerate(sample, 1):
        name, _, finding, parties, kind = findings[i]
        row = record(name, finding, parties, kind)
        if args.jsonl:
            print(json.dumps(row, ensure_ascii=False))
            continue
        print(f"=== {number}. {name}")
        print(f"    {row['rule']} [{row['type']}] clause {row['clause'] or '(document)'} page {row['page']}"
              f"{' ABSENCE' if row['absence'] else ''}  kind {kind}  provider {row['provider']!r}"
              f"  counterparty {row['counterparty']!r}")
        print(f"    message: {finding['message']}")
        if row["words"]:
            print(context_line(args.binary, shared, name, row["clause"], row["words"]))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
