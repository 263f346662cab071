# Mixed-type arithmetic: int/float/complex/bool promotion, comparisons across types, exactness of int/float compare.
print(1 + 2.0, type(1 + 2.0).__name__, 1 + 2j, type(1.5 + 1j).__name__, True + 1.5, 3 / 1, type(4 / 2).__name__)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 == float("inf"))
print(1 == 1.0 == (1 + 0j), 0.1 + 0.2 > 0.3, 1 / 3 * 3 == 1.0, 0.5 == 1 / 2, int(0.1 * 3 * 10))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5 * 2 ** 0.5, (1 + 1j) * 1j, 3 * True, False ** 0)
print(max(1, 2.0, True), min(0, -0.0), sorted([3, 1.5, True, 0.0]), sum([1, 0.5, 0.25]), abs(-3 + 0.0))
print(round(2.5) + round(3.5), 1e3 == 1000, int("1000") == 1e3, hash(1e3) == hash(1000), {1000: "int"}[1e3])
print(float(10 ** 20) == 10 ** 20, float(10 ** 23) == 10 ** 23, 10 ** 23 / 10 ** 22, 3 ** 40 / 3 ** 38)
try:
    10 ** 400 / 1.0 if False else float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (10 ** 400) / 3
    print("int / int ok:", (10 ** 400) // 3 % 10)
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(10 ** 30, 7.0)[0] > 0, 1j ** 2 == -1, (2 + 0j) ** 2, complex(2) ** 0.5)
