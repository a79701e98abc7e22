#!/usr/bin/env python3
"""Which rule examples were copied from documents that are kept for measurement.

A rule's `example` and `counter` sentences (rules/**/*.rules) and the clause sets'
sentences (scripts/clause-sets/*.tsv) are what the pack is fitted to. A sentence copied
from a document the team only measures on (the frozen test split, the CUAD test half, the
unread fresh sets, CUAD's dev-B part, which the benches count but never read, less the fresh sets
read since) makes that
measure a measure of fit. This script finds such copies: for every example it looks for
its word 8-grams in each measured document and reports the example when at least half of
its 8-grams (and at least three) occur in one document, and no document outside the
measured ones holds it. It exits 1 when it finds a copy that is not in
scripts/example-sources-known.tsv: the copies made before this check existed, listed so
that each measure can say what it includes (docs/eval.md), and so that no new one is made.

    scripts/check-example-sources.py            # report, exit 1 when a protected document is quoted
    scripts/check-example-sources.py --all      # also list those a dev document holds too
    scripts/check-example-sources.py --write-known   # rewrite the known list (say why in the commit)
    scripts/check-example-sources.py --labels corpus/real/fresh4 --without-quoted /tmp/f4
        # how many of a label set's labels quote a sentence the pack's examples hold, and a
        # copy of the set without them (`clausecheck eval /tmp/f4` scores what is left)

Boilerplate ("shall indemnify, defend and hold harmless ...") can occur in many contracts;
the report gives the number of documents each example was found in, so a sentence found
in twenty contracts reads as common drafting, not as a copy of one.

Documents: CUAD text from ../shared/cuad/txt; documents of ../shared/corpus named by the
label files are read with `pdftotext -layout` (DOCX and text as they are), cached under
$TMPDIR.
"""
import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KNOWN = ROOT / "scripts" / "example-sources-known.tsv"
N = 8

