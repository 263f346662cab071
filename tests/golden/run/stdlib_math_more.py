# math.cbrt correctly rounded, math.fma, math.sumprod (3.12+/3.13+ additions).
import math

vals = [27.0, 8.0, 64.0, 1000.0, 2.0, 3.0, 0.001, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
        -27.0, -2.0, 0.0, -0.0, 123456789.0, 0.1, 7.0, 1e-5, 3.375, 343.0, 1e21, 1e-21]
print([math.cbrt(v) for v in vals])
print([math.cbrt(float(n)) for n in range(1, 60)])
print(math.cbrt(math.inf), math.cbrt(-math.inf), math.cbrt(math.nan), math.cbrt(8))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1.0), math.fma(1e308, 10, -math.inf), math.fma(2, 3, 4))
for args in [(1e308, 10.0, 0.0), (math.inf, 0.0, 1.0), (math.inf, 1.0, -math.inf)]:
    try:
        print(math.fma(*args))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.fma(math.nan, 1.0, 1.0), math.fma(math.inf, 2.0, 1.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
print(math.sumprod([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]), math.sumprod([10**30, 1], [10**30, 1]))
print(math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.sumprod([1.5, 2], [2, 3.25]))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print("ValueError", e)
try:
    math.sumprod(1, [3])
except TypeError as e:
    print("TypeError", e)
print(math.sumprod([True, False], [3, 4]), math.sumprod([math.inf, 1.0], [1.0, 2.0]))
