"""A coroutine pipeline driven by send()."""

def coroutine(fn):
    def start(*args, **kwargs):
        c = fn(*args, **kwargs)
        next(c)
        return c
    start.__name__ = fn.__name__
    return start


@coroutine
def printer(prefix, sink):
    try:
        while True:
            item = yield
            sink.append(f"{prefix}{item}")
    except GeneratorExit:
        sink.append(f"{prefix}<closed>")


@coroutine
def filter_co(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()


@coroutine
def mapper(fn, target):
    with_target = target
    try:
        while True:
            with_target.send(fn((yield)))
    finally:
        with_target.close()


@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


@coroutine
def window(n, target):
    buf = []
    try:
        while True:
            buf.append((yield))
            if len(buf) == n:
                target.send(tuple(buf))
                buf.pop(0)
    finally:
        target.close()


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


sink = []
pipe = broadcast(
    filter_co(lambda x: x % 2 == 0, mapper(lambda x: x * x, printer("sq:", sink))),
    window(3, printer("win:", sink)),
    mapper(str, filter_co(lambda s: "3" in s, printer("has3:", sink))),
)
for i in range(1, 15):
    pipe.send(i)
pipe.close()
for line in sink:
    print(line)

a = averager()
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("averager result:", e.value)


def delegator(results):
    while True:
        r = yield from averager_plain()
        results.append(r)


def averager_plain():
    total, n = 0, 0
    while True:
        v = yield
        if v is None:
            return (n, total)
        total += v
        n += 1


results = []
d = delegator(results)
next(d)
for group in ([1, 2, 3], [10, 20], [], [7]):
    for v in group:
        d.send(v)
    d.send(None)
print(results)


def tokens(text):
    for word in text.split():
        if word.isdigit():
            yield ("num", int(word))
        elif word in "+-*/":
            yield ("op", word)
        else:
            yield ("err", word)


def rpn(tokens_it):
    stack = []
    for kind, val in tokens_it:
        if kind == "num":
            stack.append(val)
        elif kind == "op":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b}[val])
        else:
            raise SyntaxError(f"bad token {val!r}")
        yield list(stack)


for expr in ["3 4 + 2 *", "1 2 3 4 5 + + + +", "5 1 2 + 4 * + 3 -", "2 x +", "1 +"]:
    try:
        steps = list(rpn(tokens(expr)))
        print(expr, "=>", steps[-1][0], "via", steps)
    except (SyntaxError, IndexError) as e:
        print(expr, "=>", type(e).__name__, e)

gen = printer("x", [])
print(gen.__name__, gen.__qualname__, type(gen).__name__)
gen.close()
try:
    gen.send(1)
except StopIteration:
    print("closed generator raises StopIteration")


def gen_with_return():
    yield 1
    return "done"


g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(gen_with_return()))
