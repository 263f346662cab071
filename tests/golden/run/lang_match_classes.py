# match statements: class patterns with __match_args__, keyword patterns, guards, or-patterns, mappings, sequences.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=radius) if radius > 10:
            return f"big circle at ({x}, {y})"
        case Circle(center=Point() as c, r=r):
            return f"circle r={r} c.x={c.x}"
        case {"kind": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={sorted(rest)}"
        case [int(a), *middle, str() as last]:
            return f"seq first={a} middle={middle} last={last!r}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case bool() | None:
            return "bool or None"
        case _:
            return f"other {type(shape).__name__}"
for s in [Point(0, 0), Point(5, 0), Point(0, 7), Point(3, 3), Point(1, 2),
          Circle(Point(1, 2), 20), Circle(Point(4, 5), 2), {"kind": "rect", "w": 2, "h": 3, "z": 1},
          [1, 2, 3, "end"], 2, "123", True, None, 3.5, (9, "x")]:
    print(describe(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": v}:
        print("mapping a", v)
