# A PY_START callback turns LINE on for its tool; a LINE callback turns everything off again.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(0, "switch")
def on_start(code, off):
    if code.co_name == "work":
        print("tool0 START -> LINE on")
        M.set_events(0, E.PY_START | E.LINE)
def on_line(code, line):
    if code.co_name == "work":
        print("tool0 LINE", line, "-> all off")
        M.set_events(0, 0)
M.register_callback(0, E.PY_START, on_start)
M.register_callback(0, E.LINE, on_line)
M.set_events(0, E.PY_START)
def work():
    a = 1
    b = 2
    return a + b
work()
work()
M.free_tool_id(0)
