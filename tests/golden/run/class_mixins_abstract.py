# Mixin classes, NotImplementedError as an abstract-method marker, cooperative methods across mixins.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())) + "}"
class ComparableMixin:
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return self.area() == other.area()
class Rect(JsonMixin, ComparableMixin, Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(JsonMixin, ComparableMixin, Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Circle(1), Rect(1, 1)]
for s in sorted(shapes):
    print(s.describe(), s.to_json())
print(Rect(2, 2) == Rect(1, 4), [c.__name__ for c in Rect.__mro__])
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class LogMixin:
    def save(self):
        print("log before save")
        return super().save()
class Base:
    def save(self):
        print("base save")
        return "saved"
class Model(LogMixin, Base):
    pass
print(Model().save())
