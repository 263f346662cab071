"""Inventory system with hand-written dataclass-like records."""

def record(*fields, defaults=None, frozen=False):
    defaults = defaults or {}

    def decorate(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            vals = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{k}'")
                if k in vals:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument '{k}'")
                vals[k] = v
            for f in fields:
                if f not in vals:
                    if f in defaults:
                        d = defaults[f]
                        vals[f] = d() if callable(d) else d
                    else:
                        raise TypeError(f"{cls.__name__}() missing required argument: '{f}'")
                object.__setattr__(self, f, vals[f])
            post = getattr(self, "__post_init__", None)
            if post:
                post()

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        cls._fields = fields
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field '{name}'")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(self.astuple())
        else:
            cls.__hash__ = None
        return cls
    return decorate


@record("sku", "name", "price", defaults={"price": 0})
class Product:
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")


@record("code", "aisle", frozen=True)
class Location:
    pass


@record("product", "qty", "where", "tags", defaults={"tags": list})
class Stock:
    @property
    def value(self):
        return self.qty * self.product.price


class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []

    def add(self, product, qty, where, *tags):
        key = (product.sku, where)
        if key in self.items:
            self.items[key].qty += qty
        else:
            self.items[key] = Stock(product, qty, where, list(tags))
        self.events.append(("add", product.sku, qty))

    def remove(self, sku, qty):
        places = sorted((k for k in self.items if k[0] == sku), key=lambda k: k[1].code)
        have = sum(self.items[k].qty for k in places)
        if have < qty:
            raise LookupError(f"only {have} of {sku} in stock, wanted {qty}")
        left = qty
        for k in places:
            s = self.items[k]
            take = min(s.qty, left)
            s.qty -= take
            left -= take
            if s.qty == 0:
                del self.items[k]
            if not left:
                break
        self.events.append(("remove", sku, qty))

    def by_location(self):
        out = {}
        for (sku, loc), st in self.items.items():
            out.setdefault(loc, []).append(st)
        return out

    def total_value(self):
        return sum(s.value for s in self.items.values())


products = [Product("A1", "widget", 250), Product("B2", "gadget", price=1999),
            Product("C3", "doohickey"), Product(sku="D4", name="gizmo", price=75)]
locs = [Location("L1", 3), Location("L2", 3), Location("L0", 1)]
inv = Inventory()
inv.add(products[0], 10, locs[0], "fragile")
inv.add(products[0], 5, locs[1])
inv.add(products[1], 2, locs[2], "premium", "boxed")
inv.add(products[3], 40, locs[0])
inv.add(products[0], 1, locs[0])
inv.add(products[2], 7, Location("L1", 3))
for s in sorted(inv.items.values(), key=lambda s: (s.where.code, s.product.sku)):
    print(f"{s.where.code} {s.product.name:<10} x{s.qty:>3} = {s.value / 100:>8.2f} {s.tags}")
print(f"total: {inv.total_value() / 100:,.2f}")
inv.remove("A1", 12)
try:
    inv.remove("B2", 3)
except LookupError as e:
    print("LookupError:", e)
print(sorted((k[0], k[1].code, v.qty) for k, v in inv.items.items()))
for loc, stocks in sorted(inv.by_location().items(), key=lambda kv: kv[0].code):
    print(loc, [st.product.sku for st in stocks])
print(inv.events)
print(products[0] == Product("A1", "widget", 250), products[0] == products[1], products[0] == 5)
print(Location("L1", 3) == locs[0], len({Location("L1", 3), locs[0], locs[1]}))
for bad in [lambda: Product("X"), lambda: Product("X", "y", 1, 2), lambda: Product("X", "y", wat=1),
            lambda: Product("X", "y", name="z"), lambda: Product("X", "y", -1),
            lambda: setattr(locs[0], "aisle", 4), lambda: hash(products[0])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(Stock._fields, Product("Z", "z").astuple(), repr(Stock(products[2], 1, locs[2])))
