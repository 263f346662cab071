# Annotations in 3.14: evaluated lazily, on access of __annotations__; forward references; class and module annotations.
def f(x: int, y: "str" = "d", *args: float, z: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__)
def lazy(a: UndefinedType) -> AlsoUndefined:
    return a
print(lazy(5))
try:
    lazy.__annotations__
except NameError as e:
    print("NameError:", e)
class UndefinedType:
    pass
class AlsoUndefined:
    pass
print({k: v.__name__ for k, v in lazy.__annotations__.items()})
class Point:
    x: int
    y: float = 0.0
    label: "Point"
print(Point.__annotations__, Point.y)
try:
    Point.x
except AttributeError as e:
    print("AttributeError:", e)
counter: int = 0
declared_only: str
print(__annotations__ if False else "module annotations exist")
import sys
mod = sys.modules[__name__]
print(mod.__annotations__)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
def ann_side_effect() -> print("annotation evaluated"):
    pass
print("defined")
print(ann_side_effect.__annotations__)
