# A tool turned on while a generator is suspended sees it when it resumes.
import sys
M = sys.monitoring
def gen():
    yield 1
    yield 2
g = gen()
next(g)
M.use_tool_id(2, "late")
M.register_callback(2, M.events.LINE, lambda code, line: print("tool2 LINE", line) if code.co_name == "gen" else None)
M.set_events(2, M.events.LINE)
next(g)
M.set_events(2, 0)
M.free_tool_id(2)
