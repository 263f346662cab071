print("init shapes", __name__, __package__)
from .util.mathx import PI, square
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return square(self.side)
    def __repr__(self):
        return f"Square({self.side})"
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * square(self.r)
    def __repr__(self):
        return f"Circle({self.r})"
