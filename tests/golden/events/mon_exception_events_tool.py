# A tool on RAISE, EXCEPTION_HANDLED, PY_UNWIND and RERAISE printing exception types.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(2, "exc")
for name in ("RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "RERAISE"):
    M.register_callback(2, getattr(E, name), lambda code, off, exc, name=name: print("tool2", name, code.co_name, type(exc).__name__))
M.set_events(2, E.RAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.RERAISE)
def inner():
    raise ValueError("x")
def outer():
    try:
        inner()
    finally:
        pass
try:
    outer()
except ValueError:
    pass
M.set_events(2, 0)
M.free_tool_id(2)
