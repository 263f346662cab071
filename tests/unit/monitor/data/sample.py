# Functions whose instrumentation the monitor tests compare with CPython 3.14
# (sample_instrumented.txt, written by gen_expected.py under the oracle).
def work(n):
    s = 0
    for i in range(n):
        s += i
    return s


def branchy(x, y=None):
    if x:
        return 1
    if y is None:
        y = 2
    while y > 3:
        y -= 1
    return y


def gen():
    x = yield 1
    yield x


def delegate():
    r = yield from gen()
    return r


def handler(f):
    try:
        f()
    except ValueError as e:
        return str(e)
    finally:
        f = None
    return "ok"


def calls(f, *args, **kwargs):
    f(1, key=2)
    f(*args, **kwargs)
    with open(f) as fh:
        pass
    return [x * 2 for x in args if x]


class Base:
    def m(self):
        return 1


class Derived(Base):
    def m(self):
        return super().m() + 1


async def coro(other):
    v = await other
    async for item in other:
        v += item
    return v


def cellvars(a):
    def inner():
        return a

    return inner
