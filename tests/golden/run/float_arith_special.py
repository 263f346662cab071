# Float arithmetic details: signed zeros, division by zero messages, large/small magnitudes, fmod vs %.
import math
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 1 / float("-inf"), -0.0 == 0.0, math.copysign(1, -0.0 * 1))
for a, b in [(1.0, 0.0), (0.0, 0.0), (1, 0.0), (-1.5, 0)]:
    for name, f in [("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)]:
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print(a, name, b, "->", e)
print(1e308 + 1e308, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, 2.0 ** -1074, 2.0 ** -1075)
print(-7.5 % 2, math.fmod(-7.5, 2), 7.5 % -2, math.fmod(7.5, -2), -1e-20 % 1.0, (-1e-20) // 1.0)
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 15), 1.1 + 2.2, 3.3 * 3, 100 * 1.1, 1 - 0.9)
print(float.__mul__(2.0, 3), (2.5).__floordiv__(1), (7.0).__rmod__(2), float("1e400"), float("-1e-400"))
print(sum([1e16, 1.0, -1e16]), math.fsum([1e16, 1.0, -1e16]), 1e16 + 1.0 - 1e16)
print((2 ** 0.5) ** 2, 10 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 0.0 ** 0.0, 0 ** 0.0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
