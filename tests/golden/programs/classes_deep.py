"""Class machinery: metaclasses, descriptors, __slots__, __getattr__, super, __init_subclass__."""

class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get("tag", name.lower())
        return cls

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v


class Child(Base, tag="kid"):
    pass


print(Registry.classes, Base, Child, Child(3).created_by_meta, type(Child).__name__, Child.tag)


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = "_" + name
        owner._typed = getattr(owner, "_typed", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.name[1:]}")


class Person:
    name = Typed(str, "?")
    age = Typed(int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, Person._typed, vars(p), type(Person.__dict__["age"]).__name__)
for action in (lambda: setattr(p, "age", "old"), lambda: delattr(p, "name")):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)


px = Proxy(p)
px.age = 31
print(px.name, px.age, px._log, p.age)
try:
    px.missing
except AttributeError as e:
    print("AttributeError:", e)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__] = cls


class CSV(Plugin, key="csv"):
    pass


class XML(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who())


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9

    @classmethod
    def from_f(cls, f):
        t = cls(0)
        t.f = f
        return t

    @staticmethod
    def valid(c):
        return c >= -273.15

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.f, spec[:-1]) + "°F"
        return format(self._c, spec) + "°C"


t = Temperature.from_f(212)
print(f"{t:.1f} {t:.2F} {t}", Temperature.valid(-300), t.f)
try:
    Temperature(1).c
except AttributeError as e:
    print("AttributeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __iadd__(self, o):
        self.cents += o.cents
        return self

    def __index__(self):
        return self.cents

    def __int__(self):
        return self.cents


m = Money(5)
m2 = m
m += Money(7)
print(m, m2 is m, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130][m], hex(m), bin(Money(3)), sorted([Money(3), Money(1)]))
try:
    Money(1) > Money(2)
    print(Money(1) > Money(2))
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, Money.__hash__)


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c

    def __len__(self):
        return 1 + sum(len(c) for c in self.children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"


tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6, [Node(7)])])])
print(list(tree), len(tree), tree, 6 in tree, max(tree), sorted(tree, reverse=True))
print(type(tree).__qualname__, Node.__init__.__qualname__, Node.__iter__.__name__, Person.__module__)
print(isinstance(t, (int, Temperature)), type(3) is int, type("s").__mro__, bool.__bases__, object.__subclasses__ is not None)
x = type("Dyn", (Base,), {"extra": lambda self: self.v * 2})
print(x, x(21).extra(), x.__bases__, Registry.classes[-1])
