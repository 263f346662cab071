# close() of a generator whose finally raises: the new exception propagates from close().
def gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = gen()
next(g)
try:
    g.close()
except KeyError:
    pass
