# exec()/eval() argument checks (globals, locals, closure) with CPython's messages, and exec(closure=).
class Lookup:
    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        return key.upper()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("eval globals list", lambda: eval("1", []))
attempt("eval globals int", lambda: eval("1", 5))
attempt("eval locals int", lambda: eval("1", {}, 5))
attempt("eval globals mapping", lambda: eval("1", Lookup()))
attempt("eval locals mapping", lambda: eval("abc + xyz", {}, Lookup()))
attempt("eval locals mapping falls back", lambda: eval("len('four')", {}, Lookup()))
attempt("exec globals list", lambda: exec("1", []))
attempt("exec locals int", lambda: exec("1", {}, 5))
attempt("exec keywords", lambda: exec("z = 1", globals={}, locals={}))
attempt("eval keywords", lambda: eval("x", globals={"x": 9}))
attempt("eval too many", lambda: eval("1", {}, {}, {}))
attempt("exec none", lambda: exec())


def outer():
    y = 5

    def inner():
        print("inner sees y =", y)

    return inner


inner = outer()
attempt("exec closure", lambda: exec(inner.__code__, {}, closure=inner.__closure__))
attempt("exec no closure", lambda: exec(inner.__code__, {}))
attempt("exec closure too short", lambda: exec(inner.__code__, {}, closure=()))
attempt("exec closure of ints", lambda: exec(inner.__code__, {}, closure=(1,)))
attempt("exec closure unneeded", lambda: exec(compile("1", "f", "exec"), {}, closure=inner.__closure__))
attempt("exec closure None", lambda: exec(compile("1", "f", "exec"), {}, closure=None))
attempt("exec closure with text", lambda: exec("1", {}, closure=inner.__closure__))
attempt("eval free variables", lambda: eval(inner.__code__, {}))
attempt("compile flags str", lambda: compile("1", "f", "exec", flags="x"))
attempt("compile mode int", lambda: compile("1", "f", 3))
attempt("compile filename int", lambda: compile("1", 3, "exec"))
attempt("compile filename bytes", lambda: compile("1", b"bytes.py", "exec").co_filename)
attempt("compile func_type", lambda: compile("x", "f", "func_type"))
attempt("compile no mode", lambda: compile("1", "f"))
