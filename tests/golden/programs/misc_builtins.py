"""A grab bag of builtins, the math and sys modules, and exceptions."""
import math
import sys


class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.c[i])
        return self.c[i]

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.c)) + ")"

    def __contains__(self, x):
        return x in self.c

    def __bool__(self):
        return any(self.c)

    def __round__(self, n=0):
        return Vec(*(round(a, n) for a in self))


v = Vec(3, 4, 12)
print(v + Vec(1, 1, 1), v * 2, abs(v), len(v), v[1:], 4 in v, 5 in v, bool(Vec(0, 0)), list(v), v[-1])
print(round(Vec(1.234, 5.678), 1), sorted(Vec(3, 1, 2)), sum(Vec(1, 2, 3)), max(Vec(4, 9, 2)))
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.gcd(48, 180), math.factorial(20))
print(math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.log(1024, 2), math.log10(1e-5), math.exp(1))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.inf, -math.inf, math.nan != math.nan, math.isinf(1e308 * 10), math.trunc(-3.7), math.fsum([0.1] * 10))
print(math.comb(52, 5), math.perm(10, 3), math.isqrt(10 ** 20 + 1), math.copysign(3, -0.0), math.fabs(-2))
print(sys.version_info[:2], sys.byteorder, type(sys.argv).__name__, sys.getrecursionlimit() > 100)
print(int("ff", 16), int("0b101", 0), int(" 42 "), float("1e3"), float("-inf"), complex(1, 2) * 1j, 7 // 2, -7 // 2, 7 % -3)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e100, 1e-7, 123456789012345678.0, 0.5 ** 30, float(10 ** 16), -0.0, 1.0)
print(abs(-5), pow(2, 10), pow(2, -1), pow(-8, 1 / 3).real > 0, divmod(7.5, 2), 5 .bit_length(), (255).to_bytes(2, "big"))
print(chr(9731), ord("€"), bin(-5), oct(64), hex(-255), format(0.1, ".20f"), format(1234.5, "e"), str(1e16), str(1.5e-5))
print(list(range(10, 0, -3)), range(5)[::-1], list(range(0)), range(1, 10, 2)[2], len(range(-5, 100, 7)), 17 in range(0, 20, 4))
print(list(map(pow, [2, 3], [5, 2])), list(filter(str.isupper, "aBcDe")), list(zip("ab", [1, 2], (True, False))))
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, callable(len), callable(1), hasattr(v, "c"), getattr(v, "zz", "dflt"))
d = {"b": 2, "a": 1}
d.update(c=3)
d |= {"d": 4}
print(d, d.pop("b"), d.get("zz", 0), d.setdefault("e", 5), list(d), list(d.values())[-1], dict.fromkeys("xy", 0), {**d, "a": 9})
s = {3, 1, 2}
print(sorted(s | {5}), sorted(s & {1, 9}), sorted(s - {1}), sorted(s ^ {1, 7}), s <= {1, 2, 3, 4}, frozenset([1]) == {1})
lst = [5, 2, 9, 1]
lst.sort()
lst.insert(1, 7)
lst.extend([0, 0])
print(lst, lst.index(9), lst.count(0), lst[::2], lst[-2:], lst * 2 if len(lst) < 4 else lst[:2] * 2, [1, 2] < [1, 3], (1, 2) == (1, 2))
t = (1, "a", None, 2.5)
print(t, t[1:3], t.index(None), len(t), tuple(reversed(t)), hash((1, 2)) == hash((1, 2)), (1,) + (2,))
b = b"hello\x00\xff"
print(b, len(b), b[0], b[1:3], b.hex(), bytes([65, 66]), bytearray(b"ab") + b"c", b.upper(), b"a,b".split(b","))
print(repr(None), str(True), repr(3.0), repr(-1e-10), repr("it's"), repr('"q"'), repr("a\\b\n"), str(b"x"))


def deep(n):
    return deep(n + 1)


errs = [
    lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("abc"), lambda: None.attr,
    lambda: "a" + 1, lambda: undefined_name, lambda: [].pop(), lambda: iter(5), lambda: next(iter([])),
    lambda: float("x"), lambda: math.sqrt(-1), lambda: (1).__foo__, lambda: len(5), lambda: {}.popitem(),
    lambda: int(1e400), lambda: [1, 2].remove(3), lambda: tuple()[0], lambda: "abc".index("z"), lambda: deep(0),
    lambda: 10 ** 400 * 1.0, lambda: chr(-1), lambda: sorted([1, "a"]), lambda: set().pop(), lambda: "x" * "y",
]
for f in errs:
    try:
        f()
    except RecursionError as e:
        print("RecursionError:", str(e)[:40])
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError as e:
    print("caught", e.args)


class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Ctx("a") as a, Ctx("b", swallow=True):
    raise TypeError("in with")
print("after with", a.name)
try:
    with Ctx("c"):
        raise IndexError(3)
except IndexError as e:
    print("propagated", e)
eg = ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
try:
    raise eg
except* ValueError as g:
    print("value errors:", [e.args for e in g.exceptions])
except* TypeError as g:
    print("type errors:", g.exceptions)
print(sys.getsizeof is not None, type(sys.stdout).__name__ != "", sys.platform != "")
sys.stdout.write("written directly\n")
print("stderr next", file=sys.stderr)
print("to stdout", 1, 2, sep="|")
sys.exit(3)
