# set_local_events on one code object: only that function raises the second tool's LINE events.
import sys
M = sys.monitoring
M.use_tool_id(2, "local")
M.register_callback(2, M.events.LINE, lambda code, line: print("tool2 LINE", code.co_name, line))
def watched():
    x = 1
    return x
def unwatched():
    y = 2
    return y
M.set_local_events(2, watched.__code__, M.events.LINE)
watched()
unwatched()
print(M.get_local_events(2, watched.__code__), M.get_local_events(2, unwatched.__code__), M.get_events(2))
M.set_local_events(2, watched.__code__, 0)
watched()
M.free_tool_id(2)
