# A small order-management system: records, pricing rules, reports.
from enum import Enum, IntEnum, auto
from functools import total_ordering, reduce
import operator


class Category(Enum):
    FOOD = auto()
    TOOLS = auto()
    BOOKS = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    RUSH = 3


class Record:
    """Hand-written dataclass-like base: fields declared in __fields__."""
    __fields__ = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.__fields__):
            raise TypeError(f"{type(self).__name__} takes {len(self.__fields__)} args")
        values = dict(zip(self.__fields__, args))
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        for name in self.__fields__:
            setattr(self, name, values.get(name))

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__fields__)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__fields__)


@total_ordering
class Product(Record):
    __fields__ = ("sku", "name", "price", "category")

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    @property
    def label(self):
        return f"{self.sku}:{self.name.title()}"


class LineItem(Record):
    __fields__ = ("product", "qty")

    @property
    def total(self):
        return self.product.price * self.qty


class Order:
    _next_id = 100

    def __init__(self, customer, priority=Priority.NORMAL):
        Order._next_id += 1
        self.id = Order._next_id
        self.customer = customer
        self.priority = priority
        self._items = []

    def add(self, product, qty=1):
        for item in self._items:
            if item.product == product:
                item.qty += qty
                return self
        self._items.append(LineItem(product, qty))
        return self

    def __len__(self):
        return sum(i.qty for i in self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, sku):
        return any(i.product.sku == sku for i in self._items)

    def __getitem__(self, idx):
        return self._items[idx]

    @property
    def subtotal(self):
        return reduce(operator.add, (i.total for i in self._items), 0)

    def __repr__(self):
        return f"<Order #{self.id} {self.customer} x{len(self)}>"


class DiscountOrder(Order):
    def __init__(self, customer, percent, **kw):
        super().__init__(customer, **kw)
        self.percent = percent

    @property
    def subtotal(self):
        base = super().subtotal
        return round(base * (100 - self.percent) / 100, 2)

    def __repr__(self):
        return super().__repr__()[:-1] + f" -{self.percent}%>"


CATALOG = [
    Product("A1", "apple crate", 12.5, Category.FOOD),
    Product("H7", "claw hammer", 19.99, Category.TOOLS),
    Product("B3", "python primer", 34.0, Category.BOOKS),
    Product("S2", "screwdriver set", 24.25, Category.TOOLS),
    Product("T9", "green tea", 7.75, Category.FOOD),
    Product("B8", "algorithms", 58.5, Category.BOOKS),
]
BY_SKU = {p.sku: p for p in CATALOG}


def build_orders():
    orders = []
    plan = [
        ("ada", Priority.RUSH, [("A1", 3), ("H7", 1), ("A1", 2)]),
        ("bob", Priority.LOW, [("B3", 1), ("B8", 1)]),
        ("cy", Priority.NORMAL, [("T9", 10), ("S2", 1)]),
    ]
    for cust, prio, lines in plan:
        o = Order(cust, priority=prio)
        for sku, qty in lines:
            o.add(BY_SKU[sku], qty)
        orders.append(o)
    d = DiscountOrder("dee", 15, priority=Priority.RUSH)
    d.add(BY_SKU["B8"], 2).add(BY_SKU["H7"]).add(BY_SKU["T9"], 4)
    orders.append(d)
    return orders


def report(orders):
    print(f"{'order':<28}|{'prio':^8}|{'items':>6}|{'subtotal':>10}")
    print("-" * 55)
    for o in sorted(orders, key=lambda o: (-o.priority, o.subtotal)):
        print(f"{o!r:<28}|{o.priority.name:^8}|{len(o):>6d}|{o.subtotal:>10,.2f}")
    grand = sum(o.subtotal for o in orders)
    print(f"{'total':<28}|{'':^8}|{sum(map(len, orders)):>6}|{grand:>10.2f}")


def by_category(orders):
    totals = {c.name: 0.0 for c in Category}
    for o in orders:
        for item in o:
            totals[item.product.category.name] += item.total
    for cat, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
        bar = "#" * int(amount // 10)
        print(f"{cat.lower():>6} {amount:8.2f} {bar}")


orders = build_orders()
report(orders)
by_category(orders)
print(sorted(CATALOG)[:3])
print(max(CATALOG).label, min(CATALOG).label, BY_SKU["A1"] <= BY_SKU["T9"])
print("H7" in orders[0], "B3" in orders[0], orders[2][0])
print(Product("Z", "z", 1, None) == Product("Z", "z", 1, None), Product("Z", "z", 1, None) != 3)
try:
    Product("X", "y", 1, Category.FOOD, 5)
except TypeError as e:
    print("error:", e)
try:
    Product("X", sku="Y")
except TypeError as e:
    print("error:", e)
print([p.name for p in CATALOG if p.category is Category.TOOLS])
print(Priority.RUSH > Priority.LOW, Priority(2), Category["BOOKS"], list(Priority)[-1].value)
