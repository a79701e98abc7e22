#!/usr/bin/env bash
# Regenerates the DOCX and PDF versions of the hand-written corpus documents from their
# Markdown sources (corpus/subcontracts/*.md and corpus/samples/*.md).
#
# The generated files are committed; CI never runs this script. It needs pandoc and
# LibreOffice Writer (Debian: pandoc, libreoffice-writer-nogui, fonts-liberation).
#
# Usage: scripts/make-corpus.sh [FILE.md ...]   (default: every source in the corpus)
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

for tool in pandoc soffice python3; do
  command -v "$tool" >/dev/null || { echo "make-corpus: $tool is not installed" >&2; exit 1; }
done

# A reference DOCX with black headings and Liberation fonts, so the output looks like a UK
# contract rather than pandoc's default styling.
reference_docx="$work_dir/reference-a4.docx"
pandoc -o "$work_dir/default.docx" --print-default-data-file reference.docx
python3 - "$work_dir/default.docx" "$reference_docx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/styles.xml":
            text = data.decode("utf-8")
            data = re.sub(r'w:color w:val="[0-9A-Fa-f]{6}"', 'w:color w:val="000000"', text).encode("utf-8")
        elif item.filename == "word/theme/theme1.xml":
            text = data.decode("utf-8")
            text = text.replace('typeface="Cambria"', 'typeface="Liberation Serif"')
            data = text.replace('typeface="Calibri"', 'typeface="Liberation Serif"').encode("utf-8")
        zout.writestr(item, data)
PY

if [ "$#" -gt 0 ]; then
  sources=("$@")
else
  mapfile -t sources < <(find "$repo_root/corpus/subcontracts" "$repo_root/corpus/samples" -name '*.md' | sort)
fi

for source in "${sources[@]}"; do
  dir="$(cd "$(dirname "$source")" && pwd)"
  name="$(basename "$source" .md)"
  # fancy_lists off: "(a)" and "(i)" must stay literal clause labels, not become Word
  # auto-numbering that the extracted text would lose or renumber.
  # Paragraph numbers such as "1. The Partner shall" must also stay literal text, so the
  # full stop is escaped before pandoc sees it (headings start with "#" and are unaffected).
  sed -E 's/^([0-9]+)\. /\1\\. /' "$source" > "$work_dir/$name.md"
  pandoc -f markdown-fancy_lists-auto_identifiers -t docx \
    --reference-doc="$reference_docx" -o "$work_dir/$name.docx" "$work_dir/$name.md"
  # pandoc 2.17 ignores the reference document's page setup, so the A4 section properties
  # (2.5 cm margins) are written into the generated document itself.
  python3 - "$work_dir/$name.docx" "$dir/$name.docx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
a4 = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
      '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
      'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            text = re.sub(r"<w:sectPr.*?</w:sectPr>", "", data.decode("utf-8"), flags=re.S)
            data = text.replace("</w:body>", a4 + "</w:body>").encode("utf-8")
        zout.writestr(item, data)
PY
  # A private LibreOffice profile so parallel runs and a desktop session do not collide.
  soffice -env:UserInstallation="file://$work_dir/lo-profile" --headless \
    --convert-to pdf --outdir "$dir" "$dir/$name.docx" >/dev/null
  echo "make-corpus: $name.docx $name.pdf"
done
