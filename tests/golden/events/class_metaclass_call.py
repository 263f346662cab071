# A metaclass with __call__ and __new__.
class Meta(type):
    def __call__(cls, *a):
        return super().__call__(*a)
class Obj(metaclass=Meta):
    def __init__(self, v):
        self.v = v
Obj(5)
