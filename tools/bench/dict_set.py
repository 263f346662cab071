# dict and set work: inserts, lookups, deletes, iteration, counting, set algebra.
def run():
    d = {}
    for i in range(200000):
        d[i * 7 % 100003] = i
    hits = 0
    for i in range(300000):
        if i in d:
            hits += 1
    counts = {}
    for w in ("alpha beta gamma delta alpha beta alpha epsilon " * 20000).split():
        counts[w] = counts.get(w, 0) + 1
    for k in list(d)[::2]:
        del d[k]
    s1 = set(range(0, 200000, 3))
    s2 = set(range(0, 200000, 5))
    algebra = len(s1 & s2) + len(s1 | s2) + len(s1 - s2) + len(s1 ^ s2)
    strs = {}
    for i in range(100000):
        strs["key" + str(i)] = i
    total = sum(strs["key" + str(i)] for i in range(0, 100000, 7))
    return hits, sorted(counts.items()), len(d), algebra, total
print(run())
