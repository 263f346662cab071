# match: mapping patterns with **rest, class patterns (positional via __match_args__, keyword), builtins.
def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"
for ev in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "shift"}, {"type": "scroll"}, {}, {"x": 1}, [1]]:
    print(handle(ev))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r
def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(c=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(r=r):
            return f"circle r={r}"
        case int(v) | float(v):
            return f"number {v}"
        case str(v):
            return f"string {v}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 5, 2.5, "s", {"k": 1}, None]:
    print(shape(s))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
