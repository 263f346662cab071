# Lambdas and closures: nested code objects with qualnames <locals>.
def make(k):
    def add(x):
        return x + k
    return add
def f():
    add2 = make(2)
    sq = lambda v: v * v
    return add2(1) + sq(3)
f()
