# STOP_ITERATION as a local event on the delegating generator.
import sys
M = sys.monitoring
M.use_tool_id(0, "stop")
M.register_callback(0, M.events.STOP_ITERATION, lambda code, off, exc: print("tool0 STOP_ITERATION", code.co_name, exc.value))
def inner():
    yield 1
    return "inner result"
def outer():
    r = yield from inner()
    yield r
M.set_local_events(0, outer.__code__, M.events.STOP_ITERATION)
list(outer())
M.set_local_events(0, outer.__code__, 0)
M.free_tool_id(0)
