# register_callback returns the previous callback; None unregisters; a registered callback without events is not called.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(3, "reg")
def first(code, off):
    print("first", code.co_name)
def second(code, off):
    if code.co_name == "f":
        print("second", code.co_name)
print(M.register_callback(3, E.PY_START, first))
print(M.register_callback(3, E.PY_START, second) is first)
def f():
    pass
f()
M.set_events(3, E.PY_START)
f()
print(M.register_callback(3, E.PY_START, None) is second)
f()
M.set_events(3, 0)
M.free_tool_id(3)
