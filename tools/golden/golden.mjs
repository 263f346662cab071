#!/usr/bin/env node
// Golden-test runner: compares pyvm's output with outputs recorded from CPython 3.14.
// Works on any folder of programs (a "suite"); see README.md beside this file.
//
//   golden.mjs compile <suite-dir>...               cases -> __pycache__/<case>.cpython-314.pyc
//   golden.mjs record  <suite-dir> [case...]        expected/<case>.<mode> from the oracle
//   golden.mjs check   <suite-dir> --pyvm PATH [case...] [--timeout S]
//   golden.mjs fresh   <suite-dir> [--sample N]     re-record a sample, diff with expected/
//   golden.mjs known   [<suite-dir>...]             print known-failures lists
//   golden.mjs coverage <suite-dir>                 dis suites: every .pyc opcode shown?
//
// pyvm itself never needs Node; only this runner and the oracle do.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ORACLE = path.resolve(HERE, "../oracle/oracle.mjs");
const DEFAULT_SUITES_ROOT = path.resolve(HERE, "../../tests/golden");
const SUITE_PLACEHOLDER = "<SUITE_DIR>";

// What each mode runs. {case} is the case name; pyvm runs with cwd = the cases folder.
// A suite.json may override "pyvm_args"; events suites name a "recorder" and may pass
// it "recorder_args" (the {recorder_args} element expands to them). The recorder gets the
// case's absolute path ({cases_dir}), as the oracle passes it.
const MODES = {
  dis: { oracle: (c) => ({ cmd: "dis", args: [`${c}.py`] }), pyvm: ["dis", "{case}.py"], sectioned: false },
  run: { oracle: (c) => ({ cmd: "run", args: [`${c}.py`] }), pyvm: ["{case}.py"], sectioned: true },
  trace: { oracle: (c) => ({ cmd: "trace", args: [`${c}.py`] }), pyvm: ["--trace", "{case}.py"], sectioned: true },
  pdb: { oracle: (c) => ({ cmd: "pdb", args: [`${c}.py`] }), pyvm: ["debug", "{case}.py"], sectioned: true },
  events: { oracle: (c, s) => ({ cmd: "record", args: [s.recorder, `${c}.py`, ...s.recorderArgs] }), pyvm: ["{recorder}", "{cases_dir}/{case}.py", "{recorder_args}"], sectioned: true },
};

function die(msg, code = 2) {
  process.stderr.write(`golden: ${msg}\n`);
  process.exit(code);
}

// ------------------------------------------------------------------ suites

function loadSuite(dir) {
  const abs = path.resolve(dir);
  const cfgPath = path.join(abs, "suite.json");
  if (!fs.existsSync(cfgPath)) die(`${abs}: no suite.json (create one, e.g. {"mode": "run"})`);
  const cfg = JSON.parse(fs.readFileSync(cfgPath, "utf8"));
  const mode = MODES[cfg.mode];
  if (!mode) die(`${cfgPath}: unknown mode ${JSON.stringify(cfg.mode)} (one of ${Object.keys(MODES).join(", ")})`);
  if (cfg.mode === "events" && !cfg.recorder) die(`${cfgPath}: mode "events" needs "recorder": "path/to/recorder.py"`);
  // Cases: top-level *.py of the cases folder ("cases" in suite.json, default the suite
  // folder itself, so several suites can share one set of programs), except helpers "_*".
  const casesDir = path.resolve(abs, cfg.cases ?? ".");
  if (!fs.existsSync(casesDir)) die(`${cfgPath}: cases folder ${casesDir} does not exist`);
  // "exclude": {"case": "why"} leaves cases of a shared folder out of this suite (e.g. an
  // events log of many MB); the reason is required so no case is dropped silently.
  const exclude = cfg.exclude ?? {};
  for (const [c, why] of Object.entries(exclude)) {
    if (typeof why !== "string" || !why.trim()) die(`${cfgPath}: "exclude" needs a reason for ${c}`);
    if (!fs.existsSync(path.join(casesDir, `${c}.py`))) die(`${cfgPath}: excluded case ${c} does not exist (remove it)`);
  }
  const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith(".py") && !f.startsWith("_"))
    .map((f) => f.slice(0, -3)).filter((c) => !(c in exclude)).sort();
  return {
    dir: abs, casesDir, name: path.basename(abs), cfg, mode: cfg.mode, spec: mode, cases,
    recorder: cfg.recorder ? path.resolve(abs, cfg.recorder) : null,
    recorderArgs: cfg.recorder_args ?? [],
    expected: (c) => path.join(abs, "expected", `${c}.${cfg.mode}`),
    stdinFile: (c) => { const p = path.join(casesDir, `${c}.stdin`); return fs.existsSync(p) ? p : null; },
  };
}

