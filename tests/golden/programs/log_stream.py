# Log-processing pipeline built from generators, with coroutine-style consumers.
import itertools
from collections import Counter, deque, defaultdict
import functools

RAW = """\
10:00:01 INFO  api    request /users 200 12ms
10:00:02 WARN  db     slow query 340ms
10:00:02 INFO  api    request /items 200 8ms
10:00:03 ERROR api    request /items 500 51ms
10:00:05 INFO  auth   login ok user=ann
10:00:06 INFO  api    request /users 404 3ms
10:00:07 DEBUG cache  miss key=items:7
10:00:09 ERROR db     deadlock retry=1
10:00:10 INFO  auth   login fail user=bob
10:00:11 INFO  api    request /orders 201 22ms
10:00:12 WARN  api    request /orders 429 1ms
10:00:15 INFO  auth   logout user=ann
"""


def trace(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kw):
        nonlocal calls
        calls += 1
        return fn(*args, **kw)

    wrapper.calls = lambda: calls
    return wrapper


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield n, line


@trace
def parse(line):
    ts, level, source, *rest = line.split()
    h, m, s = map(int, ts.split(":"))
    return {"t": h * 3600 + m * 60 + s, "level": level, "src": source, "msg": " ".join(rest)}


def parsed(lines):
    for n, line in lines:
        try:
            rec = parse(line)
        except ValueError as exc:
            print(f"skip line {n}: {exc}")
            continue
        rec["n"] = n
        yield rec


def only(levels, records):
    wanted = frozenset(levels)
    return (r for r in records if r["level"] in wanted)


def windows(records, size):
    buf = deque(maxlen=size)
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield tuple(x["n"] for x in buf)


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print(f"  averager closed after {count} values")
            raise
        except ValueError as e:
            print(f"  averager reset: {e}")
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count


def durations(records):
    for r in records:
        word = r["msg"].split()[-1]
        if word.endswith("ms") and word[:-2].isdigit():
            yield r["src"], int(word[:-2])


def delegate(inner):
    result = yield from inner
    return result


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


records = list(parsed(read_lines(RAW + "garbage line here\n")))
print("parsed", len(records), "calls", parse.calls(), parse.__name__)
levels = Counter(r["level"] for r in records)
print(sorted(levels.items()))
print("errors:", [r["n"] for r in only({"ERROR"}, records)])
print("windows:", list(windows(only(("WARN", "ERROR"), records), 2)))

avg = averager()
next(avg)
for src, ms in durations(records):
    current = avg.send(ms)
    print(f"  {src:<5}{ms:>4}ms running avg {current:7.2f}")
    if ms > 300:
        avg.throw(ValueError(f"outlier {ms}"))
avg.close()
print("closed state:", avg.gi_frame is None)

per_src = defaultdict(list)
for src, ms in durations(records):
    per_src[src].append(ms)
print({k: (min(v), max(v), sum(v)) for k, v in per_src.items()})

g = delegate(iter(range(3)))
print(list(g))


def counter_gen():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("  counter finally at", n)


cg = counter_gen()
print(list(itertools.islice(cg, 4)))
del cg
print(list(chunked(range(10), 4)))
print(list(itertools.accumulate([r["t"] for r in records][:6], lambda a, b: b - a)))
gaps = [b["t"] - a["t"] for a, b in itertools.pairwise(records)]
print("gaps", gaps, "max", max(gaps))
for key, grp in itertools.groupby(records, key=lambda r: r["src"]):
    print(f"  run {key:>5}: {len(list(grp))}")
users = sorted({r["msg"].split("user=")[1] for r in records if "user=" in r["msg"]})
print(users, list(itertools.starmap(pow, [(2, 5), (3, 3)])))
print(list(zip(*[iter("abcdefg")] * 3)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
