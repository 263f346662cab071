"""A typed key/value store with an OrderedDict LRU cache in front of a slow backend."""
from __future__ import annotations

from collections import OrderedDict
from typing import (Callable, Generic, Literal, NamedTuple, Optional, Protocol,
                    TypeVar, cast, get_type_hints, overload)

K = TypeVar("K")
V = TypeVar("V")
Policy = Literal["lru", "fifo"]


class Backend(Protocol[K, V]):
    def load(self, key: K) -> Optional[V]: ...
    def save(self, key: K, value: V) -> None: ...


class CacheStats(NamedTuple):
    hits: int
    misses: int
    evictions: int

    def ratio(self) -> float:
        total = self.hits + self.misses
        return 0.0 if total == 0 else round(self.hits / total, 3)


class DictBackend(Generic[K, V]):
    def __init__(self, seed: dict[K, V]) -> None:
        self.data: dict[K, V] = dict(seed)
        self.loads: int = 0

    def load(self, key: K) -> Optional[V]:
        self.loads += 1
        return self.data.get(key)

    def save(self, key: K, value: V) -> None:
        self.data[key] = value


class MissingKey(KeyError):
    def __init__(self, key: object) -> None:
        super().__init__(key)
        self.key = key


class LRUStore(Generic[K, V]):
    def __init__(self, backend: Backend[K, V], capacity: int, policy: Policy = "lru") -> None:
        self.backend = backend
        self.capacity = capacity
        self.policy: Policy = policy
        self.cache: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = self.evictions = 0
        self.on_evict: list[Callable[[K, V], None]] = []

    @overload
    def get(self, key: K) -> V: ...
    @overload
    def get(self, key: K, default: V) -> V: ...

    def get(self, key, default=None):
        if key in self.cache:
            self.hits += 1
            if self.policy == "lru":
                self.cache.move_to_end(key)
            return self.cache[key]
        self.misses += 1
        value = self.backend.load(key)
        if value is None:
            if default is None:
                raise MissingKey(key)
            return default
        self._insert(key, value)
        return value

    def put(self, key: K, value: V) -> None:
        self.backend.save(key, value)
        if key in self.cache:
            self.cache[key] = value
            self.cache.move_to_end(key)
        else:
            self._insert(key, value)

    def _insert(self, key: K, value: V) -> None:
        self.cache[key] = value
        while len(self.cache) > self.capacity:
            old_key, old_value = self.cache.popitem(last=False)
            self.evictions += 1
            for hook in self.on_evict:
                hook(old_key, old_value)

    def stats(self) -> CacheStats:
        return CacheStats(self.hits, self.misses, self.evictions)


def make_logger(log: list[str]) -> Callable[[str, int], None]:
    def evicted(key: str, value: int) -> None:
        log.append(f"{key}={value}")
    return evicted


def run(policy: Policy) -> None:
    backend = DictBackend({f"k{i}": i * i for i in range(12)})
    store: LRUStore[str, int] = LRUStore(backend, 4, policy)
    evicted: list[str] = []
    store.on_evict.append(make_logger(evicted))
    pattern = ["k1", "k2", "k3", "k1", "k4", "k5", "k1", "k2", "k9", "k1", "k6", "k3"]
    total = 0
    for key in pattern:
        total += store.get(key)
    store.put("k20", 400)
    store.put("k1", -1)
    try:
        store.get("nope")
    except MissingKey as exc:
        print(policy, "missing:", exc.key, type(exc).__mro__[1].__name__)
    print(policy, "fallback:", store.get("nope", 7))
    print(policy, "total", total, "order", list(store.cache))
    print(policy, "evicted", evicted)
    s = store.stats()
    print(policy, s, s.ratio(), s._asdict()["hits"], backend.loads)


for p in ("lru", "fifo"):
    run(cast(Policy, p))

hints = get_type_hints(LRUStore.__init__)
print(sorted(hints))
print(hints["capacity"], hints["return"])
print(get_type_hints(CacheStats))
print(CacheStats._fields, CacheStats(1, 2, 3)._replace(evictions=9))
od: OrderedDict[str, int] = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False))
print(list(reversed(od)), od == OrderedDict([("a", 0), ("c", 0), ("e", 0)]))
