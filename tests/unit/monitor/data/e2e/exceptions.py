import sys
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
    global inner, outer
    def inner():
        raise ValueError("v")

    def outer():
        try:
            inner()
        except ValueError:
            pass
        try:
            try:
                inner()
            finally:
                x = 1
        except ValueError as e:
            pass

    outer()

try:
    probe()
except BaseException as e:
    log.append("uncaught " + type(e).__name__)
M.set_events(M.PROFILER_ID, 0)
M.free_tool_id(M.PROFILER_ID)
print("\n".join(log))
