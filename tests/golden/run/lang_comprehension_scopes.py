# Walrus in comprehensions, nested comprehensions, generator expressions, scoping of loop variables, global/nonlocal.
data = [3, 8, 1, 9, 4]
if any((big := x) > 7 for x in data):
    print("first big", big)
totals = [running := 0] and [(running := running + x) for x in data]
print(totals, running)
pairs = [(x, y) for x in range(3) for y in range(x) if (x + y) % 2]
print(pairs)
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[-1] for row in matrix])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in data})
g = (x * x for x in data if x > 2)
print(next(g), list(g), list(g))
x = "outer"
print([x for x in "ab"], x)
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
print(bump(3), counter)
def make_acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc.__closure__[0].cell_contents)
def outer():
    fns = [lambda: i for i in range(3)]
    fns2 = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fns2]
print(outer())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v * factor for v in vals for factor in [vals[0]]]
    except NameError as e:
        broken = str(e)
print(K.doubled, K.broken)
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bbb cc".split()))
def gen():
    total = yield "start"
    while True:
        total += yield total
it = gen()
print(next(it), it.send(1), it.send(2), it.send(3))
print(1 < 2 < 3 > 2 != 5, 1 < 2 > 3, [a for a in range(10) if 2 < a <= 5])
first, *mid, last = range(6)
print(first, mid, last, [*"ab", *range(2)], {**{"a": 1}, "b": 2, **{"a": 3}})
(a, b), c = (1, 2), 3
print(a, b, c, *[1, 2], sep="|")
