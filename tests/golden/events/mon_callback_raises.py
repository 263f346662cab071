# A callback that raises: the exception appears at the monitored instruction and propagates; the tool stays on.
import sys
M = sys.monitoring
M.use_tool_id(4, "raiser")
def on_line(code, line):
    if code.co_name == "work":
        raise RuntimeError("from callback")
M.register_callback(4, M.events.LINE, on_line)
M.set_events(4, M.events.LINE)
def work():
    return 1
try:
    work()
except RuntimeError as e:
    print("caught", e)
print(M.get_events(4))
M.set_events(4, 0)
M.free_tool_id(4)
