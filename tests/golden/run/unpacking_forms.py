# Unpacking: starred targets, nested targets, in for loops, in calls and displays; errors.
a, *b, c = range(6); print(a, b, c)
*h, t = "xyz"; print(h, t)
first, *rest = [1]; print(first, rest)
(p, q), [r, s] = (1, 2), "ab"; print(p, q, r, s)
x, (y, *z) = 1, (2, 3, 4); print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab", *{7: 0}], {*"aa", *[1]} == {"a", 1}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(), **{"x": 1}, y=2))
a, b = b, a = 5, 6
print(a, b)
m = n = [0]
print(m is n)
for bad in [lambda: (lambda: 0)(*5), lambda: dict(**{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for src in [(1,), (1, 2, 3), []]:
    try:
        u, w = src
    except ValueError as e:
        print("ValueError:", e)
try:
    j, *k, l = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
