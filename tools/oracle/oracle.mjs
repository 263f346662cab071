#!/usr/bin/env node
// pyvm oracle: CPython 3.14 (pyodide 314.0.7 in Node.js) as the reference for pyvm.
//
//   oracle.mjs compile SRC.py [OUT.pyc]      py_compile (timestamp pyc, default __pycache__/...)
//   oracle.mjs compile-many SRC.py...        the same, many files, one process
//   oracle.mjs dis FILE.py|FILE.pyc          dis.dis of the module code object
//   oracle.mjs run [--stdin F] SCRIPT [args] python SCRIPT args
//   oracle.mjs trace SCRIPT [args]           python -m trace --trace SCRIPT args
//   oracle.mjs pdb SCRIPT --stdin F [args]   python -m pdb SCRIPT args < F
//   oracle.mjs record RECORDER.py CASE.py    python RECORDER CASE
//   oracle.mjs opcodes                       JSON facts from opcode/dis/_opcode
//   oracle.mjs batch JOBS.json               many jobs in one process (see README.md)
//   oracle.mjs compile-server                compile() requests on stdin, replies on stdout
//
// Every command prints what CPython prints and exits with CPython's status.
// The Python side lives in oracle_driver.py; this file only wires pyodide to
// the host: file system mounts, stdio, and the batch loop.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Directories pyodide itself lives in; never hide them behind a host mount.
const PYODIDE_DIRS = new Set(["/lib", "/dev", "/proc", "/sys"]);

function writeAllSync(fd, buf) {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code === "EPIPE") return; // reader went away (| head): drop the rest quietly
      if (e.code !== "EAGAIN") throw e; // stdout may be a non-blocking pipe
    }
  }
}

// Where Python's fd 1/2 currently go, and where fd 0 reads from. Swapped per job.
const sink = {
  stdout: (b) => writeAllSync(1, b),
  stderr: (b) => writeAllSync(2, b),
  stdin: (buf) => { try { return fs.readSync(0, buf, 0, buf.length, null); } catch { return 0; } },
};

export async function startOracle() {
  const py = await loadPyodide({
    // Fixed hash seed: reproducible set/dict-of-str ordering. No colour anywhere.
    env: { PYTHONHASHSEED: "0", PYTHON_COLORS: "0", NO_COLOR: "1", TERM: "dumb", HOME: "/home/pyodide" },
    stdout: () => {}, // start-up chatter only; real output goes through setStdout
    stderr: () => {},
  });
  // Raw byte writers: output reaches the host exactly as CPython wrote it.
  py.setStdout({ write: (b) => { sink.stdout(Buffer.from(b)); return b.length; }, isatty: false });
  py.setStderr({ write: (b) => { sink.stderr(Buffer.from(b)); return b.length; }, isatty: false });
  py.setStdin({ read: (b) => sink.stdin(b), isatty: false });
  const mounted = new Set();
  const oracle = {
    py,
    // Mount the host tree that holds `p` at the same absolute path inside pyodide, so
    // co_filename, __file__ and tracebacks show real host paths. We mount the top-level
    // directory (e.g. /work): emscripten cannot nest NODEFS mounts reliably, and a script
    // may read siblings or ../data of its own folder, as it could under real CPython.
    mountFor(p) {
      const abs = path.resolve(p);
      let top = "/" + abs.split("/")[1];
      if (PYODIDE_DIRS.has(top)) top = fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
      if (top === "/" || mounted.has(top)) return;
      for (const m of mounted) if (top.startsWith(m + "/")) return;
      if (!fs.existsSync(top)) return;
      py.FS.mkdirTree(top);
      py.mountNodeFS(top, top);
      mounted.add(top);
    },
    driver: null,
  };
  oracle.mountFor(HERE);
  py.runPython(`
import sys
sys.path.insert(0, ${JSON.stringify(HERE)})
import oracle_driver
sys.path.pop(0)
del sys.modules["oracle_driver"]  # keep it out of scripts' sight; we hold a reference
`);
  oracle.driver = py.globals.get("oracle_driver");
  py.runPython("del oracle_driver");
  return oracle;
}

// Run one job: stdio goes to `out` callbacks, stdin comes from `stdinBuf`
// (a Buffer, or null for the process's own stdin). Returns the exit status.
export function runJob(oracle, cmd, args, { cwd = process.cwd(), stdinBuf = null, out = null } = {}) {
  for (const a of args) if (typeof a === "string" && a && !a.startsWith("-") && fs.existsSync(path.resolve(cwd, a))) oracle.mountFor(path.resolve(cwd, a));
  oracle.mountFor(cwd);
  const saved = { ...sink };
  if (out) { sink.stdout = out.stdout; sink.stderr = out.stderr; }
  if (stdinBuf !== null) {
    let pos = 0;
    sink.stdin = (b) => { const n = stdinBuf.copy(b, 0, pos); pos += n; return n; };
  }
  try {
    const argsPy = oracle.py.toPy(args);
    try {
      return oracle.driver.run_job(cmd, argsPy, path.resolve(cwd), stdinBuf !== null);
    } finally {
      argsPy.destroy();
    }
  } catch (e) {
    // A failure of the oracle itself (not of the job's program).
    sink.stderr(Buffer.from(`oracle: internal error: ${e && e.message ? e.message : e}\n`));
    return 70;
  } finally {
    Object.assign(sink, saved);
  }
}

