# Class statements with computed bases (*bases), keywords (**kw), and __bases__/__mro__ introspection.
class A:
    def hello(self):
        return "A"
class B:
    def hello(self):
        return "B"
    def only_b(self):
        return "only B"
bases = (A, B)
class C(*bases):
    pass
print([k.__name__ for k in C.__mro__], C().hello(), C().only_b())
def make_class(name, *parents, **attrs):
    return type(name, parents or (object,), attrs)
D = make_class("D", B, greeting="hi")
print(D.__name__, D.__bases__, D().hello(), D.greeting)
class WithKw:
    def __init_subclass__(cls, **kw):
        cls.opts = kw
opts = {"color": "red", "size": 3}
class Child(WithKw, **opts):
    pass
print(Child.opts)
E = type("E", (), {})
print(E.__bases__, E.__mro__, E.__module__, E.__qualname__)
try:
    type("F", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class G(A, 5):
        pass
except TypeError as e:
    print("TypeError:", e)
