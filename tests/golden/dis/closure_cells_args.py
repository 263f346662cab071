def outer(a, b=2, *args, c, **kw):
    def inner():
        return a, b, args, c, kw

    def inner2(x):
        return lambda y: x + y + a

    return inner, inner2


i1, i2 = outer(1, c=3, d=4)
print(i1(), i2(10)(100))


def shadow():
    x = 1

    def f():
        x = 2
        return x

    return f() + x


print(shadow())
