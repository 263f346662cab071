# Chained comparisons evaluate the middle once, short-circuit; identity and membership operators.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(1 in [1, 2], 3 not in [1, 2], "k" in {"k": 1}, 1 in {1: "v"}.values() if False else "v" in {1: "v"}.values())
print(None in [None], (1, 2) in [(1, 2)], [] in [[]], 2 in range(0, 10, 2), 3 in range(0, 10, 2), 2.0 in range(3))
print(0 < 1 > 0 < 1, 1 < 2 > 1 == 1, 5 > 4 >= 4 > 3, "a" < "b" < "c" < "bb")
x = 10
print(1 <= x <= 10, 1 <= x < 10, x in (10, 20) in [True], (x in (10, 20)) in [True])
