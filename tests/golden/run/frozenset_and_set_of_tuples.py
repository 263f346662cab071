# Sets of tuples and frozensets: membership, as dict keys, set algebra on coordinates, sorted output.
walls = {(0, 0), (0, 1), (1, 1), (2, 3)}
print((0, 1) in walls, (5, 5) in walls, sorted(walls), len(walls))
shifted = {(x + 1, y) for x, y in walls}
print(sorted(walls & shifted), sorted(walls - shifted), sorted(walls ^ shifted))
edges = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"b", "c"})}
print(len(edges), frozenset({"a", "b"}) in edges, sorted(sorted(e) for e in edges))
adj = {frozenset({1, 2}): "edge12", frozenset({2, 3}): "edge23"}
print(adj[frozenset({2, 1})], sorted(adj.values()))
fs = frozenset(range(4))
print(fs, fs - {0}, fs & frozenset({2, 9}), fs.union([7]), fs.issuperset({1, 2}), frozenset() == set(), hash(frozenset()) == hash(frozenset()))
nested = frozenset({frozenset({1}), frozenset({1, 2})})
print(len(nested), frozenset({1}) in nested, sorted(len(x) for x in nested))
power = [set()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(sorted(sorted(s) for s in power))
