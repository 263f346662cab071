"""Python half of the pyvm oracle: runs inside pyodide (CPython 3.14).

oracle.mjs loads this module once per process and calls `run_job(cmd, args)`
for every job. Each job behaves as the matching `python ...` command line
would, and returns its exit status. Everything a job may change in the
interpreter is snapshotted before and restored after (`_Snapshot`), so many
jobs can share one process (pyodide takes ~1.5 s to start).
"""

import atexit
import builtins
import importlib.machinery
import importlib.util
import io
import json
import marshal
import os
import py_compile
import sys
import types
import warnings

_DRIVER_FILE = __file__


# ---------------------------------------------------------------- helpers

def _abs(path):
    # `python app.py` gives the script an absolute co_filename / __file__;
    # do the same for every path we are handed.
    return os.path.abspath(path)


def _cache_path(src):
    return importlib.util.cache_from_source(src)


def _exit_status(code):
    """Exit status for `SystemExit(code)`, as CPython's handle_system_exit."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF  # what the shell sees
    sys.stderr.write(str(code) + "\n")
    return 1


def _strip_driver_frames(tb):
    # CPython's `python script.py` has no Python frames above <module>;
    # our exec() call adds frames from this file: drop them.
    while tb is not None and tb.tb_frame.f_code.co_filename == _DRIVER_FILE:
        tb = tb.tb_next
    return tb


def _report_uncaught(exc):
    tb = _strip_driver_frames(exc.__traceback__)
    exc.__traceback__ = tb
    sys.last_exc = exc
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    sys.excepthook(type(exc), exc, tb)
    return 1


def _guarded(body):
    """Run body(); map SystemExit / uncaught exceptions to an exit status,
    then run atexit handlers as interpreter shutdown would."""
    try:
        body()
        status = 0
    except SystemExit as e:
        status = _exit_status(e.code)
    except BaseException as e:  # noqa: BLE001 - mirrors PyErr_Print
        status = _report_uncaught(e)
    try:
        atexit._run_exitfuncs()
    finally:
        atexit._clear()
    return status


def _fresh_main(file=None, loader=None):
    # A new __main__ module, like the one CPython creates for a script.
    main = types.ModuleType("__main__")
    main.__file__ = file
    main.__cached__ = None
    main.__loader__ = loader
    main.__spec__ = None
    main.__package__ = None
    main.__builtins__ = builtins
    if file is None:
        del main.__file__
    sys.modules["__main__"] = main
    return main


def _pyc_body_if_fresh(src, data):
    """The marshalled code of src's cached .pyc if that .pyc is valid for src's
    current text (as CPython's SourceFileLoader decides), else None."""
    try:
        with open(_cache_path(src), "rb") as f:
            pyc = f.read()
    except OSError:
        return None
    if len(pyc) < 16 or pyc[:4] != importlib.util.MAGIC_NUMBER:
        return None
    flags = int.from_bytes(pyc[4:8], "little")
    if flags & 1:  # hash-based pyc
        if flags & 2 and pyc[8:16] != importlib.util.source_hash(data):
            return None
    else:
        st = os.stat(src)
        if (int.from_bytes(pyc[8:12], "little") != (int(st.st_mtime) & 0xFFFFFFFF)
                or int.from_bytes(pyc[12:16], "little") != (st.st_size & 0xFFFFFFFF)):
            return None
    return pyc[16:]


def _load_script_code(path):
    """Code object for `python path`, taken from what pyvm runs: a .pyc's body; for a
    .py, its fresh __pycache__ .pyc, else the source compiled and passed through
    marshal (exactly what py_compile would write, and what pyvm compiles it to).

    marshal changes some constants (a frozenset's elements are written in a canonical
    order, so iterating `x in {9, 1, 17}`'s constant differs from the in-memory one):
    running the unmarshalled code keeps CPython's output equal to pyvm's by design."""
    import _imp
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".pyc"):
        if data[:4] != importlib.util.MAGIC_NUMBER:
            raise RuntimeError(f"Bad magic number in .pyc file: {path}")
        return marshal.loads(data[16:]), importlib.machinery.SourcelessFileLoader("__main__", path)
    body = _pyc_body_if_fresh(path, data)
    if body is None:
        body = marshal.dumps(compile(data, path, "exec", dont_inherit=True))
    code = marshal.loads(body)
    # As SourceFileLoader does: the .pyc may have been compiled from another path.
    _imp._fix_co_filename(code, path)
    return code, importlib.machinery.SourceFileLoader("__main__", path)


