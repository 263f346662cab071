# A sales report generator heavy on format specs: alignment, fill, sign, grouping,
# precision, percent, exponent, nested width/precision, !r/!s/!a, str.format and %.
import math

SALES = [
    ("North", "widget", 1520, 3.75),
    ("North", "gadget", 310, 19.99),
    ("South", "widget", 2890, 3.5),
    ("South", "doohickey", 12, 149.0),
    ("East", "gadget", 0, 21.25),
    ("East", "widget", 775, 3.8),
    ("West", "doohickey", 44, 139.5),
    ("West", "gizmo", 100000, 0.0125),
]


def money(x):
    return f"{x:>12,.2f}"


header = f"{'Region':<8}|{'Product':^11}|{'Units':>8}|{'Price':>9}|{'Revenue':>12}"
print(header)
print("-" * len(header))
totals = {}
grand = 0.0
for region, product, units, price in SALES:
    revenue = units * price
    grand += revenue
    totals[region] = totals.get(region, 0.0) + revenue
    print(f"{region:<8}|{product:^11}|{units:>8,}|{price:>9.4g}|{money(revenue)}")
print("=" * len(header))
print(f"{'TOTAL':<8}|{'':^11}|{sum(s[2] for s in SALES):>8_}|{'':>9}|{money(grand)}")
print()
for region, rev in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = rev / grand
    bar = "#" * round(share * 40)
    print(f"{region:>6}: {share:7.2%} {bar:<40}| {rev:+.3e}")

print()
width, prec = 14, 3
for value in (math.pi, -math.e, 1e-7, 123456789.0, float("inf"), -0.0, 2.5, 3.5):
    print(f"[{value:{width}.{prec}f}] [{value:<{width}.{prec}e}] [{value:^+{width}g}] [{value:=+{width}.1f}] [{value!r}]")
for n in (0, 7, -42, 255, 65535, 2**40, -(2**31)):
    print(f"{n:>12d} {n:#x} {n:#o} {n:#b} {n:012_d} {n:+,} {n: d} {n:^#14X}")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^9}|{'trunc':.3}|{'pad':5.2}|")
print("{0}{1}{0}".format("ab", "cd"), "{name}:{0:>4}".format(7, name="k"), "{:{}{}}".format("x", ">", 5))
print("{0[1]} {1[key]} {2.real} {2.imag}".format([9, 8], {"key": "v"}, 3 + 4j))
print("%s=%d (%5.1f%%) %r %x %o %e %-6s|" % ("hits", 42, 97.25, "q", 255, 8, 12345.678, "ab"))
print("%(a)s-%(b)05d" % {"a": "id", "b": 42}, "%c%c" % (72, "i"), "%+.2f" % 2.345, "%.0f %.0f" % (0.5, 1.5))
print(f"{'é':>3}|{'naïve'!a}|{'tab'!r:>8}|{3.0!s}|{None!r:^8}|{True:>5}|{True:d}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
wmax = max(len(i[0]) for i in items)
for name, price, qty in items:
    print(f"{name.title():.<{wmax + 3}}{qty:>3} x {price:5.2f} = {price * qty:6.2f}")
print(format(1234.5678, ",.2f"), format(0.000123, ".2%"), format(1e21, "g"), format(1e16, ".17g"))
print(format(10**20, ","), format(-1.0, "+"), format(12, "c") if False else format(65, "c"), format(3.14159, ".0e"))
print(f"{12.0:g} {1e-5:g} {123456789:e} {0.1 + 0.2:.17f} {round(2.675, 2)} {round(-0.5)} {round(1.5)}")
print(str(1 / 3), repr(2 / 3), 1e100, 1.5e-10, 123456789012345678.0, float("nan"), -float("inf"))
print(f"{math.tau:010.4f}|{-7:05}|{7:<05}|{3.5:%}|{0.5:.0%}|{1234:_x}|{2**64:,}")
