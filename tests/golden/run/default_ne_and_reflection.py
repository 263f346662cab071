# The default __ne__ inverts __eq__; reflected comparison swaps sides; subclass's reflected method goes first.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"E{self.v}.__eq__")
        return isinstance(o, E) and self.v == o.v
a, b = E(1), E(1)
print(a != b, a != E(2))
class G:
    def __gt__(self, o):
        print("G.__gt__")
        return True
class L:
    pass
print(L() < G())
class Base:
    def __lt__(self, o):
        print("Base.__lt__")
        return True
class Sub(Base):
    def __gt__(self, o):
        print("Sub.__gt__ (reflected, tried first)")
        return False
print(Base() < Sub())
class NoEq:
    pass
n = NoEq()
print(n == n, n != n, n == NoEq(), n != NoEq())
class AlwaysNI:
    def __eq__(self, o):
        return NotImplemented
x = AlwaysNI()
print(x == x, x == AlwaysNI(), x != x)
