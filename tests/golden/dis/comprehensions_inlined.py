def comps(data):
    squares = [x * x for x in data]
    evens = {x for x in data if x % 2 == 0}
    index = {k: v for k, v in enumerate(data)}
    nested = [(a, b) for a in data for b in range(a) if a != b]
    gen = (y + 1 for y in data)
    x = "outer"
    shadow = [x for x in range(3)]
    return squares, evens, index, nested, list(gen), x, shadow


def with_closure(data):
    k = 10
    return [lambda: v + k for v in data]


def class_comp():
    class C:
        vals = [1, 2]
        doubled = [v * 2 for v in vals]
    return C.doubled


print(comps([1, 2, 3]), [f() for f in with_closure([1, 2])], class_comp())
