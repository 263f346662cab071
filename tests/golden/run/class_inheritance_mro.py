# Inheritance, method overriding, C3 MRO for diamonds, and MRO conflicts.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), (C, int)), issubclass(bool, (str, int)))
print(D.__bases__, B.__base__, A.__subclasses__())
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
d = Derived(1, 2)
print(d.v, d.w, vars(d))
class Old:
    def method(self):
        return "old"
class New(Old):
    pass
print(New().method(), New.method is Old.method)
