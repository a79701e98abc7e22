#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
# Every fuzz target, briefly, with a fixed seed (docs/fuzzing.md); a finding fails the run.
FUZZ_SEED=1 "$top/scripts/fuzz.sh" 15
cd "${BUILD_DIR:-$top/build}"
ctest --output-on-failure -j "$(nproc)" --timeout 300
