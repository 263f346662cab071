# Sorting and grouping records with lambdas returning tuples, negation for descending parts, None handling.
rows = [{"n": "b", "score": 7, "t": 3.5}, {"n": "a", "score": 9, "t": 4.0}, {"n": "c", "score": 7, "t": 2.0}, {"n": "d", "score": None, "t": 1.0}]
valid = [r for r in rows if r["score"] is not None]
print([r["n"] for r in sorted(valid, key=lambda r: (-r["score"], r["n"]))])
print([r["n"] for r in sorted(rows, key=lambda r: (r["score"] is None, r["score"] or 0))])
print([r["n"] for r in sorted(rows, key=lambda r: r["t"], reverse=True)])
print(min(valid, key=lambda r: (r["score"], -r["t"]))["n"], max(rows, key=lambda r: r["t"])["n"])
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)), sorted(set(map(str.lower, words))))
pairs = [(1, "b"), (2, "a"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[::-1]), sorted(pairs, key=lambda p: (p[0], p[1]), reverse=True))
