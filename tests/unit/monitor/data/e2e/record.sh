#!/bin/sh
# Rebuilds the .pyc files and the expected outputs with the CPython 3.14 oracle.
set -e
cd "$(dirname "$0")"
ORACLE=../../../../../tools/oracle/oracle.mjs
for py in *.py; do
  case "$py" in make_cases.py) continue ;; esac
  name="${py%.py}"
  node "$ORACLE" compile "$py" "pyc/$name.pyc"
  node "$ORACLE" run "pyc/$name.pyc" > "$name.expected"
done