# ---------------------------------------------------------------- asyncio

def _install_plain_asyncio():
    """Make `asyncio.run` work as in CPython.

    pyodide replaces it with a browser-style WebLoop that needs WebAssembly
    stack switching, which Node 20 lacks. Programs under test only need
    coroutines, tasks and timers, so we give asyncio CPython's own selector
    loop over a selector that has no file descriptors: select(timeout) just
    sleeps until the next timer.
    """
    import asyncio
    import selectors
    import time
    from asyncio import events, runners, selector_events

    class _NoIOSelector(selectors.BaseSelector):
        def register(self, fileobj, events, data=None):
            raise OSError("oracle: this event loop has no I/O (pyodide)")

        def unregister(self, fileobj):
            raise KeyError(fileobj)

        def select(self, timeout=None):
            if timeout is None:
                raise RuntimeError("oracle: event loop would block forever (no I/O in pyodide)")
            if timeout > 0:
                time.sleep(timeout)
            return []

        def close(self):
            pass

        def get_map(self):
            return {}

    class _PlainLoop(selector_events.BaseSelectorEventLoop):
        def __init__(self):
            super().__init__(_NoIOSelector())

        # The self-pipe wakes a loop blocked in select() from another thread; we have neither.
        def _make_self_pipe(self):
            pass

        def _close_self_pipe(self):
            pass

        def _write_to_self(self):
            pass

    class _PlainPolicy(events._BaseDefaultEventLoopPolicy):
        _loop_factory = _PlainLoop

    events._set_event_loop_policy(_PlainPolicy())
    events._set_running_loop(None)  # pyodide marks its WebLoop as always running
    asyncio.run = runners.run


_install_plain_asyncio()


# ---------------------------------------------------------------- commands

def cmd_compile(args):
    """compile SRC [OUT]: py_compile.compile(src, cfile=out) (timestamp pyc)."""
    if not 1 <= len(args) <= 2:
        sys.stderr.write("usage: compile SRC.py [OUT.pyc]\n")
        return 2
    src = _abs(args[0])
    out = _abs(args[1]) if len(args) == 2 else _cache_path(src)
    try:
        py_compile.compile(src, cfile=out, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)
    except py_compile.PyCompileError as e:
        sys.stderr.write(e.msg + "\n")
        return 1
    except OSError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    return 0


def cmd_compile_many(args):
    status = 0
    for src in args:
        status = max(status, cmd_compile([src]))
    return status


def cmd_dis(args):
    """dis FILE: dis.dis of a .pyc's module code (a .py is compiled first)."""
    import dis
    if len(args) != 1:
        sys.stderr.write("usage: dis FILE.py|FILE.pyc\n")
        return 2
    path = _abs(args[0])
    if not path.endswith(".pyc"):
        status = cmd_compile([path])
        if status:
            return status
        path = _cache_path(path)
    with open(path, "rb") as f:
        data = f.read()
    dis.dis(marshal.loads(data[16:]))
    return 0


def _run_path(given, argv_tail):
    # As `python given args`: sys.argv[0] is the path as given, __file__ and
    # co_filename are absolute (CPython >= 3.9 makes the script path absolute).
    script = _abs(given)
    sys.argv = [given] + list(argv_tail)
    sys.path[0:0] = [os.path.dirname(script)]

    def body():
        code, loader = _load_script_code(script)
        main = _fresh_main(script, loader)
        exec(code, main.__dict__)
    return _guarded(body)


