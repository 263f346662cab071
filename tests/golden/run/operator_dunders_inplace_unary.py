# In-place operator dunders (with fallback to binary), unary dunders, conversions.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return Acc(self.v - o)
    def __mul__(self, o):
        return Acc(self.v * o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 1
print(a, b, a is b)
a *= 3
print(a, b)
names = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]
class I:
    pass
for n in names:
    setattr(I, f"__{n}__", lambda self, o, n=n: f"{n}:{o}")
x = I(); x += 1; print(x)
x = I(); x -= 1; print(x)
x = I(); x *= 1; print(x)
x = I(); x /= 1; print(x)
x = I(); x //= 1; print(x)
x = I(); x %= 1; print(x)
x = I(); x **= 1; print(x)
x = I(); x <<= 1; print(x)
x = I(); x >>= 1; print(x)
x = I(); x &= 1; print(x)
x = I(); x |= 1; print(x)
x = I(); x ^= 1; print(x)
x = I(); x @= 1; print(x)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, n=None): return f"round{n}"
    def __trunc__(self): return 9
    def __floor__(self): return 8
    def __ceil__(self): return 10
u = U()
import math
print(-u, +u, ~u, abs(u), int(u), float(u), complex(u), [0, 1, 2, 3][u], round(u), round(u, 2), math.trunc(u), math.floor(u), math.ceil(u), hex(u), bin(u))
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
t = [1]
t2 = t
t += [2]
print(t is t2, t)
tt = (1,)
tt2 = tt
tt += (2,)
print(tt is tt2, tt, tt2)
