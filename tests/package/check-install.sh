#!/usr/bin/env bash
# Installs the build into a fresh prefix, then checks what an installed copy must do on its
# own: the binary finds its bundled rules relative to itself (and CLAUSECHECK_RULES_DIR
# overrides them), and a program outside the source tree builds against the package config
# and runs the library pipeline.
#   check-install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

# The installed binary scans with the installed default pack, not the source tree's: the
# source tree is hidden from it by copying the binary's prefix elsewhere first.
mv "$prefix" "$work/moved"
prefix="$work/moved"
test -f "$prefix/share/clausecheck/rules/default/payment.rules"
test -f "$prefix/share/clausecheck/rules/lib/parties.rules"
test -f "$prefix/share/clausecheck/schema/clausecheck-report.schema.json"
printf '1.1 The Contractor shall pay the Subcontractor only when it is paid by the Authority.\n' >"$work/contract.txt"
(cd "$work" && "$prefix/bin/clausecheck" rules list >"$work/rules.txt")
grep -q "PAY-" "$work/rules.txt" || { echo "installed binary listed no default rules"; exit 1; }
(cd "$work" && "$prefix/bin/clausecheck" scan --format json contract.txt >"$work/report.json") || true
grep -q '"findings"' "$work/report.json" || { echo "installed binary wrote no report"; exit 1; }

# The override: an empty directory has no default pack, and the error says where it looked.
mkdir "$work/empty"
if CLAUSECHECK_RULES_DIR="$work/empty" "$prefix/bin/clausecheck" rules list >/dev/null 2>"$work/err.txt"; then
  echo "CLAUSECHECK_RULES_DIR was ignored"; exit 1
fi
grep -q "$work/empty/default" "$work/err.txt" || { echo "the error does not name the overridden directory:"; cat "$work/err.txt"; exit 1; }

# An embedder builds against the installed package only. A sanitizer build's static
# libraries call the sanitizer runtime, so an embedder of them links it too.
embedder_flags=()
if grep -q '^CLAUSECHECK_SANITIZE:BOOL=ON$' "$build/CMakeCache.txt" 2>/dev/null; then
  embedder_flags=(-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined)
fi
cmake -S "$source/tests/package" -B "$work/embedder" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  "${embedder_flags[@]}" >/dev/null
cmake --build "$work/embedder" >/dev/null
"$work/embedder/embedder" >"$work/embedded.json"
grep -q '"EMB-01.pay-when-paid"' "$work/embedded.json" || { echo "the embedder found nothing:"; cat "$work/embedded.json"; exit 1; }
echo "install: binary, rules, schema and package config work from $prefix"
