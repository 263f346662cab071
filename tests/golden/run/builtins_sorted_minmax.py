# sorted/min/max/sum/any/all with keys, defaults, reverse, stability, errors.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("banana"), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted([]))
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B", key=str.lower), min([], default="empty"), max([], default=None))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), min([(1, "b"), (1, "a")]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(["a", "b"], ""), lambda: sorted([1, "a"]), lambda: max(1, 2, key=None, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([1, 2, 3], key=None), max(1, 2, key=None), sorted(["B", "a", "C"], key=str.lower))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), max(words, key=len), min(words, key=len))
print(sum([1.5, 2.5, 1e100, -1e100]), sum([True, True]), sum([1j, 2]))
