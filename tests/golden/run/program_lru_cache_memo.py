# A hand-written LRU cache on dict ordering, and a memoising decorator with hit/miss statistics.
class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d:
            return None
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
            print("evict", oldest)
        self.d[k] = v
c = LRU(2)
c.put("a", 1); c.put("b", 2); print(c.get("a")); c.put("c", 3); print(c.get("b"), list(c.d))
def memo(fn):
    cache, stats = {}, {"hit": 0, "miss": 0}
    def wrapper(*args):
        if args in cache:
            stats["hit"] += 1
        else:
            stats["miss"] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.stats = stats
    return wrapper
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.stats)
@memo
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
print(edit("kitten", "sitting"), edit("flaw", "lawn"), edit.stats["miss"] > 0)
