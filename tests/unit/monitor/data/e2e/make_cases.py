"""Builds the end-to-end monitoring cases: each case is a probe program from
docs/monitoring-semantics.md with an inline event recorder around it.
Run with any Python 3 from this directory, then compile and record with the
oracle (see record.sh)."""
import re

DOC = "/work/shared/docs/monitoring-semantics.md"
RECORDER = '''import sys
M = sys.monitoring
E = M.events
OWN = (lambda: 0).__code__.co_filename
NAMES = ["PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "JUMP",
         "BRANCH_LEFT", "BRANCH_RIGHT", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED",
         "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE"]
log = []

def fmt(x):
    if x is M.MISSING: return "MISSING"
    if hasattr(x, "co_qualname"): return "<code " + x.co_qualname + ">"
    if isinstance(x, BaseException): return type(x).__name__ + "(" + ", ".join([repr(a) for a in x.args]) + ")"
    if isinstance(x, (int, str, float, type(None), bool, tuple, list)): return repr(x)
    n = getattr(x, "__qualname__", None) or getattr(x, "__name__", None)
    return "<" + type(x).__name__ + (" " + n if n else "") + ">"

def make(name):
    def cb(code, *args):
        if code.co_filename == OWN and code.co_name != "<module>":
            log.append(f"{name:17s} {code.co_qualname}@{args[0]} " + " ".join([fmt(a) for a in args[1:]]))
    return cb

M.use_tool_id(M.PROFILER_ID, "semrec")
mask = 0
for n in NAMES:
    M.register_callback(M.PROFILER_ID, getattr(E, n), make(n)); mask |= getattr(E, n)
M.set_events(M.PROFILER_ID, mask)

def probe():
{body}

try:
    probe()
except BaseException as e:
    log.append("uncaught " + type(e).__name__)
M.set_events(M.PROFILER_ID, 0)
M.free_tool_id(M.PROFILER_ID)
print("\\n".join(log))
'''

doc = open(DOC).read()
blocks = re.findall(r"```python\n(.*?)```", doc, re.S)

def strip(b):
    out = []
    for line in b.splitlines():
        m = re.match(r"^\s*\d+  ?(.*)$", line)
        out.append(m.group(1) if m else "")
    return "\n".join(out) + "\n"

names = {0: "dispatch_rules", 2: "branches", 3: "generators", 4: "exceptions", 5: "calls",
         6: "comprehensions", 7: "coroutines", 8: "with_match"}
for i, name in names.items():
    src = strip(blocks[i])
    if i == 0:
        text = src  # self-contained
    else:
        # The probe runs inside probe(); module-level names it defines are
        # made global so the probe's functions still find each other.
        body = "\n".join("    " + l if l.strip() else "" for l in src.splitlines())
        globs = sorted(set(re.findall(r"^(?:def|class|async def)\s+(\w+)|^(\w+)\s*=", src, re.M)))
        names_ = sorted({a or b for a, b in globs} | set(re.findall(r"^for (\w+) in", src, re.M)))
        if names_:
            body = "    global " + ", ".join(names_) + "\n" + body
        text = RECORDER.replace("{body}", body)
    open(name + ".py", "w").write(text)
    print(name)