spec = importlib.util.spec_from_file_location("cuad_recall", ROOT / "scripts" / "bench-cuad-recall.py")
cuad_recall = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cuad_recall)


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def rule_examples():
    """(source, text) for every example and counter of every rule file and clause set."""
    out = []
    quoted = re.compile(r'^\s*(example|counter)\s+"((?:[^"\\]|\\.)*)"')
    for path in sorted((ROOT / "rules").rglob("*.rules")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = quoted.match(line)
            if m:
                out.append((f"{path.relative_to(ROOT)}:{number}", m.group(2).replace('\\"', '"')))
    for path in sorted((ROOT / "scripts" / "clause-sets").glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            longest = max(line.split("\t"), key=len)
            out.append((f"{path.relative_to(ROOT)}:{number}", longest))
    return out


def document_text(path):
    """The text of a document under ../shared, read once and cached."""
    if path.suffix.lower() in (".txt", ".md"):
        return path.read_text(encoding="utf-8", errors="replace")
    cache = Path(tempfile.gettempdir()) / "clausecheck-example-sources"
    cache.mkdir(exist_ok=True)
    key = cache / (hashlib.sha256(str(path).encode()).hexdigest() + ".txt")
    if not key.exists():
        if path.suffix.lower() == ".pdf":
            text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                                  text=True, errors="replace").stdout
        elif path.suffix.lower() == ".docx":
            import zipfile
            with zipfile.ZipFile(path) as z:
                text = re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8", "replace"))
        else:
            text = ""
        key.write_text(text, encoding="utf-8")
    return key.read_text(encoding="utf-8")


def documents():
    """[(identity, Path, groups)]: every document the team has, each with the measurement
    groups that keep it (empty for a dev document). CUAD contracts are read from their text;
    a CUAD contract that is also in a risk set is one document with both groups."""
    split = json.loads((ROOT / "corpus" / "real" / "split.json").read_text(encoding="utf-8"))
    test_names = set(split["cuad_test"])
    docs = {}

    def add(identity, path, group=None):
        entry = docs.setdefault(identity, [path, set()])
        if group:
            entry[1].add(group)

    for txt in sorted((SHARED / "cuad" / "txt").glob("*.txt")):
        if txt.stem in test_names:
            add(txt.stem, txt, "cuad_test")
        elif cuad_recall.dev_part(txt.stem) == "B":
            add(txt.stem, txt, "cuad_dev_b")
        else:
            add(txt.stem, txt)
    for path in sorted((SHARED / "corpus").rglob("*")):
        if path.is_file() and path.suffix.lower() in (".pdf", ".docx", ".txt", ".md"):
            add(str(path.relative_to(SHARED)), path)
    for key in ("risk_test", "risk_fresh5", "risk_fresh6", "risk_fresh7"):
        for rel in split.get(key, []):
            if rel.startswith("cuad/pdf/"):
                add(Path(rel).stem, SHARED / "cuad" / "txt" / (Path(rel).stem + ".txt"), key)
            else:
                add(rel, SHARED / rel, key)
    # The first four fresh sets have been read since they were scored: dev material now, even
    # where their contracts are in dev-B.
    for key in ("risk_fresh", "risk_fresh2", "risk_fresh3", "risk_fresh4"):
        for rel in split.get(key, []):
            identity = Path(rel).stem if rel.startswith("cuad/pdf/") else rel
            if identity in docs:
                docs[identity][1].discard("cuad_dev_b")
    return [(identity, path, groups) for identity, (path, groups) in sorted(docs.items())]


PROTECTED = ["risk_test", "cuad_test", "risk_fresh5", "risk_fresh6", "risk_fresh7", "cuad_dev_b"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true",
                        help="also list examples found in protected documents that a dev document holds too")
    parser.add_argument("--write-known", action="store_true",
                        help="write every copy found to scripts/example-sources-known.tsv")
    parser.add_argument("--labels", type=Path, help="a label folder to check against the examples")
    parser.add_argument("--without-quoted", type=Path,
                        help="with --labels: write its label files, less the labels on quoted sentences, here")
    args = parser.parse_args()
    if not (SHARED / "cuad" / "txt").is_dir():
        print(f"{SHARED / 'cuad' / 'txt'}: not found; the check needs ../shared", file=sys.stderr)
        return 77

    examples = [(src, text, grams(words(text))) for src, text in rule_examples()]
    examples = [e for e in examples if len(e[2]) >= 3]
    index = {}
    for i, (_, _, gs) in enumerate(examples):
        for g in gs:
            index.setdefault(g, []).append(i)

    found = {}  # example index -> [(identity, groups)]
    for identity, path, groups in documents():
        if not path.exists():
            print(f"warning: {path}: not found", file=sys.stderr)
            continue
        hits = {}
        for g in grams(words(document_text(path))):
            for i in index.get(g, ()):
                hits[i] = hits.get(i, 0) + 1
        for i, count in hits.items():
            if count >= max(3, len(examples[i][2]) // 2):
                found.setdefault(i, []).append((identity, groups))

    if args.labels:
        return check_labels(args.labels, examples, index, args.without_quoted)

    for group in PROTECTED:
        rows = []
        for i in sorted(found):
            where = found[i]
            mine = [identity for identity, groups in where if group in groups]
            if not mine:
                continue
            only_protected = all(groups for _, groups in where)
            if only_protected or args.all:
                rows.append((i, mine, len(where), only_protected))
        print(f"== {group}: {sum(1 for r in rows if r[3])} examples found only in protected documents")
        for i, mine, spread, only_protected in rows:
            src, text, _ = examples[i]
            mark = "" if only_protected else "  (a dev document has it too)"
            print(f"  {src}  [{spread} document(s)]{mark}  {mine[0][:70]}")
            print(f"      {text[:150]}")
    copies = sorted(i for i, where in found.items() if all(groups for _, groups in where))
    if args.write_known:
        lines = ["# Rule examples and clause-set sentences found only in measured documents (see\n"
                 "# scripts/check-example-sources.py): key, the groups of the documents, the example.\n"]
        for i in copies:
            groups = sorted(set().union(*(g for _, g in found[i])))
            lines.append(f"{example_key(examples[i][1])}\t{','.join(groups)}\t{examples[i][1][:120]}\n")
        KNOWN.write_text("".join(sorted(set(lines), key=lambda l: (not l.startswith("#"), l))), encoding="utf-8")
    known = set()
    if KNOWN.exists():
        known = {line.split("\t")[0] for line in KNOWN.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
    new = [i for i in copies if example_key(examples[i][1]) not in known]
    for i in new:
        print(f"new copy: {examples[i][0]}: found only in {', '.join(d for d, _ in found[i])[:200]}")
    print(f"examples checked: {len(examples)}; found only in measured documents: {len(copies)} "
          f"({len(copies) - len(new)} known, {len(new)} new)")
    return 1 if new else 0


def example_key(text):
    """A key that survives the example moving within its file."""
    return hashlib.sha256(" ".join(words(text)).encode()).hexdigest()[:16]


def check_labels(folder, examples, index, out):
    """Counts the labels of `folder` whose quote shares half its 8-grams with an example;
    writes the folder's label files without them to `out` when asked."""
    quoted = total = 0
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob("*.labels.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        kept = []
        for label in data.get("labels", []):
            total += 1
            gs = grams(words(label.get("quote", "")))
            hits = {}
            for g in gs:
                for i in index.get(g, ()):
                    hits[i] = hits.get(i, 0) + 1
            if gs and any(count >= max(3, len(gs) // 2) for count in hits.values()):
                quoted += 1
            else:
                kept.append(label)
        if out:
            data["labels"] = kept
            (out / path.name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{folder}: {quoted} of {total} labels quote a sentence the pack's examples hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
