# Container dunders: __len__, __bool__, __getitem__, __setitem__, __delitem__, __contains__, __missing__, __reversed__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if not 0 <= i < self.n:
            raise IndexError("out")
        return i * 10
s = Seq(4)
print(len(s), s[2], s[1:3], list(s), 20 in s, 25 in s, bool(s), bool(Seq(0)), list(reversed(s)), sorted(s, reverse=True))
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
st = Store()
st["a"] = 1
st[1:2] = "slice"
st[1, 2] = "tuple"
print(st["a"], "a" in st, "z" not in st)
del st["a"]
print(st.d)
class Truth:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(Truth(True)), not Truth(False), "yes" if Truth(True) else "no")
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class DD(dict):
    def __missing__(self, k):
        return k * 2
print(DD(a=1)["a"], DD()["zz"], DD().get("q"))
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
