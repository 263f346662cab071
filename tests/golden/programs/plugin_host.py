# Plugin host: builtin subclasses, __new__, __missing__, decorators with
# arguments, class decorators, frame and traceback introspection, weakref.finalize.
import sys
import weakref
import functools


class Version(tuple):
    def __new__(cls, text):
        parts = tuple(int(p) for p in text.split("."))
        if len(parts) != 3:
            raise ValueError(f"bad version {text!r}")
        return super().__new__(cls, parts)

    def __str__(self):
        return ".".join(map(str, self))

    @property
    def major(self):
        return self[0]


class Settings(dict):
    def __missing__(self, key):
        value = self[key] = f"<default {key}>"
        return value


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def __repr__(self):
        return f"#{self}"


class Percent(int):
    def __new__(cls, v):
        return super().__new__(cls, max(0, min(100, v)))

    def __str__(self):
        return f"{int(self)}%"


class History(list):
    def append(self, item):
        super().append((len(self), item))


def retry(times, on=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except on as e:
                    print(f"  retry {fn.__name__} #{attempt}: {e}")
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return deco


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            caller = sys._getframe(1)
            print(f"  {prefix} {fn.__qualname__} called from {caller.f_code.co_name}")
            return fn(*a, **k)
        return wrapper
    return deco


PLUGINS = {}


def plugin(cls):
    PLUGINS[cls.__name__.lower()] = cls
    cls.registered = True
    return cls


@plugin
class Echo:
    version = Version("1.2.3")

    @logged("call")
    @retry(3, on=(ConnectionError,))
    def run(self, text, attempt):
        if attempt < 2:
            raise ConnectionError(f"flaky {attempt}")
        return text.upper()


@plugin
class Broken:
    version = Version("0.1.0")

    @retry(2, on=(KeyError, IndexError))
    def run(self, text, attempt):
        return [][attempt] if attempt % 2 else {}[text]


def main():
    for name, cls in PLUGINS.items():
        obj = cls()
        try:
            print(name, cls.version, cls.version.major, "->", obj.run("hi"))
        except RuntimeError as e:
            print(name, "error:", e, "| wrapped:", obj.run.__wrapped__.__name__)


main()
s = Settings(theme="dark")
print(s["theme"], s["font"], list(s), s.get("size"), "size" in s)
tags = sorted({Tag("  Python "), Tag("VM"), Tag("python")})
print(tags, Tag("X") == "x", isinstance(Tag("a"), str), Tag("Mixed").upper())
print(Percent(140), Percent(-3), Percent(55) + 1, type(Percent(5) + 1).__name__)
h = History()
for word in "abc":
    h.append(word)
print(h, len(h), h[-1])
try:
    Version("1.2")
except ValueError as e:
    print(e)
print(sorted([Version("1.10.0"), Version("1.2.9"), Version("0.9.9")]), Version("2.0.0") > (1, 99, 99))


def fail_deep(n):
    if n == 0:
        raise LookupError("bottom")
    return fail_deep(n - 1)


try:
    fail_deep(3)
except LookupError:
    etype, exc, tb = sys.exc_info()
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(etype.__name__, frames)
print(sys.exc_info())


class Session:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, print, f"  session {name} finalized")


sess = Session("one")
print("alive:", sess._fin.alive)
del sess
print("after del")
other = Session("two")
other._fin()
print("manual:", other._fin.alive, other._fin())
print({k: v for k, v in dict.fromkeys("abc", 0).items()} | {"d": 4}, s.pop("font"), s.setdefault("x", 1))
