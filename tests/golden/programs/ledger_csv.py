# Hand-rolled CSV ledger: parsing bytes, enums/flags, collections, math.
import math
from enum import Flag, StrEnum, Enum, auto, unique
from collections import namedtuple, Counter, defaultdict, deque
from bisect import bisect_left, insort
from heapq import heappush, heappop, nsmallest
from operator import itemgetter

RAW = (b"date;account;kind;amount;flags\n"
       b"2024-01-03;cash;in;1200.50;R\n"
       b"2024-01-04;bank;out;-300.00;\n"
       b"2024-01-04;cash;out;-45.25;AT\n"
       b"2024-01-09;bank;in;2500;R,T\n"
       b"2024-01-10;card;out;-99.99;A\n"
       b"bad line without separators\n"
       b"2024-01-12;caf\xc3\xa9;out;-3.50;\n"
       b"2024-01-15;bank;out;-1250.75;T\n")


class Mark(Flag):
    NONE = 0
    RECURRING = auto()
    AUDITED = auto()
    TAXED = auto()


@unique
class Kind(StrEnum):
    IN = "in"
    OUT = "out"


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        return cls.HIGH if isinstance(value, int) and value > 2 else None


Entry = namedtuple("Entry", "date account kind amount marks", defaults=(Mark.NONE,))
LETTERS = {"R": Mark.RECURRING, "A": Mark.AUDITED, "T": Mark.TAXED}


def parse(raw):
    header, *lines = raw.rstrip(b"\n").split(b"\n")
    fields = header.decode("ascii").split(";")
    for n, line in enumerate(lines, 2):
        cells = line.decode("utf-8").split(";")
        if len(cells) != len(fields):
            print(f"line {n}: expected {len(fields)} cells, got {len(cells)}")
            continue
        date, account, kind, amount, flags = cells
        marks = Mark.NONE
        for letter in filter(None, flags.split(",")):
            for ch in letter:
                marks |= LETTERS[ch]
        yield Entry(date, account, Kind(kind), round(float(amount), 2), marks)


entries = list(parse(RAW))
for e in entries[:3]:
    print(e)
print(entries[2]._replace(amount=0.0)._asdict(), Entry._fields, Entry("d", "a", Kind.IN, 1.0).marks)
balance = defaultdict(float)
for e in entries:
    balance[e.account] += e.amount
print({k: f"{v:,.2f}" for k, v in sorted(balance.items(), key=itemgetter(1))})
print([e.account for e in entries if Mark.TAXED in e.marks], Mark.RECURRING | Mark.TAXED, ~Mark.AUDITED)
print(list(Kind), Kind.OUT == "out", Kind("in").upper(), f"{Kind.IN}", Level(7), Level(1))
try:
    Level(0)
except ValueError as e:
    print(e)
kinds = Counter(e.kind.value for e in entries)
accounts = Counter(e.account for e in entries)
print(kinds, accounts.most_common(1), (accounts - Counter(bank=2)), accounts & Counter(cash=1, card=5))
amounts = sorted(e.amount for e in entries)
print(amounts, bisect_left(amounts, 0), nsmallest(2, entries, key=lambda e: e.amount)[0].date)
insort(amounts, 10.0)
print(amounts[bisect_left(amounts, 0):])
heap = []
for e in entries:
    heappush(heap, (-abs(e.amount), e.date))
print([heappop(heap)[1] for _ in range(3)])
window = deque(maxlen=3)
for e in entries:
    window.append(e.amount)
window.rotate(1)
print(window, sum(window), window.maxlen)
total = math.fsum(e.amount for e in entries)
print(f"{total:.2f}", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isqrt(1000), round(1234.5678, -2))
print(f"{math.log(1000, 10):.6f} {math.exp(1):.6f} {math.hypot(3, 4)} {math.dist((0, 0), (1, 1)):.4f}")
nan, inf = float("nan"), math.inf
print(nan == nan, nan != nan, math.isnan(nan), inf > 1e308, -inf < 0, math.isinf(inf - 1), inf - inf)
buf = bytearray(b"ID:0000;")
buf[3:7] = b"%04d" % 42
buf.extend(b"OK")
buf.insert(0, ord("["))
print(buf, buf.find(b"42"), buf.count(b"0"), bytes(buf).replace(b"OK", b"KO"), buf.hex(":", 4))
print(b"  pad  ".strip(), b",".join([b"a", b"b"]), (513).to_bytes(2, "big"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print("naïve café".encode("ascii", errors="replace"), b"caf\xe9".decode("utf-8", errors="replace"), "€".encode("utf-16-le"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
