# free_tool_id called from inside the tool's own callback: no further callbacks.
import sys
M = sys.monitoring
M.use_tool_id(3, "selfkill")
def on_line(code, line):
    if code.co_name == "work":
        print("tool3 LINE", line, "-> free")
        M.free_tool_id(3)
M.register_callback(3, M.events.LINE, on_line)
M.set_events(3, M.events.LINE)
def work():
    a = 1
    b = 2
    return a + b
work()
print(M.get_tool(3))
