# A generator that catches GeneratorExit and returns a value: close() returns it.
def gen():
    try:
        yield 1
    except GeneratorExit:
        return "bye"
g = gen()
next(g)
r = g.close()
