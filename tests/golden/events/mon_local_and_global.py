# A tool with both global (PY_START) and local (LINE on one function) events: merged per code object.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(1, "mixed")
M.register_callback(1, E.PY_START, lambda code, off: print("tool1 START", code.co_name) if code.co_name in ("a", "b") else None)
M.register_callback(1, E.LINE, lambda code, line: print("tool1 LINE", code.co_name, line))
def a():
    return 1
def b():
    return 2
M.set_events(1, E.PY_START)
M.set_local_events(1, b.__code__, E.LINE)
a()
b()
M.set_events(1, 0)
M.set_local_events(1, b.__code__, 0)
M.free_tool_id(1)
