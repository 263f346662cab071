# DISABLE outlives set_events(0); restart_events() re-enables the disabled locations.
import sys
M = sys.monitoring
M.use_tool_id(1, "t1")
def on_line(code, line):
    if code.co_name == "work":
        print("tool1 LINE", line)
        return M.DISABLE
M.register_callback(1, M.events.LINE, on_line)
def work():
    a = 1
    return a
M.set_events(1, M.events.LINE)
work()
M.set_events(1, 0)
M.set_events(1, M.events.LINE)
work()
M.restart_events()
work()
M.set_events(1, 0)
M.free_tool_id(1)
