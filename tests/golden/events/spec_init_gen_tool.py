# CALL_ALLOC_AND_ENTER_INIT (a class with a simple Python __init__) and FOR_ITER_GEN
# run the callee in-line once specialised, unless the instruction is instrumented
# (CALL / BRANCH events) or paused (LINE / INSTRUCTION events start there). Tool 0
# logs RAISE, PY_UNWIND, EXCEPTION_HANDLED and STOP_ITERATION: with the in-line
# form RAISE in the caller is at the unit before the instruction, and a generator's
# return value reaches END_FOR (STOP_ITERATION there, no StopIteration RAISE).
import sys
M = sys.monitoring
E = M.events
def log(name):
    def cb(code, offset, exc):
        if code.co_filename.endswith("/spec_init_gen_tool.py"):
            print("T0", name, code.co_qualname, offset, repr(exc))
    return cb
M.use_tool_id(0, "t0")
for ev in ("RAISE", "PY_UNWIND", "EXCEPTION_HANDLED", "STOP_ITERATION"):
    M.register_callback(0, getattr(E, ev), log(ev))
M.set_events(0, E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.STOP_ITERATION)
class A:
    def __init__(self, x):
        if x < 0:
            raise ValueError(x)
        self.x = x
def make(x):
    try:
        return A(x)
    except ValueError:
        return None
for x in (-1, -2, 3, -4):
    make(x)
def make_bad(x):
    try:
        return A(x, 1)   # too many arguments: the __init__ frame never starts
    except TypeError:
        return None
for x in (1, 2, 3):
    make_bad(x)
def gen(n):
    if n < 0:
        raise ValueError(n)
    return n
    yield
def first(g):
    try:
        for x in g:
            return x
    except ValueError:
        return None
for n in (-1, -2, 5, 6, -3):
    first(gen(n))
M.set_events(0, 0)
M.free_tool_id(0)
