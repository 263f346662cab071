# next() on an exhausted generator raises StopIteration (C_RAISE), caught by the caller.
def gen():
    return 5
    yield
g = gen()
try:
    next(g)
except StopIteration as e:
    v = e.value
