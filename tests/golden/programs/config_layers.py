# Layered configuration with the less common stdlib helpers: collections.ChainMap for
# defaults < file < environment < command line, OrderedDict as an access-ordered cache,
# functools.singledispatch for value coercion, cached_property and partialmethod.
import sys
from collections import ChainMap, OrderedDict, UserDict
from functools import singledispatch, cached_property, partialmethod, reduce


@singledispatch
def coerce(value, kind):
    raise TypeError(f"cannot coerce {type(value).__name__}")


@coerce.register
def _(value: str, kind):
    if kind is bool:
        return value.strip().lower() in ("1", "yes", "true", "on")
    if kind is list:
        return [v.strip() for v in value.split(",") if v.strip()]
    return kind(value)


@coerce.register(int)
@coerce.register(float)
def _(value, kind):
    return kind(value)


@coerce.register(list)
def _(value, kind):
    return list(value) if kind is list else kind(len(value))


DEFAULTS = {"host": "localhost", "port": "8080", "debug": "no", "workers": 2, "tags": "web"}
FILE = {"port": "9090", "workers": "4", "tags": "web, api"}
ENV = {"debug": "yes"}
CLI = {"workers": 8}
SCHEMA = {"host": str, "port": int, "debug": bool, "workers": int, "tags": list}


class Settings(UserDict):
    def __init__(self, *layers):
        self.layers = ChainMap(*layers)
        super().__init__()
        self.log = []

    def __missing__(self, key):
        raw = self.layers[key]
        value = coerce(raw, SCHEMA[key])
        self.log.append(key)
        self.data[key] = value
        return value

    @cached_property
    def address(self):
        self.log.append("address!")
        return f"{self['host']}:{self['port']}"

    def _set_flag(self, name, value):
        self.data[name] = value

    enable_debug = partialmethod(_set_flag, "debug", True)
    disable_debug = partialmethod(_set_flag, "debug", False)


s = Settings(CLI, ENV, FILE, DEFAULTS)
print(s.layers.maps[0], len(s.layers), sorted(s.layers))
print([(k, s[k]) for k in SCHEMA])
print(s.address, s.address, s.log)
s.disable_debug()
print(s["debug"], dict(s.layers.new_child({"host": "example.org"})) == dict(ChainMap({"host": "example.org"}, *s.layers.maps)))
print(s.layers.parents.maps == [ENV, FILE, DEFAULTS], "port" in s.layers, s.layers.get("missing", "-"))
try:
    coerce(object(), str)
except TypeError as e:
    print("TypeError:", e)
print(coerce.dispatch(bool).__name__, sorted(t.__name__ for t in coerce.registry if t is not object))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3)
for k in "abcadeb":
    if k in cache:
        cache[k]
    else:
        cache[k] = k.upper()
    print(k, list(cache.items()))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od.popitem(last=False), od == OrderedDict([("y", 0), ("x", 0)]), od == {"x": 0, "y": 0})
print(reduce(lambda acc, m: {**acc, **m}, reversed(s.layers.maps), {}))
sys.exit(0 if s["workers"] == 8 else 1)
