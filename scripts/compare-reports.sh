#!/usr/bin/env bash
# Are two builds' reports byte-identical on every document of corpus/? For restructuring
# commits, which must change no output:
#   scripts/compare-reports.sh OLD_BINARY NEW_BINARY [DIR...]
# Scans each document with each binary in every report format (JSON, HTML, SARIF, text),
# the default pack, and the extract JSON, then compares the two trees. Prints the files
# that differ; exit 0 when none do.
set -euo pipefail
old=$1
new=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$top/corpus")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  local binary=$1 out=$2
  mkdir -p "$out"
  # Both binaries read the same rules, the working tree's, so only the code differs.
  "$binary" scan "${dirs[@]}" --rules "$top/rules/default" --out "$out/reports" --format json,html,sarif,text \
    >/dev/null 2>"$out/stderr" || true
  sed -i "s#$out#OUT#g" "$out/stderr"  # the batch names its output folder
  # Workers warn as their documents finish, so the lines' order varies from run to run; the
  # set of lines is what must not change.
  LC_ALL=C sort -o "$out/stderr" "$out/stderr"
  find "${dirs[@]}" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.md' -o -name '*.txt' \) -print0 | sort -z |
    while IFS= read -r -d '' document; do
      "$binary" extract "$document" >"$out/extract-$(printf '%s' "$document" | sha256sum | cut -c1-16).json" 2>&1 || true
    done
}

run "$old" "$work/old"
run "$new" "$work/new"
if diff -rq "$work/old" "$work/new"; then
  echo "compare-reports: identical ($(find "$work/new" -type f | wc -l) files)"
else
  diff -r "$work/old" "$work/new" | head -40
  exit 1
fi
