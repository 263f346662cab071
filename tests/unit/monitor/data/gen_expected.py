"""Records CPython 3.14's instrumented bytecode for the code objects of
sample.pyc, after each step of set_local_events sequences, as lines:
    <code name> <step> <hex of _co_code_adaptive>
Run: node tools/oracle/oracle.mjs run tests/unit/monitor/data/gen_expected.py"""
import marshal, os, sys
M = sys.monitoring
E = M.events
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "pyc", "sample.pyc"), "rb") as f:
    module = marshal.loads(f.read()[16:])

def codes(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from codes(c)

# Each step: (tool, local event set).
STEPS = [
    [(1, E.PY_START)],
    [(1, E.LINE)],
    [(1, E.CALL)],
    [(1, E.JUMP | E.BRANCH_LEFT | E.BRANCH_RIGHT)],
    [(1, E.INSTRUCTION)],
    [(1, E.LINE | E.INSTRUCTION)],
    [(1, E.PY_RETURN | E.PY_YIELD | E.PY_RESUME | E.STOP_ITERATION)],
    [(1, (1 << 11) - 1)],
    [(1, E.LINE), (2, E.LINE | E.CALL), (1, 0), (2, E.INSTRUCTION | E.JUMP)],
]
M.use_tool_id(1, "one")
M.use_tool_id(2, "two")
out = []
for co in codes(module):
    name = co.co_qualname
    out.append(f"{name} base {co._co_code_adaptive.hex()}")
    for s, steps in enumerate(STEPS):
        for k, (tool, events) in enumerate(steps):
            M.set_local_events(tool, co, events)
            out.append(f"{name} {s}.{k} {co._co_code_adaptive.hex()}")
        M.set_local_events(1, co, 0)
        M.set_local_events(2, co, 0)
        out.append(f"{name} {s}.off {co._co_code_adaptive.hex()}")
print("\n".join(out))
