# Comprehensions: list/set/dict/generator, nested, conditions, scoping (PEP 709 inlining).
xs = range(6)
print([x * x for x in xs], [x for x in xs if x % 2], [(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in xs}, {x: x * x for x in xs if x > 2}, sum(x for x in xs), list(c.upper() for c in "ab"))
print([[i * j for j in range(3)] for i in range(3)], [y for row in [[1, 2], [3]] for y in row])
x = "outer"
_ = [x for x in range(3)]
print(x)
i = 10
print([i + k for k in range(3)], i)
def f():
    y = 5
    return [y * k for k in range(3)], (lambda: [y for _ in "a"])()
print(f())
class C:
    base = 3
    vals = [v for v in range(3)]
    try:
        bad = [base + v for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
funcs = [lambda: n for n in range(3)]
print([g() for g in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([g() for g in funcs2])
g = (n * 2 for n in range(3))
print(next(g), list(g), list(g))
print([a for a in range(10) if a % 2 if a % 3], [(a, b) for a, b in zip("ab", "cd")], {k: v for k, v in [("p", 1), ("p", 2)]})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [n for n in [m for m in range(5)] if n])
