# __slots__: no __dict__, fixed attributes, inheritance with and without slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(vars(q))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.x, r.w, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1; wd.b = 2
print(wd.a, vars(wd))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
