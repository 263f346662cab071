# A small 2-D vector class used as users would: operators, equality, hashing, sorting, formatting.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def dot(self, o): return self.x * o.x + self.y * o.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, -a, abs(b), a.dot(b))
print(a == Vec(1, 2), a != b, len({a, Vec(1, 2), b}), bool(Vec()), bool(a), list(a), tuple(b))
print(sorted([Vec(5, 5), Vec(1, 0), Vec(0, 2)]), max([a, b]), f"{Vec(1 / 3, 2 / 3):.3f}")
x, y = b
print(x, y, sum((Vec(i, i) for i in range(4)), Vec()))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
