# Subclassing int, str, list, dict, tuple: overridden methods, extra attributes, results' types.
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + o + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(5)
print(m, m + 1, 1 + m, m * 2, type(m * 2).__name__, isinstance(m, int), m == 5, hash(m) == hash(5))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), type(u + "x").__name__, type(u.upper()).__name__, len(u), u == "hi", repr(u))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1]).push(2).push(3)
print(s, s.peek(), len(s), type(s[1:]).__name__, type(s + [4]).__name__, s == [1, 2, 3])
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
a = Attr(x=1)
print(a.x, a, type(a.copy()).__name__, isinstance(a, dict))
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__, p == (1, 2))
class Strict(dict):
    def __setitem__(self, k, v):
        if not isinstance(k, str):
            raise TypeError("keys must be str")
        super().__setitem__(k, v)
st = Strict()
st["ok"] = 1
try:
    st[1] = 2
except TypeError as e:
    print("TypeError:", e)
st.update({5: "bypasses __setitem__"})
print(st)
class F(float):
    pass
print(F(1.5) + 1, type(F(1.5) + 1).__name__, repr(F(2.0)))
