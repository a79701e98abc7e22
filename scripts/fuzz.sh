#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 60). Seeds come from corpus/, rules/, tests/fixtures/ and, when it is
# there, ../shared/. Any crash, leak, timeout or out-of-memory input is copied into
# fuzz/regressions/<target>/, where tests/fuzz_regressions_test.cpp replays it in every
# ordinary test run, and the script exits 1.
#   scripts/fuzz.sh [SECONDS]        e.g. scripts/fuzz.sh 600 for a long run
# FUZZ_TARGETS="pdf_fuzzer rules_fuzzer" limits the targets; FUZZ_SEED fixes libFuzzer's seed.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=${FUZZ_BUILD_DIR:-$top/build-fuzz}
targets=${FUZZ_TARGETS:-"pdf_fuzzer docx_fuzzer doc_fuzzer docx_xml_fuzzer text_fuzzer rules_fuzzer upload_fuzzer labels_fuzzer offer_fuzzer"}
shared=${CLAUSECHECK_SHARED:-$top/../shared}

launcher=()
if command -v ccache >/dev/null; then  # optional, as in build.sh
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top}
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAUSECHECK_FUZZ=ON \
  -DCLAUSECHECK_BUILD_TESTS=OFF -DCLAUSECHECK_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j "$(nproc)" --target $targets

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{pdf_fuzzer,docx_fuzzer,doc_fuzzer,docx_xml_fuzzer,text_fuzzer,rules_fuzzer,upload_fuzzer,labels_fuzzer,offer_fuzzer}
# Small real files make the best seeds: the fuzzer starts from valid structure.
# Small ones only: under ASan a 150 kB contract takes seconds per run, and a fuzzer that
# runs a few inputs a minute finds nothing.
copy_small() {  # copy_small DEST FIND-ARGS... : up to 30 files under 48 kB
  local dest=$1; shift
  find "$@" -type f -size -48k -print0 2>/dev/null | sort -z | head -z -n 30 |
    while IFS= read -r -d '' f; do cp "$f" "$dest/$(echo "$f" | md5sum | cut -c1-16)"; done || true  # a missing folder is fine
}
copy_small "$seeds/pdf_fuzzer" "$top/corpus" "$top/tests/fixtures" "$shared/corpus" -iname '*.pdf'
copy_small "$seeds/docx_fuzzer" "$top/corpus" "$top/tests/fixtures" "$shared/corpus" -iname '*.docx'
copy_small "$seeds/doc_fuzzer" "$top/tests/fixtures" -iname '*.doc'
copy_small "$seeds/text_fuzzer" "$top/corpus" "$shared/corpus/commonpaper" -iname '*.md'
copy_small "$seeds/text_fuzzer" "$shared/cuad/txt" -iname '*.txt'
copy_small "$seeds/rules_fuzzer" "$top/rules" "$top/tests/fixtures/rules" -name '*.rules'
copy_small "$seeds/labels_fuzzer" "$top/corpus" -name '*.labels.json'
copy_small "$seeds/offer_fuzzer" "$top/tests/fixtures/offers" -type f
# The upload target takes a zip as a triage upload sends it: small contracts zipped.
python3 - "$seeds/upload_fuzzer" "$top/corpus" <<'PY'
import sys, zipfile, pathlib, io
out, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
small = [p for p in sorted(root.rglob('*')) if p.suffix in ('.md', '.docx', '.pdf') and p.stat().st_size < 16_000]
for i in range(0, min(len(small), 12), 2):
    data = io.BytesIO()
    with zipfile.ZipFile(data, 'w', zipfile.ZIP_DEFLATED) as z:
        for p in small[i:i + 2]:
            z.write(p, f'contracts/{p.name}')
    (out / f'zip-{i}').write_bytes(data.getvalue())
PY
# The structure-aware DOCX target takes WordprocessingML: the XML of real DOCX files.
python3 - "$seeds/docx_xml_fuzzer" "$top/corpus" "$top/tests/fixtures/docx" <<'PY'
import sys, zipfile, pathlib, hashlib
out = pathlib.Path(sys.argv[1])
for root in sys.argv[2:]:
    for path in sorted(pathlib.Path(root).rglob('*.docx')):
        try:
            with zipfile.ZipFile(path) as z:
                parts = [z.read('word/document.xml')]
                if 'word/numbering.xml' in z.namelist():
                    parts += [b'\n--numbering--\n', z.read('word/numbering.xml')]
        except Exception:
            continue
        data = b''.join(parts)
        if len(data) < 48_000:
            (out / hashlib.md5(data).hexdigest()).write_bytes(data)
PY
for t in $targets; do
  case $t in
    pdf_fuzzer) dir=pdf ;; docx_fuzzer) dir=docx ;; doc_fuzzer) dir=doc ;; docx_xml_fuzzer) dir=docx_xml ;;
    text_fuzzer) dir=text ;; rules_fuzzer) dir=rules ;; upload_fuzzer) dir=upload ;; labels_fuzzer) dir=labels ;;
    offer_fuzzer) dir=offer ;;
    *) echo "fuzz.sh: unknown target $t" >&2; exit 2 ;;
  esac
  cp "$top/fuzz/regressions/$dir"/* "$seeds/$t/" 2>/dev/null || true
done

status=0
for t in $targets; do
  case $t in
    pdf_fuzzer) dir=pdf ;; docx_fuzzer) dir=docx ;; doc_fuzzer) dir=doc ;; docx_xml_fuzzer) dir=docx_xml ;;
    text_fuzzer) dir=text ;; rules_fuzzer) dir=rules ;; upload_fuzzer) dir=upload ;; labels_fuzzer) dir=labels ;;
    offer_fuzzer) dir=offer ;;
  esac
  artifacts="$build/artifacts/$t"
  rm -rf "$artifacts"; mkdir -p "$artifacts" "$build/work/$t"
  extra=()
  [ "$t" = rules_fuzzer ] && extra+=(-dict="$top/fuzz/rules.dict")
  [ "$t" = offer_fuzzer ] && extra+=(-dict="$top/fuzz/offer.dict")
  [ -n "${FUZZ_SEED:-}" ] && extra+=(-seed="$FUZZ_SEED")
  log="$build/$t.log"
  # -timeout: an input that runs a minute under ASan (some 30 times slower than a release
  # build) is a hang, not a slow contract; -rss_limit_mb: 2 GB.
  if "$build/fuzz/$t" "$build/work/$t" "$seeds/$t" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "${extra[@]}" >"$log" 2>&1; then
    :
  else
    status=1
  fi
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  # libFuzzer also writes slow-unit-* files: slow inputs, which are not failures.
  found=$(find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l)
  echo "fuzz: $t: $runs executions in ${seconds}s, $found finding(s)"
  for f in "$artifacts"/*; do
    [ -f "$f" ] || continue
    case $(basename "$f") in slow-unit-*) continue ;; esac
    cp "$f" "$top/fuzz/regressions/$dir/$(basename "$f")"
    echo "fuzz: $t: kept $(basename "$f") in fuzz/regressions/$dir/ (log: $log)" >&2
    status=1
  done
done
exit $status
