# yield from a generator that raises after one yield; the delegating generator
# catches it (the exception comes back through SEND).
def inner():
    yield 1
    raise ValueError("v")
def outer():
    try:
        yield from inner()
    except ValueError:
        yield 2
print(list(outer()))
