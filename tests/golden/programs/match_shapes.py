# Structural pattern matching over a tiny scene-description language: class patterns
# with __match_args__, keyword patterns, sequences with star, mappings with **rest,
# or-patterns, guards, value patterns through dotted names, captures with `as`.
import math
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Shape:
    __match_args__ = ()


class Circle(Shape):
    __match_args__ = ("center", "r")

    def __init__(self, center, r, color=Color.RED):
        self.center, self.r, self.color = center, r, color


class Rect(Shape):
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h, color=Color.BLUE):
        self.corner, self.w, self.h, self.color = corner, w, h, color


class Polygon(Shape):
    __match_args__ = ("points",)

    def __init__(self, *points, color=Color.GREEN):
        self.points, self.color = list(points), color


def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return 0.0
        case Circle(_, r):
            return math.pi * r * r
        case Rect(_, w, h) if w == h:
            return float(w * w)
        case Rect(_, w, h):
            return float(w * h)
        case Polygon([]) | Polygon([_]) | Polygon([_, _]):
            return 0.0
        case Polygon(pts):
            s = 0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case _:
            raise TypeError(f"not a shape: {shape!r}")


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r, color=Color.RED):
            return f"red circle at origin r={r}"
        case Circle(Point(x=x, y=y) as c, r) if x == y:
            return f"circle on diagonal {c} r={r}"
        case Circle(center=(x, y), color=color):
            return f"{color} circle at ({x}, {y})"
        case Rect(Point(x, y), w, h, color=Color.BLUE | Color.GREEN as col):
            return f"cool {col} rect {w}x{h} at {x},{y}"
        case Rect():
            return f"other rect {shape.color}"
        case Polygon([first, *middle, last]) if first == last:
            return f"closed polygon with {len(middle)} inner points"
        case Polygon([Point(0, _), *rest]):
            return f"polygon starting on the y axis (+{len(rest)})"
        case Polygon(points=pts):
            return f"polygon of {len(pts)} points"
    return "unknown"


def command(cmd):
    match cmd:
        case {"op": "move", "dx": int(dx), "dy": int(dy), **rest}:
            return f"move by ({dx}, {dy}) extra={sorted(rest)}"
        case {"op": "scale", "factor": float() | int() as f} if f > 0:
            return f"scale x{f}"
        case {"op": "scale"}:
            return "invalid scale"
        case {"op": "paint", "color": Color.RED | Color.GREEN | Color.BLUE as c}:
            return f"paint {c}"
        case {"op": str(op)}:
            return f"unknown op {op!r}"
        case [("undo" | "redo") as verb, int(n)] if n > 0:
            return f"{verb} {n} step(s)"
        case ["undo" | "redo" as verb]:
            return f"{verb} 1 step"
        case ["group", *names] if all(isinstance(n, str) for n in names):
            return f"group {', '.join(names) or '(nothing)'}"
        case (x, y, *_) if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            return f"point-ish {x},{y}"
        case str() as text if text.startswith("#"):
            return f"comment: {text[1:].strip()}"
        case str(text):
            return f"text of {len(text)} chars"
        case None:
            return "nothing"
        case True | False as flag:
            return f"flag {flag}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return f"unmatched {type(cmd).__name__}"


shapes = [Circle(Point(0, 0), 2), Circle(Point(3, 3), 1, Color.BLUE), Circle((1, 5), 0.5, Color.GREEN),
          Rect(Point(1, 2), 3, 4), Rect(Point(0, 0), 5, 5, Color.GREEN), Rect(Point(0, 0), 0, 9, Color.RED),
          Polygon(Point(0, 0), Point(4, 0), Point(4, 3), Point(0, 0)), Polygon(Point(0, 1), Point(2, 2), Point(3, 0)),
          Polygon((1, 1), (2, 2)), Polygon()]
for s in shapes:
    print(f"{type(s).__name__:<8} {area(s):10.4f}  {describe(s)}")
for bad in (Circle(Point(0, 0), -1), "square"):
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
commands = [{"op": "move", "dx": 1, "dy": -2}, {"op": "move", "dx": 1, "dy": 2, "speed": 3, "ease": "in"},
            {"op": "move", "dx": 1.5, "dy": 2}, {"op": "scale", "factor": 2.5}, {"op": "scale", "factor": -1},
            {"op": "scale", "factor": "2"}, {"op": "paint", "color": "green"}, {"op": "paint", "color": "pink"},
            {"op": 42}, ["undo", 3], ["redo"], ["undo", 0], ["group", "a", "b"], ["group"], ("group", 1),
            (1, 2.5, 3), [1.0, 2], "# a note", "plain words", None, True, 0, 7.25, {"x": 1}, b"raw", Point(4, 5)]
for c in commands:
    print(f"{c!r:<55} -> {command(c)}")


def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(i) for i in range(1, 22)))


def walk(tree, depth=0):
    match tree:
        case {"name": name, "children": [*kids]}:
            out = ["  " * depth + name]
            for k in kids:
                out += walk(k, depth + 1)
            return out
        case {"name": name}:
            return ["  " * depth + name + " (leaf)"]
        case [*items]:
            return [line for t in items for line in walk(t, depth)]
    return ["  " * depth + "?"]


tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}, {"name": "a2", "children": []}]},
                                     {"name": "b"}, [{"name": "c"}, 5]]}
print("\n".join(walk(tree)))
match Point(1, 2):
    case Point(x, y) if x > y:
        print("above")
    case Point(x, y):
        print("below", x, y, Point.__match_args__)
