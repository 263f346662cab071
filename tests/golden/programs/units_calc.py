# Physical quantities with units: operator overloading, dispatch, caching, MRO.
from functools import singledispatch, cached_property, total_ordering
import itertools
import heapq
import bisect


class UnitError(TypeError):
    pass


@total_ordering
class Quantity:
    __slots__ = ("value", "dims", "__weakref__")

    def __init__(self, value, dims=None):
        self.value = value
        self.dims = tuple(sorted((dims or {}).items()))

    @classmethod
    def of(cls, value, unit):
        return cls(value, {unit: 1})

    @staticmethod
    def _merge(a, b, sign):
        out = dict(a)
        for k, v in b:
            out[k] = out.get(k, 0) + sign * v
        return {k: v for k, v in out.items() if v}

    def _check(self, other):
        if not isinstance(other, Quantity):
            other = Quantity(other)
        if other.dims != self.dims:
            raise UnitError(f"cannot combine {self.unit!r} with {other.unit!r}")
        return other

    @property
    def unit(self):
        parts = [k if p == 1 else f"{k}^{p}" for k, p in self.dims]
        return "*".join(parts) or "1"

    def __add__(self, other):
        return Quantity(self.value + self._check(other).value, dict(self.dims))

    __radd__ = __add__

    def __sub__(self, other):
        return Quantity(self.value - self._check(other).value, dict(self.dims))

    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, self._merge(self.dims, other.dims, 1))
        return Quantity(self.value * other, dict(self.dims))

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, self._merge(self.dims, other.dims, -1))
        return Quantity(self.value / other, dict(self.dims))

    def __pow__(self, n):
        return Quantity(self.value ** n, {k: v * n for k, v in self.dims})

    def __neg__(self):
        return Quantity(-self.value, dict(self.dims))

    def __abs__(self):
        return Quantity(abs(self.value), dict(self.dims))

    def __bool__(self):
        return bool(self.value)

    def __eq__(self, other):
        return isinstance(other, Quantity) and (self.value, self.dims) == (other.value, other.dims)

    def __lt__(self, other):
        return self.value < self._check(other).value

    __hash__ = None

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.unit}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


class Named:
    def describe(self):
        return f"{self.name}"


class Tracked:
    def describe(self):
        return "tracked:" + super().describe()


class Sensor(Tracked, Named):
    def __init__(self, name, readings):
        self.name, self.readings = name, readings
        self.computed = 0

    @cached_property
    def mean(self):
        self.computed += 1
        return sum(self.readings, Quantity(0, dict(self.readings[0].dims))) / len(self.readings)

    def __getattr__(self, attr):
        if attr.startswith("max_"):
            n = int(attr[4:])
            return heapq.nlargest(n, self.readings)
        raise AttributeError(f"{type(self).__name__!s} has no {attr!r}")


@singledispatch
def show(x):
    return f"<{type(x).__name__}>"


@show.register(Quantity)
def _(x):
    return f"{x:.3g}"


@show.register(list)
@show.register(tuple)
def _(xs):
    return "[" + ", ".join(show(x) for x in xs) + "]"


@show.register(complex)
def _(x):
    return f"{x.real:g}{x.imag:+g}j"


m, s, kg = (Quantity.of(1, u) for u in ("m", "s", "kg"))
speed = 12 * m / (4 * s)
accel = speed / (2 * s)
force = 3 * kg * accel
print(f"{speed:.2f} | {accel:.2f} | {force:8.3f}")
print(repr(force), (m * m).unit, (m ** 3 / s ** 2).unit, (speed * s == 3 * m))
print(show([speed, 2 * m, (1, 0.75 + 2j), "text"]), show(complex(1, -2.5)))
for bad in (lambda: m + s, lambda: m < 5, lambda: {m: 1}):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, "-", e)
print(sum([2 * m, 3 * m], 0 * m), bool(0 * m), abs(-5 * s), sorted([3 * m, -1 * m, 2 * m]))
print(max(3 * m, 7 * m), (2 * m) >= (2 * m), 4 * m <= 3 * m)
probe = Sensor("probe", [Quantity.of(v, "K") for v in (290, 301, 295, 310, 288)])
print(probe.describe(), [c.__name__ for c in Sensor.__mro__])
print(probe.mean, probe.mean, probe.computed, probe.max_2)
try:
    probe.min_1
except AttributeError as e:
    print(e)
del probe.mean
print(f"{probe.mean:.1f}", probe.computed, "mean" in vars(probe))
pts = [(x, y) for x, y in itertools.product(range(3), repeat=2) if x != y]
print(pts, list(itertools.combinations("abcd", 2))[:4], len(list(itertools.permutations(range(4), 3))))
grid = sorted(pts, key=lambda p: (p[0] + p[1], -p[0]))
print(grid)
marks = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(marks, v)
print(marks, bisect.bisect_left(marks, 5), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print("%-6s|%5.1f|%03d|%x|%r" % ("pct", 12.345, 7, 255, "q"), "{0[1]}-{1.value}".format("ab", m))
print(f"{'nested ' + f'{3 * 4:>4}'!s:*^20}", f"{1234567.891:_.2f}", f"{0.000123:.2e}", f"{-7:+05d}")
