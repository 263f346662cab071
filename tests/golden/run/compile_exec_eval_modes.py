# compile()/exec()/eval() of source text: modes, globals/locals, code objects, bytes sources.
import sys

code = compile("a = 6\nb = a * 7\n", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name, code.co_firstlineno)
ns = {}
print(exec(code, ns), ns["b"], "__builtins__" in ns)

expr = compile("x * y + 1", "expr.py", "eval")
print(eval(expr, {"x": 3, "y": 4}), eval(expr, {}, {"x": 2, "y": 5}))

# "single" prints expression statements through sys.displayhook
single = compile("1 + 2", "<stdin>", "single")
exec(single)
exec(compile("None", "<stdin>", "single"))
exec(compile("'text'\n", "<stdin>", "single"))
seen = []
sys.displayhook = seen.append
exec(compile("40 + 2", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
print("displayhook got", seen)

# globals and locals
g = {"base": 100}
loc = {"step": 5}
exec("total = base + step\nbase = 0", g, loc)
print(sorted(loc), g["base"], loc["total"], loc["base"])
print(eval("base + step", g, loc))


def uses_locals():
    k = 3
    print(eval("k * 2"), eval("[k + i for i in range(3)]"))
    exec("k = 99")
    return k


print(uses_locals())

# eval skips leading spaces and tabs; exec does not accept them
print(eval("  \t 7 * 6"))
# bytes, bytearray and memoryview sources, with a coding cookie
print(eval(b"'caf\xc3\xa9'"), eval(bytearray(b"1 + 1")), eval(memoryview(b"2 + 2")))
exec(b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\nprint(s, len(s))")

# functions and classes made by exec see the globals they were given
env = {}
exec("def area(r):\n    return round(PI * r * r, 2)\nclass P:\n    kind = 'point'\n", env)
env["PI"] = 3.14159
print(env["area"](2), env["P"].kind, env["area"].__module__ if "__name__" in env else None)
print(env["area"].__code__.co_filename, env["area"].__code__.co_firstlineno)

# keyword arguments of compile
c2 = compile(source="q = 1", filename="kw.py", mode="exec", flags=0, dont_inherit=True, optimize=2)
print(c2.co_filename)
print(eval(compile("__debug__", "o.py", "eval", optimize=0)),
      eval(compile("__debug__", "o.py", "eval", optimize=1)))
c3 = compile("assert False, 'gone'\nres = 'asserts stripped'", "o.py", "exec", optimize=1)
d = {}
exec(c3, d)
print(d["res"])
# a docstring survives optimize=1 but not optimize=2
f1 = {}
exec(compile("def f():\n    'doc'\n", "o.py", "exec", optimize=1), f1)
f2 = {}
exec(compile("def f():\n    'doc'\n", "o.py", "exec", optimize=2), f2)
print(f1["f"].__doc__, f2["f"].__doc__)
