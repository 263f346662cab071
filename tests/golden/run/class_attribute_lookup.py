# Attribute lookup order: instance dict, class, bases (MRO), metaclass; class-level mutable shared state.
class Base:
    shared = []
    kind = "base"
    def describe(self):
        return f"{type(self).__name__}:{self.kind}"
class Derived(Base):
    kind = "derived"
a, b = Base(), Derived()
print(a.describe(), b.describe())
b.kind = "instance"
print(b.describe(), Derived.kind, Base.kind)
a.shared.append(1); b.shared.append(2)
print(Base.shared, Derived.shared is Base.shared)
a.shared = ["own"]
print(a.shared, Base.shared)
Derived.kind = "patched"
print(Derived().describe())
del Derived.kind
print(Derived().describe())
class Meta(type):
    meta_attr = "from metaclass"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print("AttributeError:", e)
Base.describe = lambda self: "monkeypatched"
print(a.describe(), b.describe())
print(getattr(Derived, "__mro__")[1].__name__, Derived.__dict__.get("describe"), "kind" in Base.__dict__)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c = Counter(); c.inc(); c.inc()
print(c.n, Counter.n)