def cmd_run(args):
    """run SCRIPT.py|SCRIPT.pyc [args...]: as `python SCRIPT args`."""
    if not args:
        sys.stderr.write("usage: run SCRIPT [args...]\n")
        return 2
    return _run_path(args[0], args[1:])


def cmd_record(args):
    """record RECORDER.py CASE.py: the recorder sees sys.argv = [RECORDER, CASE]."""
    if len(args) < 2:
        sys.stderr.write("usage: record RECORDER.py CASE.py [args...]\n")
        return 2
    return _run_path(args[0], [_abs(args[1])] + list(args[2:]))


def _run_module(modname, argv_tail):
    """As `python -m modname args`: cwd first on sys.path, runpy runs it."""
    import runpy
    spec = importlib.util.find_spec(modname)
    sys.argv = [spec.origin] + list(argv_tail)
    sys.path[0:0] = [os.getcwd()]

    def body():
        _fresh_main()
        runpy._run_module_as_main(modname, alter_argv=True)
    return _guarded(body)


def cmd_trace(args):
    """trace SCRIPT [args]: `python -m trace --trace SCRIPT args`."""
    return _run_module("trace", ["--trace"] + list(args))


def cmd_pdb(args):
    """pdb SCRIPT [args]: `python -m pdb SCRIPT args` (stdin set by the caller)."""
    return _run_module("pdb", list(args))


def cmd_opcodes(args):
    """JSON facts from opcode/dis/_opcode, for checking pyvm's opcode table."""
    import dis
    import opcode
    import _opcode
    facts = {
        "version": list(sys.version_info[:3]),
        "magic_number": int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little"),
        "HAVE_ARGUMENT": opcode.HAVE_ARGUMENT,
        "EXTENDED_ARG": opcode.EXTENDED_ARG,
        "opmap": dict(sorted(opcode.opmap.items(), key=lambda kv: kv[1])),
        "base_opmap": {},
        "specializations": {k: list(v) for k, v in opcode._specializations.items()},
        "cache_entries": {name: opcode._inline_cache_entries.get(name, 0) for name in opcode.opmap},
        "cache_layout": {k: dict(v) for k, v in opcode._cache_format.items()},
        "hasarg": sorted(opcode.hasarg),
        "hasconst": sorted(opcode.hasconst),
        "hasname": sorted(opcode.hasname),
        "hasjrel": sorted(opcode.hasjrel),
        "hasjabs": sorted(opcode.hasjabs),
        "hasjump": sorted(opcode.hasjump),
        "haslocal": sorted(opcode.haslocal),
        "hasfree": sorted(opcode.hasfree),
        "hasexc": sorted(opcode.hasexc),
        "hascompare": sorted(opcode.hascompare),
        "cmp_op": list(opcode.cmp_op),
        "nb_ops": [list(x) for x in opcode._nb_ops],
        "intrinsic1": list(_opcode.get_intrinsic1_descs()),
        "intrinsic2": list(_opcode.get_intrinsic2_descs()),
        "special_method_names": list(getattr(_opcode, "get_special_method_names", lambda: [])()),
        "common_constants": [repr(c) for c in getattr(opcode, "_common_constants", [])],
        "is_valid": [op for op in range(512) if _opcode.is_valid(op)],
        "has_exc": [op for op in range(512) if _opcode.has_exc(op)],
        "instrumented": [op for op in range(256) if op >= getattr(opcode, "MIN_INSTRUMENTED_OPCODE", 256)
                         and op in opcode.opname and not opcode.opname[op].startswith("<")],
        "min_instrumented_opcode": getattr(opcode, "MIN_INSTRUMENTED_OPCODE", None),
    }
    specialized = {s for v in opcode._specializations.values() for s in v}
    for name, num in opcode.opmap.items():
        if num < 256 and name not in specialized and not name.startswith("INSTRUMENTED_") \
                and name != "ENTER_EXECUTOR":
            facts["base_opmap"][name] = num
    facts["base_opmap"] = dict(sorted(facts["base_opmap"].items(), key=lambda kv: kv[1]))
    # Base opcodes that dis can print for compiled code (CACHE units are hidden by dis,
    # RESERVED/INTERPRETER_EXIT/EXIT_INIT_CHECK are never emitted by the compiler).
    never = {"CACHE", "RESERVED", "INTERPRETER_EXIT", "EXIT_INIT_CHECK"}
    facts["dis_visible_in_pyc"] = [n for n in facts["base_opmap"] if n not in never]
    print(json.dumps(facts, indent=1))
    return 0


