# Local events, several tools on one code object, INSTRUCTION, DISABLE of
# branches through the BRANCH wrapper, restart_events, C_RAISE's DISABLE, a
# raising JUMP callback, STOP_ITERATION and DISABLE per location.
import sys
M = sys.monitoring
E = M.events
out = []

def work(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
    return s

M.use_tool_id(1, "one")
M.use_tool_id(4, "four")
M.register_callback(1, E.INSTRUCTION, lambda c, o: out.append(("I1", o)) if c is work.__code__ else None)
M.register_callback(4, E.LINE, lambda c, l: out.append(("L4", l)))

def br(c, s, d):
    out.append(("B", s, d))
    return M.DISABLE

print(M.register_callback(4, E.BRANCH, br))
M.set_local_events(1, work.__code__, E.INSTRUCTION)
M.set_local_events(4, work.__code__, E.LINE | E.BRANCH)
print(M.get_local_events(1, work.__code__), M.get_local_events(4, work.__code__), M._all_events())
work(3)
print(out)
out.clear()
work(2)
print(out)
out.clear()
M.restart_events()
work(1)
print(out)
out.clear()
M.set_local_events(1, work.__code__, 0)
M.set_local_events(4, work.__code__, 0)
work(2)
print(out)

M.register_callback(1, E.C_RAISE, lambda *a: M.DISABLE)
M.set_events(1, E.CALL)
try:
    int("x")
except ValueError as e:
    print("caught", e)
M.set_events(1, 0)

def bad(*a):
    raise RuntimeError("from jump")

M.register_callback(4, E.JUMP, bad)
M.set_local_events(4, work.__code__, E.JUMP)
try:
    work(3)
except RuntimeError as e:
    print("caught", repr(e))
print(M.get_local_events(4, work.__code__))
M.set_local_events(4, work.__code__, 0)

def gen():
    yield 1
    return 2

def deleg():
    r = yield from gen()
    return r

seen = []

def stop(code, off, exc):
    seen.append((code.co_name, off, type(exc).__name__, exc.value))
    return M.DISABLE

M.register_callback(1, E.STOP_ITERATION, stop)
M.set_events(1, E.STOP_ITERATION)
print(list(deleg()), list(deleg()))
M.restart_events()
print(list(deleg()))
M.set_events(1, 0)
print(seen)
M.free_tool_id(1)
M.free_tool_id(4)
print(M._all_events(), M.get_tool(1), M.get_tool(4))
