# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins; class scope not enclosing methods.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_global():
    return x
print(uses_global())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
class C:
    x = "class attr"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.y)
def make():
    a = 1
    def f():
        b = 2
        def g():
            c = 3
            return a + b + c
        return g
    return f()()
print(make())
import builtins
print(builtins.len is len, builtins.__name__)
def late():
    return later_defined
later_defined = "defined after the function"
print(late())
def param_shadow(x):
    return x
print(param_shadow("param"))
def default_capture(v=x):
    return v
x = "changed"
print(default_capture(), uses_global())
