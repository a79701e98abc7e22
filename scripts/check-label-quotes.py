#!/usr/bin/env python3
"""Check that every quote in label files occurs in the extracted text of its page.

For each label with a page, the quote (typographic quotes and dashes written as ASCII,
whitespace collapsed) must occur in `pdftotext -layout` output of that PDF page, or of that
page and the next joined (a quote may run onto the next page). Also checks the file format:
at most 30 words a quote, known keys, a document that exists under ../shared.

  scripts/check-label-quotes.py corpus/real/fresh2/*.labels.json
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))

ASCII = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u00ad": ""})


def norm(text):
    return re.sub(r"\s+", " ", text.translate(ASCII)).strip()


_pages = {}


def page_text(pdf, page):
    key = (pdf, page)
    if key not in _pages:
        out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                             capture_output=True, text=True)
        _pages[key] = norm(out.stdout) if out.returncode == 0 else ""
    return _pages[key]


def check(path):
    errors = 0
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    pdf = os.path.join(SHARED, data["document"])
    if not os.path.exists(pdf):
        print(f"{path}: document not found: {data['document']}")
        return 1
    for label in data["labels"]:
        quote = norm(label["quote"])
        where = f"{path}: {label['type']} {label['clause']} p{label.get('page')}"
        if len(quote.split()) > 30:
            print(f"{where}: quote over 30 words ({len(quote.split())})")
            errors += 1
        page = label["page"]
        here = page_text(pdf, page)
        if quote in here or quote in here + " " + page_text(pdf, page + 1):
            continue
        print(f"{where}: quote not found: {quote[:80]}")
        errors += 1
    for t in data["absent"]:
        if any(l["type"] == t for l in data["labels"]):
            print(f"{path}: {t} both labelled and absent")
            errors += 1
    return errors


def main():
    errors = sum(check(p) for p in sys.argv[1:])
    print(f"{len(sys.argv) - 1} files, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
