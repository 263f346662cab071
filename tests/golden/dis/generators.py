def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("sent", x)
    return "end"


def genexpr(data):
    return sum(x * 2 for x in data if x > 0)


def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("closing")


g = gen(3)
print(next(g), g.send("a"), list(g))
print(genexpr([-1, 2, 3]))
c = gen_close()
next(c)
c.close()
