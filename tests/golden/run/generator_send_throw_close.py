# Generators: send, throw, close, finally on close, GeneratorExit handling, states.
def echo():
    print("start")
    try:
        while True:
            try:
                got = yield
                print("got", got)
            except KeyError as e:
                print("caught", repr(e))
                yield "recovered"
    finally:
        print("finally")
g = echo()
print(next(g))
g.send(1)
g.send("two")
print(g.throw(KeyError("k")))
print(next(g))
g.close()
g.close()
print("closed")
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g2.throw(ValueError("unstarted"))
except ValueError as e:
    print("ValueError:", e)
print(next(g2, "exhausted"))
def simple():
    yield 1
sg = simple()
print(sg.gi_running, sg.gi_frame is not None, list(sg), sg.gi_frame)
