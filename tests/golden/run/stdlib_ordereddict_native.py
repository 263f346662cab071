# collections.OrderedDict as CPython's C type: odict_iterator and its mutation errors,
# OrderedDict's own methods, subclass hooks, __reduce__ (copy), instance __dict__, and the
# METH_COEXIST methods of dict/list/set (__getitem__ / __contains__ as method descriptors).
import copy
from collections import OrderedDict

od = OrderedDict.fromkeys("abc", 0)
print([(k, type(vars(OrderedDict)[k]).__name__) for k in sorted(vars(OrderedDict))])
print({type(x).__name__ for x in (iter(od), reversed(od), iter(od.keys()), reversed(od.values()),
                                  iter(od.items()), reversed(od.items()))})
print(sorted(k for k in dir(iter(od)) if not k.startswith("__") or k == "__reduce__"))
print(list(reversed(od.items())), list(reversed(od.values())), list(iter(od.values())))

MUTATIONS = ["del od['c']", "od['z'] = 1", "od.move_to_end('a')", "od.move_to_end('e')",
             "od['b'] = 5", "dict.__setitem__(od, 'y', 1)", "od.pop('e')", "od.popitem(False)",
             "od.clear()", "od.setdefault('a')", "od.setdefault('n')", "od.update(q=1)"]
KINDS = [("keys", iter), ("reversed", reversed), ("items", lambda o: iter(o.items())),
         ("values", lambda o: reversed(o.values()))]
for mutation in MUTATIONS:
    row = []
    for name, make in KINDS:
        od = OrderedDict.fromkeys("abcde")
        it = make(od)
        out = [next(it)]
        exec(mutation)
        for _ in range(2):
            try:
                out.append(list(it))
            except RuntimeError as e:
                out.append(str(e))
        row.append(out)
    print(mutation, row)

it = iter(OrderedDict.fromkeys("abc"))
next(it)
r = it.__reduce__()
print(r[0] is iter, r[1], list(it), it.__reduce__()[1])


class Hooked(OrderedDict):
    def __getitem__(self, k):
        print(" getitem", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print(" setitem", k, v)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print(" delitem", k)
        super().__delitem__(k)

    def __contains__(self, k):
        print(" contains", k)
        return super().__contains__(k)

    def keys(self):
        print(" keys")
        return super().keys()


print("init")
h = Hooked([("a", 1)], b=2)
print("pop", h.pop("a"), h.pop("zz", 0), h.popitem())
print("setdefault", h.setdefault("c", 3), h.setdefault("c", 9))
print("copy", type(h.copy()).__name__)
print("update")
h.update({"d": 4}, e=5)
h.update(OrderedDict(f=6))
h.update([("g", 7)])
print("repr", repr(h))
print("fromkeys", Hooked.fromkeys("xy", 1))
print("or", type(h | {"z": 0}).__name__)
print("reduce", h.__reduce__()[:4])

od = OrderedDict(a=1, b=2)
od.tag = "t"
print(od.__dict__, od.__reduce__()[:4], type(od.__reduce__()[4]).__name__)
print(copy.copy(od), copy.copy(od).__dict__, copy.deepcopy(od) == od)
back = copy.deepcopy(od)
print(back, back.tag, type(back).__name__)
print(OrderedDict.__doc__, od.__sizeof__() > dict(od).__sizeof__())
for bad in ([(1, 2, 3)], [(1,)], [1], [()]):
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: OrderedDict({}, {}), lambda: od.update({}, {}), lambda: od.pop(),
             lambda: od.move_to_end("zz"), lambda: OrderedDict().move_to_end("a"),
             lambda: OrderedDict().popitem(last=False)):
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(od.pop(key="a"), od.setdefault(key="q"), od.setdefault("r", default=1), od)
od.move_to_end("r", last=False)
od.move_to_end("r", False)
print(list(od), od.popitem(last=False), od.popitem(True))

# METH_COEXIST: the method replaces the slot wrapper of the same name.
for t in (dict, list, set, frozenset, OrderedDict, tuple, str):
    print(t.__name__, [(n, type(t.__dict__[n]).__name__) for n in ("__getitem__", "__contains__")
                       if n in t.__dict__])


class D(dict):
    def __missing__(self, key):
        return key * 2


class L(list):
    pass


d = D(a=1)
print(d["a"], d["zz"], dict.__getitem__(d, "q"), d.__getitem__("a"), "a" in d, d.__contains__("b"))
print(type(d.__getitem__).__name__, d.__getitem__.__qualname__, type(super(D, d).__getitem__).__name__)
l = L([1, 2, 3])
print(l[1], l[::2], l.__getitem__(slice(1, None)), list.__getitem__(l, -1), type(l[1:]).__name__)
print(3 in {3}, set.__contains__({3}, 3), frozenset.__contains__(frozenset(), [1]) if False else 0)
try:
    set.__contains__({1}, [1])
except TypeError as e:
    print("TypeError", e)
for f in (lambda: dict.__getitem__({}), lambda: list.__getitem__([], 1, 2),
          lambda: dict.__getitem__({}, "k"), lambda: list.__getitem__([], "x")):
    try:
        f()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
