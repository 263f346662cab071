# Object protocols a container library leans on: the __getitem__ iteration fallback,
# __contains__ via __iter__, __reversed__, __len__ as truth, __index__, __missing__,
# rich comparisons with reflection, __hash__ inheritance rules, __class_getitem__,
# __iter__ returning self, and the collections classes these mimic.
from collections import deque, defaultdict, Counter, namedtuple
import operator
import itertools


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


class Countdown:
    def __init__(self, start):
        self.cur = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

    def __reversed__(self):
        return iter(range(1, self.cur + 1))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Typed:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), sorted(Squares(4), reverse=True), sum(Squares(4)))
print(3 in Bag(1, 2, 3), bool(Bag()), bool(Bag(0)), list(map(str, Bag("x", "y"))), len(Bag(*range(7))))
print(list(Countdown(4)), list(reversed(Countdown(3))), max(Countdown(5)), list(zip(Countdown(3), "abc")))
c = Countdown(3)
print(next(c), list(c), list(c), iter(c) is c)
print([10, 20, 30, 40][Idx(2)], "abcdef"[Idx(1):Idx(4)], range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)), operator.index(Idx(7)))
print(list(itertools.islice("abcdefgh", Idx(2), Idx(7), Idx(2))), [0] * Idx(3), (1, 2) * Idx(2))
vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") == "1.2", "1.2" == Version("1.2"), Version("1.99") < "2", Version("1") != 3)
try:
    Version("1") < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)
print(Typed[int], Typed["T"], list[int], dict[str, list[int]], tuple[int, ...])


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = f"auto-{key}"
        return value


r = Registry(a=1)
print(r["a"], r["b"], r.get("c"), r, "c" in r, len(r))
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    dd[word[0]].append(word)
print(dd, dict(dd), dd.default_factory, dd["z"], sorted(dd))
nested = defaultdict(lambda: defaultdict(int))
for a, b in itertools.product("xy", "pq"):
    nested[a][b] += len(a + b)
print({k: dict(v) for k, v in nested.items()})
counts = Counter("mississippi")
print(counts, counts.most_common(2), counts["z"], sorted(counts.elements()), counts.total())
other = Counter(s=2, p=5, q=1)
print(counts + other, counts - other, counts & other, counts | other, -Counter(a=-2, b=3), +Counter(a=-1, b=1))
counts.update("sip")
counts.subtract({"i": 10})
print(counts, list(counts), Counter(a=2) == Counter(a=2, b=0), Counter({"x": 3}) < Counter({"x": 4}))
d = deque(range(5), maxlen=6)
d.append(5)
d.append(6)
d.appendleft(-1)
print(d, d.maxlen, d[0], d[-1], d.index(3), d.count(3))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(reversed(d)), d.pop(), d.popleft(), d)
d.extendleft("ab")
print(d, len(d), 4 in d, d * 2 if False else d.copy())
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
print(Point3(1, 2), Point3(1, 2, 3)._asdict(), Point3._field_defaults, Point3(x=5, y=6)._replace(z=7))
Weird = namedtuple("Weird", "a def a _b", rename=True)
print(Weird._fields, Weird(1, 2, 3, 4))
pt = Point3(3, 4, 5)
x, *rest = pt
print(x, rest, pt.x + pt.y, pt[::-1], pt == (3, 4, 5), isinstance(pt, tuple), Point3.__name__, sorted([Point3(2, 1), Point3(1, 9)]))
try:
    Point3(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    pt.x = 9
except AttributeError as e:
    print("AttributeError:", e)
lst = [5, 3, 8, 1]
lst[1:3] = [30, 80, 90]
del lst[::2]
print(lst, lst[::-1], lst.__len__(), [1, 2, 3][-10:10], list(range(10))[8:2:-2])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
matrix[1][1:2] = []
print(matrix, [row[-1] for row in matrix], list(zip(*matrix[::2])))
a = [1, 2]
a.append(a)
b = {"self": None}
b["self"] = b
print(a, b, repr(deque([a])))
print(dict.fromkeys("abc", 0) | {"b": 5}, {**{"x": 1}, "y": 2}, {"a": 1}.keys() & {"a", "b"}, {"a": 1, "b": 2}.items() - {("a", 1)})
print(list(reversed({"one": 1, "two": 2, "three": 3})), list(reversed({"k": 1}.values())), sorted({3: "c", 1: "a"}.items()))
