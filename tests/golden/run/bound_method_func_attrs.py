# A bound method falls back to its function's attributes (functools.wraps __wrapped__, function __dict__).
import functools
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    w.extra = 5
    return w
class C:
    @deco
    def m(self): return 1
c = C()
print(c.m.__wrapped__.__name__, c.m.extra, c.m.__func__.extra, c.m.__name__, c.m.__self__ is c)
try:
    c.m.nope
except AttributeError as e:
    print(e)
try:
    c.m.extra = 3
except AttributeError as e:
    print(e)
print(sorted(c.m.__dict__), c.m.__class__.__name__, c.m.__doc__)
print(hasattr(c.m, "__wrapped__"), getattr(c.m, "zz", "dflt"))
