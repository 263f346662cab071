// Mutation driver: flips random bits/bytes in the bytecode of real .pyc files
// and RUNS them with pyvm, classifying each exit. Any exit status (0, 1 for a
// clear error, or the status a seed passes to sys.exit) is fine; a signal
// (SIGSEGV, SIGABRT from std::bad_alloc or an assertion) is a crash,
// and a run past the timeout is reported as a hang (a
// mutated jump can make a legal infinite loop, so hangs are listed apart).
//
// Usage: node tests/fuzz/mutate_run.mjs [options] FILE.pyc|DIR...
//   --pyvm PATH     pyvm binary (default build/release/pyvm)
//   --runs N        number of mutated runs (default 2000)
//   --seed S        random seed (default 1); the same seed repeats a campaign
//   --jobs J        parallel runs (default 2)
//   --timeout MS    per-run timeout (default 3000)
//   --out DIR       where crashers are copied (default build/mutate_crashers)
// Prints a summary line "runs N ok A error B crash C hang D" and exits 1 when
// a crash was found.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = { pyvm: 'build/release/pyvm', runs: 2000, seed: 1, jobs: 2, timeout: 3000,
              out: 'build/mutate_crashers' };
const inputs = [];
for (let i = 0; i < args.length; ++i) {
  const a = args[i];
  if (a.startsWith('--')) {
    const key = a.slice(2);
    if (!(key in opt)) throw new Error(`unknown option ${a}`);
    opt[key] = typeof opt[key] === 'number' ? Number(args[++i]) : args[++i];
  } else {
    inputs.push(a);
  }
}

function collect(p, acc) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p)) collect(path.join(p, e), acc);
  } else if (p.endsWith('.pyc')) {
    acc.push(p);
  }
  return acc;
}
const files = inputs.flatMap((p) => collect(p, []));
if (files.length === 0) {
  console.error('mutate_run: no .pyc inputs');
  process.exit(2);
}

// xorshift32: a small deterministic generator so a seed replays a campaign.
let state = (opt.seed >>> 0) || 1;
function rand(n) {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state % n;
}

// The co_code byte ranges of every code object in a marshalled .pyc: a
// TYPE_CODE ('c', maybe with FLAG_REF) followed by five int32 fields and a
// bytes object ('s') holding the code. A heuristic scan is enough here.
function codeRanges(buf) {
  const ranges = [];
  for (let p = 16; p + 26 < buf.length; ++p) {
    if ((buf[p] & 0x7f) !== 0x63 || (buf[p + 21] & 0x7f) !== 0x73) continue;
    const len = buf.readUInt32LE(p + 22);
    if (len === 0 || len % 2 !== 0 || p + 26 + len > buf.length) continue;
    ranges.push([p + 26, len]);
  }
  return ranges;
}

const sources = files.map((f) => {
  const buf = fs.readFileSync(f);
  return { file: f, buf, ranges: codeRanges(buf) };
});

function mutate(src) {
  const buf = Buffer.from(src.buf);
  const count = 1 + rand(3);
  for (let k = 0; k < count; ++k) {
    let pos;
    if (src.ranges.length && rand(10) < 8) {
      const [start, len] = src.ranges[rand(src.ranges.length)];
      pos = start + rand(len);
    } else {
      pos = 16 + rand(buf.length - 16);
    }
    switch (rand(3)) {
      case 0: buf[pos] ^= 1 << rand(8); break;      // one bit
      case 1: buf[pos] = rand(256); break;          // one byte
      default: buf[pos] = [0, 1, 2, 0xff, 0x7f, 0x80][rand(6)]; // an edge value
    }
  }
  return buf;
}

fs.mkdirSync(opt.out, { recursive: true });
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'mutate_run-'));
const counts = { ok: 0, error: 0, crash: 0, hang: 0 };
const crashers = [];

function runOne(id) {
  const src = sources[rand(sources.length)];
  const buf = mutate(src);
  const file = path.join(tmp, `m${id}.pyc`);
  fs.writeFileSync(file, buf);
  return new Promise((resolve) => {
    const child = spawn(opt.pyvm, [file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opt.timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let kind;
      if (timedOut) kind = 'hang';
      else if (signal === null) kind = code === 0 ? 'ok' : 'error';
      else kind = 'crash';
      counts[kind]++;
      if (kind === 'crash' || kind === 'hang') {
        const name = `${kind}-${opt.seed}-${id}-${path.basename(src.file)}`;
        fs.copyFileSync(file, path.join(opt.out, name));
        const last = stderr.trim().split('\n').slice(-1)[0] || '';
        crashers.push(`${name}: ${signal || 'exit ' + code} ${last}`);
      }
      fs.unlinkSync(file);
      resolve();
    });
  });
}

let next = 0;
async function worker() {
  while (next < opt.runs) await runOne(next++);
}
await Promise.all(Array.from({ length: opt.jobs }, worker));
fs.rmSync(tmp, { recursive: true, force: true });
for (const c of crashers) console.log(c);
console.log(`runs ${opt.runs} ok ${counts.ok} error ${counts.error} crash ${counts.crash} ` +
            `hang ${counts.hang}`);
process.exit(counts.crash ? 1 : 0);
