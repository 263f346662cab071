"""Runs one benchmark program under a sys.monitoring tool, for
tools/bench/monitoring.sh. Works under pyvm (loads the CPython 3.14 .pyc the
oracle compiled) and under CPython 3.13 (compiles the .py).

usage: monitoring_harness.py MODE BENCH.py
MODE: none          no tool
      line_disable  a LINE callback that returns DISABLE (every line fires once)
      line          a LINE callback that counts
      start_return  PY_START and PY_RETURN callbacks that count
Prints "<seconds> <events>" to stderr after the benchmark's own output."""
import sys
import time

mode, path = sys.argv[1], sys.argv[2]
M = sys.monitoring
E = M.events
TOOL = 3
count = 0


def counting(*args):
    global count
    count += 1


def disabling(*args):
    global count
    count += 1
    return M.DISABLE


def load(path):
    if sys.implementation.name == "pyvm":
        import marshal
        slash = path.rfind("/")
        folder, name = path[:slash + 1], path[slash + 1:-3]
        with open(folder + "__pycache__/" + name + ".cpython-314.pyc", "rb") as f:
            return marshal.loads(f.read()[16:])
    with open(path) as f:
        return compile(f.read(), path, "exec")


code = load(path)
if mode != "none":
    M.use_tool_id(TOOL, "bench")
    if mode == "line_disable":
        M.register_callback(TOOL, E.LINE, disabling)
        M.set_events(TOOL, E.LINE)
    elif mode == "line":
        M.register_callback(TOOL, E.LINE, counting)
        M.set_events(TOOL, E.LINE)
    elif mode == "start_return":
        M.register_callback(TOOL, E.PY_START, counting)
        M.register_callback(TOOL, E.PY_RETURN, counting)
        M.set_events(TOOL, E.PY_START | E.PY_RETURN)
start = time.perf_counter()
exec(code, {"__name__": "__main__"})
elapsed = time.perf_counter() - start
if mode != "none":
    M.set_events(TOOL, 0)
    M.free_tool_id(TOOL)
print(f"{elapsed:.6f} {count}", file=sys.stderr)
