# The math module: constants, rounding, powers and logs, trig, integer functions, errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(1e100) == 10 ** 100, math.cbrt(27), math.exp2(10))
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.factorial(2.5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
