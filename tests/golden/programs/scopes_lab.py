# Scoping corners as real code meets them: class-body comprehensions,
# zero-argument super in odd places, locals() snapshots, late binding.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


class Config:
    base = 10
    names = ["a", "b", "c"]
    table = {n: i for i, n in enumerate(names)}
    scaled = [base * k for k in range(3)] if False else None
    try:
        broken = [base * k for k in range(3)]
    except NameError as e:
        broken = f"NameError: {e}"

    @classmethod
    def create(cls):
        return cls()

    def describe(self):
        return f"{type(self).__qualname__} base={self.base}"


class Child(Config):
    base = 20

    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "child"
        return obj

    def describe(self):
        helper = lambda: super(Child, self).describe()
        def inner():
            return super(Child, self).describe().upper()
        return f"{helper()} / {inner()} / {__class__.__name__}"


def make_adders():
    late = [lambda x: x + i for i in range(3)]
    bound = [lambda x, i=i: x + i for i in range(3)]
    return [f(10) for f in late], [f(10) for f in bound]


def outer():
    level = "outer"

    def middle():
        def inner():
            nonlocal level
            level += ">inner"
            return level
        inner()
        return inner()

    return middle(), level


def snapshot(a, b=2):
    c = a + b
    first = locals()
    c = 99
    d = 1
    return sorted(first.items()), sorted(locals())


def unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print("unbound:", e)
    value = 1
    return value


def dynamic():
    Point = type("Point", (tuple,), {"x": property(lambda s: s[0]), "__slots__": ()})
    p = Point((3, 4))
    return p.x, type(p).__name__, type(p).__qualname__, Point.__mro__[1].__name__


print(Config.table, Config.scaled, Config.broken)
print(Config.create().describe(), Child.create().tag, Child().describe())
print(make_adders(), outer())
print(snapshot(1))
print(unbound(), dynamic())
print([bump() for _ in range(3)], counter, sum(bump() for _ in range(2)), counter)
try:
    print(undefined_name)
except NameError as e:
    print("name:", e, e.name)
del counter
print("counter" in globals(), bump.__globals__ is globals(), type(vars()).__name__)
try:
    bump()
except NameError as e:
    print("after del:", e)
x = 5
gen = (x * y for y in range(3))
x = 100
print(list(gen), [(lambda: x)() for x in range(2)], x)
print([fn.__qualname__ for fn in (Config.create, Child.describe, make_adders, snapshot)])
print((lambda: (yield))().__class__.__name__, (lambda *a, **k: (a, k))(1, z=2))
