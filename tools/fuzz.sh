#!/usr/bin/env bash
# Builds the libFuzzer target for the .pyc reader (preset `fuzz`, clang with
# ASan + UBSan) and runs it for a short time on the seed corpus.
# Usage: bash tools/fuzz.sh [seconds]      (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target pyc_fuzzer
corpus=build/fuzz/pyc_corpus # new inputs land here, outside the tree
mkdir -p "$corpus"
# The runtime's one-time start-up allocations are reported as leaks at exit.
LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
  build/fuzz/tests/fuzz/pyc_fuzzer "$corpus" tests/fuzz/corpus \
  -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
echo "fuzz: pyc reader ran ${seconds}s with no crash"
