#!/usr/bin/env bash
# Configures and builds clausecheck into ./build (or $BUILD_DIR) with all cores.
#   scripts/build.sh [TARGET...]   (default: everything, tests and benchmarks included)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
