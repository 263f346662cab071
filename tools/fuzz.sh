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
# With FUZZ_REPRODUCIBLE=1 (tools/test.sh, so CI) the runs are reproducible: a fixed seed and a fixed number
# of runs (1000 per second asked), so CI runs exactly what was run before
# landing; elsewhere each run explores from a new seed for the time given.
if [ -n "${FUZZ_REPRODUCIBLE:-}" ]; then
  read_budget=(-seed=1 -runs=$((read_seconds * 1000)))
  run_budget=(-seed=1 -runs=$((run_seconds * 1000)))
  rm -rf build/fuzz/pyc_corpus build/fuzz/run_corpus
else
  read_budget=(-max_total_time="$read_seconds")
  run_budget=(-max_total_time="$run_seconds")
fi
mkdir -p build/fuzz/pyc_corpus build/fuzz/run_corpus # new inputs land here, outside the tree
# The runtime's one-time start-up allocations are reported as leaks at exit.
LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
  build/fuzz/tests/fuzz/pyc_fuzzer build/fuzz/pyc_corpus tests/fuzz/corpus \
  "${read_budget[@]}" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
echo "fuzz: pyc reader: no crash (${read_budget[*]})"
# Running code may leave reference cycles (no cycle collector): no leak check.
# A mutated loop that catches the budget's KeyboardInterrupt and loops again
# still hangs: libFuzzer reports it as a timeout, which is not a crash.
# The target changes directory to a scratch folder (files a program writes
# land there), so its paths are absolute; leak checking is off at exit too.
root=$(pwd)
log=build/fuzz/run_fuzzer.log
status=0
ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/pyc_run_fuzzer \
  "$root/build/fuzz/run_corpus" "$root/tests/fuzz/corpus" \
  -artifact_prefix="$root/build/fuzz/" "${run_budget[@]}" -rss_limit_mb=2048 \
  -timeout=20 -detect_leaks=0 -print_final_stats=1 >"$log" 2>&1 || status=$?
tail -n 12 "$log"
if [ "$status" -ne 0 ]; then
  if grep -q "ERROR: libFuzzer: timeout" "$log" && ! grep -q "ERROR: AddressSanitizer\|runtime error:\|deadly signal" "$log"; then
    echo "fuzz: pyc load-and-run stopped at a hanging input (timeout, not a crash)"
    exit 0
  fi
  exit "$status"
fi
echo "fuzz: pyc load-and-run: no crash (${run_budget[*]})"
