# Metaclasses: type() with three args, custom __new__/__init__/__call__, __prepare__, class keywords.
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn().x, Dyn().hello(), type(Dyn).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 7}
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    y = 2
print(Base.tag, Child.tag, Child.injected, type(Child).__name__, Child(5).v)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
class CountingMeta(type):
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class L(metaclass=CountingMeta):
    pass
print(len(L), repr(L), isinstance(L, CountingMeta), isinstance(L, type))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
