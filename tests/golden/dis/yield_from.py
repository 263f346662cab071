def inner():
    received = yield 1
    print("inner got", received)
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("result", result)
    yield from [10, 20]
    yield from range(2)


def gen_send():
    g = outer()
    print(next(g))
    print(g.send("hello"))
    print(list(g))


def gen_throw():
    g = outer()
    next(g)
    try:
        g.throw(ValueError("boom"))
    except ValueError as e:
        print("thrown", e)


gen_send()
gen_throw()
