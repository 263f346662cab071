# __getitem__ receives ints, slice objects and tuples (multi-dimensional indexing) exactly as written.
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[-1], p[1:2], p[:], p[::2], p[1:2:3], p[None:None])
print(p[1, 2], p[1:2, 3], p[..., 0], p[:, ::-1], p[()], p[(1,)], p["key"])
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        r, c = pos
        if isinstance(r, slice):
            return [row[c] for row in self.cells[r]]
        return self.cells[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r][c] = v
g = Grid(3, 3)
for i in range(3):
    g[i, i] = i + 1
g[0, 2] = 9
print(g.cells, g[1, 1], g[:, 2], g[0:2, 0])
class Sliceable:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self.data))
            return Sliceable(self.data[start:stop:step])
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"S{self.data}"
s = Sliceable(list(range(10)))
print(s[2:8:2], s[::-3], s[-1], len(s[5:]), s[100:])
