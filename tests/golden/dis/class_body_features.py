class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta, tag="t"):
    """Docstring."""
    x = 1
    y = x + 1
    __private = 3

    def __init__(self):
        self.__secret = A.__private
        self.value = self.__secret

    @property
    def double(self):
        return self.value * 2

    @double.setter
    def double(self, v):
        self.value = v // 2

    @staticmethod
    def s():
        return __class__


a = A()
a.double = 10
print(A.tag, A.y, a.double, A.s(), A.__doc__)
del a.value
