# PEP 479: StopIteration raised inside a generator becomes RuntimeError; uncaught, it shows both.
def gen():
    yield 1
    raise StopIteration("inner stop")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def gen2():
    yield next(iter([]))
for x in gen2():
    print(x)
