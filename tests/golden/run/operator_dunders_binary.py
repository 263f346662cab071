# Every binary operator dunder, their reflected forms, and NotImplemented fallback.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
for name in ops:
    def fwd(self, other, name=name):
        return f"{name}({self!r}, {other!r})"
    def rev(self, other, name=name):
        return f"r{name}({self!r}, {other!r})"
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", rev)
a = V(1)
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1, divmod(a, 1))
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a, 1 @ a, divmod(1, a))
print(pow(a, 2), pow(2, a))
class OnlyAdd:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
print(5 + OnlyAdd())
try:
    OnlyAdd() + OnlyAdd()
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyAdd() - 1
except TypeError as e:
    print("TypeError:", e)
class N:
    def __add__(self, o):
        return NotImplemented
try:
    N() + N()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base())
try:
    [] + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    None @ None
except TypeError as e:
    print("TypeError:", e)
