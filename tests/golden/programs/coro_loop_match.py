# An event-driven scheduler with coroutines, exception groups and pattern matching.
import sys
from collections import deque, defaultdict
from functools import reduce, partial
import operator

class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        got = yield self
        return got

class Task:
    _ids = 0
    def __init__(self, coro, name=None):
        Task._ids += 1
        self.id = Task._ids
        self.coro = coro
        self.name = name or coro.__name__
        self.result = None
        self.error = None
    def __repr__(self):
        return f"<Task {self.id} {self.name!r}>"

class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.log = []
    def spawn(self, coro, name=None):
        t = Task(coro, name)
        self.ready.append((t, None))
        return t
    def run(self):
        done = []
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda p: (p[0], p[1].id))
                wake, t = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((t, self.now))
            t, val = self.ready.popleft()
            try:
                cmd = t.coro.send(val)
            except StopIteration as e:
                t.result = e.value
                done.append(t)
                self.log.append((self.now, t.name, "done", e.value))
                continue
            except Exception as e:
                t.error = e
                done.append(t)
                self.log.append((self.now, t.name, "error", type(e).__name__))
                continue
            match cmd:
                case Sleep(ticks=0):
                    self.ready.append((t, self.now))
                case Sleep(ticks=n) if n > 0:
                    self.sleeping.append((self.now + n, t))
                case _:
                    raise TypeError(f"bad command {cmd!r}")
        return done

async def worker(name, delays):
    total = 0
    for d in delays:
        got = await Sleep(d)
        total += got
    return f"{name}:{total}"

async def failing(n):
    await Sleep(n)
    raise ValueError(f"boom {n}")

loop = Loop()
for i, ds in enumerate([[1, 2, 3], [0, 0, 5], [4], []]):
    loop.spawn(worker(f"w{i}", ds))
loop.spawn(failing(2), "f2")
loop.spawn(failing(7), "f7")
done = loop.run()
for entry in loop.log:
    print(entry)
print([t.result for t in done if t.error is None])
errors = [t.error for t in done if t.error]
try:
    raise ExceptionGroup("tasks failed", errors)
except* ValueError as eg:
    print("caught", [str(e) for e in eg.exceptions], eg.message)

def describe(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y)}:
            return f"point {x},{y}"
        case {"type": "line", "points": [first, *_, last]}:
            return f"line from {first} to {last}"
        case [int() | float() as a, (int() | float()) as b]:
            return f"pair {a + b}"
        case str() as s if s.isupper():
            return "shout " + s.lower()
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"

for o in [{"type": "point", "x": 1, "y": 2}, {"type": "line", "points": [1, 2, 3, 4]},
          [1, 2.5], "HELLO", "hello", 2, None, {"type": "point", "x": 1.0, "y": 2}, (3, 4)]:
    print(describe(o))

graph = defaultdict(list)
for a, b in [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c"), ("c", "e")]:
    graph[a].append(b)
def paths(g, start, goal, path=()):
    path = path + (start,)
    if start == goal:
        yield path
        return
    for nxt in g.get(start, ()):
        yield from paths(g, nxt, goal, path)
print(list(paths(graph, "a", "e")))
print(reduce(operator.mul, range(1, 15)), reduce(lambda a, b: a * 31 + b, b"hash me", 7))
p = partial(int, base=2)
print(p("1011"), p("-111"), repr(p)[:20])
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def echo():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except KeyError as e:
                print("handled", e)
    finally:
        print("echo closing")
e = echo(); next(e); e.send(1); e.throw(KeyError("k")); e.send(2); e.close()
print(sys.getrecursionlimit(), isinstance(e, type(echo())))
