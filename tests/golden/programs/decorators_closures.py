# Closures and decorators: counters with nonlocal, memoisation, retry with state,
# decorator factories, class decorators, functools.wraps/partial/reduce/cmp_to_key,
# introspection of __name__/__qualname__/__wrapped__/__defaults__/__kwdefaults__.
import functools
import operator
import itertools


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__, c.__qualname__, c.__closure__[0].cell_contents if c.__closure__ else None)
print(sorted(v for v in c.__code__.co_freevars))

calls = []


def trace(prefix="call"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())])
            calls.append(f"{prefix} {fn.__name__}({shown})")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@trace("T")
@memo
def binom(n, k):
    """Binomial coefficient by Pascal's rule."""
    if k in (0, n):
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


print(binom(10, 4), len(calls), calls[:3])
print(binom.__name__, binom.__doc__, binom.__wrapped__.__name__, len(binom.__wrapped__.cache))
print(binom.__wrapped__.__wrapped__.__qualname__, hasattr(binom, "cache"), sorted(binom.__dict__))


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return attempt, fn(*a, **kw)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco


def flaky_source():
    state = {"n": 0}

    @retry(4, (ConnectionError, TimeoutError))
    def fetch(x, *, scale=2):
        state["n"] += 1
        if state["n"] % 3:
            raise (ConnectionError if state["n"] % 2 else TimeoutError)(f"try {state['n']}")
        return x * scale

    return fetch


fetch = flaky_source()
print(fetch(21), fetch(1, scale=10))
try:
    fetch(0)
    fetch(0)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return deco


PLUGINS = {}


@register(PLUGINS)
class Upper:
    def run(self, s):
        return s.upper()


@register(PLUGINS)
class Reverse:
    def run(self, s):
        return s[::-1]


print(sorted(PLUGINS), [PLUGINS[k]().run("abc") for k in sorted(PLUGINS)], Upper.registered)


def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


pipeline = compose(str.strip, str.lower, functools.partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")), len)
print(pipeline("  Hello Big World  "))
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.args, p.keywords, functools.partial(p, "111")())
add3 = functools.partial(operator.add, 3)
print(list(map(add3, range(4))), functools.reduce(operator.mul, range(1, 8)), functools.reduce(operator.add, [], 0))


def compare_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def kw_only(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(kw_only(1, c=3), kw_only(1, 2, 3, 4, c=5, e=6), kw_only.__defaults__, kw_only.__kwdefaults__)
print(kw_only.__code__.co_argcount, kw_only.__code__.co_kwonlyargcount, kw_only.__code__.co_varnames[:6])
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError:", e)


def gen_ids(prefix):
    counter = itertools.count(1)
    return lambda: f"{prefix}-{next(counter):03d}"


nid = gen_ids("obj")
print([nid() for _ in range(3)], nid.__name__, nid.__qualname__)


class Cached:
    def __init__(self):
        self.hits = 0

    @functools.cache
    def square(self, x):
        self.hits += 1
        return x * x


o = Cached()
print([o.square(3), o.square(3), o.square(4)], o.hits)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
