"""Graph algorithms: BFS, DFS, Dijkstra, topological sort, SCC, MST."""

class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        seen = {start}
        order = []
        frontier = [start]
        while frontier:
            nxt = []
            for u in frontier:
                order.append(u)
                for v in sorted(self.adj[u]):
                    if v not in seen:
                        seen.add(v)
                        nxt.append(v)
            frontier = nxt
        return order

    def dfs(self, start):
        order, stack, seen = [], [start], set()
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(sorted(self.adj[u], reverse=True))
        return order

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        todo = {src}
        done = set()
        while todo:
            u = min(todo, key=lambda n: (dist[n], n))
            todo.remove(u)
            done.add(u)
            for v, w in self.adj[u].items():
                if v in done:
                    continue
                nd = dist[u] + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    todo.add(v)
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return dist[dst], p[::-1]

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        out = []
        while ready:
            u = ready.pop(0)
            out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(out) != len(self.adj):
            cyc = sorted(u for u, d in indeg.items() if d > 0)
            raise ValueError(f"graph has a cycle through {cyc}")
        return out

    def scc(self):
        index = {}
        low = {}
        stack = []
        on = set()
        comps = []
        counter = [0]

        def strong(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            for w in sorted(self.adj[v]):
                if w not in index:
                    strong(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                comps.append(sorted(comp))

        for v in self.nodes():
            if v not in index:
                strong(v)
        return sorted(comps)

    def mst(self):
        parent = {u: u for u in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted((w, u, v) for u in self.adj for v, w in self.adj[u].items() if u < v)
        tree = []
        for w, u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree.append((u, v, w))
        return tree, sum(w for _, _, w in tree)


g = Graph()
for u, v, w in [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
                ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9), ("g", "h", 1)]:
    g.add_edge(u, v, w)
print("bfs", g.bfs("a"))
print("dfs", g.dfs("a"))
d, p = g.dijkstra("a")
print("dist", sorted(d.items()))
print("path a->e", g.path("a", "e"), "a->g", g.path("a", "g"))
print("mst", g.mst())

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
             ("undershorts", "shoes")]:
    dag.add_edge(u, v)
dag.adj.setdefault("watch", {})
print("topo", dag.toposort())
dag.add_edge("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print(e)

dg = Graph(directed=True)
for u, v in [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (7, 6), (7, 8), (8, 7)]:
    dg.add_edge(u, v)
print("scc", dg.scc())

grid = ["S.#.......",
        ".##.####..",
        "....#..#.#",
        "#.#.#.##..",
        "..#...#..E"]
G = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                G.add_edge((r, c), (rr, cc))
cost, route = G.path((0, 0), (4, 9))
print("maze", cost, len(route))
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
