# Generator driven by next, send and close: PY_START, PY_YIELD, PY_RESUME, PY_THROW, PY_UNWIND.
def gen():
    x = yield 1
    yield x
g = gen()
next(g)
g.send("s")
g.close()
