# __getattr__, __getattribute__, __setattr__, __delattr__ hooks and their interplay.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Logged()
g.v = 5
print(g.v)
del g.v
try:
    g.v
except AttributeError as e:
    print("AttributeError:", e)
class Fallback:
    a = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.a, f.boom, f.other)
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Rec:
    def __init__(self):
        self.__dict__["data"] = {}
    def __getattr__(self, k):
        return self.data.get(k, None)
    def __setattr__(self, k, v):
        self.data[k] = v
r = Rec(); r.q = 1
print(r.q, r.missing, r.data)
