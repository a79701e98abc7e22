#!/usr/bin/env python3
"""CUAD clause-type recall of the clause detectors (rules/detect).

For each CUAD category that feeds a risk type, take the excerpts CUAD's annotators marked
(master_clauses.csv), locate each in the contract's text (txt/), and count it found when a
detector tagged with that category ("cuad:<Category>") matched words overlapping it. This
measures clause detection only, before any risk judgement (which party holds the right,
thresholds). Contracts are split as corpus/real/split.json says: the test half is
split.json's cuad_test, the dev half every other contract. The dev half is split once more
(dev_part below): dev-A is read (its misses are printed) and patterns are fitted to it; dev-B
is only measured, to see whether a change generalises. The test half prints counts, never
its misses.

  scripts/bench-cuad-recall.py --split dev-ab [--show-misses CATEGORY] [--binary build/clausecheck]
"""
import argparse
import ast
import bisect
import csv
import hashlib
import json
import os
import re
import shutil
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


def dev_part(file_name):
    """"A" or "B": the part of the dev half a contract (its base name in txt/) falls in, by
    the first byte of the SHA-256 of its name: even is dev-A (read and fitted), odd is dev-B
    (measured only). Fixed here so that the parts never move."""
    return "A" if hashlib.sha256(file_name.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def in_half(file_name, half, test_names):
    """Whether a contract (its base name in txt/) is in the half asked for: "test", "dev",
    or one part of dev, "dev-a" or "dev-b"."""
    if half == "test":
        return file_name in test_names
    if file_name in test_names:
        return False
    return half == "dev" or half == "dev-" + dev_part(file_name).lower()


def text_files(cuad_dir, csv_names):
    """{name in master_clauses.csv: base name of its file in txt/}. Most are the same; a few
    files were renamed ("&" and "'" written "_", a trailing space or "-" dropped), so a name
    not found as it is is looked up by its letters and digits alone. Names with no file
    are left out."""
    files = [os.path.splitext(f)[0] for f in os.listdir(os.path.join(cuad_dir, "txt")) if f.endswith(".txt")]
    key = lambda name: re.sub(r"[^0-9A-Za-z]", "", name)
    by_key = {}
    for f in files:
        by_key.setdefault(key(f), []).append(f)
    out = {}
    for name in csv_names:
        if name in files:
            out[name] = name
        elif len(by_key.get(key(name), [])) == 1:
            out[name] = by_key[key(name)][0]
    return out


def load_excerpts(cuad_dir, categories=None):
    """{contract base name: {category: [excerpt, ...]}} for the categories given (default:
    the mapped ones); categories="all" takes every one of CUAD's 41 (each column with an
    "-Answer" column beside it)."""
    csv.field_size_limit(1 << 30)
    out = {}
    with open(os.path.join(cuad_dir, "master_clauses.csv"), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if categories == "all":
            columns = set(reader.fieldnames)
            categories = [c for c in reader.fieldnames
                          if any(a in columns for a in (c + "-Answer", c + "- Answer"))]
        for row in reader:
            name = os.path.splitext(row["Filename"])[0]
            cats = {}
            for cat in categories or CATEGORIES:
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

# A rough sentence: text up to a full stop, question or exclamation mark, or a semicolon or
# colon at the end of a line, followed by white space. Used only to say how broad a
# detector is (the share of sentences it fires in), so it need not match the engine's.
SENTENCE_END = re.compile(r"[.!?](?=\s)|[;:](?=\s*\n)")


def sentence_starts(text):
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def sentences_hit(starts, spans):
    """The indices of the sentences (from sentence_starts) that the spans overlap."""
    hit = set()
    for b, e in spans:
        first = bisect.bisect_right(starts, b) - 1
        last = bisect.bisect_left(starts, e) - 1
        hit.update(range(first, max(first, last) + 1))
    return hit


def locate_part(text, part):
    words = WORD.findall(part)
    if not words:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    m = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def locate(text, excerpt):
    """(begin, end) character offsets of the excerpt in text, whitespace-insensitive; None if
    absent. CUAD joins the pieces of one clause with "<omitted>": each piece must be found,
    and the excerpt runs from the first to the last."""
    spans = [locate_part(text, part) for part in excerpt.split("<omitted>") if part.strip()]
    if not spans or any(s is None for s in spans):
        return None
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def flexible(words_text):
    """A regular expression for the words of words_text with any whitespace between them."""
    return r"\s*".join(re.escape(w) for w in WORD.findall(words_text))


def extracted_text(text):
    """The text clausecheck reads from a plain-text file: its lines stripped, blank lines
    dropped, joined by newlines (docs/extract-format.md). Report spans index this text."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


class ByteToChar:
    """Maps byte offsets of a text's UTF-8 encoding to character offsets."""

    def __init__(self, text):
        self.starts = []
        pos = 0
        for ch in text:
            self.starts.append(pos)
            pos += len(ch.encode("utf-8"))
        self.size = pos

    def __call__(self, byte):
        return bisect.bisect_right(self.starts, byte) - 1 if byte < self.size else len(self.starts)


def detections(report, text, stats):
    """{category: [(begin, end) character spans in text]} from one report of the detector
    pack, text being extracted_text() of the file. The engine's text can be shorter than
    this one (it leaves out page furniture: page numbers, running headers), so a finding's
    span may not hold its words here. Such a finding is looked up by its words: where they
    occur once, that is the place (and says how far the texts have drifted apart there);
    where they occur several times (one word, "insurance"), the occurrence nearest the
    span moved by the drift read from the findings placed either side of it."""
    to_char = ByteToChar(text)
    items = []  # (begin in the engine's text, categories, candidate places)
    for f in report.get("findings", []):
        cats = [t[5:] for t in f.get("tags", []) if t.startswith("cuad:")]
        if not cats:
            continue
        begin, end = to_char(f["span"]["begin"]), to_char(f["span"]["end"])
        if text[begin:end] == f.get("text"):
            stats["exact"] += 1
            places = [(begin, end)]
        else:
            stats["searched"] += 1
            places = [(m.start(), m.end()) for m in re.finditer(flexible(f.get("text", "")), text)]
        items.append((begin, cats, places))
    anchors = sorted((begin, places[0][0] - begin) for begin, _, places in items if len(places) == 1)
    anchor_starts = [a[0] for a in anchors]

    def drift_at(begin):
        """How far this text runs ahead of the engine's at `begin`: read between the
        anchors either side (white space the engine dropped drifts it gradually, a page
        footer left out at once)."""
        if not anchors:
            return 0
        i = bisect.bisect_right(anchor_starts, begin)
        if i == 0:
            return anchors[0][1]
        if i == len(anchors):
            return anchors[-1][1]
        (b0, d0), (b1, d1) = anchors[i - 1], anchors[i]
        return d0 + (d1 - d0) * (begin - b0) / (b1 - b0) if b1 > b0 else d0

    found = {}
    for begin, cats, places in items:
        if not places:
            continue
        if len(places) == 1:
            where = places[0]
        else:
            where = min(places, key=lambda p: abs(p[0] - (begin + drift_at(begin))))
        for cat in cats:
            found.setdefault(cat, []).append(where)
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
    shutil.rmtree(out_dir, ignore_errors=True)
    return reports


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "both", "dev-a", "dev-b", "dev-ab"], default="dev-ab",
                    help="both: dev and test; dev-ab: dev-A and dev-B (the two parts of dev, see dev_part)")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "clausecheck"))
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules", "detect"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show-misses", metavar="CATEGORY", action="append", default=[],
                    help="print the dev-A excerpts of CATEGORY that were missed (dev-B and test never print misses);"
                         " may be given again; 'all' for every category")
    args = ap.parse_args()

    shared, test_names = load_split()
    cuad_dir = os.path.join(shared, "cuad")
    excerpts = load_excerpts(cuad_dir)
    every_category = load_excerpts(cuad_dir, "all")  # for the excerpts of other categories
    files = text_files(cuad_dir, excerpts)
    halves = {"both": ["dev", "test"], "dev-ab": ["dev-a", "dev-b"]}.get(args.split, [args.split])
    # The split names each contract by its file in txt/. One scan serves every half asked for.
    names_of = {half: sorted(n for n, f in files.items() if in_half(f, half, test_names)) for half in halves}
    every_path = sorted({os.path.join(cuad_dir, "txt", files[n] + ".txt") for names in names_of.values() for n in names})
    all_reports = run_detectors(args.binary, args.rules, every_path, args.jobs)

    for half in halves:
        names = names_of[half]
        paths = [os.path.join(cuad_dir, "txt", files[n] + ".txt") for n in names]
        totals = {c: [0, 0, 0] for c in CATEGORIES}  # found, located, not located
        placed = {c: [0, 0] for c in CATEGORIES}  # detections, of which on an excerpt of their category
        # How broad each detector is: of the excerpts CUAD marked for other categories (and
        # not overlapping one of the detector's own), how many it fires on; and of all the
        # sentences of the half, how many it fires in.
        other = {c: [0, 0] for c in CATEGORIES}  # other categories' excerpts hit, of
        in_sentences = {c: 0 for c in CATEGORIES}
        sentences_on_label = {c: 0 for c in CATEGORIES}  # of in_sentences, those overlapping an excerpt of the category
        all_sentences = 0
        misses = []
        stats = {"exact": 0, "searched": 0}
        for name, path in zip(names, paths):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = extracted_text(f.read())
            found = detections(all_reports.get(path, {}), text, stats)
            located = {}
            for cat, items in excerpts[name].items():
                for excerpt in items:
                    where = locate(text, excerpt)
                    if where is None:
                        totals[cat][2] += 1
                        continue
                    located.setdefault(cat, []).append(where)
                    totals[cat][1] += 1
                    if any(b < where[1] and where[0] < e for b, e in found.get(cat, [])):
                        totals[cat][0] += 1
                    elif (half == "dev-a" or (half == "dev" and dev_part(files[name]) == "A")) \
                            and (cat in args.show_misses or "all" in args.show_misses):
                        misses.append((cat, name, excerpt))
            for cat in CATEGORIES:
                for b, e in found.get(cat, []):
                    placed[cat][0] += 1
                    if any(b < le and lb < e for lb, le in located.get(cat, [])):
                        placed[cat][1] += 1
            others = [(cat, where) for cat, items in every_category.get(name, {}).items() for excerpt in items
                      if (where := locate(text, excerpt)) is not None]
            for cat in CATEGORIES:
                own = located.get(cat, [])
                spans = found.get(cat, [])
                for other_cat, (ob, oe) in others:
                    if other_cat == cat or any(ob < le and lb < oe for lb, le in own):
                        continue
                    other[cat][1] += 1
                    if any(b < oe and ob < e for b, e in spans):
                        other[cat][0] += 1
            starts = sentence_starts(text)
            all_sentences += len(starts)
            for cat in CATEGORIES:
                hit = sentences_hit(starts, found.get(cat, []))
                in_sentences[cat] += len(hit)
                for i in hit:
                    begin, end = starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)
                    if any(lb < end and begin < le for lb, le in located.get(cat, [])):
                        sentences_on_label[cat] += 1
        print(f"CUAD clause detection recall, {half} half ({len(paths)} contracts, rules {os.path.relpath(args.rules, ROOT)})")
        # on-label: the share of detections inside an excerpt of their category. CUAD marks
        # one or a few excerpts per category and contract, not every sentence of the type,
        # so this is only a floor for precision, to see how broad a detector is. other-cat:
        # the share of the excerpts of CUAD's other categories (all 41, those overlapping
        # one of the detector's own left out) it fires on; sentences: the share of all the
        # half's sentences it fires in. A detector that fires everywhere shows high in both.
        # clause-on-label: the precision proxy by clause, not by match: of the sentences a
        # detector fires in (however many matches each holds), the share that overlap an
        # excerpt CUAD's annotators marked for its category. Also a floor, for the same
        # reason; recall bought by firing on more clauses of other kinds shows as a fall here.
        print(f"{'category':36} {'found':>6} {'of':>6} {'recall':>7} {'unlocated':>9} {'detections':>10} {'on-label':>8}"
              f" {'other-cat':>9} {'sentences':>9} {'clauses':>8} {'clause-on-label':>15}")
        all_found = all_located = 0
        for cat in CATEGORIES:
            hit, n_located, lost = totals[cat]
            all_found += hit
            all_located += n_located
            recall = f"{hit / n_located:.3f}" if n_located else "-"
            made, on_label = placed[cat]
            share = f"{on_label / made:.3f}" if made else "-"
            other_share = f"{other[cat][0] / other[cat][1]:.3f}" if other[cat][1] else "-"
            sentence_share = f"{in_sentences[cat] / all_sentences:.3f}" if all_sentences else "-"
            clause_share = f"{sentences_on_label[cat] / in_sentences[cat]:.3f}" if in_sentences[cat] else "-"
            print(f"{cat:36} {hit:6d} {n_located:6d} {recall:>7} {lost:9d} {made:10d} {share:>8}"
                  f" {other_share:>9} {sentence_share:>9} {in_sentences[cat]:8d} {clause_share:>15}")
        overall = f"{all_found / all_located:.3f}" if all_located else "-"
        all_clauses, all_on_label = sum(in_sentences.values()), sum(sentences_on_label.values())
        clause_overall = f"{all_on_label / all_clauses:.3f}" if all_clauses else "-"
        print(f"{'ALL (micro)':36} {all_found:6d} {all_located:6d} {overall:>7} {'':>9} {'':>10} {'':>8} {'':>9} {'':>9}"
              f" {all_clauses:8d} {clause_overall:>15}")
        print(f"sentences in the half: {all_sentences}")
        print(f"detections placed by their span: {stats['exact']}, by searching their words: {stats['searched']}")
        print()
        for cat, name, excerpt in sorted(misses):
            print(f"MISS [{cat}] {name}\n  {' '.join(excerpt.split())[:600]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
