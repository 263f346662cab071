# Classes: attributes, methods, class vs instance attributes, __dict__, repr of instances via custom __repr__.
class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), Point.norm2(p), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
p.z = 5
p.dims = 3
print(p.__dict__, Point.dims, p.dims)
del p.dims
print(p.dims, hasattr(p, "z"), getattr(p, "w", "none"))
setattr(p, "w", 1); print(vars(p))
print(type(p) is Point, type(p).__name__, isinstance(p, object), p.__class__.__name__)
class Empty:
    pass
e = Empty()
print(vars(e), Empty.__bases__, Empty.__mro__, bool(e))
try:
    e.missing
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Point(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    p.norm2(1)
except TypeError as ex:
    print("TypeError:", ex)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m == p.norm2)
