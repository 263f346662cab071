# send() through yield from reaches the inner generator.
def inner():
    got = yield "first"
    yield got
def outer():
    yield from inner()
g = outer()
next(g)
g.send("sent")
