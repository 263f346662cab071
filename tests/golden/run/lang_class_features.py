# Classes without dataclasses: properties, __slots__, class/static methods, descriptors, super(), operator overloads, __repr__/__eq__/__hash__.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return self.x * 1000 + self.y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
v = Vector(3, 4)
print(v, v + Vector(1, 1), 2 * v, v * 3, abs(v), bool(Vector(0, 0)), list(v), v == Vector(3, 4), v != v)
print(len({v, Vector(3, 4), Vector(0, 1)}), Vector.__slots__)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vector(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe():
        return "a temperature"
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.describe(), t.describe())
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"), type(Temperature.celsius).__name__)
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")
d = Diamond()
print(d.log, d.hello(), [c.__name__ for c in Diamond.__mro__])
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(5), Ordered(9)))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
class Container:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, f"<missing {k}>")
    def __setitem__(self, k, v):
        self.d[k] = v
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __call__(self, *a, **kw):
        return a, kw
c = Container()
c["a"] = 1
print(c["a"], c["b"], len(c), "a" in c, "b" in c, c(1, k=2))
print(c[1:3])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, Tagged, type(Tagged).__name__, isinstance(Tagged, Meta))