# ---------------------------------------------------------------- compile server

# One request of `oracle.mjs compile-server` (pyvm's builtins compile/exec/eval
# of source text; pyvm: frontend/compile_source.cpp writes the same layout).
# All integers little-endian:
#   u32 protocol (COMPILE_PROTOCOL), u8 source kind (0 str as UTF-8 surrogatepass, 1 bytes),
#   u32 n + source, u32 n + filename (UTF-8 surrogatepass), u32 n + mode,
#   i64 flags (future flags already merged by pyvm), i32 optimize, i32 feature_version
COMPILE_PROTOCOL = 2


def _take(data, pos, n):
    if pos + n > len(data):
        raise ValueError("truncated compile request")
    return data[pos:pos + n], pos + n


def _parse_compile_request(data):
    import struct
    (proto,), pos = struct.unpack("<I", data[:4]), 4
    if proto != COMPILE_PROTOCOL:
        raise ValueError(f"compile request protocol {proto}, expected {COMPILE_PROTOCOL}")
    kind, pos = data[pos], pos + 1
    fields = []
    for _ in range(3):
        raw, pos = _take(data, pos, 4)
        field, pos = _take(data, pos, int.from_bytes(raw, "little"))
        fields.append(field)
    tail, pos = _take(data, pos, 16)
    flags, optimize, feature_version = struct.unpack("<qii", tail)
    source, filename, mode = fields
    if kind == 0:
        source = source.decode("utf-8", "surrogatepass")
    return (source, filename.decode("utf-8", "surrogatepass"),
            mode.decode("utf-8", "surrogatepass"), flags, optimize, feature_version)


def _syntax_display(e):
    """What traceback prints for an uncaught SyntaxError when it differs from the
    exception's attributes: the keyword-typo suggestion of TracebackException
    (_find_keyword_typos, which recompiles candidate fixes) as
    (msg, lineno, offset, text, end_lineno, end_offset), else None."""
    import traceback
    try:
        te = traceback.TracebackException(type(e), e, None)
        before = (te.msg, te.lineno, te.offset, te.text, te.end_lineno, te.end_offset)
        te._find_keyword_typos()
        after = (te.msg, te.lineno, te.offset, te.text, te.end_lineno, te.end_offset)
    except Exception:  # noqa: BLE001 - as traceback's own suppress(Exception)
        return None
    if after == before:
        return None
    return tuple(int(x) if isinstance(x, int) else x for x in after)


_SYNTAX_ATTRS = ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                 "print_file_and_line")


