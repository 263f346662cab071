# __call__, __repr__, __str__, __format__, and how print/str/repr/format/f-strings use them.
class Fn:
    def __call__(self, *a, **k):
        return ("called", a, k)
f = Fn()
print(f(1, x=2), callable(f), callable(Fn), callable(5), callable(len))
class R:
    def __repr__(self):
        return "R-repr"
class S:
    def __str__(self):
        return "S-str"
class Both(R, S):
    pass
print(R(), str(R()), [R()], S(), [S()] != [], Both(), repr(Both()), f"{Both()!r} {Both()}")
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "x"), f"{F():>10}", "{:abc}".format(F()), "{}".format(F()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
class Cls:
    pass
print(repr(Cls).startswith("<class '__main__.Cls'>"), repr(Cls()).startswith("<__main__.Cls object at 0x"), str(int), repr(len), repr(print))
