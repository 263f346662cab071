# __hash__ and __eq__: defaults, unhashable when only __eq__ is defined, dict/set behaviour.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, a != Default(), {a: 1}[a])
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f"C{self.n}"
s = {Collide(i) for i in range(5)}
print(len(s), Collide(3) in s, Collide(9) in s)
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(-1), hash(-2), hash(12345), hash((1, 2)) == hash((1, 2)), hash(1 + 0j))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
