# A bank ledger with fixed-point integer money (cents), transfers, interest and a
# formatted statement; errors are ledger exceptions, never floats.
from functools import total_ordering, reduce
from collections import defaultdict
import operator


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account.name}: needs {Money(needed)}, has {account.balance}")
        self.account = account
        self.needed = needed


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents=0):
        if isinstance(cents, Money):
            cents = cents.cents
        if not isinstance(cents, int):
            raise TypeError(f"Money needs int cents, not {type(cents).__name__}")
        self.cents = cents

    @classmethod
    def parse(cls, text):
        text = text.strip().replace(",", "")
        sign = -1 if text.startswith("-") else 1
        text = text.lstrip("+-").lstrip("$")
        whole, _, frac = text.partition(".")
        frac = (frac + "00")[:2]
        if not (whole or "0").isdigit() or not frac.isdigit():
            raise LedgerError(f"bad amount {text!r}")
        return cls(sign * (int(whole or "0") * 100 + int(frac)))

    def __add__(self, other):
        return Money(self.cents + Money(other).cents)

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self.cents - Money(other).cents)

    def __neg__(self):
        return Money(-self.cents)

    def __mul__(self, ratio):
        # ratio as (num, den): round half to even on the cent
        num, den = ratio
        q, r = divmod(self.cents * num, den)
        if 2 * r > den or (2 * r == den and q % 2):
            q += 1
        return Money(q)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return format(f"{sign}${d:,}.{c:02d}", spec or "")

    def __str__(self):
        return format(self, "")

    def __repr__(self):
        return f"Money({self.cents})"


class Account:
    def __init__(self, name, opening="0"):
        self.name = name
        self.balance = Money.parse(opening)
        self.history = []

    def post(self, kind, amount, memo=""):
        if self.balance + amount < Money(0):
            raise InsufficientFunds(self, -(self.balance + amount).cents)
        self.balance = self.balance + amount
        self.history.append((kind, amount, self.balance, memo))


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = defaultdict(list)

    def open(self, name, opening="0"):
        if name in self.accounts:
            raise LedgerError(f"duplicate account {name}")
        self.accounts[name] = acct = Account(name, opening)
        return acct

    def transfer(self, src, dst, text, memo=""):
        amount = Money.parse(text)
        if amount <= Money(0):
            raise LedgerError(f"transfer must be positive: {amount}")
        a, b = self.accounts[src], self.accounts[dst]
        a.post("debit", -amount, memo)
        b.post("credit", amount, memo)
        self.journal[memo or "misc"].append((src, dst, amount))

    def interest(self, ratio):
        for acct in self.accounts.values():
            if acct.balance > Money(0):
                acct.post("interest", acct.balance * ratio, "monthly")

    def total(self):
        return reduce(operator.add, (a.balance for a in self.accounts.values()), Money())


ledger = Ledger()
for name, opening in [("alice", "1,250.50"), ("bob", "80"), ("carol", "0.07"), ("dave", "$12,000")]:
    ledger.open(name, opening)
start = ledger.total()
print("opening total:", start)

ops = [
    ("alice", "bob", "100.25", "rent"),
    ("dave", "carol", "999.99", "gift"),
    ("bob", "alice", "500", "loan"),
    ("carol", "bob", "0.5", "coffee"),
    ("bob", "dave", "-3", "oops"),
    ("alice", "zed", "1", "typo"),
    ("dave", "alice", "1234.5", "rent"),
    ("carol", "alice", "12.3.4", "bad"),
]
for src, dst, amt, memo in ops:
    try:
        ledger.transfer(src, dst, amt, memo)
        print(f"ok   {src:>6} -> {dst:<6} {Money.parse(amt):>12} {memo}")
    except InsufficientFunds as e:
        print(f"FAIL {type(e).__name__}: {e} (needed {e.needed})")
    except LedgerError as e:
        print(f"FAIL {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"FAIL unknown account {e}")

ledger.interest((3, 200))
print("after interest:", ledger.total(), "gain:", ledger.total() - start)
for acct in sorted(ledger.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f"{acct.name:<8}|{acct.balance:>14}|{len(acct.history):3d} entries")
    for kind, amount, bal, memo in acct.history:
        print(f"    {kind:<9}{amount:>12} -> {bal:>12}  {memo}")
print("journal:", {k: [(s, d, str(m)) for s, d, m in v] for k, v in sorted(ledger.journal.items())})
print(Money(5) == Money(5), Money(5) != Money(6), Money(3) >= Money(3), max(Money(1), Money(-2), Money(7)))
print(sorted([Money(30), Money(-5), Money(12)]), {Money(1), Money(1), Money(2)} == {Money(2), Money(1)})
print(Money(12345) * (1, 3), Money(5) * (1, 2), Money(15) * (1, 2), Money(-250) * (1, 4))
try:
    Money(1.5)
except TypeError as e:
    print("TypeError:", e)
print(f"[{Money(-123456789):^20}] [{Money(0):*>10}]")
