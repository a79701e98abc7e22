#!/bin/sh
# Matching throughput of the rules engine for 10, 100, 1,000 and 10,000 generated rules, in
# MB/s of normalised text, with each pack's time (CPU) as a ratio to the 10-rule pack.
#   scripts/bench-matcher.sh [BUILD_DIR]   (a Release build dir; default: $TMPDIR/clausecheck-bench)
# The Bar: 10,000 rules <= 3x the time of 10 rules; 100 rules >= 50 MB/s on one core.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"${TMPDIR:-/tmp}/clausecheck-bench"}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAUSECHECK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target matcher_bench -j2 >"$build/bench-build.log" 2>&1 || { tail -40 "$build/bench-build.log"; exit 1; }
"$build/bench/matcher_bench" --benchmark_format=csv --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true 2>/dev/null |
  awk -F, '
    /_median"?,/ {
      name = $1; gsub(/"/, "", name); split(name, parts, "/"); split(parts[2], rules, "_");
      ms = $4; mbs = $6 / 1e6;
      if (rules[1] == 10) base = ms;
      printf "%5d rules: %8.2f ms per scan  %8.1f MB/s  ratio to 10 rules: %.2f\n", rules[1], ms, mbs, ms / base;
    }'
