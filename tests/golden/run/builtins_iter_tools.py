# zip (strict), enumerate (start), map, filter, reversed, iter/next with defaults.
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
print(list(enumerate("xyz")), list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("a", -1)))
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed({1: 0, 2: 0})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
m = map(int, "123")
print(next(m), list(m), next(m, "empty"))
z = zip(iter([1, 2]), iter("ab"))
print(next(z), list(z))
print(type(zip()).__name__, type(map(id, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(dict(enumerate("ab")), dict(zip("ab", "cd")), list(map(len, ["", "ab"])))
