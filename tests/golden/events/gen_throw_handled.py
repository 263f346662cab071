# throw() into a generator that handles the exception and yields again.
def gen():
    while True:
        try:
            yield "ok"
        except KeyError:
            yield "handled"
g = gen()
next(g)
g.throw(KeyError("k"))
next(g)
