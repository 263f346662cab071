# tuple: construction, indexing, slicing, comparison, methods, hashing.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), tuple(), tuple("ab"), tuple(range(3)), tuple([1, 2]), (1, 2) + (3,), (0,) * 3)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") != (1, "b"))
print(t.count(1), (1, 2, 1, 1).count(1), t.index(3.0), (1, 2, 3).index(3, 1))
print(3.0 in t, "x" in t, hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
a, b, c = (7, 8, 9)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__, repr((1,)), repr(((),)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[9]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), min((1,), (0, 5)))
print(tuple(x * x for x in range(4)), (*range(3), *"ab"))
