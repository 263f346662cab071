# lambda expressions: defaults, closures, immediately invoked, in sort keys and maps.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: None)(), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda s: "t" in s, ["to", "a", "at"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x, y=10, *, z=100: x + y + z)(1, z=0))
fs = {name: (lambda n: lambda v: f"{n}:{v}")(name) for name in "ab"}
print(fs["a"](1), fs["b"](2))
print((lambda: (yield))  .__code__.co_flags & 0x20 != 0)
print(repr(sq).startswith("<function <lambda> at"), sq.__qualname__)
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(12))