// batch JOBS.json: [{"cmd", "args", "stdin": path|null, "out": prefix, "cwd"?}, ...]
// writes <out>.stdout, <out>.stderr (raw bytes) and <out>.status (decimal + "\n").
// Relative paths in "stdin"/"out"/"cwd" are relative to the JOBS.json directory;
// relative paths in "args" are relative to the job's cwd (default: that directory).
async function batch(oracle, jobsFile) {
  const base = path.dirname(path.resolve(jobsFile));
  const jobs = JSON.parse(fs.readFileSync(jobsFile, "utf8"));
  let worst = 0;
  for (const job of jobs) {
    const cwd = path.resolve(base, job.cwd ?? ".");
    const outPrefix = path.resolve(base, job.out);
    const stdinBuf = job.stdin ? fs.readFileSync(path.resolve(base, job.stdin)) : Buffer.alloc(0);
    const chunks = { stdout: [], stderr: [] };
    const status = runJob(oracle, job.cmd, job.args ?? [], {
      cwd, stdinBuf,
      out: { stdout: (b) => chunks.stdout.push(b), stderr: (b) => chunks.stderr.push(b) },
    });
    fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
    fs.writeFileSync(outPrefix + ".stdout", Buffer.concat(chunks.stdout));
    fs.writeFileSync(outPrefix + ".stderr", Buffer.concat(chunks.stderr));
    fs.writeFileSync(outPrefix + ".status", `${status}\n`);
    if (status === 70) worst = 70;
  }
  return worst;
}

// Blocking read of exactly buf.length bytes from fd; false on end of file.
function readExact(fd, buf) {
  let off = 0;
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (off < buf.length) {
    let n;
    try {
      n = fs.readSync(fd, buf, off, buf.length - off, null);
    } catch (e) {
      if (e.code === "EAGAIN") { Atomics.wait(nap, 0, 0, 5); continue; }
      if (e.code === "EOF") return false;
      throw e;
    }
    if (n === 0) return false;
    off += n;
  }
  return true;
}

// compile-server: pyvm's compiler for compile()/exec()/eval() of source text.
// Frames both ways are a u32 little-endian length and that many bytes; a request
// is oracle_driver.compile_request's layout, a reply its marshalled tuple.
// Runs until stdin closes (pyvm exited), so it never outlives its parent.
function compileServer(oracle) {
  const head = Buffer.alloc(4);
  const quiet = { stdout: () => {}, stderr: () => {} };
  for (;;) {
    if (!readExact(0, head)) return 0;
    const payload = Buffer.alloc(head.readUInt32LE(0));
    if (!readExact(0, payload)) return 0;
    Object.assign(sink, quiet); // compile() prints nothing; keep the reply channel clean
    let reply;
    try {
      const proxy = oracle.driver.compile_request(new Uint8Array(payload.buffer, payload.byteOffset, payload.length));
      reply = Buffer.from(proxy.toJs());
      proxy.destroy();
    } catch (e) {
      // marshal of ("fail", text): a tuple of one short ASCII str and one str.
      const text = Buffer.from(`oracle: internal error: ${e && e.message ? e.message : e}`, "utf8");
      const parts = [Buffer.from([0x29, 2, 0x7a, 4]), Buffer.from("fail"), Buffer.from([0x75]),
        Buffer.alloc(4), text];
      parts[3].writeUInt32LE(text.length, 0);
      reply = Buffer.concat(parts);
    }
    const len = Buffer.alloc(4);
    len.writeUInt32LE(reply.length, 0);
    writeAllSync(1, Buffer.concat([len, reply]));
  }
}

const USAGE = `usage: oracle.mjs {compile|compile-many|dis|run|trace|pdb|record|opcodes|batch|compile-server} ...
  see the header of tools/oracle/oracle.mjs and tools/oracle/README.md`;

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "-h" || cmd === "--help") {
    console.error(USAGE);
    return cmd ? 0 : 2;
  }
  // `--stdin FILE` may come right after the command or right after the script.
  let stdinBuf = null;
  for (const i of [0, 1]) {
    if (rest[i] === "--stdin" && rest.length > i + 1) {
      stdinBuf = fs.readFileSync(rest[i + 1]);
      rest.splice(i, 2);
      break;
    }
  }
  // pdb with no --stdin file: an empty stdin, so it never waits on a terminal.
  if (cmd === "pdb" && stdinBuf === null) stdinBuf = Buffer.alloc(0);
  const oracle = await startOracle();
  if (cmd === "compile-server") return compileServer(oracle);
  if (cmd === "batch") {
    if (rest.length !== 1) { console.error("usage: oracle.mjs batch JOBS.json"); return 2; }
    return batch(oracle, rest[0]);
  }
  return runJob(oracle, cmd, rest, { stdinBuf });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
