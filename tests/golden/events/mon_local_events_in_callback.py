# A CALL callback turns on LINE as a local event for the callee's code just before it runs.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(1, "lazy")
def on_call(code, off, fn, arg0):
    if getattr(fn, "__name__", "") == "target":
        print("tool1 CALL target -> local LINE")
        M.set_local_events(1, fn.__code__, E.LINE)
def on_line(code, line):
    print("tool1 LINE", code.co_name, line)
M.register_callback(1, E.CALL, on_call)
M.register_callback(1, E.LINE, on_line)
M.set_events(1, E.CALL)
def target():
    x = 1
    return x
target()
M.set_events(1, 0)
M.set_local_events(1, target.__code__, 0)
M.free_tool_id(1)
