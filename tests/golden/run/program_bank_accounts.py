# An object-heavy simulation: accounts, transactions, custom exceptions, a ledger and a report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner, self.balance, self.history = owner, balance, []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []
    def open(self, owner, amount=0):
        acct = Account(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.failed.append(str(e))
            return False
        else:
            dst.deposit(amount)
            return True
bank = Bank()
alice, bob, carol = bank.open("alice", 100), bank.open("bob"), bank.open("carol", 50)
ops = [(alice, bob, 30), (bob, carol, 50), (carol, alice, 20), (alice, carol, 100), (bob, alice, 10)]
for s, d, amt in ops:
    print(f"{s.owner:>5} -> {d.owner:<5} {amt:>4}: {'ok' if bank.transfer(s, d, amt) else 'FAILED'}")
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct, acct.history)
print(bank.failed)
print("total", sum(a.balance for a in bank.accounts.values()))
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
