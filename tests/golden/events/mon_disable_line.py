# A second tool's LINE callback returns DISABLE: it is not called again for that line; the recorder still sees every line.
import sys
M = sys.monitoring
M.use_tool_id(2, "disabler")
def on_line(code, line):
    if code.co_name == "work":
        print("tool2 LINE", line)
        return M.DISABLE
M.register_callback(2, M.events.LINE, on_line)
M.set_events(2, M.events.LINE)
def work(n):
    s = 0
    for i in range(n):
        s += i
    return s
work(2)
work(2)
M.set_events(2, 0)
M.free_tool_id(2)
