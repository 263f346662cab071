# LRU cache simulation: a hand-made doubly linked list + dict, replaying access traces
# and comparing hit rates of several capacities and eviction policies.
import sys
from collections import deque, Counter


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None

    def __repr__(self):
        return f"Node({self.key!r}={self.value!r})"


class LRU:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head = Node("<head>")
        self.tail = Node("<tail>")
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, loader):
        node = self.map.get(key)
        if node is not None:
            self.hits += 1
            self._unlink(node)
            self._push_front(node)
            return node.value
        self.misses += 1
        value = loader(key)
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return value

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"cap={self.capacity:>3} hits={self.hits:>4} misses={self.misses:>4} evict={self.evictions:>4} rate={rate:6.2%}"


class FIFO(LRU):
    """Same bookkeeping, but a hit does not refresh the entry."""

    def get(self, key, loader):
        node = self.map.get(key)
        if node is not None:
            self.hits += 1
            return node.value
        return super().get(key, loader)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def zipf_trace(n, universe, seed):
    gen = lcg(seed)
    weights = [1.0 / (i + 1) for i in range(universe)]
    total = sum(weights)
    cumulative, acc = [], 0.0
    for w in weights:
        acc += w / total
        cumulative.append(acc)
    trace = []
    for _ in range(n):
        r = next(gen) / 0x7FFFFFFF
        lo, hi = 0, universe - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        trace.append(f"k{lo}")
    return trace


loads = Counter()


def loader(key):
    loads[key] += 1
    return key.upper() * 2


trace = zipf_trace(600, 40, seed=2024)
print("trace head:", " ".join(trace[:12]))
print("distinct keys:", len(set(trace)))
print("most common:", Counter(trace).most_common(5))

for cls in (LRU, FIFO):
    print(f"--- {cls.__name__} ---")
    for cap in (4, 8, 16, 32):
        loads.clear()
        cache = cls(cap)
        for k in trace:
            v = cache.get(k, loader)
            assert v == k.upper() * 2
        print(cache.stats(), "| reloads:", sum(c - 1 for c in loads.values()))
    print("final order:", cache.keys()[:8], len(cache), "k0" in cache)

# A window of recent keys with deque(maxlen) versus the LRU contents.
window = deque(maxlen=5)
small = LRU(5)
for k in trace[:40]:
    window.append(k)
    small.get(k, loader)
print("window:", list(window))
print("lru   :", small.keys())
print("same set:", sorted(set(window)) == sorted(small.keys()))

try:
    LRU(0)
except ValueError as e:
    print("error:", e)

n = Node("a", 1)
print(repr(n), hasattr(n, "__dict__"))
try:
    n.extra = 5
except AttributeError as e:
    print("AttributeError:", e)
sys.exit(0 if small.hits > 0 else 3)
