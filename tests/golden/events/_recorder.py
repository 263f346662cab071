"""Logs every sys.monitoring event raised by a case's own code, one line per event.

usage: _recorder.py CASE.py [SELECTION]
  SELECTION: event names joined by '|' (e.g. LINE, BRANCH_LEFT|BRANCH_RIGHT,
  INSTRUCTION); default: every event except INSTRUCTION (and BRANCH, an alias).
  C_RETURN and C_RAISE come with CALL (they cannot be set alone).

The case runs as __main__ from its .pyc (__pycache__/CASE.cpython-314.pyc beside
it, read with marshal), so CPython and pyvm execute the same code object. Events
are logged for code objects whose co_filename ends with "/CASE.py". The line
format is specified in README.md beside this file; keep both in step.
"""
import sys
import marshal

M = sys.monitoring
E = M.events
TOOL = 5  # cases use tools 0-4; the highest id is called first, so the log line precedes theirs

ALL = ["PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "JUMP",
       "BRANCH_LEFT", "BRANCH_RIGHT", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED",
       "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE"]
SIMPLE = (int, bool, float, str, bytes, type(None))


def fmt(x, busy=set()):
    """The stable text of one callback argument (README.md, "Values")."""
    if x is M.MISSING:
        return "MISSING"
    t = type(x)
    if t in SIMPLE:
        return repr(x)
    if t is type(fmt.__code__):
        return "<code " + x.co_qualname + ">"
    if isinstance(x, BaseException):
        return t.__name__ + "(" + ", ".join(map(fmt, x.args)) + ")"
    if t is tuple or t is list or t is dict:
        # A container that holds itself (l.append(l)) prints as repr does: [...].
        if id(x) in busy:
            return "(...)" if t is tuple else "[...]" if t is list else "{...}"
        busy.add(id(x))
        try:
            if t is tuple:
                return "(" + ", ".join(map(fmt, x)) + (",)" if len(x) == 1 else ")")
            if t is list:
                return "[" + ", ".join(map(fmt, x)) + "]"
            return "{" + ", ".join(fmt(k) + ": " + fmt(v) for k, v in x.items()) + "}"
        finally:
            busy.discard(id(x))
    if t.__module__ == "builtins":
        name = getattr(x, "__qualname__", None)
        if type(name) is str:
            return "<" + t.__name__ + " " + name + ">"
    return "<" + t.__name__ + ">"


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: _recorder.py CASE.py [SELECTION]\n")
        raise SystemExit(2)
    case = sys.argv[1]
    names = sys.argv[2].split("|") if len(sys.argv) > 2 else ALL
    slash = case.rfind("/")
    folder, base = case[:slash + 1], case[slash + 1:]
    stem = base[:-3] if base.endswith(".py") else base
    suffix = "/" + stem + ".py"
    with open(folder + "__pycache__/" + stem + ".cpython-314.pyc", "rb") as f:
        code = marshal.loads(f.read()[16:])
    write = sys.stdout.write

    def make(name):
        def callback(code, *args):
            if code.co_filename.endswith(suffix):
                rest = "".join(" " + fmt(a) for a in args[1:])
                write(name + " " + code.co_qualname + "@" + str(args[0]) + rest + "\n")
        return callback

    M.use_tool_id(TOOL, "golden-recorder")
    mask = 0
    for n in names:
        ev = getattr(E, n)
        M.register_callback(TOOL, ev, make(n))
        if n not in ("C_RETURN", "C_RAISE"):
            mask |= ev
    main_mod = type(sys)("__main__")
    main_mod.__file__ = case
    sys.path[0] = folder[:-1] or "."  # as `python CASE.py`: the case's folder, not ours
    main_mod.__builtins__ = __builtins__
    sys.modules["__main__"] = main_mod
    sys.argv = [case]
    uncaught = None
    M.set_events(TOOL, mask)
    try:
        exec(code, main_mod.__dict__)
    except SystemExit:
        M.set_events(TOOL, 0)
        M.free_tool_id(TOOL)
        raise
    except BaseException as e:
        uncaught = e
    M.set_events(TOOL, 0)
    M.free_tool_id(TOOL)
    if uncaught is not None:
        write("UNCAUGHT " + fmt(uncaught) + "\n")
        raise SystemExit(1)


main()
