#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, clang with ASan + UBSan) and
# runs each for a share of the time on the seed corpus: the .pyc reader
# (pyc_fuzzer, 1/3) and load-and-run (pyc_run_fuzzer, 2/3).
# Usage: bash tools/fuzz.sh [seconds]      (default 30, split between both)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
read_seconds=$((seconds / 3 > 0 ? seconds / 3 : 1))
run_seconds=$((seconds - read_seconds > 0 ? seconds - read_seconds : 1))
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target pyc_fuzzer pyc_run_fuzzer
mkdir -p build/fuzz/pyc_corpus build/fuzz/run_corpus # new inputs land here, outside the tree
# The runtime's one-time start-up allocations are reported as leaks at exit.
LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
  build/fuzz/tests/fuzz/pyc_fuzzer build/fuzz/pyc_corpus tests/fuzz/corpus \
  -max_total_time="$read_seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
echo "fuzz: pyc reader ran ${read_seconds}s with no crash"
# Running code may leave reference cycles (no cycle collector): no leak check.
# A mutated loop that catches the budget's KeyboardInterrupt and loops again
# still hangs: libFuzzer reports it as a timeout, which is not a crash.
log=build/fuzz/run_fuzzer.log
status=0
build/fuzz/tests/fuzz/pyc_run_fuzzer build/fuzz/run_corpus tests/fuzz/corpus \
  -max_total_time="$run_seconds" -rss_limit_mb=2048 -timeout=20 -detect_leaks=0 \
  -print_final_stats=1 >"$log" 2>&1 || status=$?
tail -n 12 "$log"
if [ "$status" -ne 0 ]; then
  if grep -q "ERROR: libFuzzer: timeout" "$log" && ! grep -q "ERROR: AddressSanitizer\|runtime error:\|deadly signal" "$log"; then
    echo "fuzz: pyc load-and-run stopped at a hanging input (timeout, not a crash)"
    exit 0
  fi
  exit "$status"
fi
echo "fuzz: pyc load-and-run ran ${run_seconds}s with no crash"
