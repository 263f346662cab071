# round() on ints/floats with ndigits, format() with empty spec, __round__ on user types, bool formatting.
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(-1.5), round(1e20), round(123.456, 1), round(-123.456, -1))
print(round(15, -1), round(25, -1), round(-15, -1), round(149, -2), round(150, -2), round(250, -2), round(10 ** 20 + 5, -1))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 1)).__name__, round(1.23456789, 5))
print(format(1.0), format(1e100), format(12), format("x"), format(True), format(None), format([1]), format(1 + 1j))
print(format(True, ""), format(True, "^5"), format(False, "d"), f"{True!s:>6}", f"{None!r}")
class Money:
    def __init__(self, c):
        self.c = c
    def __round__(self, nd=None):
        return Money(round(self.c, -2 if nd is None else nd))
    def __repr__(self):
        return f"Money({self.c})"
print(round(Money(1234)), round(Money(1234), -1))
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
