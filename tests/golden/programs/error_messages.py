# A "friendly error" reporter for a plugin host: it runs many small faulty operations
# and prints the exception type and message CPython produces for each, grouped by kind.
import math
import sys
import itertools
import functools
import operator
from collections import deque, namedtuple, defaultdict, Counter


class Plugin:
    def __init__(self, name, *, verbose=False):
        self.name = name

    def run(self, data, mode="fast"):
        return data

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def helper(a, b):
        return a + b

    @property
    def upper(self):
        return self.name.upper()


class NoLen:
    pass


class BadLen:
    def __len__(self):
        return -1


class BadIndex:
    def __index__(self):
        return "x"


class BadIter:
    def __iter__(self):
        return 5


def f(a, b, /, c, *, d):
    return a


def g(x, y=1, *args, **kw):
    return x


P = namedtuple("P", "x y")
p = Plugin("demo")
CASES = {
    "calls": [
        lambda: f(1, 2),
        lambda: f(1, 2, 3),
        lambda: f(1, 2, 3, 4, d=5),
        lambda: f(a=1, b=2, c=3, d=4),
        lambda: f(1, 2, 3, d=4, e=5),
        lambda: g(),
        lambda: g(1, x=2),
        lambda: Plugin(),
        lambda: Plugin("a", "b"),
        lambda: Plugin("a", loud=True),
        lambda: p.run(),
        lambda: p.run(1, 2, 3),
        lambda: p.run(1, modee="x"),
        lambda: Plugin.run(1),
        lambda: Plugin.helper(1),
        lambda: Plugin.create(),
        lambda: len(1, 2),
        lambda: abs(),
        lambda: max(),
        lambda: max(1),
        lambda: min([]),
        lambda: sorted([1], key=1),
        lambda: divmod(1),
        lambda: int("3", base=1),
        lambda: "x".join(),
        lambda: [].append(),
        lambda: {}.get(),
        lambda: (lambda: 0)(1),
        lambda: (lambda *, k: 0)(),
        lambda: functools.reduce(operator.add, []),
        lambda: P(1),
        lambda: P(1, 2, z=3),
    ],
    "types": [
        lambda: 1 + "a",
        lambda: "a" + 1,
        lambda: [1] + (2,),
        lambda: 1 < "a",
        lambda: [1] < 1,
        lambda: None < None,
        lambda: -"x",
        lambda: ~1.5,
        lambda: "a" * 1.5,
        lambda: [1] * [2],
        lambda: 1 @ 2,
        lambda: {} | [],
        lambda: hash([]),
        lambda: {[]: 1},
        lambda: {{1}},
        lambda: len(NoLen()),
        lambda: len(BadLen()),
        lambda: [1][BadIndex()],
        lambda: iter(BadIter()),
        lambda: iter(5),
        lambda: next([1]),
        lambda: 5[0],
        lambda: None[0],
        lambda: (1, 2)["a"],
        lambda: "abc"[1.0],
        lambda: {1: 2}[[]],
        lambda: NoLen()(),
        lambda: "abc"(),
        lambda: int([1]),
        lambda: float("x1"),
        lambda: int(None),
        lambda: complex("1+"),
        lambda: list(1),
        lambda: tuple(None),
        lambda: dict([1, 2]),
        lambda: dict([(1, 2, 3)]),
        lambda: set([[1]]),
        lambda: "%d" % "x",
        lambda: "%s %s" % (1,),
        lambda: "%s" % (1, 2),
        lambda: "{} {}".format(1),
        lambda: "{0} {}".format(1, 2),
        lambda: "{x}".format(y=1),
        lambda: format(1, "q"),
        lambda: format("s", "d"),
        lambda: f"{1:,s}",
        lambda: "abc".startswith(1),
        lambda: "a".replace(1, 2),
        lambda: b"a" + "b",
        lambda: bytes("abc"),
        lambda: isinstance(1, 2),
        lambda: issubclass(1, int),
        lambda: super(int, "x"),
        lambda: type("X", (1,), {}),
        lambda: object.__new__(1),
        lambda: setattr(1, "x", 2),
        lambda: 1 .x,
        lambda: p.nope,
        lambda: Plugin.nope,
        lambda: math.nope,
        lambda: delattr(p, "nope"),
        lambda: p.upper(),
        lambda: setattr(p, "upper", 1),
    ],
    "values": [
        lambda: int("12a"),
        lambda: int("0x1g", 16),
        lambda: int(""),
        lambda: float(""),
        lambda: math.sqrt(-1),
        lambda: math.log(0),
        lambda: math.factorial(-1),
        lambda: [].pop(),
        lambda: [1, 2].pop(5),
        lambda: [].remove(1),
        lambda: (1, 2).index(3),
        lambda: "abc".index("d"),
        lambda: {}.popitem(),
        lambda: set().pop(),
        lambda: {1}.remove(2),
        lambda: deque().popleft(),
        lambda: range(1, 2, 0),
        lambda: "a,b".split(""),
        lambda: "x".center(5, "ab"),
        lambda: chr(-1),
        lambda: chr(0x110000),
        lambda: ord("ab"),
        lambda: list(range(3))[5],
        lambda: "abc"[10],
        lambda: (1,)[-2],
        lambda: {"a": 1}["b"],
        lambda: defaultdict(None)["k"],
        lambda: Counter(a=1)["b"] + 1 / 0,
        lambda: 10 % 0,
        lambda: 1.0 / 0,
        lambda: divmod(1, 0),
        lambda: 0 ** -1,
        lambda: 2 ** 10000 * 1.0,
        lambda: math.exp(1000),
        lambda: [0] * (sys.maxsize + 1) if False else list(itertools.repeat(0, -1)),
        lambda: itertools.islice([], -1),
        lambda: "abc".encode("nope"),
        lambda: b"\xff".decode("ascii"),
        lambda: int("9" * 5000),
        lambda: round(1.5, "x"),
        lambda: sorted([3, "a", 1]),
        lambda: max([1, None]),
        lambda: a_name_that_does_not_exist,
        lambda: (_ for _ in ()).throw(ValueError("thrown")),
        lambda: next(iter([])),
        lambda: next(x for x in []),
    ],
}
width = 4
for kind, cases in CASES.items():
    print(f"== {kind} ({len(cases)}) ==")
    seen = Counter()
    for n, case in enumerate(cases):
        try:
            result = case()
        except Exception as e:
            seen[type(e).__name__] += 1
            print(f"{n:>{width}} {type(e).__name__}: {e}")
        else:
            print(f"{n:>{width}} no error: {result!r}")
    print("   ", sorted(seen.items()))
