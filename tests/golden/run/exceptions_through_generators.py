# Exceptions raised inside a generator propagate to the consumer; the generator is then finished.
def risky():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("consumer caught", e)
print(next(g, "finished"))
def guarded(src):
    for x in src:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 0, 5])))
def consumer_raises():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("generator saw GeneratorExit")
        raise
    finally:
        print("generator finally")
for v in consumer_raises():
    try:
        raise KeyError(v)
    except KeyError:
        print("loop handled", v)
        break
def gen_with_handler():
    try:
        yield "a"
    except KeyError as e:
        print("gen caught thrown", repr(e))
        yield "b"
h = gen_with_handler()
next(h)
print(h.throw(KeyError("t")))
try:
    h.throw(IndexError("u"))
except IndexError as e:
    print("not handled inside:", repr(e))
