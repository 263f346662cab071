# Message router: mapping patterns, descriptors, async generators, odd corners.
from collections import ChainMap, Counter


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, (int, str)):
            raise TypeError(f"{self.name[1:]} must be int or str, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Handler:
    registry = []

    def __init_subclass__(cls, topic=None, **kw):
        super().__init_subclass__(**kw)
        if topic:
            Handler.registry.append((topic, cls))


class Login(Handler, topic="login"):
    __slots__ = ("_user", "ok")
    user = Field()

    def __init__(self, user, ok):
        self.user, self.ok = user, ok


class Metric(Handler, topic="metric"):
    name = Field()
    value = Field()


def route(msg):
    match msg:
        case {"type": "login", "user": str(user), **rest} if not rest:
            return f"login {user}"
        case {"type": "login", "user": user, "ip": ip, **rest}:
            return f"login {user} from {ip} extra={sorted(rest)}"
        case {"type": "metric", "values": [first, *_, last] as vals}:
            return f"metric n={len(vals)} first={first} last={last}"
        case {"type": "metric", "values": []}:
            return "metric empty"
        case {"type": ("ping" | "pong") as kind}:
            return kind.upper()
        case {"type": t} if isinstance(t, int):
            return f"numeric type {t:#06x}"
        case {}:
            return "untyped"
        case [("add" | "sub") as op, int(a), int(b)]:
            return a + b if op == "add" else a - b
        case str() | bytes():
            return f"raw {msg!r:.12}"
        case _:
            return None


messages = [
    {"type": "login", "user": "kim"},
    {"type": "login", "user": 7, "ip": "10.0.0.2", "agent": "x", "lang": "de"},
    {"type": "metric", "values": [3, 1, 4, 1, 5]},
    {"type": "metric", "values": []},
    {"type": "pong"},
    {"type": 255},
    {"user": "nobody"},
    ["add", 2, 40],
    ("sub", 2, 40),
    b"\x00\x01binary-blob",
    "a plain string message",
    3.5,
]
for m in messages:
    print(route(m))

log = Login("kim", True)
print(log.user, log.ok, Login.user.name, [t for t, _ in Handler.registry])
try:
    log.extra = 1
except AttributeError as e:
    print("slots:", e)
m = Metric()
m.name, m.value = "cpu", 97
try:
    m.value = 1.5
except TypeError as e:
    print(e)
print(vars(m))


async def ticker(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                yield f"recovered {e}"
    finally:
        print("  ticker cleanup")


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as s:
        return s.value
    raise RuntimeError("coroutine suspended")


agen = ticker(5)
print(drive(agen.asend(None)), drive(agen.asend(None)))
print(drive(agen.athrow(ValueError("bad tick"))))
print(drive(agen.asend(None)))
drive(agen.aclose())
try:
    drive(agen.asend(None))
except StopAsyncIteration:
    print("exhausted")


def gen_with_return():
    got = yield 1
    return f"done with {got}"


g = gen_with_return()
next(g)
try:
    g.send("input")
except StopIteration as s:
    print(s.value)
g2 = gen_with_return()
next(g2)
print(g2.close())

table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("hello router, go go".translate(table), "x-y_z".translate(str.maketrans("-_", "  ")))
mv = memoryview(bytes.fromhex("deadbeef01"))
print(mv[1:3].hex(), mv[-1], bytes(mv[::2]), mv.nbytes)
cfg = ChainMap({"debug": True}, {"debug": False, "port": 80})
print(cfg["debug"], cfg["port"], len(cfg), dict(cfg.parents))
first, *middle, last = "router"
print(first, middle, last, [*"ab", *range(2)], {**{"a": 1}, "b": 2})
counts = Counter("mississippi")
print(counts.most_common(2), sorted(counts.elements())[:5], counts["z"])
total = 0


def bump(by=1, *, times=1):
    global total
    for _ in range(times):
        total += by
    return total


print(bump(), bump(2, times=3), [f(3) for f in [lambda x, k=k: x * k for k in range(3)]])
