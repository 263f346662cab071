# yield from a sub-generator with a return value: STOP_ITERATION in the delegating frame.
def inner():
    yield 1
    return "r"
def outer():
    x = yield from inner()
    return x
list(outer())
