# A small bank ledger simulation with text reports.
import math, itertools, sys
from itertools import groupby, accumulate, zip_longest

class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def parse(cls, s):
        s = s.strip()
        neg = s.startswith("-")
        if neg: s = s[1:]
        whole, _, frac = s.partition(".")
        frac = (frac + "00")[:2]
        v = int(whole or "0") * 100 + int(frac)
        return cls(-v if neg else v)
    def __add__(self, o): return Money(self.cents + o.cents)
    def __sub__(self, o): return Money(self.cents - o.cents)
    def __neg__(self): return Money(-self.cents)
    def __mul__(self, k): return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __format__(self, spec):
        s = f"{abs(self.cents)//100:,}.{abs(self.cents)%100:02d}"
        if self.cents < 0: s = "-" + s
        return format(s, spec or "")
    def __repr__(self): return f"Money({self.cents})"

RAW = """
2024-01-03 deposit  salary     3200.00
2024-01-04 withdraw rent      -1200.50
2024-01-09 withdraw groceries   -84.13
2024-01-15 withdraw groceries   -92.77
2024-02-01 deposit  salary     3200.00
2024-02-02 withdraw rent      -1200.50
2024-02-11 withdraw travel     -431.00
2024-02-19 deposit  refund       43.10
2024-03-01 deposit  salary     3300.00
2024-03-03 withdraw rent      -1200.50
2024-03-17 withdraw groceries  -101.01
"""

def parse(text):
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        date, kind, cat, amount = line.split()
        y, m, d = map(int, date.split("-"))
        yield {"n": lineno, "date": (y, m, d), "kind": kind, "cat": cat, "amt": Money.parse(amount)}

rows = list(parse(RAW))
print(len(rows), "rows")
by_month = {k: list(g) for k, g in groupby(rows, key=lambda r: r["date"][:2])}
for (y, m), rs in by_month.items():
    total = sum((r["amt"] for r in rs), Money(0))
    print(f"{y}-{m:02d}: {len(rs):2d} tx, net {total:>12}")
balances = list(accumulate((r["amt"] for r in rows), lambda a, b: a + b))
print("final", f"{balances[-1]:*^16}", "min", min(balances), "max", max(balances))
cats = sorted({r["cat"] for r in rows})
print(cats)
totals = {c: sum((r["amt"] for r in rows if r["cat"] == c), Money(0)) for c in cats}
for c, t in sorted(totals.items(), key=lambda kv: (kv[1], kv[0])):
    bar = "#" * int(math.log10(abs(t.cents) + 1) * 3)
    print(f"{c:<10}|{t:>10}|{bar}")
avg = sum(r["amt"].cents for r in rows) / len(rows)
print(f"avg {avg:.3f} {avg:e} {avg:g} {round(avg, -2)} {math.floor(avg)} {math.ceil(avg)}")
print(3 * Money(105), Money(105) * 0.5, Money(-1) * 2.5)
pairs = list(zip_longest("abc", range(5), fillvalue="?"))
print(pairs)
print(repr(Money.parse(" -0.5")), bool(Money(0)), Money(3) == Money(3), Money(3) != Money(4))
try:
    Money(1).x = 3
except AttributeError as e:
    print("AttributeError:", e)
s = {Money(1), Money(1), Money(2)}
print(len(s))
def running_stats(values):
    n = 0; mean = 0.0; m2 = 0.0
    for x in values:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        yield n, mean, math.sqrt(m2 / n) if n > 1 else 0.0
for n, mu, sd in itertools.islice(running_stats(r["amt"].cents / 100 for r in rows), 0, None, 3):
    print(f"{n:>3} {mu:10.4f} {sd:10.4f}")
print(sorted(rows, key=lambda r: r["amt"])[0]["cat"], max(rows, key=lambda r: r["amt"])["date"])
print("%-8s|%8.2f|%+d|%x|%o|%r" % ("pct", 12.3456, 7, 255, 8, "q"))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, 2 ** -1, pow(3, 4, 5), (-2) ** 0.5)
print(int("0x1f", 16), int("  42  "), float("1e-3"), float("inf"), -float("nan"), 1e16, 1.5e-7, 123456789.0 * 10)
print(round(2.5), round(3.5), round(-0.5), round(1.005, 2), round(12345, -2), 10 / 3)
sys.stdout.write("done\n")
