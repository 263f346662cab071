#!/usr/bin/env bash
# Installs what pyvm needs to build and test, then configures and builds it.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Usage: bash tools/setup.sh [preset]     (preset: release (default), debug, asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

# Debian packages: compiler, CMake + Ninja, LLVM ADT/Support, GoogleTest,
# CLI11, spdlog; Node.js for the CPython 3.14 oracle used by the tests.
packages=(g++ cmake ninja-build llvm-14-dev libgtest-dev libcli11-dev libspdlog-dev
          clang libclang-rt-14-dev) # clang + its runtime: the libFuzzer target
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The oracle: CPython 3.14 for Node.js (npm package pyodide, pinned in the lock file).
if [ -f tools/oracle/package-lock.json ]; then
  if [ ! -d tools/oracle/node_modules/pyodide ] ||
     [ tools/oracle/package-lock.json -nt tools/oracle/node_modules/.package-lock.json ]; then
    (cd tools/oracle && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
