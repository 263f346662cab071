# Invalid event sets and local events raise ValueError with CPython's messages.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(0, "errs")
def f():
    pass
for mask in (1 << 20, E.C_RAISE):
    try:
        M.set_events(0, mask)
    except ValueError as e:
        print("ValueError:", e)
for mask in (E.RAISE, E.PY_UNWIND, E.C_RETURN):
    try:
        M.set_local_events(0, f.__code__, mask)
    except ValueError as e:
        print("ValueError:", e)
try:
    M.set_local_events(0, f, E.LINE)
except TypeError as e:
    print("TypeError:", e)
try:
    M.register_callback(0, E.LINE | E.CALL, print)
except ValueError as e:
    print("ValueError:", e)
M.set_events(0, E.BRANCH)
print(M.get_events(0), E.BRANCH_LEFT | E.BRANCH_RIGHT)
M.set_events(0, 0)
M.free_tool_id(0)
