# DISABLE returned from a CALL callback silences that call site only.
import sys
M = sys.monitoring
M.use_tool_id(3, "calls")
def on_call(code, offset, fn, arg0):
    if code.co_name == "work":
        print("tool3 CALL", getattr(fn, "__name__", "?"))
        return M.DISABLE
M.register_callback(3, M.events.CALL, on_call)
M.set_events(3, M.events.CALL)
def work():
    len("a")
    abs(-1)
work()
work()
M.set_events(3, 0)
M.free_tool_id(3)
