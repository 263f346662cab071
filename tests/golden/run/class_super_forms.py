# super(): zero-argument form, explicit two-argument form, in classmethods, and through __class__.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    def __repr__(self):
        return "A-obj"
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(B):
    def f(self):
        return "C>" + super(B, self).f()
    def g(self):
        return __class__.__name__
print(B().f(), C().f(), B.make(), C.make(), C().g())
s = super(B, B())
print(s.f(), type(s).__name__)
def outside(self):
    return super(C, self).f()
print(outside(C()))
class P:
    def __init__(self):
        self.log = ["P"]
class Q(P):
    def __init__(self):
        super().__init__()
        self.log.append("Q")
class R(P):
    def __init__(self):
        super().__init__()
        self.log.append("R")
class S(Q, R):
    def __init__(self):
        super().__init__()
        self.log.append("S")
print(S().log)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class T:
    def nosuper(self):
        return super().missing
try:
    T().nosuper()
except AttributeError as e:
    print("AttributeError:", e)
