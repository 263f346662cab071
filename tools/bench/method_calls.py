# Method calls: instance methods, attribute access, inheritance and super(), properties, class methods.
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def step(self, k):
        self.v = (self.v * 31 + k) % 1000003
        return self
class Derived(Base):
    def get(self):
        return super().get() + 1
    @property
    def double(self):
        return self.v * 2
    @classmethod
    def make(cls, v):
        return cls(v)
def run(n):
    objs = [Derived.make(i) for i in range(100)]
    total = 0
    for i in range(n):
        o = objs[i % 100]
        o.step(i).step(1)
        total += o.get() + o.double
    return total
print(run(250000))
