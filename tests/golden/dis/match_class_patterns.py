from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x=x, y=0):
            return f"on x at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return "string " + s
        case _:
            return "elsewhere"


for v in (Point(0, 0), Point(0, 3), Point(2, 0), Point(4, 4), 7, 2.5, "hi", None):
    print(where(v))
