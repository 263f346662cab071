# Descriptor protocol: data vs non-data precedence, __get__ with owner, functions as descriptors.
class NonData:
    def __get__(self, obj, owner):
        return f"nondata({'inst' if obj is not None else 'class'})"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class Del:
    def __delete__(self, obj):
        print("Del.__delete__")
class C:
    nd = NonData()
    d = Data()
    dl = Del()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins"
c.__dict__["d"] = "instance loses"
print(c.nd, c.d)
c.d = 5
del c.dl
def plain(self, x):
    return ("plain", x)
C.m = plain
print(c.m(1), plain.__get__(c, C)(2), type(plain.__get__(c)).__name__, plain.__get__(None, C) is plain)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.name, 0) if obj else self
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = v
class Rec:
    n = Typed(int)
r = Rec()
r.n = 4
print(r.n)
try:
    r.n = "x"
except TypeError as e:
    print("TypeError:", e)
