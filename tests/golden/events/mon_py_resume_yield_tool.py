# A tool on PY_YIELD and PY_RESUME counting generator suspensions.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(1, "yields")
counts = {"yield": 0, "resume": 0}
def on_yield(code, off, val):
    counts["yield"] += 1
def on_resume(code, off):
    counts["resume"] += 1
M.register_callback(1, E.PY_YIELD, on_yield)
M.register_callback(1, E.PY_RESUME, on_resume)
def gen():
    yield 1
    yield 2
M.set_local_events(1, gen.__code__, E.PY_YIELD | E.PY_RESUME)
for _ in gen():
    pass
M.set_local_events(1, gen.__code__, 0)
M.free_tool_id(1)
print(counts)
