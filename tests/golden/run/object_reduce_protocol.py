# object.__reduce__/__reduce_ex__/__getstate__: the default pickling protocol
# (copyreg.__newobj__ for protocol 2+, copyreg._reduce_ex below 2), and the
# names dir() lists for object, type and the sequences.
import copyreg


class P:
    def __init__(self, x):
        self.x = x


p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3], r[4])
print(p.__reduce_ex__(4)[2], object().__reduce_ex__(2)[1:], P.__getstate__(P(0)))
print(p.__reduce__()[1:], p.__reduce_ex__(1)[1:])


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(2)[2], S.__slotnames__)


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
r = lst.__reduce_ex__(2)
print(r[1] == (L,), r[2], list(r[3]), r[4])


class D(dict):
    pass


d = D(a=1)
r = d.__reduce_ex__(2)
print(r[1] == (D,), r[2], r[3], list(r[4]))


class N:
    def __getnewargs__(self):
        return (1, 2)


class NE:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


print(N().__reduce_ex__(2)[1][1:])
r = NE().__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])


class Bad:
    def __getnewargs__(self):
        return [1]


class BadEx:
    def __getnewargs_ex__(self):
        return ((1,), {}, 3)


for obj in (Bad(), BadEx()):
    try:
        obj.__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class R:
    def __reduce__(self):
        return (R, ("mine",))


print(R().__reduce_ex__(2)[1], R().__reduce_ex__(0)[1])
print((5).__reduce_ex__(2)[1:], (1.5).__reduce_ex__(2)[1], "ab".__reduce_ex__(2)[1], (1, 2).__reduce_ex__(2)[1])


class G(property):
    pass


def gen():
    yield


g = gen()
for obj, proto in ((G(), 2), (g, 2), (p, "x")):
    try:
        obj.__reduce_ex__(proto)
    except TypeError as e:
        print("TypeError", e)
print(len(dir(object)), [n for n in dir(object) if n.startswith("__r")])
print([n for n in dir(type) if "offset" in n or "size" in n or "type_params" in n])
ops = {"__add__", "__radd__", "__mul__", "__rmul__"}
print([sorted(ops.intersection(dir(t))) for t in (str, bytes, bytearray, list, tuple, int)])
print(type.__type_params__, int.__type_params__, P.__type_params__)


class T[X]:
    pass


print(T.__type_params__)
P.__type_params__ = ()
try:
    int.__type_params__ = ()
except TypeError as e:
    print("TypeError", e)
