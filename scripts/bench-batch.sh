#!/bin/sh
# Batch speed of `clausecheck scan`, side by side with Poppler's own pdftotext, in one run:
#   1. scan --jobs 2 against scan --jobs 1 over a directory of PDFs  (the Bar: >= 1.7x)
#   2. scan --jobs 1 over the corpus PDFs against pdftotext over the same files, one after
#      the other                                                     (the Bar: <= 1.2x)
#
#   scripts/bench-batch.sh [BUILD_DIR] [PDF_DIR]
#     BUILD_DIR: a Release build dir (default: $TMPDIR/clausecheck-bench), configured and
#                built here; PDF_DIR: where the PDFs are (default: ../shared/corpus beside
#                the repository if it exists, else corpus/).
# Each measurement is the best of 3 runs (wall clock). Part 1 repeats the PDFs (symbolic
# links) until there are at least 48 files, so that both cores stay busy to the end.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"${TMPDIR:-/tmp}/clausecheck-bench"}
pdf_dir=${2:-}
if [ -z "$pdf_dir" ]; then
  if [ -d "$here/../shared/corpus" ]; then pdf_dir="$here/../shared/corpus"; else pdf_dir="$here/corpus"; fi
fi
command -v pdftotext >/dev/null || { echo "bench-batch: pdftotext (poppler-utils) is needed" >&2; exit 2; }

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAUSECHECK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target clausecheck -j2 >"$build/bench-build.log" 2>&1 || { tail -40 "$build/bench-build.log"; exit 1; }
clausecheck="$build/clausecheck"

work=$(mktemp -d "${TMPDIR:-/tmp}/clausecheck-bench-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$pdf_dir" -type f -iname '*.pdf' | sort >"$work/pdfs.txt"
count=$(wc -l <"$work/pdfs.txt")
[ "$count" -gt 0 ] || { echo "bench-batch: no PDFs under $pdf_dir" >&2; exit 2; }

# Seconds (with decimals) that "$@" takes, best of 3.
best_of_3() {
  best=""
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
  done
  echo "$best"
}

scan_dir() {  # scan_dir JOBS DIR
  rm -rf "$work/out"
  "$clausecheck" scan "$2" --out "$work/out" --jobs "$1" --quiet
}

pdftotext_all() {
  while IFS= read -r pdf; do pdftotext -q "$pdf" - >/dev/null || true; done <"$work/pdfs.txt"
}

# 1. Scaling over two cores.
mkdir -p "$work/many"
copies=0
while [ "$copies" -lt 48 ]; do
  while IFS= read -r pdf; do
    copies=$((copies + 1))
    ln -s "$pdf" "$work/many/$(printf '%04d' "$copies").pdf"
  done <"$work/pdfs.txt"
done
one=$(best_of_3 scan_dir 1 "$work/many")
two=$(best_of_3 scan_dir 2 "$work/many")
printf 'scan of %d PDFs: --jobs 1 %.2fs, --jobs 2 %.2fs, speed-up %.2fx (bar: >= 1.7x)\n' \
  "$copies" "$one" "$two" "$(awk -v a="$one" -v b="$two" 'BEGIN { print a / b }')"

# 2. Against pdftotext, on the PDFs themselves (each once).
mkdir -p "$work/once"
n=0
while IFS= read -r pdf; do n=$((n + 1)); ln -s "$pdf" "$work/once/$(printf '%04d' "$n").pdf"; done <"$work/pdfs.txt"
scan=$(best_of_3 scan_dir 1 "$work/once")
poppler=$(best_of_3 pdftotext_all)
printf 'scan --jobs 1 of %d PDFs %.2fs, pdftotext %.2fs, ratio %.2fx (bar: <= 1.2x)\n' \
  "$count" "$scan" "$poppler" "$(awk -v a="$scan" -v b="$poppler" 'BEGIN { print a / b }')"
