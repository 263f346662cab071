"""An event system built from decorators and closures."""

class EventBus:
    def __init__(self):
        self._handlers = {}
        self._log = []

    def on(self, event, *, priority=0, once=False):
        def register(fn):
            self._handlers.setdefault(event, []).append((priority, len(self._handlers.get(event, [])), fn, once))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        handlers = sorted(self._handlers.get(event, []), key=lambda h: (-h[0], h[1]))
        results = []
        for entry in handlers:
            prio, seq, fn, once = entry
            try:
                r = fn(*args, **kwargs)
            except StopPropagation as sp:
                results.append(f"stopped:{sp.args[0] if sp.args else ''}")
                break
            else:
                results.append(r)
            finally:
                if once:
                    self._handlers[event].remove(entry)
        self._log.append((event, len(results)))
        return results


class StopPropagation(Exception):
    pass


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = lambda: calls
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

        def wrapper(*args):
            for name, val in zip(names, args):
                t = types.get(name)
                if t is not None and not isinstance(val, t):
                    raise TypeError(f"{fn.__name__}: {name} must be {t.__name__}, got {type(val).__name__}")
            return fn(*args)
        return wrapper
    return deco


bus = EventBus()
audit = []


@bus.on("login", priority=10)
@counted
def check_banned(user):
    """refuse banned users"""
    if user in ("mallory",):
        raise StopPropagation(f"{user} is banned")
    return f"ok:{user}"


@bus.on("login")
def greet(user):
    audit.append(user)
    return f"hello {user}"


@bus.on("login", priority=5, once=True)
def first_login(user):
    return f"first login was {user}"


@bus.on("purchase")
@validate(user=str, amount=int)
def purchase(user, amount):
    return f"{user} spent {amount}"


print(bus.emit("login", "alice"))
print(bus.emit("login", "bob"))
print(bus.emit("login", "mallory"))
print(bus.emit("logout", "alice"))
print(bus.emit("purchase", "alice", 30))
try:
    bus.emit("purchase", "alice", 3.5)
except TypeError as e:
    print("TypeError:", e)
print(check_banned.calls(), check_banned.__name__, check_banned.__doc__, check_banned.__wrapped__.__name__)
print(audit, bus._log)


@memoize
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways(300, (200, 100, 50, 20, 10, 5, 2, 1)), len(ways.cache))


def make_counters():
    fns = []
    for i in range(4):
        fns.append(lambda i=i: i * 10)
    late = [lambda: i for i in range(4)]
    return [f() for f in fns], [f() for f in late]


print(make_counters())


def accumulator(start):
    total = start

    def add(x=0):
        nonlocal total
        total += x
        return total
    return add


acc = accumulator(100)
print(acc(5), acc(-20), acc(), acc.__code__.co_freevars, acc.__closure__[0].cell_contents)


class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val


class Report:
    computed = 0

    def __init__(self, data):
        self.data = data

    @cached_property
    def stats(self):
        Report.computed += 1
        d = sorted(self.data)
        n = len(d)
        mid = d[n // 2] if n % 2 else (d[n // 2 - 1] + d[n // 2]) / 2
        return {"n": n, "min": d[0], "max": d[-1], "median": mid, "mean": round(sum(d) / n, 3)}


r = Report([5, 3, 8, 1, 9, 2])
print(r.stats, r.stats["median"], Report.computed, "stats" in vars(r), type(Report.stats).__name__)
