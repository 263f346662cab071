def f(*args, **kwargs):
    return args, kwargs


def calls(a, b, d, e):
    r1 = f(1, 2)
    r2 = f(1, key=2)
    r3 = f(*a)
    r4 = f(*a, *b)
    r5 = f(**d)
    r6 = f(**d, **e)
    r7 = f(0, *a, x=1, **d)
    r8 = f(*a, 3, *b, y=2)
    r9 = print(sep="", end="")
    return r1, r2, r3, r4, r5, r6, r7, r8, r9


print(calls([1], (2,), {"k": 1}, {"j": 2}))
