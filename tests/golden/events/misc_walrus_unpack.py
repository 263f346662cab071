# Walrus in a while condition and starred unpacking.
def f(xs):
    it = iter(xs)
    out = []
    while (x := next(it, None)) is not None:
        a, *b = x
        out.append(b)
    return out
f([(1, 2, 3), (4,)])
