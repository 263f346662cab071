# typing.NamedTuple / TypedDict and annotationlib's FORWARDREF format: fake globals (types.FunctionType over a dict subclass), __bases__ assignment.
from typing import NamedTuple, TypedDict, get_type_hints
import annotationlib
class Point(NamedTuple):
    x: int
    y: "Later" = 0
p = Point(2)
print(p, p._replace(y=5), Point._fields, Point.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__))
def f(a: Undefined, b: int) -> list[Nope]: pass
ann = annotationlib.get_annotations(f, format=annotationlib.Format.FORWARDREF)
print(ann['a'].__forward_arg__, ann['b'], ann['return'].__args__[0].__forward_arg__, ann['a'].__owner__ is f)
class C:
    v: dict[str, Missing]
print(annotationlib.get_annotations(C, format=annotationlib.Format.FORWARDREF))
import types
class A: pass
class B: pass
class Sub(A): pass
Sub.__bases__ = (B,)
print(Sub.__mro__, issubclass(Sub, A), issubclass(Sub, B), A.__subclasses__(), B.__subclasses__())
for bad in ((), [B], (int,), (Sub,)):
    try:
        Sub.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
def outer():
    k = 7
    def inner(x=1):
        return x + k + glob
    return inner
inner = outer()
class Fake(dict):
    def __missing__(self, key):
        return len(key)
g = types.FunctionType(inner.__code__, Fake(), "renamed", (10,), inner.__closure__)
print(g(), g(1), g.__name__, g.__defaults__)
for args in ((1, {}), (inner.__code__, []), (inner.__code__, {}), (inner.__code__, {}, 3),
             (inner.__code__, {}, None, [1], inner.__closure__), (inner.__code__, {}, None, None, (1,))):
    try:
        types.FunctionType(*args)
    except TypeError as e:
        print("TypeError:", e)
