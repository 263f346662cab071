# Two tools on the same event: callbacks are called from the highest tool id down (recorder 5, then 3, then 1).
import sys
M = sys.monitoring
for t in (1, 3):
    M.use_tool_id(t, f"tool{t}")
    M.register_callback(t, M.events.PY_START, lambda code, off, t=t: print(f"tool{t} START", code.co_name) if code.co_name == "f" else None)
    M.set_events(t, M.events.PY_START)
def f():
    return 0
f()
for t in (1, 3):
    M.set_events(t, 0)
    M.free_tool_id(t)
