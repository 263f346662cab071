#!/usr/bin/env bash
# stdlib/ast_grammar.inc is recorded from CPython (tools/oracle/ast_grammar.py):
# re-record it through the oracle and fail if the committed copy differs.
# Usage: ast_grammar_fresh.sh SOURCE_DIR
set -euo pipefail
src=$1
fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
node "$src/tools/oracle/oracle.mjs" run "$src/tools/oracle/ast_grammar.py" >"$fresh"
if ! diff -u "$src/stdlib/ast_grammar.inc" "$fresh"; then
  echo "stdlib/ast_grammar.inc is stale: re-record it with" \
    "node tools/oracle/oracle.mjs run tools/oracle/ast_grammar.py > stdlib/ast_grammar.inc" >&2
  exit 1
fi
echo "stdlib/ast_grammar.inc matches CPython's _ast"
