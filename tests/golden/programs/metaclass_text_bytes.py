import sys
class Registry(type):
    registry = {}
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = super().__prepare__(name, bases)
        d["_order"] = []
        return d
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = cls.__name__
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"

class Base(metaclass=Registry):
    def __init_subclass__(cls, /, flavour="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, inst, owner=None):
        if inst is None: return self
        return getattr(inst, self.name, None)
    def __set__(self, inst, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(inst, self.name, value)

class Item(Base, flavour="spicy", tag="itm"):
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
    def __class_getitem__(cls, item):
        return f"Item[{item!r}]"
    def __repr__(self): return f"Item({self.name!r}, {self.qty})"

print(Registry.registry, Item.flavour, Item.tag, Item[int], Item["x"])
it = Item("bolt", 3)
print(it, it.created_by, vars(it))
try:
    it.qty = "many"
except TypeError as e:
    print(e)
print(Item.name.name, type(Item.__dict__["qty"]).__name__, Item.__mro__)

s = "Straße naïve ǅemo ﬁne Ⅻ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), sep="|")
print(s.isidentifier(), "Ⅻ".isnumeric(), "²".isdigit(), "٣".isdecimal(), "a\tb\tc".expandtabs(4))
tbl = str.maketrans({"a": "4", "e": "3", "s": None})
print("leet speak is sassy".translate(tbl), "abc".center(9, "*"), "-42".zfill(6), "x".rjust(3, "."))
print("a\nb\r\nc\rd".splitlines(), "a\nb\r\n".splitlines(True), "k=v=w".rpartition("="))
print("{name}:{n:03}".format_map({"name": "z", "n": 7}), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
print("日本".encode("utf-8"), b"\xe6\x97\xa5\xff".decode("utf-8", "replace"), b"abc\xff".decode("latin-1"))
b = bytes(range(250, 256)) + b"AZ"
print(b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), b.upper(), bytearray(b"xyz").replace(b"y", b"YY"))
n = 2**100 + 12345
print(n.bit_length(), n.bit_count(), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big", signed=True))
print((-1234567).to_bytes(4, "big", signed=True), n.as_integer_ratio(), (0.1).as_integer_ratio(), (3.75).hex(), float.fromhex("0x1.8p1"))
z = complex(3, -4)
print(abs(z), z.conjugate(), z * 1j, z / (1 + 1j), complex("1+2j"), z ** 2, repr(complex(0, -0.0)))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, reverse=True), sorted("Banana", key=str.lower))
lst = list(range(10)); lst[2:8:2] = "abc"; del lst[::4]; lst.insert(-1, "X")
print(lst, lst.index("X"), lst.count(9))
print(f"{12345.6789:_.2f} {0.000123:.2e} {1234:#x} {1234:#o} {1234:#b} {'s':^7} {3.0:.0%} {-0.0:+} {1e300*1e10}")
print(f"{'nested':{'>'}{12}} {123:{'+'}d} {object.__name__!s:.3}")
print(max([], default="empty"), min("bca"), sum([0.1] * 10), sum(range(5), start=10), any([]), all([]))
print(list(map(pow, [2, 3], [5, 2])), list(filter(None, [0, 1, "", "a"])), list(zip("ab", "cd", strict=True)))
print(isinstance(True, int), issubclass(bool, (str, int)), callable(len), hasattr(it, "qty"), getattr(it, "nope", "dflt"))
print(type(None)(), ascii("ü"), repr("quote's \"q\""), chr(0x1F600).encode())
def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
try:
    chain()
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
class Boom:
    def __repr__(self): raise ValueError("no repr")
def outer(): inner()
def inner(): [1][Boom.x] if False else [][0]
outer()
