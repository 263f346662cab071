# Generator laziness: evaluation order, first iterable evaluated eagerly, generator in builtins.
def src(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in src(3))
print("created")
print(next(g))
print(list(g))
def noisy():
    print("iter evaluated")
    return [1, 2]
ge = (y for y in noisy())
print("before use")
print(list(ge))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]), any(x > 3 for x in src(10)))
print(sorted((x % 3, x) for x in range(6)), dict((k, k * k) for k in range(3)), "".join(c for c in "hello" if c != "l"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
g2 = (i for i in range(3))
print(iter(g2) is g2, type(g2).__name__, g2.__name__, g2.__qualname__)
