#!/usr/bin/env bash
# Builds pyvm and runs every test: unit tests (GoogleTest), the golden suites
# (pyvm compared with outputs recorded from CPython 3.14), freshness checks
# that re-record samples with the oracle, and a short fuzzing run of the .pyc
# reader. Prints every suite's known-failures list, then ctest's summary.
# Usage: bash tools/test.sh [preset]     (preset: release (default), debug, asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
bash tools/setup.sh "$preset"
status=0
log="build/$preset/ctest.log"
ctest --preset "$preset" -j "$(nproc)" 2>&1 | tee "$log" || status=$?
FUZZ_REPRODUCIBLE=1 bash tools/fuzz.sh 30 || status=$? # fixed seed and runs: a test, not a search
node tools/golden/golden.mjs known tests/golden/*/ || true
# ctest's own closing line last, so a reader of the log sees the verdict.
grep -E "tests passed|tests failed" "$log" | tail -n 1 || true
exit $status
