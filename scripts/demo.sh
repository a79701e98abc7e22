#!/usr/bin/env bash
# Installs what is needed, builds, and runs clausecheck on a bundled sample contract with
# the default rule pack.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh" clausecheck
"${BUILD_DIR:-$top/build}/clausecheck" scan "$top/corpus/samples/sample-subcontract.pdf"
