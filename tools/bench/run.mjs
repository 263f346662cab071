#!/usr/bin/env node
// Times pyvm against CPython 3.13 on the benchmark programs beside this file and
// prints a Markdown table: per-benchmark medians, the ratio pyvm/CPython and the
// geometric mean of the ratios. pyvm's stdout must equal CPython's, or the row is
// marked and left out of the mean. See README.md beside this file.
//
//   node tools/bench/run.mjs [--reps N] [--timeout S] [--pyvm PATH] [--python PATH]
//                            [--json FILE] [--strict] [bench...]
//
// Environment: PYVM (default build/release/pyvm), BENCH_PYTHON (default
// $(pyenv root)/versions/3.13.0/bin/python3), BENCH_REPS (default 3).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const ORACLE = path.join(ROOT, "tools/oracle/oracle.mjs");

function die(msg, code = 2) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(code);
}

function defaultPython() {
  const r = spawnSync("pyenv", ["root"], { encoding: "utf8" });
  const root = r.status === 0 ? r.stdout.trim() : path.join(os.homedir(), ".pyenv");
  return path.join(root, "versions/3.13.0/bin/python3");
}

function parseArgs(argv) {
  const o = {
    reps: Number(process.env.BENCH_REPS ?? 3),
    timeout: 120,
    pyvm: process.env.PYVM ?? path.join(ROOT, "build/release/pyvm"),
    python: process.env.BENCH_PYTHON ?? defaultPython(),
    json: null,
    strict: false,
    names: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : die(`${a} needs a value`));
    if (a === "--reps") o.reps = Number(val());
    else if (a === "--timeout") o.timeout = Number(val());
    else if (a === "--pyvm") o.pyvm = path.resolve(val());
    else if (a === "--python") o.python = path.resolve(val());
    else if (a === "--json") o.json = path.resolve(val());
    else if (a === "--strict") o.strict = true;
    else if (a === "-h" || a === "--help") {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 11).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    } else if (a.startsWith("--")) die(`unknown option ${a}`);
    else o.names.push(a.replace(/\.py$/, ""));
  }
  if (!(o.reps >= 1)) die("--reps must be at least 1");
  return o;
}

// One timed run: wall-clock seconds, stdout, and how it ended.
function timeRun(cmd, args, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: HERE, encoding: "utf8", timeout: timeoutS * 1000, maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  let problem = null;
  if (r.error && r.error.code === "ETIMEDOUT") problem = `timeout ${timeoutS}s`;
  else if (r.error) problem = `cannot run: ${r.error.code ?? r.error.message}`;
  else if (r.signal) problem = `killed by ${r.signal}`;
  else if (r.status !== 0) problem = `exit ${r.status}`;
  return { secs, stdout: r.stdout ?? "", stderr: r.stderr ?? "", problem };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// pyvm runs the .pyc the oracle (CPython 3.14) compiles, so compiling is never timed.
function compileAll(benches) {
  const r = spawnSync(process.execPath, [ORACLE, "compile-many", ...benches.map((b) => `${b}.py`)], { cwd: HERE, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) die(`the oracle could not compile the benchmarks (status ${r.status}); did you run \`npm ci\` in tools/oracle?`);
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const all = fs.readdirSync(HERE).filter((f) => f.endsWith(".py") && !f.startsWith("_")).map((f) => f.slice(0, -3)).sort();
  for (const n of o.names) if (!all.includes(n)) die(`no benchmark ${n} (${n}.py) in ${HERE}`);
  const benches = o.names.length ? o.names : all;
  if (!fs.existsSync(o.python)) die(`CPython not found: ${o.python} (set BENCH_PYTHON or --python)`);
  const havePyvm = fs.existsSync(o.pyvm);
  if (havePyvm) compileAll(benches);

  const rows = [];
  for (const b of benches) {
    process.stderr.write(`bench: ${b} ...`);
    const pyc = path.join("__pycache__", `${b}.cpython-314.pyc`);
    const cp = [], vm = [];
    let ref = null, status = "ok", cpProblem = null;
    for (let i = 0; i < o.reps; i++) {
      const r = timeRun(o.python, [`${b}.py`], o.timeout);
      if (r.problem) { cpProblem = r.problem; break; }
      cp.push(r.secs);
      ref = r.stdout;
    }
    if (cpProblem) status = `CPython failed (${cpProblem})`;
    else if (!havePyvm) status = "FAIL (no pyvm binary)";
    else {
      for (let i = 0; i < o.reps; i++) {
        const r = timeRun(o.pyvm, [pyc], o.timeout);
        if (r.problem) {
          const last = r.stderr.trim().split("\n").pop() ?? "";
          status = `FAIL (${r.problem}${last ? ": " + last.slice(0, 60) : ""})`;
          break;
        }
        if (r.stdout !== ref) { status = "MISMATCH (output differs from CPython)"; break; }
        vm.push(r.secs);
      }
    }
    const cpMed = cp.length ? median(cp) : null;
    const vmMed = status === "ok" ? median(vm) : null;
    rows.push({ bench: b, cpython_s: cpMed, pyvm_s: vmMed, ratio: vmMed !== null ? vmMed / cpMed : null, status, checksum: (ref ?? "").trim() });
    process.stderr.write(` ${status}\n`);
  }

  const f = (x, d = 3) => (x === null ? "—" : x.toFixed(d));
  const ok = rows.filter((r) => r.ratio !== null);
  const geo = ok.length ? Math.exp(ok.reduce((s, r) => s + Math.log(r.ratio), 0) / ok.length) : null;
  const lines = [
    `pyvm: \`${o.pyvm}\`  ·  CPython: \`${o.python}\`  ·  ${o.reps} repetition(s), medians of wall-clock seconds`,
    "",
    "| benchmark | CPython 3.13 (s) | pyvm (s) | pyvm / CPython | status |",
    "|---|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.bench} | ${f(r.cpython_s)} | ${f(r.pyvm_s)} | ${f(r.ratio, 2)} | ${r.status} |`),
    `| **geometric mean** (${ok.length}/${rows.length} ran correctly) | | | **${f(geo, 2)}** | |`,
  ];
  console.log(lines.join("\n"));
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ pyvm: o.pyvm, python: o.python, reps: o.reps, rows, geomean: geo }, null, 1) + "\n");
  process.exitCode = o.strict && ok.length !== rows.length ? 1 : 0;
}

main();
