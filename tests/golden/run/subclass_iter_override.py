# list/tuple subclasses overriding __iter__ are iterated, not read as storage, by list(), tuple(),
# sorted(), [*x], str.join, dict(pairs), bytes(), slice assignment (CPython: exact-type fast paths only).
class L(list):
    def __iter__(self): return iter(["overridden"])
    def __len__(self): return 99
    def __getitem__(self, i): return "gi"
    def __contains__(self, x): return True
l = L([1, 2, 3])
print(list(l), tuple(l), len(l), l[0], 5 in l, sorted(l), [x for x in l], sum(L([1, 2])) if False else 0, str(l), l == [1, 2, 3], " ".join(L(["a"])), set(l), dict.fromkeys(l), [*l], max(L([5, 7])))
a, *b = L([1, 2, 3]); print(a, b)
print(list(map(str, l)), list(zip(l, l)), list(enumerate(l)), list(reversed(l)))
class D(dict):
    def __getitem__(self, k): return "dgi"
    def keys(self): return ["zz"]
    def __iter__(self): return iter(["it"])
    def __len__(self): return 0
d = D(a=1)
print(d["a"], d.get("a"), dict(d), {**d}, list(d), len(d), str(d), d == {"a": 1}, bool(d), dict(D(q=1)).get("q"))
def fkw(**kw): return kw
print(fkw(**d))
class S(str):
    def __str__(self): return "S.str"
    def __repr__(self): return "S.repr"
    def __format__(self, spec): return "S.fmt"
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def upper(self): return "S.upper"
s = S("abc")
print(s, str(s), repr(s), f"{s}", f"{s!s}", "{}".format(s), "%s" % s, s + "x", s.upper(), s.lower(), type(s.lower()).__name__, s == "zzz", {s: 1}, "x".join([s, s]), print is not None)
class I(int):
    def __repr__(self): return "I!"
    def __str__(self): return "I-str"
    def __add__(self, o): return "I.add"
    def __index__(self): return 7
i = I(3)
print(i, repr(i), f"{i}", f"{i:d}", "%d" % i, "%s" % i, i + 1, 1 + i, [10, 20, 30, 40][i], hex(i), range(i), str(i), int(i), type(int(i)).__name__, i * 2, -i, i == 3)
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), [F(2.5)], f"{F(0.5)}", F(1.5) + 1, round(F(2.5)), str(F(3.0)))
class T(tuple):
    def __iter__(self): return iter("T")
print(list(T((1, 2))), tuple(T((1, 2))), T((1, 2)), len(T((1, 2))), T((1, 2))[0], sorted(T((3, 1))))
x, y = T((1, 2)) if False else (1, 2)
class B2(bytes):
    def __str__(self): return "B2"
print(B2(b"ab"), bytes(B2(b"ab")), B2(b"ab") + b"c", repr(B2(b"x")))
class Ln:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError
print(list(Ln()), bool(Ln()), list(reversed(Ln())), sorted(Ln()), "".join(map(str, Ln())))
class L2(list):
    def __iter__(self): return iter("xy")
class T2(tuple):
    def __iter__(self): return iter((7, 8))
d = dict([L2([1, 2]), T2(("k", "v"))])
print(d, bytes(T2((3,))), bytearray(T2((65,))))
a = [1, 2, 3]; a[0:2] = L2([9, 9]); print(a)
a[:] = T2((5, 6)); print(a)
print("-".join(L2(["a", "b"])), "".join(T2(("q",))) if False else 0, b"".join(L2([b"1"])) if False else 0)
print(list(L2([1])), tuple(T2((1, 2, 3))), sorted(L2([3, 1])), [*L2([0]), *T2((0,))], set(T2((0,))), sorted(frozenset(L2([0]))))
x = []; x.extend(L2([1])); x += T2((1,)); print(x)
print(len(L2([1, 2, 3])), L2([1, 2]) + [3], T2((1,)) + (2,), list(L2([1, 2]))[::-1], min(L2([5])), sum(T2((1, 2, 3))))
