# A non-data descriptor that caches its value in the instance dict (like functools.cached_property), computed once.
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    def __init__(self, xs):
        self.xs = xs
        self.calls = 0
    @cached
    def total(self):
        self.calls += 1
        print("computing total")
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.calls, "total" in vars(d))
del d.total
print(d.total, d.calls)
print(type(Data.total).__name__, Data.total.name)
