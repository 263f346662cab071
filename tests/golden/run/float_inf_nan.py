# Infinities and NaN: arithmetic, comparisons, conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), float("-Infinity"), float("NaN"), float("+inf"))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("inf"), nan is nan, [nan] == [nan], nan in [nan])
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(math.inf == inf, math.copysign(1, -0.0), math.copysign(1, nan) > 0)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(round(inf, 2), round(nan, 2))
print(f"{inf:.2f} {-inf:e} {nan:g} {inf:%} {nan:>8}|")
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1), hash(1.5) == hash(1.5))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