def compile_request(payload):
    """Answers one compile request with the marshalled reply:
    ("code", code, warnings) with warnings a tuple of (category name, message,
    filename, lineno); ("error", exception type name, args, display) where
    display is _syntax_display's tuple or None; or ("fail", text) when the
    request itself is bad (an oracle/pyvm mismatch, never cached)."""
    data = payload.to_bytes() if hasattr(payload, "to_bytes") else bytes(payload)
    try:
        source, filename, mode, flags, optimize, feature_version = _parse_compile_request(data)
    except Exception as e:  # noqa: BLE001
        return marshal.dumps(("fail", f"bad compile request: {e}"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # pyvm applies its own filters
        try:
            code = compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize,
                           _feature_version=feature_version)
        except (RecursionError, MemoryError) as e:
            # Limits of this (wasm) interpreter rather than facts of the source:
            # raised as they are, but pyvm does not cache them.
            return marshal.dumps(("transient", type(e).__name__, tuple(map(str, e.args)), None,
                                  None))
        except Exception as e:  # noqa: BLE001 - any exception compile() raises is the answer
            display = attrs = None
            if isinstance(e, SyntaxError):
                display = _syntax_display(e)
                # The compiler sets these after building the exception: args may
                # hold only the message (PyErr_RangedSyntaxLocationObject).
                attrs = tuple((name, getattr(e, name)) for name in _SYNTAX_ATTRS)
            try:
                return marshal.dumps(("error", type(e).__name__, tuple(e.args), display, attrs))
            except ValueError:  # an argument marshal cannot write
                return marshal.dumps(("error", type(e).__name__, (str(e),), display, attrs))
    if not isinstance(code, types.CodeType):
        return marshal.dumps(("fail", f"compile() returned {type(code).__name__}, not code"))
    found = tuple((w.category.__name__, str(w.message), str(w.filename), int(w.lineno or 0))
                  for w in caught)
    return marshal.dumps(("code", code, found))


COMMANDS = {
    "compile": cmd_compile,
    "compile-many": cmd_compile_many,
    "dis": cmd_dis,
    "run": cmd_run,
    "record": cmd_record,
    "trace": cmd_trace,
    "pdb": cmd_pdb,
    "opcodes": cmd_opcodes,
}


# ---------------------------------------------------------------- isolation

class _Snapshot:
    """Interpreter state a job may change; restored after every job."""

    def __init__(self, cwd):
        self.cwd = cwd
        self.modules = dict(sys.modules)
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.std = (sys.stdin, sys.stdout, sys.stderr)
        self.hooks = (sys.excepthook, sys.displayhook, sys.breakpointhook)
        self.recursionlimit = sys.getrecursionlimit()
        self.tools = {i: sys.monitoring.get_tool(i) for i in range(6)}
        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()

    def restore(self):
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except Exception:  # noqa: BLE001 - a job may have closed it
                pass
        sys.settrace(None)
        sys.setprofile(None)
        try:
            import threading
            threading.settrace(None)
            threading.setprofile(None)
        except ImportError:
            pass
        for i in range(6):
            if self.tools[i] is None and sys.monitoring.get_tool(i) is not None:
                sys.monitoring.clear_tool_id(i)
                sys.monitoring.free_tool_id(i)
        self.warnings.__exit__(None, None, None)
        sys.stdin, sys.stdout, sys.stderr = self.std
        sys.excepthook, sys.displayhook, sys.breakpointhook = self.hooks
        sys.setrecursionlimit(self.recursionlimit)
        for name in list(sys.modules):
            if name not in self.modules:
                del sys.modules[name]
        sys.modules.update(self.modules)
        sys.argv[:] = self.argv
        sys.path[:] = self.path
        for attr in ("last_exc", "last_type", "last_value", "last_traceback"):
            if hasattr(sys, attr):
                delattr(sys, attr)
        os.chdir(self.cwd)
        importlib.invalidate_caches()
        for f in (sys.stdout, sys.stderr):
            f.flush()


def run_job(cmd, args, cwd, has_stdin):
    """Run one job in `cwd`; returns its exit status. stdout/stderr go to fd 1/2,
    which oracle.mjs routes to the job's sinks."""
    os.chdir(cwd)
    snap = _Snapshot(os.getcwd())
    # A fresh text layer over fd 0 so no buffered input leaks between jobs.
    sys.stdin = open(0, "r", encoding="utf-8", closefd=False)
    try:
        fn = COMMANDS.get(cmd)
        if fn is None:
            sys.stderr.write(f"oracle: unknown command {cmd!r}\n")
            return 2
        return fn(list(args))
    finally:
        snap.restore()
