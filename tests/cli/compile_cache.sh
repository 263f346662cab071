#!/usr/bin/env bash
# The compile cache of eval()/exec()/compile() of source text (frontend/compile_cache.h):
# after one run with the oracle, the same program runs with no compiler at all
# (PYVM_COMPILER pointing at a missing file), damaged entries are dropped and
# rewritten, and a missing or silent compiler gives a clear error, never a hang.
# Usage: [NODE=node] compile_cache.sh PYVM ORACLE_MJS   (files go to a temporary folder)
set -uo pipefail
pyvm=$1
oracle=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PYVM_CACHE_DIR="$tmp/cache"
unset XDG_CACHE_HOME
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cat > "$tmp/prog.py" <<'PY'
print(eval("6 * 7"))
ns = {}
exec("def f(n):\n    return n + 1", ns)
print(ns["f"](1))
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
PY
expected=$'42\n2\nSyntaxError invalid syntax <bad> 1 0'

# 1. Cold: the oracle compiles the file and the three texts; the cache fills.
out=$(PYVM_COMPILER="$oracle" "$pyvm" "$tmp/prog.py" 2>&1)
[ "$out" == "$expected" ] || fail "first run printed: $out"
entries=$(find "$tmp/cache" -type f | wc -l)
[ "$entries" -eq 3 ] || fail "expected 3 cache entries after the first run, found $entries"

# 2. Warm: no compiler at all, same output, and quickly (node never starts).
start=$(date +%s)
out=$(PYVM_COMPILER="$tmp/missing/oracle.mjs" "$pyvm" "$tmp/prog.py" 2>&1)
[ "$out" == "$expected" ] || fail "warm run without a compiler printed: $out"
[ $(($(date +%s) - start)) -le 2 ] || fail "warm run took more than 2 s"

# 3. New text without a compiler: a clear RuntimeError, exit status 1. (The
#    file itself is compiled by the oracle directly, which leaves the cache alone.)
echo 'print(eval("1 + 2 + 3"))' > "$tmp/new.py"
echo 'print(eval("1 + " * 100000 + "1"))' > "$tmp/big.py" # more than a pipe holds
"${NODE:-node}" "$oracle" compile-many "$tmp/new.py" "$tmp/big.py" || fail "oracle compile"
out=$(PYVM_COMPILER="$tmp/missing/oracle.mjs" "$pyvm" "$tmp/new.py" 2>&1)
status=$?
[ $status -eq 1 ] || fail "no compiler: exit status $status"
grep -q "RuntimeError: cannot compile source text: no compiler found at '$tmp/missing/oracle.mjs'" <<<"$out" ||
  fail "no compiler: message was: $out"

# 4. Damaged entries (truncated, flipped bytes) are misses: with no compiler the
#    program now fails cleanly; with the oracle it runs and the entries are repaired.
for f in $(find "$tmp/cache" -type f); do
  printf 'garbage' | dd of="$f" bs=1 seek=60 conv=notrunc status=none
done
out=$(PYVM_COMPILER="$tmp/missing/oracle.mjs" "$pyvm" "$tmp/prog.py" 2>&1)
status=$?
[ $status -eq 1 ] && grep -q "no compiler found" <<<"$out" || fail "damaged cache was used: $out"
out=$(PYVM_COMPILER="$oracle" "$pyvm" "$tmp/prog.py" 2>&1)
[ "$out" == "$expected" ] || fail "run after damage printed: $out"
out=$(PYVM_COMPILER="$tmp/missing/oracle.mjs" "$pyvm" "$tmp/prog.py" 2>&1)
[ "$out" == "$expected" ] || fail "repaired cache: run without a compiler printed: $out"

# 5. A compiler that never answers: killed after PYVM_COMPILE_TIMEOUT seconds.
printf '#!/bin/sh\nexec sleep 60\n' > "$tmp/silent"
chmod +x "$tmp/silent"
start=$(date +%s)
out=$(PYVM_COMPILER="$tmp/silent" PYVM_COMPILE_TIMEOUT=2 "$pyvm" "$tmp/new.py" 2>&1)
status=$?
[ $status -eq 1 ] || fail "silent compiler: exit status $status"
grep -q "did not answer within 2 s" <<<"$out" || fail "silent compiler: message was: $out"
[ $(($(date +%s) - start)) -le 10 ] || fail "silent compiler: pyvm waited too long"

# 6. A compiler that dies at once: a clear error too, also when the request does
#    not fit in the pipe (a write to the dead child: EPIPE, not a SIGPIPE death).
printf '#!/bin/sh\necho "broken compiler" >&2\nexit 3\n' > "$tmp/dies"
chmod +x "$tmp/dies"
for prog in new big; do
  out=$(PYVM_COMPILER="$tmp/dies" "$pyvm" "$tmp/$prog.py" 2>&1)
  status=$?
  [ $status -eq 1 ] || fail "dying compiler ($prog): exit status $status"
  grep -q "the compiler exited" <<<"$out" && grep -q "broken compiler" <<<"$out" ||
    fail "dying compiler ($prog): message was: $out"
done

[ $failures -eq 0 ] && echo "compile cache: all checks passed"
exit $((failures > 0))
