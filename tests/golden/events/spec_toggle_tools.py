# Instrumenting an instruction stops its specialised in-line form: CALL becomes
# INSTRUMENTED_CALL (never specialised), an INSTRUCTION event pauses BINARY_OP's
# counter. Removing the instrumentation restarts the warm-up: the 1st execution
# after it is generic, the 2nd in-line again. Tool 0 logs RAISE offsets.
import sys
M = sys.monitoring
E = M.events
def log(code, offset, exc):
    if code.co_filename.endswith("/spec_toggle_tools.py"):
        print("T0 RAISE", code.co_qualname, offset, repr(exc))
def quiet(*args):
    return None
M.use_tool_id(0, "t0")
M.register_callback(0, E.RAISE, log)
M.set_events(0, E.RAISE)
M.use_tool_id(1, "t1")
M.register_callback(1, E.CALL, quiet)
M.register_callback(1, E.INSTRUCTION, quiet)
class A:
    def __init__(self, x):
        raise ValueError(x)
class C:
    def __getitem__(self, i):
        raise KeyError(i)
def make(x):
    try:
        return A(x)
    except ValueError:
        return None
def get(o, i):
    try:
        return o[i]
    except KeyError:
        return None
c = C()
make(1); make(2)
get(c, 1); get(c, 2)
M.set_local_events(1, make.__code__, E.CALL)
M.set_local_events(1, get.__code__, E.INSTRUCTION)
make(3); make(4)
get(c, 3); get(c, 4)
M.set_local_events(1, make.__code__, 0)
M.set_local_events(1, get.__code__, 0)
make(5); make(6)
get(c, 5); get(c, 6)
M.set_events(0, 0)
M.free_tool_id(0)
M.free_tool_id(1)
