"""Bank-account simulation with classes, properties and a custom exception hierarchy."""

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.frozen = False
        self.log = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0 and not isinstance(self, Overdraft):
            raise InsufficientFunds(self, -value)
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, not {amount}")
        self._check()
        self.balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))

    def available(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def month_end(self):
        interest = self._balance * self.interest_rate // 100
        if interest:
            self._balance += interest
            self.log.append(("int", interest))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self._balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)


class Savings(Account):
    interest_rate = 2

    def withdraw(self, amount):
        if len([e for e in self.log if e[0] == "wd"]) >= 2:
            raise BankError("savings: too many withdrawals this month")
        super().withdraw(amount)


class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=500):
        super().__init__(owner, balance)
        self.limit = limit

    def available(self):
        return self._balance + self.limit

    def month_end(self):
        if self._balance < 0:
            fee = max(5, -self._balance // 20)
            self._balance -= fee
            self.log.append(("fee", fee))
        super().month_end()


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"{self.name:=^40}")
        for acct in sorted(self.accounts.values()):
            print(f"{acct.number:>6} {acct.owner:<10} {type(acct).__name__:<10}{acct.balance:>10,}")
        print(f"{'total':>17}{self.total():>23,}")


bank = Bank("First Pyvm")
alice = bank.open(Account, "alice", 1200)
bob = bank.open(Savings, "bob", 50000)
carol = bank.open(Overdraft, "carol", 100, limit=300)
dave = bank.open(Overdraft, "dave")

ops = [
    ("transfer", alice.number, bob.number, 200),
    ("transfer", carol.number, alice.number, 350),
    ("transfer", carol.number, alice.number, 100),
    ("transfer", bob.number, dave.number, 1000),
    ("transfer", bob.number, dave.number, 1000),
    ("transfer", bob.number, dave.number, 1000),
    ("deposit", alice.number, -5),
    ("freeze", dave.number),
    ("transfer", alice.number, dave.number, 10),
    ("withdraw", dave.number, 1),
    ("transfer", 9999, alice.number, 1),
]
for op in ops:
    try:
        match op:
            case ("transfer", s, d, amt):
                bank.transfer(s, d, amt)
                print(f"transfer {s}->{d} {amt}: ok")
            case ("deposit", n, amt):
                bank.accounts[n].deposit(amt)
            case ("withdraw", n, amt):
                bank.accounts[n].withdraw(amt)
            case ("freeze", n):
                bank.accounts[n].frozen = True
                print(f"froze {n}")
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", e.amount - e.account.available())
    except AccountFrozen as e:
        print("frozen:", e)
    except BankError as e:
        print("bank error:", type(e).__name__, e)
    except (ValueError, KeyError) as e:
        print("bad op:", type(e).__name__, e)

for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
bank.report()
for a in bank.accounts.values():
    print(a, a.log)
print(alice == bank.accounts[alice.number], alice == bob, alice != 3)
print(len({alice, bob, alice}), max(bank.accounts.values()), min(bank.accounts.values()))
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3])
