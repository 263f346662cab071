# exec/eval/compile inherit the calling code's __future__ flags (co_flags) unless dont_inherit=True.
CO_FUTURE_ANNOTATIONS = 0x1000000

# Code compiled with the annotations future: what it exec()s/compile()s inherits it.
outer = compile("""
ns = {}
exec("def f(x: int) -> str: pass", ns)
print("exec inherits:", ns["f"].__annotations__)
exec(compile("def g(y: list[int]): pass", "<inherit>", "exec"), ns)
print("compile inherits:", ns["g"].__annotations__)
exec(compile("def h(z: float): pass", "<alone>", "exec", dont_inherit=True), ns)
print("dont_inherit:", ns["h"].__annotations__)
print("eval inherits:", eval("(lambda: (lambda a: a).__code__.co_flags)()") & CO_FUTURE_ANNOTATIONS != 0)
""", "<outer>", "exec", flags=CO_FUTURE_ANNOTATIONS)
print(bool(outer.co_flags & CO_FUTURE_ANNOTATIONS))
exec(outer, {"CO_FUTURE_ANNOTATIONS": CO_FUTURE_ANNOTATIONS})

# This module has no future import: nothing is inherited here.
ns = {}
exec("def k(w: bytes): pass", ns)
print("plain:", ns["k"].__annotations__)
code = compile("def m(v: bytes): pass", "<flag>", "exec", flags=CO_FUTURE_ANNOTATIONS,
               dont_inherit=True)
exec(code, ns)
print("explicit flag:", ns["m"].__annotations__, bool(code.co_flags & CO_FUTURE_ANNOTATIONS))
