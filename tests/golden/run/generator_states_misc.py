# Generator edge cases: return value in StopIteration, generator re-entrance error, yield expression values, gi_ attributes.
def g():
    x = yield 1
    y = yield x * 2
    return x + y
it = g()
print(next(it), it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print("returned", e.value, e.args)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def counts():
    n = 0
    while True:
        got = yield n
        n = n + 1 if got is None else got
c = counts()
print(next(c), next(c), c.send(10), next(c))
print(c.gi_code.co_name, c.gi_running, c.gi_yieldfrom, c.__name__, c.__qualname__)
def yf():
    yield from c
w = yf()
next(w)
print(w.gi_yieldfrom is c)
def lazy_args(x=print("default evaluated once")):
    yield x
print(list(lazy_args(1)), list(lazy_args(2)))
gen_in_gen = ((i, j) for i in range(2) for j in (lambda i=i: range(i + 1))())
print(list(gen_in_gen))
