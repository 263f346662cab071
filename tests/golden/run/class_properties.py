# property: getter/setter/deleter, read-only errors, property in subclass, docstrings.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temp):
    @property
    def celsius(self):
        return "sub:" + str(super().celsius)
s = Sub()
print(s.celsius)
def get_x(self):
    return 42
class Old:
    x = property(get_x, doc="the x")
print(Old().x, Old.x.__doc__, Old.x.fget is get_x, Old.x.fset)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return Lazy.calls
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
