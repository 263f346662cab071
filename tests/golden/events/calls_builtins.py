# Calls of builtins: CALL and C_RETURN with arg0 (first positional argument or MISSING).
def f():
    a = len([1, 2])
    b = abs(-3)
    c = max(1, 2)
    d = print
    e = sorted([3, 1])
    g = isinstance(a, int)
    h = dict()
    return a, b, c, e, g, h
f()
