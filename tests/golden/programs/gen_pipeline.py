# Generator pipelines over a synthetic access log: parsing, filtering, windowing,
# send()/throw()/close() protocol, yield from delegation with return values.
import itertools
import functools
from collections import deque, defaultdict

RAW = """\
10.0.0.1 GET /index.html 200 512
10.0.0.2 GET /about.html 200 1024
10.0.0.1 POST /login 302 0
10.0.0.3 GET /missing 404 128
bad line here
10.0.0.2 GET /index.html 200 512
10.0.0.4 GET /admin 403 64
10.0.0.1 GET /dashboard 200 4096
10.0.0.3 GET /index.html 500 0
10.0.0.5 DELETE /api/item/7 204 0
10.0.0.2 GET /api/items 200 2048
   
10.0.0.4 GET /admin 403 64
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def parse(lines, errors):
    for lineno, line in lines:
        if not line.strip():
            continue
        parts = line.split()
        try:
            ip, method, path, status, size = parts
            yield {"ip": ip, "method": method, "path": path, "status": int(status), "size": int(size), "line": lineno}
        except ValueError as e:
            errors.append((lineno, str(e)))


def where(records, pred):
    return (r for r in records if pred(r))


def window(iterable, n):
    win = deque(maxlen=n)
    for item in iterable:
        win.append(item)
        if len(win) == n:
            yield tuple(win)


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print(f"  averager closing after {count} values")
            raise
        except ValueError as e:
            print(f"  averager reset: {e}")
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegate(results):
    while True:
        result = yield from averager()
        results.append(result)
        if result[0] == 0:
            return "done"


errors = []
records = list(parse(read_lines(RAW), errors))
print("records:", len(records), "errors:", errors)
ok = list(where(records, lambda r: 200 <= r["status"] < 300))
print("ok paths:", [r["path"] for r in ok])
by_ip = defaultdict(int)
for r in records:
    by_ip[r["ip"]] += r["size"]
print("bytes by ip:", sorted(by_ip.items(), key=lambda kv: (-kv[1], kv[0])))
statuses = sorted(records, key=lambda r: r["status"] // 100)
for klass, grp in itertools.groupby(statuses, key=lambda r: r["status"] // 100):
    grp = list(grp)
    print(f"{klass}xx: {len(grp)} {[g['line'] for g in grp]}")
print("windows:", [tuple(r["status"] for r in w) for w in itertools.islice(window(records, 3), 4)])
print("running sizes:", list(itertools.accumulate(r["size"] for r in records)))
print("max size:", functools.reduce(lambda a, b: a if a["size"] >= b["size"] else b, records)["path"])

avg = averager()
print("primed:", next(avg))
for v in (10, 20, 60):
    print("send", v, "->", avg.send(v))
print("throw ->", avg.throw(ValueError("bad sensor")))
print("send 5 ->", avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")

results = []
d = delegate(results)
next(d)
for v in (1, 2, 3, None, 4, None, None):
    try:
        d.send(v)
    except StopIteration as stop:
        print("delegate returned:", stop.value)
        break
print("results:", results)


def chunked_sum(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield sum(chunk)


print(list(chunked_sum(range(1, 11), 3)), list(itertools.batched("abcdefg", 3)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
pairs = itertools.pairwise(r["status"] for r in records)
print("status changes:", sum(1 for a, b in pairs if a != b))
counter = itertools.count(100, -7)
print([next(counter) for _ in range(5)], list(itertools.takewhile(lambda x: x > 70, itertools.count(100, -7))))
fib = lambda: (yield from itertools.accumulate(itertools.repeat(None, 10), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1)))
print([a for a, b in fib()])
g2 = (i for i in range(3))
print(g2.gi_running, list(zip(g2, "ab")), next(g2, "exhausted?"))
