# throw() of an exception the generator does not handle: PY_THROW, RAISE, PY_UNWIND, C_RAISE at the caller.
def gen():
    yield 1
g = gen()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError:
    pass