function readKnown(suite) {
  const p = path.join(suite.dir, "known-failures.txt");
  if (!fs.existsSync(p)) return new Set();
  return new Set(fs.readFileSync(p, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean));
}

function pickCases(suite, names) {
  if (!names.length) return suite.cases;
  for (const n of names) if (!suite.cases.includes(n)) die(`${suite.dir}: no case ${n} (${n}.py)`);
  return names;
}

// ------------------------------------------------------------------ output forms

// stdout + stderr + exit status in one text file, sections in a fixed order.
// A section that does not end in a newline is marked, so no two outputs render alike.
function renderSectioned(stdout, stderr, status) {
  const sec = (name, text) => `## ${name}\n${text}${text && !text.endsWith("\n") ? "\n## (no newline at end)\n" : ""}`;
  return `${sec("stdout", stdout)}${sec("stderr", stderr)}## exit ${status}\n`;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Applied identically to expected and actual text before comparing (and to what `record` stores).
function normalise(text, suite) {
  let t = text.replace(/ at 0x[0-9a-fA-F]+/g, " at 0x...");
  const dirs = new Set([suite.dir, suite.casesDir]);
  for (const d of [suite.dir, suite.casesDir]) try { dirs.add(fs.realpathSync(d)); } catch { /* keep the given path */ }
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) t = t.replace(new RegExp(escapeRe(d), "g"), SUITE_PLACEHOLDER);
  if (suite.spec.sectioned) {
    // Traceback caret/underline lines (only spaces, ^ and ~; inside exception-group tracebacks also the
    // "|" margin) are dropped: position-marking detail.
    t = t.split("\n").filter((l) => !/^[\s|]*[\^~]+[\s\^~]*$/.test(l)).join("\n");
  }
  return t;
}

// ------------------------------------------------------------------ oracle

function ensureOracle() {
  if (!fs.existsSync(path.resolve(HERE, "../oracle/node_modules/pyodide"))) {
    die(`the oracle needs pyodide: run \`npm ci\` in ${path.resolve(HERE, "../oracle")}`);
  }
}

