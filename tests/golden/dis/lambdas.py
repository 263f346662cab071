square = lambda x: x * x
add = lambda a, b=2: a + b
compose = lambda f, g: lambda x: f(g(x))
noarg = lambda: None
star = lambda *a, **k: (a, k)
key_sorted = sorted(["bb", "a", "ccc"], key=lambda s: (len(s), s))
adders = [lambda x, i=i: x + i for i in range(3)]


def make_lambda(n):
    return lambda m: n * m


print(square(3), add(1), compose(square, add)(1), noarg(), star(1, k=2), key_sorted, [f(10) for f in adders])
print(make_lambda(3)(4))
