#!/usr/bin/env bash
# Builds pyvm and runs every test: unit tests, golden suites (compared with
# outputs recorded from CPython 3.14), freshness checks against the oracle.
# Prints each suite's known-failures list at the end.
# Usage: bash tools/test.sh [preset]     (preset: release (default), debug, asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
bash tools/setup.sh "$preset"
status=0
ctest --preset "$preset" -j "$(nproc)" || status=$?
if [ -f tools/golden/golden.mjs ]; then
  node tools/golden/golden.mjs known tests/golden/*/ || true
fi
exit $status
