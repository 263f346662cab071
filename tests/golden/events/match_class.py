# match class patterns with positional (__match_args__) and keyword sub-patterns.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(p):
    match p:
        case P(0, 0):
            return "origin"
        case P(x, y=0):
            return "x-axis"
        case int():
            return "int"
    return "none"
f(P(0, 0))
f(P(3, 0))
f(7)
f("s")
