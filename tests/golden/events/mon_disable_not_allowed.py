# Returning DISABLE from a RAISE callback is an error: ValueError raised at the event site, callback removed.
import sys
M = sys.monitoring
M.use_tool_id(4, "bad")
calls = []
def on_raise(code, offset, exc):
    if code.co_name == "boom":
        calls.append(type(exc).__name__)
        return M.DISABLE
M.register_callback(4, M.events.RAISE, on_raise)
M.set_events(4, M.events.RAISE)
def boom():
    raise KeyError("k")
for _ in range(2):
    try:
        boom()
    except BaseException as e:
        print(type(e).__name__, e)
M.set_events(4, 0)
M.free_tool_id(4)
print(calls)
