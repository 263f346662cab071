# Less common dunders: __contains__ fallback, __index__ in slicing/bin, __length_hint__, __instancecheck__, __subclasscheck__, __class__ assignment.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (bool, int)
class Even(metaclass=Meta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), issubclass(bool, Even), issubclass(str, Even))
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Idx(5)), "abcdef"[Idx(1):Idx(4)], [0, 1, 2][Idx(-1)], range(Idx(3)), (1).__lshift__(Idx(2)), int(Idx(9)))
class Hint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 100
print(list(Hint()))
class Sized:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter("abc")
print(list(Sized()), "b" in Sized(), bool(Sized()))
class NoContains:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in NoContains(), 5 in NoContains())
