# Operator overloading: 2D/3D vectors, a rational number type and a small matrix
# class; reflected and in-place operators, NotImplemented fallbacks, __format__.
import math
from functools import reduce, total_ordering
import operator


@total_ordering
class Rational:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Rational with zero denominator")
        if isinstance(n, Rational):
            n, d = n.n, n.d * d
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Rational(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Rational(o) / self

    def __pow__(self, k):
        if k < 0:
            return Rational(self.d ** -k, self.n ** -k)
        return Rational(self.n ** k, self.d ** k)

    def __neg__(self):
        return Rational(-self.n, self.d)

    def __abs__(self):
        return Rational(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d) if abs(self.n) < 2**52 else self.n // self.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(repr(self), spec)


class Vec:
    __slots__ = ("c",)

    def __init__(self, *c):
        self.c = tuple(c)

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def _zip(self, o, op):
        if not isinstance(o, Vec) or len(o) != len(self):
            return NotImplemented
        return Vec(*map(op, self.c, o.c))

    def __add__(self, o):
        return self._zip(o, operator.add)

    def __sub__(self, o):
        return self._zip(o, operator.sub)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(map(operator.mul, self.c, k.c))
        return Vec(*(x * k for x in self.c))

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, o):
        a, b = self.c, o.c
        return Vec(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])

    def __iadd__(self, o):
        print("  (Vec.__iadd__ builds a new Vec: tuples are immutable)")
        return self + o

    def __neg__(self):
        return Vec(*(-x for x in self.c))

    def __abs__(self):
        return math.sqrt(sum(float(x) ** 2 for x in self.c))

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    __hash__ = None

    def __repr__(self):
        return f"Vec{self.c!r}"

    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self.c) + ">"


h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, t - 1, 1 - t, 2 * t, 3 / t, h ** 3, t ** -2, -h, abs(-h))
print(h == Rational(2, 4), h < t, h >= t, h == 0.5, Rational(4, 2) == 2, Rational(3, -6), Rational(h, 3))
harmonic = reduce(operator.add, (Rational(1, k) for k in range(1, 21)))
print("H20 =", harmonic, f"{harmonic:.10f}", int(harmonic), bool(Rational(0)))
print(sorted([Rational(3, 4), Rational(-1, 2), Rational(5, 7), 1, Rational(2, 3)]))
print({Rational(2, 2), 1, Rational(6, 3), 2}, hash(Rational(5)) == hash(5))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)

a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, -a, f"{abs(Vec(3, 4)):.1f}")
c = a
c += b
print(c, a, c is a, a == Vec(1, 2, 3), a != b)
print(f"{Vec(Rational(1, 3), Rational(2, 3)):>6}", f"{Vec(1.5, 2.25):.3f}", list(a), a[1:], len(a), *b)
for expr, fn in (("a + Vec(1, 2)", lambda: a + Vec(1, 2)), ("a @ 3", lambda: a @ 3), ("hash(a)", lambda: hash(a)),
                 ("a < b", lambda: a < b), ("Vec() + 1", lambda: Vec() + 1)):
    try:
        print(expr, "->", fn())
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
basis = [Vec(1, 0, 0), Vec(0, 1, 0), Vec(0, 0, 1)]
print([[u @ v for v in basis] for u in basis][0], sum((Vec(i, i, i) for i in range(4)), Vec(0, 0, 0)))
m = [[Rational(1, i + j + 1) for j in range(3)] for i in range(3)]
det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
       + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
print("hilbert3:", m, "det:", det, "1/det:", 1 / det)
