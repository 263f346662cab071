# object(), repr/ascii of containers, hash of small values, id-free identity, len of many types, bool of objects.
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr([1, "a", None, 2.0, (3,), {4: [5]}, {6}]), ascii(["é", "😀"]), repr(frozenset({1})))
print(hash(0), hash(1), hash(-1), hash(100), hash(True), hash(2.0), hash(()) == hash(()), hash("") == 0, hash(b"") == 0)
print(len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(bytearray(4)), len(frozenset()))
l = []
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
print(repr(...), Ellipsis is ..., repr(NotImplemented), type(...).__name__, bool(...))
print(str(), int(), float(), complex(), list(), dict(), tuple(), set(), bytes(), bool())
print(globals()["__name__"], "__builtins__" in globals(), type(__builtins__).__name__ in ("module", "dict"))
def f():
    x = 1
    return sorted(locals())
print(f())
