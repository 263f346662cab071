# throw() through yield from, handled by the inner generator.
def inner():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
def outer():
    yield from inner()
g = outer()
next(g)
g.throw(ValueError("x"))