// Run jobs in ONE oracle process (batch mode); returns [{stdout, stderr, status}].
function oracleBatch(jobs) {
  ensureOracle();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "golden-"));
  try {
    const list = jobs.map((j, i) => ({ ...j, out: path.join(tmp, `job${i}`) }));
    fs.writeFileSync(path.join(tmp, "jobs.json"), JSON.stringify(list, null, 1));
    const r = spawnSync(process.execPath, [ORACLE, "batch", path.join(tmp, "jobs.json")], { stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) die(`oracle batch failed (status ${r.status}${r.signal ? ", " + r.signal : ""})`, 1);
    return list.map((j) => ({
      stdout: fs.readFileSync(j.out + ".stdout", "utf8"),
      stderr: fs.readFileSync(j.out + ".stderr", "utf8"),
      status: Number(fs.readFileSync(j.out + ".status", "utf8")),
    }));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function oracleJob(suite, c) {
  const j = suite.spec.oracle(c, suite);
  return { ...j, cwd: suite.casesDir, stdin: suite.stdinFile(c) };
}

// The text stored in expected/<case>.<mode> for one oracle result.
function expectedText(suite, c, res) {
  if (suite.spec.sectioned) return normalise(renderSectioned(res.stdout, res.stderr, res.status), suite);
  // dis: the program must compile cleanly (a SyntaxWarning on stderr would be lost).
  if (res.status !== 0 || res.stderr) {
    process.stderr.write(`golden: oracle failed on ${suite.name}/${c} (status ${res.status}):\n${res.stderr}`);
    return null;
  }
  return normalise(res.stdout, suite);
}

function recordInto(suite, cases, outPath) {
  const t0 = Date.now();
  // run and events read the case's .pyc (the code pyvm runs; marshal can reorder frozenset
  // constants): compile first, in the same oracle process.
  const pre = suite.mode === "events" || suite.mode === "run" ? [{ cmd: "compile-many", args: allSources(suite.casesDir), cwd: suite.casesDir, stdin: null }] : [];
  const results = oracleBatch([...pre, ...cases.map((c) => oracleJob(suite, c))]).slice(pre.length);
  let failed = 0;
  cases.forEach((c, i) => {
    const text = expectedText(suite, c, results[i]);
    if (text === null) { failed++; return; }
    const p = outPath(c);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  });
  if (failed) die(`${failed} case(s) could not be recorded`, 1);
  return Date.now() - t0;
}

// ------------------------------------------------------------------ diff

// Short unified diff (LCS on lines; fine for golden-sized outputs).
function unifiedDiff(a, b, { context = 2, maxLines = 40, labelA = "expected", labelB = "actual" } = {}) {
  const A = a.split("\n"), B = b.split("\n");
  const n = A.length, m = B.length;
  const ops = [];
  if (n * m > 4e6) {
    // Too big for the table: show from the first differing line.
    let i = 0;
    while (i < n && i < m && A[i] === B[i]) i++;
    for (let k = i; k < Math.min(n, i + 10); k++) ops.push(["-", A[k], k]);
    for (let k = i; k < Math.min(m, i + 10); k++) ops.push(["+", B[k], k]);
  } else {
    const L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
      L[i][j] = A[i] === B[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) { ops.push([" ", A[i], i]); i++; j++; }
      else if (i < n && (j === m || L[i + 1][j] >= L[i][j + 1])) { ops.push(["-", A[i], i]); i++; }
      else { ops.push(["+", B[j], i]); j++; }
    }
  }
  const keep = ops.map(() => false);
  ops.forEach((o, k) => { if (o[0] !== " ") for (let d = -context; d <= context; d++) if (ops[k + d]) keep[k + d] = true; });
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  let prev = -2;
  ops.forEach((o, k) => {
    if (!keep[k]) return;
    if (k !== prev + 1) out.push(`@@ line ${o[2] + 1} @@`);
    out.push(o[0] + o[1]);
    prev = k;
  });
  if (out.length > maxLines) return out.slice(0, maxLines).join("\n") + `\n... (${out.length - maxLines} more diff lines)`;
  return out.join("\n");
}

const indent = (s) => s.split("\n").map((l) => "    " + l).join("\n");

// ------------------------------------------------------------------ commands

function parseOpts(argv, spec) {
  const opts = {}, pos = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const key = a.slice(2);
      if (!(key in spec)) die(`unknown option ${a}`);
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      opts[key] = argv[++i];
    } else pos.push(a);
  }
  return { opts, pos };
}

// Every .py under a suite folder: cases, helper modules (_*.py) and packages (pkg_*/...),
// so pyvm finds a .pyc for everything a case imports.
function allSources(dir, rel = "") {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && e.name !== "__pycache__" && e.name !== "expected") out.push(...allSources(dir, r));
    else if (e.isFile() && e.name.endsWith(".py")) out.push(r);
  }
  return out.sort();
}

function cmdCompile(argv) {
  if (!argv.length) die("usage: golden.mjs compile <suite-dir>...");
  const suites = argv.map(loadSuite);
  const dirs = [...new Set(suites.filter((s) => s.cases.length).map((s) => s.casesDir))];
  const jobs = dirs.map((d) => ({ cmd: "compile-many", args: allSources(d), cwd: d, stdin: null }));
  const t0 = Date.now();
  const res = oracleBatch(jobs);
  let bad = 0;
  res.forEach((r, i) => { if (r.status !== 0) { bad++; process.stderr.write(`golden: compile failed in ${jobs[i].cwd}:\n${r.stderr}`); } });
  const n = suites.reduce((k, s) => k + s.cases.length, 0);
  console.log(`compiled ${n} cases in ${suites.length} suite(s) (${Date.now() - t0} ms)`);
  return bad ? 1 : 0;
}

function cmdRecord(argv) {
  const { pos } = parseOpts(argv, {});
  if (!pos.length) die("usage: golden.mjs record <suite-dir> [case...]");
  const suite = loadSuite(pos[0]);
  const cases = pickCases(suite, pos.slice(1));
  const ms = recordInto(suite, cases, suite.expected);
  console.log(`recorded ${cases.length} case(s) of ${suite.name} (${suite.mode}) in ${ms} ms`);
  return 0;
}

