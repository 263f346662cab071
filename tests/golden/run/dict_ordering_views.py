# dict order after deletes and re-inserts, view set operations, dict comprehensions, equality ignoring order.
d = {}
for k in "python":
    d[k] = ord(k)
del d["t"]
d["t"] = 0
d["p"] = -1
print(d, list(d)[0], list(d)[-1])
print(d.keys() & {"p", "z"}, d.keys() | {"z"} == set(d) | {"z"}, d.keys() ^ {"p", "q"} == {"y", "t", "h", "o", "n", "q"})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
items = d.items()
print(("p", -1) in items, ("p", 0) in items, len(items), type(items).__name__, type(d.values()).__name__)
inv = {v: k for k, v in d.items()}
print(inv)
sq = {n: n * n for n in range(6) if n % 2 == 0}
print(sq, sum(sq.values()), max(sq, key=sq.get), sorted(sq, reverse=True))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
keys = ["x", "y", "z"]
print(dict(zip(keys, range(3))), dict.fromkeys(keys, []), {**dict.fromkeys("ab"), "c": 3})
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
print(list({3: "c", 1: "a", 2: "b"}.values()), {1: 1, 1.0: 2, True: 3})
