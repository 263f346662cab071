# generator.close() returns the generator's return value if it handles GeneratorExit and returns (3.13+).
def g():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
it = g()
next(it)
print(it.close())
print(it.close())
def plain():
    yield 1
p = plain()
next(p)
print(p.close())
unstarted = plain()
print(unstarted.close(), list(unstarted))
def finished():
    yield 1
f = finished()
print(list(f), f.close())
