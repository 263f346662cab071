# close() of a generator suspended inside try/finally: the finally body runs.
def gen():
    try:
        yield 1
        yield 2
    finally:
        cleanup = True
g = gen()
next(g)
g.close()