function runPyvm(suite, pyvm, c, timeoutS) {
  const tmpl = suite.cfg.pyvm_args ?? suite.spec.pyvm;
  const args = tmpl.flatMap((a) => a === "{recorder_args}" ? suite.recorderArgs
    : [a.replaceAll("{case}", c).replaceAll("{recorder}", suite.recorder ?? "").replaceAll("{cases_dir}", suite.casesDir)]);
  const stdinFile = suite.stdinFile(c);
  const r = spawnSync(pyvm, args, {
    cwd: suite.casesDir,
    input: stdinFile ? fs.readFileSync(stdinFile) : "",
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutS * 1000,
    env: { ...process.env, PYTHONHASHSEED: "0", NO_COLOR: "1", PYTHON_COLORS: "0" },
  });
  if (r.error && r.error.code !== "ETIMEDOUT") return { error: `cannot run ${pyvm}: ${r.error.message}` };
  const stdout = r.stdout.toString("utf8"), stderr = r.stderr.toString("utf8");
  let status = r.status;
  let note = "";
  if (r.signal) { note = r.error ? `timed out after ${timeoutS} s` : `killed by ${r.signal}`; status = `signal ${r.signal}`; }
  if (suite.spec.sectioned) return { text: renderSectioned(stdout, stderr, status), note };
  // dis mode compares stdout only; a crash or error status is reported beside the diff.
  if (status !== 0) note = `${note ? note + "; " : ""}exit ${status}${stderr ? ", stderr: " + stderr.trim().split("\n").slice(-3).join(" | ") : ""}`;
  return { text: stdout, note };
}

function cmdCheck(argv) {
  const { opts, pos } = parseOpts(argv, { pyvm: 1, timeout: 1 });
  if (!pos.length || !opts.pyvm) die("usage: golden.mjs check <suite-dir> --pyvm PATH [case...] [--timeout S]");
  const pyvm = path.resolve(opts.pyvm);
  if (!fs.existsSync(pyvm) || !fs.statSync(pyvm).isFile()) die(`pyvm binary not found: ${pyvm} (build it first)`, 2);
  const suite = loadSuite(pos[0]);
  const cases = pickCases(suite, pos.slice(1));
  const known = readKnown(suite);
  const timeoutS = Number(opts.timeout ?? 60);
  let passed = 0, failed = 0, knownFailed = 0;
  for (const c of cases) {
    const isKnown = known.has(c);
    const expPath = suite.expected(c);
    let line, detail = "";
    if (!fs.existsSync(expPath)) {
      line = `FAIL ${c}`; detail = `no expected output ${path.relative(suite.dir, expPath)}: run \`golden.mjs record ${suite.dir} ${c}\``;
      failed++;
    } else {
      const r = runPyvm(suite, pyvm, c, timeoutS);
      if (r.error) die(r.error, 2);
      const exp = normalise(fs.readFileSync(expPath, "utf8"), suite);
      const act = normalise(r.text, suite);
      const same = exp === act && !r.note;
      if (same && !isKnown) { line = `PASS ${c}`; passed++; }
      else if (same && isKnown) { line = `UNEXPECTED-PASS ${c} (passes now: remove it from known-failures.txt)`; failed++; }
      else if (isKnown) { line = `KNOWN-FAIL ${c}`; knownFailed++; }
      else {
        line = `FAIL ${c}${r.note ? " (" + r.note + ")" : ""}`;
        if (exp !== act) detail = unifiedDiff(exp, act);
        failed++;
      }
    }
    console.log(line);
    if (detail) console.log(indent(detail));
  }
  console.log(`${passed} passed, ${failed} failed${knownFailed ? `, ${knownFailed} known failures` : ""}`);
  return failed ? 1 : 0;
}

