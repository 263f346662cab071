# Graph algorithms on dict-of-lists graphs: BFS, DFS, shortest paths (Dijkstra with a hand-written heap), topological sort.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(g, s):  # breadth first
    seen, order, queue = {s}, [], [s]
    while queue:
        v = queue.pop(0)
        order.append(v)
        for w in g[v]:
            if w not in seen:
                seen.add(w)
                queue.append(w)
    return order
def dfs(g, s, seen=None):
    seen = [] if seen is None else seen
    seen.append(s)
    for w in g[s]:
        if w not in seen:
            dfs(g, w, seen)
    return seen
print(bfs(graph, "a"), dfs(graph, "a"))
def topo(g):
    indeg = {v: 0 for v in g}
    for v in g:
        for w in g[v]:
            indeg[w] += 1
    ready = sorted(v for v, d in indeg.items() if d == 0)
    out = []
    while ready:
        v = ready.pop(0)
        out.append(v)
        for w in g[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                ready.append(w)
                ready.sort()
    return out
print(topo(graph))
class Heap:
    def __init__(self):
        self.a = []
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]: m = l
                if r < len(a) and a[r] < a[m]: m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self): return len(self.a)
wg = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
def dijkstra(g, s):
    dist, h = {s: 0}, Heap()
    h.push((0, s))
    while h:
        d, v = h.pop()
        if d > dist.get(v, float("inf")):
            continue
        for w, c in g[v].items():
            if d + c < dist.get(w, float("inf")):
                dist[w] = d + c
                h.push((d + c, w))
    return dict(sorted(dist.items()))
print(dijkstra(wg, "A"))
h = Heap()
for x in [5, 3, 8, 1, 9, 2]: h.push(x)
print([h.pop() for _ in range(len(h))])
