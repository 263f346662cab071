# Method calls on builtins (method descriptors) and on Python classes (bound methods).
class C:
    def m(self, x):
        return x
def f():
    s = "ab".upper()
    l = [3, 1]
    l.sort()
    l.append(2)
    d = {"k": 1}.get("k")
    c = C()
    c.m(1)
    C.m(c, 2)
    return s, d
f()
