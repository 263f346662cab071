"""A bit of everything around structural pattern matching."""

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


class Rect:
    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {shape}"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case Rect(p1=Point(x=x1, y=y1), p2=Point(x=x2, y=y2)):
            return f"rect {abs(x2 - x1)}x{abs(y2 - y1)}"
        case _:
            return "unknown"


def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"can't go {' '.join(rest) or 'nowhere'}"
        case ["take", item, *more] if more:
            return f"take {item} and {len(more)} more"
        case ["take", item]:
            return f"take {item}"
        case [verb, *_] if verb.startswith("x"):
            return "x-command"
        case [single]:
            return f"single {single!r}"
        case other:
            return f"unknown {other}"


def data(v):
    match v:
        case None:
            return "None"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n!r}"
        case str() as s if len(s) > 3:
            return f"long string {s[:3]}..."
        case str(s):
            return f"string {s}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case (1, 2, *others):
            return f"seq starting 1,2 then {others}"
        case [x, [y, [z]]]:
            return f"nested {x} {y} {z}"
        case (a, b):
            return f"pair {a} {b}"
        case {"k": 1 | 2 as k}:
            return f"k is {k}"
        case _:
            return f"other {type(v).__name__}"


for s in [Point(0, 0), Point(3, 0), Point(0, -2), Point(4, 4), Point(1, 2), Circle(Point(1, 1), 0),
          Circle(Point(2, 3), 5), Rect(Point(0, 0), Point(3, 4)), "shape"]:
    print(describe(s))
for c in ["", "go north", "go up stairs", "go", "take lamp", "take a b c", "xyzzy", "look", "eat the cake"]:
    print(f"{c!r:16} -> {command(c)}")
for v in [None, True, 0, -5, 2.5, "hi", "hello", {"type": "user", "name": "ann", "age": 3, "x": 1},
          {"type": 7}, (1, 2, 3, 4), [1, [2, [3]]], (8, 9), [8, 9], {"k": 2}, {"k": 3}, {1, 2}, b"xy"]:
    print(data(v))

STATUS = {200: "OK", 404: "Not Found"}


class Color:
    RED = 1
    GREEN = 2


def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "?"


print([color_name(i) for i in range(4)])
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1), ("kiwi", 0.333, 100)]
print(f"{'item':<10}|{'price':>8}|{'qty':>5}|{'total':>10}")
for name, price, qty in sorted(table, key=lambda r: r[1] * r[2], reverse=True):
    print(f"{name:<10}|{price:>8.3f}|{qty:>5d}|{price * qty:>10.2f}")
print(f"{3.14159:.2%} {1234567.891:,.1f} {255:#010b} {255:#X} {-3:^7}| {0.000012345:.3g} {1e21:g} {12:e}")
print(f"{'nested':{'>'}{10}}", f"{[1, 2]!s:>10}", f"{'q'!r}", f"{3 + 4 = }", f"{2 ** 0.5:.{4}f}")
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, [y for x in range(4) for y in range(x) if y % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], sum(1 for _ in filter(None, [0, 1, "", "a", None, 2])))
nums = [5, -3, 8, 0, -1, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, -n)), max(nums, key=lambda n: n * n))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs), list(reversed(pairs)), list(enumerate("ab", 1)))
print(*map(lambda t: t[0] * t[1], pairs), sep=", ", end="!\n")
print(any(n > 7 for n in nums), all(nums), list(zip(*[(1, 2), (3, 4), (5, 6)])), divmod(-7, 2), round(2.675, 2), round(-0.5))
