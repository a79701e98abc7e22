#!/usr/bin/env python3
"""How corpus/real/fresh7's contracts were picked (run once, before any label was written).

A fixed rule over ../shared/cuad/txt/, nothing chosen by hand:
 1. a CUAD dev contract (not in split.json's cuad_test) in the dev-A part, by
    scripts/bench-cuad-recall.py's dev_part() of the name WITHOUT its extension (dev-B has no
    usable unlabelled agreement left: corpus/real/fresh6/README.md);
 2. no label file under corpus/ names it and no key of split.json lists it;
 3. a real agreement of 15,000 to 120,000 characters, whose name says none of: joint filing,
    amend, stock, merger, loan, credit, warrant, pledge, escrow, registration, intellectual
    property agreement, cooperation agreement;
 4. fewer than three 12-word runs shared with any rule example or counter or clause-set line
    (scripts/check-example-sources.py's word splitting): no document a rule example came from;
 5. ordered by SHA-256 of "fresh7:" + name; the first 16.
Prints the names, one per line."""
import hashlib, importlib.util, json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
spec = importlib.util.spec_from_file_location("ces", ROOT / "scripts" / "check-example-sources.py")
ces = importlib.util.module_from_spec(spec); spec.loader.exec_module(ces)
split = json.loads((ROOT / "corpus/real/split.json").read_text())
test = set(split["cuad_test"])
listed = json.dumps(split)
labelled = " ".join(p.read_text(errors="replace") for p in ROOT.glob("corpus/**/*.labels.json"))
bad = ["joint filing", "amend", "stock", "merger", "loan", "credit", "warrant", "pledge", "escrow",
       "registration", "intellectual property agreement", "cooperation agreement"]
N = 12
def grams(ws): return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}
example_grams = set()
for _, text in ces.rule_examples():
    example_grams |= grams(ces.words(text))
picked = []
for txt in sorted((SHARED / "cuad" / "txt").glob("*.txt")):
    name = txt.stem
    if name in test or ces.cuad_recall.dev_part(name) != "A":
        continue
    if name in listed or name in labelled:
        continue
    if any(b in name.lower() for b in bad):
        continue
    text = txt.read_text(errors="replace")
    if not 15000 <= len(text) <= 120000:
        continue
    if len(grams(ces.words(text)) & example_grams) >= 3:
        continue
    picked.append(name)
picked.sort(key=lambda n: hashlib.sha256(("fresh7:" + n).encode()).hexdigest())
for n in picked[:16]:
    print(n)
