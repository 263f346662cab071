# Streams that are abandoned half-way: when do their finally blocks run?
from functools import partial
from operator import methodcaller, attrgetter

events = []


class Conn:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        events.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        self.closed = True
        events.append(f"close {self.name} exc={exc[0].__name__ if exc[0] else None}")


def rows(name, n):
    with Conn(name):
        try:
            for i in range(n):
                yield (name, i)
        finally:
            events.append(f"finally {name}")


def first_match(stream, pred):
    for item in stream:
        if pred(item):
            return item
    return None


def flush(tag):
    print(f"{tag}: {events}")
    events.clear()


print(first_match(rows("a", 5), lambda r: r[1] == 2))
flush("after first_match")
g = rows("b", 3)
print(next(g))
flush("b started")
g = None
flush("b dropped")
pending = [rows(f"c{i}", 2) for i in range(3)]
for p in pending:
    next(p)
flush("c started")
pending.pop(1)
flush("c1 popped")
del pending[:]
flush("rest cleared")
total = 0
for name, i in rows("d", 10):
    total += i
    if i == 3:
        break
flush(f"d broke at total {total}")
print(sum(i for _, i in rows("e", 4)), max((i for _, i in rows("f", 50)), key=lambda v: -v))
flush("builtins consumed")
try:
    for name, i in rows("h", 3):
        if i == 1:
            raise LookupError("stop here")
except LookupError as e:
    flush(f"raised {e}")
it = rows("k", 2)
list(it)
flush("k exhausted")
print(next(it, "done"))
nested = ((x, y) for x in range(3) for _, y in rows(f"n{x}", 2))
print([p for p in nested if p[0] == p[1]])
flush("nested genexp")


class Counter:
    def __init__(self):
        self.hits = []

    def hit(self, label, weight=1):
        self.hits.append((label, weight))
        return len(self.hits)


c = Counter()
cb = [c.hit, partial(c.hit, weight=5), methodcaller("hit", "mc", 2)]
print(cb[0]("plain"), cb[1]("part"), cb[2](c), c.hits)
print(attrgetter("hits")(c)[-1], sorted(["b", "A", "c", "B"], key=str.lower), sorted("bAcB", reverse=True))
data = [3, 1, "x", 2]
try:
    data.sort(key=lambda v: v if isinstance(v, int) else 1 / 0)
except ZeroDivisionError:
    print("sort aborted, list intact:", data)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        if n > 20:
            print("prime", n)
k = 0
while k < 3:
    k += 1
else:
    print("while done", k)
memo = {}


def ways(n):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2)
    return memo[n]


print(ways(90), len(memo), [ways(i) for i in range(10)])
