# collections.OrderedDict: order, move_to_end, popitem, order-sensitive ==, views, repr.
from collections import OrderedDict
import _collections

od = OrderedDict([("a", 1), ("b", 2)], c=3)
od["d"] = 4
print(od, repr(OrderedDict()), len(od), list(od), list(reversed(od)))
od.move_to_end("a")
print(list(od))
od.move_to_end("d", last=False)
print(list(od), od.keys(), od.values(), od.items())
print(list(reversed(od.items())), list(reversed(od.values())), "b" in od.keys())
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
x = OrderedDict.fromkeys("xyz", 0)
y = OrderedDict.fromkeys("zyx", 0)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict.fromkeys("xyz", 0))
print(type(x.copy()).__name__, x.copy() == x, x | {"w": 9}, type(x | {"w": 1}).__name__)
x |= {"q": 1}
print(x, isinstance(x, dict), OrderedDict.__mro__)
print(x.keys() & {"x", "q"}, x.keys() - {"x"} == {"y", "z", "q"}, x.setdefault("n", 5), x.pop("y"))
del x["x"]
x["x"] = 7
print(x, x.get("x"), list(x.items())[-1])


class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


l = Last(a=1, b=2)
l["a"] = 3
print(l, type(l).__name__)
rec = OrderedDict()
rec["self"] = rec
print(rec)
counts = {}
_collections._count_elements(counts, "abracadabra")
print(counts)
c2 = OrderedDict()
_collections._count_elements(c2, [3, 1, 3])
print(c2)
