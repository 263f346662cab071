# Union-find with path compression, and a trie of dicts with prefix queries.
parent = list(range(10))
rank = [0] * 10
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    rank[ra] += rank[ra] == rank[rb]
    return True
print([union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6), (7, 7)]])
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(sorted(groups.values()))
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True
    def starts_with(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(node, "")
        return out
t = Trie()
for w in ["car", "cart", "care", "cat", "dog", "do", "dot"]:
    t.insert(w)
print(t.starts_with("ca"), t.starts_with("do"), t.starts_with("x"), t.starts_with(""))
