#!/bin/sh
# Batch speed of `clausecheck scan`, side by side with Poppler's own pdftotext, in one run:
#   1. scan --jobs 2 against scan --jobs 1 over a directory of PDFs  (the Bar: >= 1.7x)
#   2. scan --jobs 1 over the PDFs against pdftotext over the same files (the Bar: <= 1.2x),
#      then over those of them without an output intent
#
#   scripts/bench-batch.sh [BUILD_DIR] [PDF_DIR]
#     BUILD_DIR: a Release build dir (default: $TMPDIR/clausecheck-bench), configured and
#                built here; PDF_DIR: where the PDFs are (default: ../shared/corpus beside
#                the repository if it exists, else corpus/).
#   Environment: CLAUSECHECK (a built binary to measure instead of building one), PARTS
#                (default "scaling ratio": which parts to run), REPEATS (default 5: runs of
#                each side in part 2).
# Part 1 is the best of 3 runs (wall clock); it repeats the PDFs (symbolic links) until
# there are at least 48 files, so that both cores stay busy to the end.
# Part 2 is fair on a shared machine: both sides write their output to disk (scan its JSON
# reports and summaries, pdftotext a text file per PDF), each repetition runs both sides
# back to back (alternating which goes first) and takes their ratio, so load that changes
# between repetitions cancels out; it prints the median ratio with the lowest and highest,
# for wall-clock time and for CPU time (user + system, which other jobs disturb less).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"${TMPDIR:-/tmp}/clausecheck-bench"}
pdf_dir=${2:-}
if [ -z "$pdf_dir" ]; then
  if [ -d "$here/../shared/corpus" ]; then pdf_dir="$here/../shared/corpus"; else pdf_dir="$here/corpus"; fi
fi
parts=${PARTS:-scaling ratio}
repeats=${REPEATS:-5}
command -v pdftotext >/dev/null || { echo "bench-batch: pdftotext (poppler-utils) is needed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-batch: GNU time (/usr/bin/time, package time) is needed" >&2; exit 2; }

clausecheck=${CLAUSECHECK:-}
if [ -z "$clausecheck" ]; then
  cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAUSECHECK_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target clausecheck -j2 >"$build/bench-build.log" 2>&1 || { tail -40 "$build/bench-build.log"; exit 1; }
  clausecheck="$build/clausecheck"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/clausecheck-bench-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT
find -L "$pdf_dir" -type f -iname '*.pdf' | sort >"$work/pdfs.txt"
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

# Both sides of part 2 as commands GNU time can run: the scan, and pdftotext writing a text
# file per PDF, as scan writes a report per PDF.
scan_once() {  # scan_once DIR
  rm -rf "$work/out" "$work/text"
  mkdir -p "$work/text"
  timed "$work/scan-times" "$clausecheck" scan "$1" --out "$work/out" --jobs 1 --quiet
}
pdftotext_once() {  # pdftotext_once DIR
  rm -rf "$work/out" "$work/text"
  mkdir -p "$work/text"
  timed "$work/poppler-times" sh -c \
    'for pdf in "$1"/*.pdf; do pdftotext -q "$pdf" "$2/$(basename "$pdf" .pdf).txt" || true; done' sh \
    "$1" "$work/text"
}

# timed FILE COMMAND...: writes "wall cpu" seconds of COMMAND (with its children) to FILE.
timed() {
  file=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  # The last line: GNU time writes "Command exited with non-zero status N" before the
  # figures when the command exits non-zero, as scan does when it finds risks.
  tail -n 1 "$work/time" | awk '{ print $1, $2 + $3 }' >"$file"
}

# median_range FILE: "median (lowest-highest)" of the numbers in FILE, one a line.
median_range() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2fx (%.2f-%.2f over %d runs)", m, v[1], v[NR], NR }'
}

# 1. Scaling over two cores.
case " $parts " in *" scaling "*)
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
  ;;
esac

# 2. Against pdftotext, on the PDFs themselves (each once): all of them, then those without
# an output intent. scan hides a PDF's output intent from Poppler (pdftotext builds colour
# transforms from it on every page: parsers/src/pdf_output_intents.h), so on filings that
# name one scan does less than pdftotext; the second ratio is what the rest of scan costs.
ratio_over() {  # ratio_over DIR WHAT
  : >"$work/wall-ratios"
  : >"$work/cpu-ratios"
  rep=0
  while [ "$rep" -lt "$repeats" ]; do
    rep=$((rep + 1))
    if [ $((rep % 2)) -eq 1 ]; then
      scan_once "$1"
      pdftotext_once "$1"
    else
      pdftotext_once "$1"
      scan_once "$1"
    fi
    paste -d ' ' "$work/scan-times" "$work/poppler-times" >"$work/pair"
    awk '{ print $1 / $3 }' "$work/pair" >>"$work/wall-ratios"
    awk '{ print $2 / $4 }' "$work/pair" >>"$work/cpu-ratios"
    awk -v r="$rep" '{ printf "  run %d: scan %.2fs wall %.2fs CPU, pdftotext %.2fs wall %.2fs CPU\n", r, $1, $2, $3, $4 }' \
      "$work/pair"
  done
  printf 'scan --jobs 1 against pdftotext on %s: wall %s, CPU %s (bar: <= 1.2x)\n' \
    "$2" "$(median_range "$work/wall-ratios")" "$(median_range "$work/cpu-ratios")"
}
case " $parts " in *" ratio "*)
  mkdir -p "$work/once" "$work/plain"
  n=0
  plain=0
  while IFS= read -r pdf; do
    n=$((n + 1))
    ln -s "$pdf" "$work/once/$(printf '%04d' "$n").pdf"
    if ! grep -q -a '/OutputIntents' "$pdf"; then
      plain=$((plain + 1))
      ln -s "$pdf" "$work/plain/$(printf '%04d' "$n").pdf"
    fi
  done <"$work/pdfs.txt"
  ratio_over "$work/once" "$count PDFs"
  if [ "$plain" -gt 0 ] && [ "$plain" -lt "$count" ]; then
    ratio_over "$work/plain" "the $plain of them without an output intent"
  fi
  ;;
esac
