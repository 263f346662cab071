import sys
M = sys.monitoring
E = M.events
T = 3
log = []

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

def section(title):
    print("--", title)

# 1. DISABLE per location, then restart_events
section("LINE callback returns DISABLE on every call; work(3) twice, then restart_events, work(1)")
M.use_tool_id(T, "sem")
def on_line(code, line):
    if code is work.__code__:
        print("  LINE", line)
        return M.DISABLE
M.register_callback(T, E.LINE, on_line)
M.set_events(T, E.LINE)
work(3); print("  (second call)"); work(3)
M.restart_events(); print("  (after restart_events)"); work(1)
M.set_events(T, 0)

# 3. A callback that raises
section("LINE callback raises RuntimeError inside work() (after restart_events, since DISABLE outlives set_events(0))")
M.restart_events()
def bad(code, line):
    if code is work.__code__:
        raise RuntimeError("from callback")
M.register_callback(T, E.LINE, bad)
M.set_events(T, E.LINE)
try:
    work(2)
except RuntimeError as e:
    print("  caught at call site:", repr(e))
print("  get_events after the raise:", M.get_events(T), "(the tool stays on)")
M.set_events(T, 0)

# 4. set_events inside a callback
section("PY_START callback turns LINE on from inside; LINE turns everything off")
M.restart_events()
def on_start(code, off):
    if code is work.__code__:
        print("  PY_START work ->  set_events(LINE)")
        M.set_events(T, E.PY_START | E.LINE)
def on_line2(code, line):
    if code is work.__code__:
        print("  LINE", line, "-> set_events(0)")
        M.set_events(T, 0)
M.register_callback(T, E.PY_START, on_start)
M.register_callback(T, E.LINE, on_line2)
M.set_events(T, E.PY_START)
work(2)
M.register_callback(T, E.PY_START, None)

# 5. events are not raised for the callback's own code
section("callback calls work(); no events for code run inside a callback")
seen = []
def on_call(code, off, fn, arg0):
    if fn is len:
        work(1)
    seen.append(getattr(fn, "__name__", "?"))
M.register_callback(T, E.CALL, on_call)
M.set_events(T, E.CALL)
len("ab")
M.set_events(T, 0)
print("  CALL callbacks saw:", seen)

# 6. tool turned on while a generator is suspended
section("LINE turned on while a generator is suspended")
def gen():
    yield 1
    yield 2
g = gen(); next(g)
def on_line3(code, line):
    if code is gen.__code__:
        print("  LINE gen", line)
M.register_callback(T, E.LINE, on_line3)
M.set_events(T, E.LINE)
next(g)
M.set_events(T, 0)

# 7. local events on one code object, two tools, order of callbacks
section("two tools on LINE, one global (tool 4), one local on work (tool 3): order")
M.use_tool_id(4, "other")
M.register_callback(4, E.LINE, lambda c, l: print("  tool4 LINE", l) if c is work.__code__ else None)
M.register_callback(T, E.LINE, lambda c, l: print("  tool3 LINE", l))
M.set_events(4, E.LINE)
M.set_local_events(T, work.__code__, E.LINE)
work(1)
M.set_events(4, 0)
M.set_local_events(T, work.__code__, 0)
M.free_tool_id(4)

# 8. free_tool_id clears callbacks and local events
section("free_tool_id then use again: callbacks gone")
M.free_tool_id(T)
M.use_tool_id(T, "again")
print("  register_callback returns previous:", M.register_callback(T, E.LINE, None))
print("  get_local_events:", M.get_local_events(T, work.__code__))
M.free_tool_id(T)

# 9. DISABLE on INSTRUCTION and JUMP
section("INSTRUCTION events of work(1) (offsets)")
M.use_tool_id(T, "ins")
offs = []
M.register_callback(T, E.INSTRUCTION, lambda c, o: offs.append(o) if c is work.__code__ else None)
M.set_events(T, E.INSTRUCTION)
work(1)
M.set_events(T, 0)
print("  ", offs)
M.free_tool_id(T)
