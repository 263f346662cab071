# Counter's unary +/- and in-place +=, -=, |=, &= (keep positive counts, same object);
# namedtuple fields are read-only _tuplegetter descriptors, not properties.
from collections import Counter, namedtuple
c = Counter(a=3, b=-1, c=0)
print(+c, -c, c)
d = c
d += Counter(b=2, z=1)
print(d, d is c)
d -= Counter(a=1, q=2)
print(d)
d |= Counter(a=5, y=0, w=3)
print(d)
d &= Counter(a=4, w=9)
print(d, d is c)
print('__pos__' in Counter.__dict__, '__iadd__' in Counter.__dict__)
P = namedtuple("P", "x y")
p = P(1, 2)
print(P.x, type(P.x), P.x.__doc__, P.x.__get__(p), P.y.__get__((5, 6, 7)))
for f in (lambda: setattr(p, "x", 3), lambda: delattr(p, "y"), lambda: P.x.__get__([1]), lambda: P.y.__get__((1,))):
    try: f()
    except Exception as e: print(type(e).__name__, e)
P.x.__doc__ = "changed"; print(P.x.__doc__, p.x, p.y)
class Q(P):
    @property
    def s(self): return self.x + self.y
print(Q(3, 4).s, Q(3, 4))
