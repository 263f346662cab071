# functools: cached_property, lru_cache details, wraps, partial, total_ordering, cmp_to_key.
import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        "the area"
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, Circle.area.attrname, Circle.area.__doc__)
del c.area
print(c.area, c.computed)
c.area = 5
print(c.area, type(Circle.__dict__["area"]).__name__, Circle.area.func.__name__)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(c, Circle)
except TypeError as e:
    print("TypeError", e)
try:
    class Two:
        a = b = functools.cached_property(lambda self: 1)
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1, 2)], sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)


@functools.lru_cache(maxsize=0)
def zero(x):
    return -x


print(zero(1), zero(1), zero.cache_info())


@functools.lru_cache(typed=True)
def ty(x):
    return type(x).__name__


print(ty(1), ty(1.0), ty(True), ty.cache_info().currsize)


class Calc:
    @functools.lru_cache
    def double(self, x):
        return 2 * x

    @functools.cache
    def triple(self, x):
        return 3 * x


k = Calc()
print(k.double(4), k.double(4), Calc.double.cache_info().hits, k.triple(2), Calc.triple.cache_info())


def deco(f):
    @functools.wraps(f)
    def inner(*a, **kw):
        "inner doc"
        return f(*a, **kw)
    return inner


@deco
def greet(name="x"):
    "greets"
    return "hi " + name


print(greet(), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
p = functools.partial(max, 3, key=abs)
print(p(-7, 2), repr(p).startswith("functools.partial(<built-in function max>, 3, key="), p.keywords)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 7))