function cmdFresh(argv) {
  const { opts, pos } = parseOpts(argv, { sample: 1 });
  if (pos.length !== 1) die("usage: golden.mjs fresh <suite-dir> [--sample N]");
  const suite = loadSuite(pos[0]);
  const withExpected = suite.cases.filter((c) => fs.existsSync(suite.expected(c)));
  const n = Math.min(Number(opts.sample ?? 4), withExpected.length);
  // Deterministic sample spread across the sorted list (first, ..., last).
  const sample = [...new Set(Array.from({ length: n }, (_, i) =>
    withExpected[n === 1 ? 0 : Math.round((i * (withExpected.length - 1)) / (n - 1))]))];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "golden-fresh-"));
  let bad = 0;
  try {
    const ms = recordInto(suite, sample, (c) => path.join(tmp, `${c}.${suite.mode}`));
    for (const c of sample) {
      const committed = normalise(fs.readFileSync(suite.expected(c), "utf8"), suite);
      const now = normalise(fs.readFileSync(path.join(tmp, `${c}.${suite.mode}`), "utf8"), suite);
      if (committed === now) console.log(`FRESH ${c}`);
      else { bad++; console.log(`STALE ${c}\n${indent(unifiedDiff(committed, now, { labelA: "committed", labelB: "oracle now" }))}`); }
    }
    console.log(`${sample.length - bad} fresh, ${bad} stale (oracle ${ms} ms)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!withExpected.length) console.log("no expected outputs recorded yet");
  return bad ? 1 : 0;
}

function allSuites() {
  if (!fs.existsSync(DEFAULT_SUITES_ROOT)) return [];
  return fs.readdirSync(DEFAULT_SUITES_ROOT).sort().map((d) => path.join(DEFAULT_SUITES_ROOT, d))
    .filter((d) => fs.existsSync(path.join(d, "suite.json")));
}

function cmdKnown(argv) {
  const dirs = argv.length ? argv : allSuites();
  let total = 0;
  for (const d of dirs) {
    const suite = loadSuite(d);
    const known = [...readKnown(suite)].sort();
    total += known.length;
    const excluded = Object.entries(suite.cfg.exclude ?? {});
    console.log(`${suite.name}: ${known.length} known failure(s) of ${suite.cases.length} case(s)${excluded.length ? `, ${excluded.length} excluded` : ""}`);
    for (const k of known) console.log(`  ${k}${suite.cases.includes(k) ? "" : "  (no such case: remove it)"}`);
    for (const [c, why] of excluded) console.log(`  excluded ${c}: ${why}`);
  }
  console.log(`total: ${total} known failure(s)`);
  return 0;
}

function cmdCoverage(argv) {
  if (argv.length !== 1) die("usage: golden.mjs coverage <suite-dir>");
  const suite = loadSuite(argv[0]);
  if (suite.mode !== "dis") die(`${suite.name}: coverage applies to dis suites (mode is ${suite.mode})`);
  const facts = JSON.parse(fs.readFileSync(path.join(HERE, "opcodes-3.14.json"), "utf8"));
  const all = new Set(Object.keys(facts.opmap));
  const seen = new Map();
  for (const c of suite.cases) {
    const p = suite.expected(c);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, "utf8").split("\n")) {
      // dis lines: [line] [label:] [offset] OPNAME [arg (argrepr)]; the first opcode name wins.
      const tok = line.trim().split(/\s+/).find((t) => all.has(t));
      if (tok && !line.startsWith("Disassembly of")) {
        if (!seen.has(tok)) seen.set(tok, new Set());
        seen.get(tok).add(c);
      }
    }
  }
  const required = facts.dis_visible_in_pyc;
  const missing = required.filter((n) => !seen.has(n));
  for (const n of required) {
    const cs = seen.get(n);
    console.log(`${cs ? "  " : "- "}${n.padEnd(36)} ${cs ? `${cs.size} case(s), e.g. ${[...cs].sort()[0]}` : "MISSING"}`);
  }
  const extra = [...seen.keys()].filter((n) => !required.includes(n));
  if (extra.length) console.log(`also seen (not in a .pyc's required list): ${extra.join(", ")}`);
  console.log(`${required.length - missing.length}/${required.length} opcodes covered${missing.length ? `; missing: ${missing.join(", ")}` : ""}`);
  return missing.length ? 1 : 0;
}

const COMMANDS = { compile: cmdCompile, record: cmdRecord, check: cmdCheck, fresh: cmdFresh, known: cmdKnown, coverage: cmdCoverage };

const [cmd, ...rest] = process.argv.slice(2);
if (!COMMANDS[cmd]) die(`usage: golden.mjs {${Object.keys(COMMANDS).join("|")}} ...  (see tools/golden/README.md)`);
process.exitCode = COMMANDS[cmd](rest);
