#!/usr/bin/env bash
# Monitoring overhead (issue: PEP 669 in the eval loop), measured two ways:
#  1. instructions executed (valgrind --tool=callgrind; repeatable on a noisy
#     machine) for: a build with RESUME's monitoring check compiled out
#     (PYVM_NO_MONITORING), the normal build with no tool, and the normal build
#     with a LINE tool that returns DISABLE;
#  2. cost per event of Python callbacks (LINE; PY_START+PY_RETURN), pyvm
#     against CPython 3.13 on the same program: (time with tool - time
#     without) / events, medians of N interleaved rounds.
#  3. with --instructions, only the cost per event in instructions (repeatable,
#     unlike 2.): (instructions with tool - instructions without) / events,
#     both interpreters counted by callgrind the same way.
#  4. with --wall, only 2. (no valgrind, no baseline build): for a quiet machine.
# Usage: bash tools/bench/monitoring.sh [--instructions|--wall] [benchmark...]
#        (default benchmarks: fib_recursive method_calls)
# Env: PYVM (build/release/pyvm), PYVM_BASELINE (build/nomonitor/pyvm, built if
#      missing), BENCH_PYTHON (CPython 3.13), BENCH_REPS (3).
set -euo pipefail
cd "$(dirname "$0")/../.."
pyvm=${PYVM:-build/release/pyvm}
base=${PYVM_BASELINE:-build/nomonitor/pyvm}
python=${BENCH_PYTHON:-$(pyenv root 2>/dev/null || echo /root/.pyenv)/versions/3.13.0/bin/python3}
reps=${BENCH_REPS:-3}
per_event_instructions=0
wall_only=0
if [ "${1:-}" = --instructions ]; then
  per_event_instructions=1
  shift
elif [ "${1:-}" = --wall ]; then
  wall_only=1
  shift
fi
benches=("$@")
((${#benches[@]})) || benches=(fib_recursive method_calls)
harness=tools/bench/monitoring_harness.py

if ((!per_event_instructions && !wall_only)) && [ ! -x "$base" ]; then
  cmake -S . -B build/nomonitor -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g -DNDEBUG" -DPYVM_NO_MONITORING=ON >/dev/null
  cmake --build build/nomonitor --target pyvm
fi
node tools/oracle/oracle.mjs compile-many tools/bench/*.py >/dev/null

instructions() { # binary mode bench -> instruction count
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$harness" "$2" \
    "tools/bench/$3.py" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
counted_run() { # interpreter mode bench -> "instructions events"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$harness" "$2" \
    "tools/bench/$3.py" 2>&1 >/dev/null |
    awk '/Collected :/ {n = $NF} /^[0-9.]+ [0-9]+$/ {e = $2} END {print n, e}'
}

if ((per_event_instructions)); then
  echo "## Cost per event of a Python callback (instructions, callgrind)"
  echo
  echo "| benchmark | LINE events | pyvm LINE | CPython 3.13 LINE | PY_START+PY_RETURN events | pyvm | CPython 3.13 |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for b in "${benches[@]}"; do
    read -r p0 _ <<<"$(counted_run "$pyvm" none "$b")"
    read -r c0 _ <<<"$(counted_run "$python" none "$b")"
    cells=""
    for m in line start_return; do
      read -r p1 n <<<"$(counted_run "$pyvm" "$m" "$b")"
      read -r c1 cn <<<"$(counted_run "$python" "$m" "$b")"
      ((n == cn)) || echo "warning: $b $m: $n events in pyvm, $cn in CPython" >&2
      cells+=$(awk -v n="$n" -v cn="$cn" -v p0="$p0" -v p1="$p1" -v c0="$c0" -v c1="$c1" 'BEGIN {
        printf " | %d | %.0f | %.0f", n, (p1-p0)/n, (c1-c0)/cn }')
    done
    echo "| $b$cells |"
  done
  exit 0
fi

((wall_only)) || {
echo "## Instructions executed (callgrind)"
echo
echo "| benchmark | no monitoring build | no tool | vs baseline | LINE tool returning DISABLE | vs no tool |"
echo "|---|---:|---:|---:|---:|---:|"
for b in "${benches[@]}"; do
  i0=$(instructions "$base" none "$b")
  i1=$(instructions "$pyvm" none "$b")
  i2=$(instructions "$pyvm" line_disable "$b")
  awk -v b="$b" -v i0="$i0" -v i1="$i1" -v i2="$i2" 'BEGIN {
    printf "| %s | %.0f | %.0f | %+.2f%% | %.0f | %+.2f%% |\n", b, i0, i1, (i1/i0-1)*100, i2, (i2/i1-1)*100 }'
done
echo
}
echo "## Cost per event of a Python callback (ns, medians of $reps interleaved rounds)"
echo
echo "| benchmark | LINE events | pyvm LINE | CPython 3.13 LINE | PY_START+PY_RETURN events | pyvm | CPython 3.13 |"
echo "|---|---:|---:|---:|---:|---:|---:|"
# Each round times, back to back, pyvm without and with the tool, then CPython
# without and with it, and keeps each interpreter's (with - without) / events;
# the table shows the medians. Interleaving keeps a shared machine's changing
# load from favouring whichever interpreter happened to run in a quiet minute.
for b in "${benches[@]}"; do
  cells=""
  for m in line start_return; do
    costs_pyvm="" costs_python="" n=0
    for _ in $(seq "$reps"); do
      for interp in "$pyvm" "$python"; do
        read -r t0 _ <<<"$("$interp" "$harness" none "tools/bench/$b.py" 2>&1 >/dev/null | tail -n 1)"
        read -r t1 n <<<"$("$interp" "$harness" "$m" "tools/bench/$b.py" 2>&1 >/dev/null | tail -n 1)"
        cost=$(awk -v t0="$t0" -v t1="$t1" -v n="$n" 'BEGIN { printf "%.1f", (t1-t0)/n*1e9 }')
        if [ "$interp" = "$pyvm" ]; then costs_pyvm+="$cost "; else costs_python+="$cost "; fi
      done
    done
    median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$0} END {printf "%.0f", a[int((NR+1)/2)]}'; }
    cells+=" | $n | $(median <<<"$costs_pyvm") | $(median <<<"$costs_python")"
  done
  echo "| $b$cells |"
done
