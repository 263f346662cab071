# Weak references: which objects take them, list order, callbacks, proxies,
# and the Lib containers built on them (WeakValueDictionary, WeakSet,
# WeakKeyDictionary, finalize).
import weakref
import sys


def check(name, obj):
    try:
        weakref.ref(obj)
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)


class Plain: pass
class Slotted: __slots__ = ("a",)
class SlottedWeak: __slots__ = ("a", "__weakref__")
class SubOfSlotted(Slotted): pass
class SubOfSlottedEmpty(Slotted): __slots__ = ()
class MyInt(int): pass
class MyTuple(tuple): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class MyBytes(bytes): pass
class MyFloat(float): pass
class MyError(Exception): pass

for name, obj in [("Plain", Plain()), ("Slotted", Slotted()), ("SlottedWeak", SlottedWeak()),
                  ("SubOfSlotted", SubOfSlotted()), ("SubOfSlottedEmpty", SubOfSlottedEmpty()),
                  ("MyInt", MyInt(5)), ("MyTuple", MyTuple()), ("MyStr", MyStr()),
                  ("MyList", MyList()), ("MyDict", MyDict()), ("MyBytes", MyBytes()),
                  ("MyFloat", MyFloat()), ("MyError", MyError()), ("object", object()),
                  ("class", Plain), ("function", check), ("builtin", len),
                  ("bound method", Plain().__init__), ("set", set()), ("frozenset", frozenset()),
                  ("generator", (x for x in [])), ("code", check.__code__), ("module", sys),
                  ("weakref", weakref.ref(Plain)), ("ValueError", ValueError()), ("int", 1),
                  ("str", "s"), ("tuple", ()), ("list", []), ("dict", {}), ("None", None),
                  ("property", property()), ("range", range(1)), ("list_iterator", iter([]))]:
    check(name, obj)

print([n for n in ("__weakref__", "__dict__") if n in Plain.__dict__],
      "__weakref__" in Slotted.__dict__, "__weakref__" in SubOfSlotted.__dict__,
      "__weakref__" in MyList.__dict__, "__weakref__" in MyInt.__dict__)
print(list(Plain.__dict__))
print(list(SlottedWeak.__dict__))
try:
    class Twice(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Node({self.n})"


log = []
x = Node(1)
print(x.__weakref__)
r1 = weakref.ref(x)
r2 = weakref.ref(x)
r3 = weakref.ref(x, lambda r: log.append(("cb3", r is r3, r())))
r4 = weakref.ref(x, lambda r: log.append(("cb4", r is r4)))
p = weakref.proxy(x)
print(r1 is r2, r1 == r3, r3 is r4, r1 is x.__weakref__, weakref.getweakrefcount(x))
print([type(o).__name__ for o in weakref.getweakrefs(x)],
      weakref.getweakrefs(x)[0] is r1, weakref.getweakrefs(x)[1] is p)
print(r1() is x, p.n, hash(r1) == hash(x), r1 == r3, r1 != r3, {r1: 1}[r3])
p.n = 10
print(x.n, repr(p.n), str(p), bool(p), weakref.proxy(x) is p)
del x
print(log)
print(r1(), r1 == r3, r1 == r1, r1 != r3, r3.__callback__ is not None, r1.__callback__)
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(weakref.ref(Node(0)))
except TypeError as e:
    print("TypeError:", e)
h = weakref.ref(Node(0), None)
print(h(), weakref.getweakrefcount(Node(0)))

# Proxies forward operators and calls.
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __iadd__(self, o): self.v += o; return self
    def __lt__(self, o): return self.v < o
    def __len__(self): return self.v
    def __getitem__(self, i): return i * self.v
    def __iter__(self): return iter(range(self.v))
    def __call__(self, k): return k * 100
    def __repr__(self): return f"Num({self.v})"
n = Num(3)
pn = weakref.proxy(n)
print((pn + 1).v, pn < 5, len(pn), pn[4], list(pn), pn(7), 2 in pn, type(pn).__name__)
pn += 4
print(n.v, pn is weakref.proxy(n) or type(pn).__name__)

# A subclass of ref with extra state, as weakref.KeyedRef does.
class Tagged(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, obj, callback, tag):
        self = super().__new__(cls, obj, callback)
        self.tag = tag
        return self
    def __init__(self, obj, callback, tag):
        super().__init__(obj, callback)
y = Node(2)
t = Tagged(y, lambda r: log.append(("tagged", r.tag)), "T")
print(t.tag, t() is y, isinstance(t, weakref.ref), weakref.getweakrefcount(y))
del y
print(log[-1])

# Callbacks run newest first; a ref that dies with its referent gets none.
order = []
z = Node(3)
refs = [weakref.ref(z, lambda r, i=i: order.append(i)) for i in range(4)]
del refs[2]
del z
print(order)

# __del__ runs before weak references are cleared.
class WithDel:
    def __del__(self):
        print("__del__ sees its ref alive:", wr() is self)
w = WithDel()
wr = weakref.ref(w, lambda r: print("callback after __del__"))
del w

# The Lib containers.
objs = [Node(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
del objs[1:3]
print(sorted(wvd.keys()), len(wvd), 1 in wvd, wvd.get(0))
ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws)
objs.pop()
o = None
print(len(ws))
wkd = weakref.WeakKeyDictionary({k: k.n for k in objs})
print(sorted(wkd.values()))
objs.clear()
k = None
print(len(wkd), len(ws), len(wvd))
done = []
f_obj = Node(9)
fin = weakref.finalize(f_obj, done.append, "finalized")
print(fin.alive, fin.peek()[0] is f_obj)
del f_obj
print(done, fin.alive)
wm = weakref.WeakMethod(Node(5).__repr__)
print(wm())
n5 = Node(6)
wm = weakref.WeakMethod(n5.__repr__)
print(wm()())
