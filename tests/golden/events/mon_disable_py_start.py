# DISABLE from a PY_START callback disables PY_START for that code object only; other functions still report.
import sys
M = sys.monitoring
M.use_tool_id(2, "starts")
def on_start(code, off):
    if code.co_name in ("a", "b"):
        print("tool2 START", code.co_name)
        if code.co_name == "a":
            return M.DISABLE
M.register_callback(2, M.events.PY_START, on_start)
M.set_events(2, M.events.PY_START)
def a():
    return 1
def b():
    return 2
for _ in range(2):
    a()
    b()
M.set_events(2, 0)
M.free_tool_id(2)
M.restart_events()
