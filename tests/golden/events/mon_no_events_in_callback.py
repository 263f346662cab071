# Code run inside a callback raises no events (neither for the recorder nor for the tool).
import sys
M = sys.monitoring
M.use_tool_id(1, "quiet")
def helper():
    return 42
seen = []
def on_call(code, off, fn, arg0):
    if fn is len:
        seen.append(helper())
M.register_callback(1, M.events.CALL, on_call)
M.set_events(1, M.events.CALL)
len("abc")
M.set_events(1, 0)
M.free_tool_id(1)
print(seen)
